"""同步 › 同步状态 as the county clerk sees it: two enrolled laptops, one sent a package today, one
has been silent for 40 days; the overdue row is tinted and says so; N 天 is typed in the view and
kept; the village laptop's menu has no such item."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import QAction, QMenu, QPoint, Qt
from fupin_desktop.gui.sync.status_view import OVERDUE_COLOUR, SyncStatusWidget
from fupin_desktop.services.sync.status import overdue_days
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household
from tests.gui.screen_text import assert_plain
from tests.unit.sync.helpers import VILLAGES, edit, enrol, first, make_county, new_site, ship

V1, V2 = VILLAGES
HEADERS = ["电脑", "村", "状态", "未上报天数", "最近上报", "记录数", "新增", "修改", "删除", "冲突", "文件"]


@pytest.fixture
def county_path(tmp_path):
    """A county database with laptop 1 (第1村, a package today) and laptop 2 (第2村, last one 40 days ago)."""
    county = make_county(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    laps = [new_site(tmp_path, "lap1"), new_site(tmp_path, "lap2")]
    enrol(county, laps[0], [V1], stick)
    enrol(county, laps[1], [V2], stick)
    edit(laps[1], Household, first(laps[1], Household).id, group_name="第2组")
    ship(laps[1], county, stick)
    when = (datetime.now() - timedelta(days=40)).isoformat(timespec="seconds")
    with county.db.engine.begin() as conn:  # the package arrived 40 days ago
        conn.exec_driver_sql("UPDATE package_log SET at = ? WHERE direction = 'imported'", (when,))
    edit(laps[0], Household, first(laps[0], Household).id, group_name="第3组")
    ship(laps[0], county, stick)
    for site in [county] + laps:
        site.db.close()
    return county.path, laps[0].path


def open_window(qtbot, path) -> MainWindow:
    window = MainWindow(path, db=open_database(path), settings=None, log_path=None)
    qtbot.addWidget(window)
    window.show()
    return window


def sync_menu_items(window) -> dict[str, QAction]:
    """The 同步 menu's visible items by their text, after opening it as a person does."""
    [menu] = [a.menu() for a in window.menuBar().actions() if a.menu() and a.text().startswith("同步")]
    assert isinstance(menu, QMenu)
    menu.popup(QPoint(0, 0))
    menu.hide()
    return {a.text(): a for a in menu.actions() if not a.isSeparator() and a.isVisible()}


def cells(view: SyncStatusWidget, role=Qt.ItemDataRole.DisplayRole) -> list[list]:
    model = view.table.model()
    return [[model.index(r, c).data(role) for c in range(model.columnCount())] for r in range(model.rowCount())]


def row_of(view: SyncStatusWidget, village: str) -> list:
    return next(row for row in cells(view) if row[1] == village)


def tint(view: SyncStatusWidget, village: str):
    """The background colour of the village's row as painted (None: no tint)."""
    model = view.table.model()
    r = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == village)
    brushes = {model.index(r, c).data(Qt.ItemDataRole.BackgroundRole) is None for c in range(model.columnCount())}
    assert len(brushes) == 1  # the whole row or none of it
    brush = model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color()


def test_the_county_sees_who_is_silent(qtbot, county_path):
    path, _lap_path = county_path
    window = open_window(qtbot, path)
    sync_menu_items(window)["同步状态(&S)"].trigger()
    view = window.tabs.currentWidget()
    assert isinstance(view, SyncStatusWidget) and window.tabs.tabText(window.tabs.currentIndex()) == "同步状态"
    model = view.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == HEADERS
    rows = {row[1]: row for row in cells(view)}
    assert set(rows) == {"第1村", "第2村"}
    recent, silent = rows["第1村"], rows["第2村"]
    assert recent[0] == "第1村1号电脑" and recent[3] == "0 天" and recent[2] == "正常"
    assert silent[0] == "第2村1号电脑" and silent[3] == "40 天" and silent[2] == "逾期：已 40 天未上报"
    assert silent[4] == (datetime.now() - timedelta(days=40)).strftime("%Y-%m-%d %H:%M")
    assert silent[7] == "1" and silent[10].endswith(".fpkg") and "上报" in silent[10]
    assert tint(view, "第2村") == OVERDUE_COLOUR and tint(view, "第1村") is None
    assert view.summary.text() == "共 2 台村级电脑；超过 30 天未上报的 1 台。"
    r2 = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "第2村")
    assert model.index(r2, 2).data(Qt.ItemDataRole.ToolTipRole).endswith("加入，共收到 1 个同步包")
    assert view.days.value() == 30
    assert_plain(view, "同步 › 同步状态")

    # 45 天: nobody is late any more, and the figure is kept for the next time.
    view.days.lineEdit().selectAll()
    qtbot.keyClicks(view.days.lineEdit(), "45")
    qtbot.keyClick(view.days.lineEdit(), Qt.Key.Key_Return)
    assert row_of(view, "第2村")[2] == "正常" and tint(view, "第2村") is None
    assert view.summary.text() == "共 2 台村级电脑；超过 45 天未上报的 0 台。"
    qtbot.waitUntil(lambda: overdue_days(window.db) == 45, timeout=10_000)

    # The 刷新 button shows what arrived meanwhile (here: the 45 set aside, back to 30 days).
    view.days.lineEdit().selectAll()
    qtbot.keyClicks(view.days.lineEdit(), "30")
    qtbot.keyClick(view.days.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: overdue_days(window.db) == 30, timeout=10_000)
    with window.db.engine.begin() as conn:  # as if another package of laptop 2 had been imported now
        conn.exec_driver_sql("UPDATE package_log SET at = ? WHERE direction = 'imported'",
                             (datetime.now().isoformat(timespec="seconds"),))
    assert row_of(view, "第2村")[2] == "逾期：已 40 天未上报"
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert row_of(view, "第2村")[2] == "正常"
    window.close()


def test_a_village_laptop_has_no_status_board(qtbot, county_path):
    _path, lap_path = county_path
    window = open_window(qtbot, lap_path)
    items = sync_menu_items(window)
    assert "收发记录(&H)" in items and "同步状态(&S)" not in items
    window.close()


def test_never_sent_revoked_and_villages_without_a_laptop(qtbot, tmp_path):
    from fupin_desktop.gui.sync.status_view import REVOKED_COLOUR, WAITING_COLOUR
    from fupin_desktop.sync.trust import revoke, trusted_keys

    v3 = "411525100203"
    county = make_county(tmp_path, villages=(V1, V2, v3), households=1)
    stick = tmp_path / "stick"
    stick.mkdir()
    laps = [new_site(tmp_path, "lap1"), new_site(tmp_path, "lap2")]
    enrol(county, laps[0], [V1], stick)
    enrol(county, laps[1], [V2], stick)
    lost = next(k for k in trusted_keys(county.db) if k.device_id == laps[1].db.device_id)
    revoke(county.db, lost.fingerprint)  # the laptop was lost
    for site in [county] + laps:
        site.db.close()
    window = open_window(qtbot, county.path)
    sync_menu_items(window)["同步状态(&S)"].trigger()
    view = window.tabs.currentWidget()
    table = [(row[0], row[1], row[4], row[2]) for row in cells(view)]
    assert table == [
        ("第1村1号电脑", "第1村", "", "加入后尚未上报"),
        ("第2村1号电脑", "第2村", "", "已吊销（不再接收它的同步包）"),
        ("（无）", "第2村", "", "没有分配村级电脑"),
        ("（无）", "第3村", "", "没有分配村级电脑"),
    ]
    model = view.table.model()
    colours = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole).color() for r in range(model.rowCount())]
    assert colours == [WAITING_COLOUR, REVOKED_COLOUR, WAITING_COLOUR, WAITING_COLOUR]
    assert view.summary.text() == "共 1 台村级电脑；超过 30 天未上报的 0 台。"
    assert_plain(view, "同步 › 同步状态")
    window.close()
