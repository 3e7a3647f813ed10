"""County screens at 1366×768: the dashboard's table shows every row by scrolling, tints only the rows
that need attention and writes numbers as its tiles do (2,020); the exit view shows 缺项与原因 whole;
the demo county sets village targets."""

from __future__ import annotations

import pytest
from sqlmodel import select

from fupin_desktop.gui.county import install_county_actions
from fupin_desktop.gui.county.table_model import ROW_ROLE
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QFontMetrics, QRect, Qt
from fupin_desktop.services.county.attention import attention_reasons
from fupin_desktop.services.county.progress import compute_progress
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store.models import Village
from tests.unit.county_data import V2, make_county


def _window(qtbot, db):
    win = MainWindow(db.path, db=db, settings=None, log_path=None)
    qtbot.addWidget(win)
    county = install_county_actions(win, db, runner=run_inline)
    win.resize(1366, 728)  # 768 less the taskbar
    win.show()
    return win, county


def _rows(view):
    return [view.model.row_at(r) for r in range(view.model.rowCount())]


@pytest.fixture
def demo_db(tmp_db):
    generate_demo(tmp_db, households=3000, seed=2)
    return tmp_db


def test_demo_county_sets_village_targets(demo_db):
    report = compute_progress(demo_db, demo_db_year(demo_db))
    villages = [v for t in report.roots[0].children for v in t.children]
    assert len(villages) > 10
    assert all(v.people_target > 0 for v in villages if v.people_exited)


def demo_db_year(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT max(year) FROM target").scalar()


def test_dashboard_table_scrolls_tints_what_needs_attention_and_formats_like_the_tiles(qtbot, demo_db):
    win, county = _window(qtbot, demo_db)
    w = county.open_view("dashboard")
    qtbot.waitUntil(lambda: w.report is not None)
    w.year_box.setCurrentIndex(w.year_box.findData(demo_db_year(demo_db)))
    # County level: the tiles and the table write numbers the same way.
    overdue_col = [w.model.headerData(c, Qt.Orientation.Horizontal) for c in range(w.model.columnCount())].index("逾期措施")
    assert w.tiles["overdue"].value_label.text() == f"{w.current().overdue_measures:,}"
    for r, node in enumerate(_rows(w)):
        assert w.model.data(w.model.index(r, overdue_col)) == f"{node.overdue_measures:,}"
    assert any("," in w.model.data(w.model.index(r, overdue_col)) for r in range(w.model.rowCount()))

    # Down to the township with the most villages, as a clerk does: double-click its row.
    biggest = max(range(w.proxy.rowCount()), key=lambda r: len(w.proxy.data(w.proxy.index(r, 0), ROW_ROLE).children))
    where = w.table.visualRect(w.proxy.index(biggest, 0)).center()
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click starts with a press
    qtbot.mouseDClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert w.current().level == "township"
    villages = _rows(w)
    assert len(villages) > 10

    # Every row can be reached: the table keeps room for several rows and scrolls to the last one.
    row_h = w.table.rowHeight(0)
    assert w.table.viewport().height() >= 5 * row_h
    w.table.scrollToBottom()
    last = w.proxy.rowCount() - 1
    assert 0 <= w.table.rowViewportPosition(last) and \
        w.table.rowViewportPosition(last) + row_h <= w.table.viewport().height() + 1

    # Tinted: exactly the villages that need attention; not every row.
    tinted = {w.model.row_at(r).code for r in range(w.model.rowCount())
              if w.model.data(w.model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is not None}
    assert tinted == {v.code for v in villages if attention_reasons(v)}
    assert 0 < len(tinted) < len(villages)
    flagged = next(r for r in range(w.model.rowCount()) if w.model.row_at(r).code in tinted)
    assert "需关注" in w.model.data(w.model.index(flagged, 0), Qt.ItemDataRole.ToolTipRole)


def test_exit_view_shows_the_reasons_whole(qtbot, tmp_db):
    make_county(tmp_db)
    with tmp_db.transaction() as s:  # a village failing nearly everything: a long 缺项与原因
        v = s.exec(select(Village).where(Village.code == V2)).one()
        for name in ("road_hardened", "bus_service", "safe_water", "electricity", "broadcast_tv", "culture_center",
                     "clinic_doctor", "broadband"):
            setattr(v, name, False)
        v.collective_income, v.registered_population = 1000.0, 40
    win, county = _window(qtbot, tmp_db)
    w = county.open_view("exit")
    qtbot.waitUntil(lambda: w.report is not None)
    table = w.table
    reasons_col = w.model.columnCount() - 1
    row = next(r for r in range(w.proxy.rowCount()) if w.proxy.index(r, 1).data() == V2)
    text = w.proxy.index(row, reasons_col).data()
    assert text.count("；") >= 5
    # The column ends inside the view, and the wrapped text fits the row's height.
    assert table.columnViewportPosition(reasons_col) + table.columnWidth(reasons_col) <= table.viewport().width() + 1
    inner = table.columnWidth(reasons_col) - 8
    needed = QFontMetrics(table.font()).boundingRect(QRect(0, 0, inner, 10_000),
                                                      int(Qt.TextFlag.TextWordWrap), text).height()
    assert needed <= table.rowHeight(row), (needed, table.rowHeight(row))
