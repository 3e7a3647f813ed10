"""County GUI: dashboard drill-down, mapping dialog (remembers), import preview, rectification, exit view, menu hook."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from fupin_desktop.gui.county import install_county_actions
from fupin_desktop.gui.county.dashboard import DashboardWidget
from fupin_desktop.gui.county.exit_view import SHOW_SHORTFALL, ExitAssessmentWidget
from fupin_desktop.gui.county.import_preview import ImportPreviewDialog
from fupin_desktop.gui.county.mapping_dialog import ColumnMappingDialog
from fupin_desktop.gui.county.rectification_view import OVERDUE_COLOUR, RectificationWidget
from fupin_desktop.gui.county.table_model import ROW_ROLE
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import Qt, QToolButton
from fupin_desktop.io.roster_headers import remembered_mapping
from fupin_desktop.services.county import rectification as rect
from fupin_desktop.services.county.progress import set_target
from tests.unit.county_data import COUNTY, TODAY, TOWNSHIP, V1, V2, YEAR, make_county
from tests.unit.test_roster_import import _save, bad_rows, good_rows


@pytest.fixture
def county_db(tmp_db):
    make_county(tmp_db)
    set_target(tmp_db, YEAR, COUNTY, 10, 1)
    return tmp_db


def _rows(view):
    model = view.model()
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def test_dashboard_figures_and_drill_down(qtbot, county_db):
    w = DashboardWidget(county_db, YEAR, runner=run_inline, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    assert w.current().code == COUNTY
    assert w.tiles["exited"].value_label.text() == "3"
    assert "目标 10 人" in w.tiles["exited"].note_label.text()
    assert w.tiles["no_plan"].value_label.text() == "2" and w.tiles["no_plan"].property("alert")
    assert [n.code for n in _rows(w.table)] == [TOWNSHIP]

    # Click a figure: the households behind it.
    qtbot.mouseClick(w.tiles["no_plan"], Qt.MouseButton.LeftButton)
    dialog = w.dialogs[-1]
    qtbot.addWidget(dialog)
    assert sorted(line.head_name for line in dialog.model.rows) == ["李乙", "赵丁"]
    assert "共 2 户 5 人" in dialog.summary.text()
    with qtbot.waitSignal(dialog.household_activated) as signal:
        dialog.table.doubleClicked.emit(dialog.proxy.index(0, 0))
    assert signal.args[0] in {line.id for line in dialog.model.rows}

    # Down into the township, then a village's households, then back up.
    w.table.doubleClicked.emit(w.proxy.index(0, 0))
    assert w.current().code == TOWNSHIP
    assert [n.code for n in _rows(w.table)] == [V1, V2]
    assert [g.label for g in w.people_chart.groups] == ["甲村", "乙村"]
    w.table.doubleClicked.emit(w.proxy.index(1, 0))
    village_list = w.dialogs[-1]
    qtbot.addWidget(village_list)
    assert [line.head_name for line in village_list.model.rows] == ["赵丁"]
    crumb = w.findChild(QToolButton, "crumb_0")
    assert crumb is not None
    qtbot.mouseClick(crumb, Qt.MouseButton.LeftButton)
    assert w.current().code == COUNTY

    # Clicking a bar goes down as well.
    w._chart_clicked(0)
    assert w.current().code == TOWNSHIP
    image = w.grab()
    assert not image.isNull()


def test_dashboard_computes_off_the_gui_thread(qtbot, county_db):
    w = DashboardWidget(county_db, YEAR, today=TODAY)  # the real background runner
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.report is not None, timeout=10_000)
    assert w.tiles["households"].value_label.text() == "4"


def _roster_with_unknown_column(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["户主花名册"])
    ws.append(["行政村", "镇(乡)", "户号码", "姓名", "证件号码", "与户主关系"])
    ws.append(["甲村", "城关镇", "Z1", "张三", "410102196003151237", "户主"])
    wb.save(path)
    return path


def test_mapping_dialog_recognises_lets_the_user_fix_and_remembers(qtbot, tmp_path):
    path = _roster_with_unknown_column(tmp_path / "r.xlsx")
    dialog = ColumnMappingDialog(path, runner=run_inline)
    qtbot.addWidget(dialog)
    sheet, table, combos = dialog.sheet_tables[0]
    assert sheet.header_row == 2
    assert [c.currentData() for c in combos] == ["village_name", "township_name", "", "name", "id_number",
                                                 "relationship"]
    assert table.item(2, 1).text() == "Z1"  # sample value shown
    combos[2].setCurrentIndex(combos[2].findData("household_no"))
    dialog.accept_mapping()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved["户号码"] == "household_no"
    assert remembered_mapping()["户号码"] == "household_no"

    again = ColumnMappingDialog(path, runner=run_inline)
    qtbot.addWidget(again)
    assert again.sheet_tables[0][2][2].currentData() == "household_no"  # remembered


def test_mapping_dialog_refuses_without_required_columns(qtbot, tmp_path, monkeypatch):
    path = _roster_with_unknown_column(tmp_path / "r.xlsx")
    dialog = ColumnMappingDialog(path, saved={}, remember=False, runner=run_inline)
    qtbot.addWidget(dialog)
    combos = dialog.sheet_tables[0][2]
    combos[3].setCurrentIndex(0)  # 姓名 -> not imported
    warned = []
    monkeypatch.setattr("fupin_desktop.gui.county.mapping_dialog.QMessageBox.warning",
                        lambda *a, **k: warned.append(a[2]))
    dialog.accept_mapping()
    assert warned and "姓名" in warned[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "缺少必需的列" in dialog.hint.text()


def test_import_preview_refuses_until_the_user_accepts_valid_rows(qtbot, tmp_db, tmp_path):
    path = _save(good_rows() + [r for r, _ in bad_rows()], tmp_path / "m.xlsx")
    dialog = ImportPreviewDialog(tmp_db, path, runner=run_inline)
    qtbot.addWidget(dialog)
    # Values in no code list (初中毕业, 很健康, 外星人) wait for a decision, not row errors (issue 12 §2.5).
    assert dialog.preview is not None and len(dialog.preview.rejected) == 10
    assert len(dialog.preview.decisions_needed) == 3 and len(dialog.preview.held) == 3
    assert not dialog.import_button.isEnabled()
    assert "未通过的行（10）" in dialog.tabs.tabText(0)
    assert "待决定的值（3）" in dialog.tabs.tabText(3)
    dialog.accept_valid.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].households == 2
    assert not dialog.import_button.isEnabled()  # not twice


def test_rectification_view_highlights_overdue_items(qtbot, county_db):
    source = rect.vocab("rectification_source").codes[0]
    late = rect.create_item(county_db, source=source, problem="计划未确认", deadline=date(2024, 6, 1))
    rect.create_item(county_db, source=source, problem="村医未配备", deadline=date(2024, 12, 1))
    w = RectificationWidget(county_db, runner=run_inline, today=TODAY)
    qtbot.addWidget(w)
    rows = _rows(w.table)
    assert rows[0].id == late
    brush = w.proxy.data(w.proxy.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == OVERDUE_COLOUR
    assert w.proxy.data(w.proxy.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "逾期 1 项" in w.summary.text()
    w.overdue_only.setChecked(True)
    assert [r.id for r in _rows(w.table)] == [late]


def test_exit_view_filters_the_shortfall_list(qtbot, county_db):
    w = ExitAssessmentWidget(county_db, runner=run_inline)
    qtbot.addWidget(w)
    assert len(w.visible_rows()) == 2
    w.show_box.setCurrentIndex(w.show_box.findData(SHOW_SHORTFALL))
    assert [a.code for a in w.visible_rows()] == [V2]
    assert "补短板清单 1 个村" in w.summary.text()


def test_install_county_actions_adds_the_menu_and_opens_views(qtbot, county_db):
    win = MainWindow(county_db.path, db=county_db)
    qtbot.addWidget(win)
    county = install_county_actions(win, county_db, runner=run_inline)
    titles = [a.text() for a in win.menuBar().actions()]
    assert "县级(&C)" in titles
    view = county.open_view("rectification")
    assert county.open_view("rectification") is view  # raised, not opened twice
    assert county.open_view("audit").windowTitle() == "操作记录"
    out = county_db.path.parent / "register.xlsx"
    county.export_xlsx("register", str(out))
    assert out.exists()


def test_mapping_dialog_reads_the_workbook_off_the_gui_thread(qtbot, tmp_path):
    path = _roster_with_unknown_column(tmp_path / "r.xlsx")
    dialog = ColumnMappingDialog(path, saved={}, remember=False)  # the real background runner
    qtbot.addWidget(dialog)
    assert dialog.sheet_tables == [] and "正在读取" in dialog.hint.text()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert len(dialog.sheet_tables) == 1


def test_mapping_dialog_reports_an_unreadable_file(qtbot, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    dialog = ColumnMappingDialog(bad, saved={}, remember=False, runner=run_inline)
    qtbot.addWidget(dialog)
    assert "无法打开" in dialog.hint.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_exit_view_opens_the_village_to_fill_what_is_missing(qtbot, county_db):
    """乙村 is short of 宽带: a double click on its row opens its form; ticked and saved, the row is 达标.
    (A double click did nothing: the clerk had to find the village in the register's tree.)"""
    from fupin_desktop.gui.qt import QApplication, QCheckBox, QDialogButtonBox, QPoint
    from fupin_desktop.gui.register.village_form import VillageFormDialog

    w = ExitAssessmentWidget(county_db, runner=run_inline)
    qtbot.addWidget(w)
    w.show()
    row = next(r for r, a in enumerate(_rows(w.table)) if a.code == V2)
    assert not _rows(w.table)[row].meets and "宽带" in "；".join(_rows(w.table)[row].reasons)
    cell = w.table.visualRect(w.table.model().index(row, 0)).center()
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a person's double click
    qtbot.mouseDClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    form = next(d for d in QApplication.topLevelWidgets() if isinstance(d, VillageFormDialog) and d.isVisible())
    assert form.ui.nameEdit.text() == "乙村"
    broadband = form.indicators["broadband"]
    assert isinstance(broadband, QCheckBox) and not broadband.isChecked()
    qtbot.mouseClick(broadband, Qt.MouseButton.LeftButton, pos=QPoint(6, broadband.height() // 2))  # its box
    assert broadband.isChecked()
    with qtbot.waitSignal(w.loaded):
        qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    row = next(r for r, a in enumerate(_rows(w.table)) if a.code == V2)
    assert "宽带" not in "；".join(_rows(w.table)[row].reasons)


def test_village_form_shows_every_indicator_the_village_has(qtbot, county_db):
    """甲村 has every indicator; its form showed only 通硬化路 ticked (each box ticked while loading re-read
    all the boxes, still blank, into the village), and saving it would have cleared the rest."""
    from sqlmodel import select

    from fupin_desktop.gui.qt import QApplication, QCheckBox, QDialogButtonBox
    from fupin_desktop.gui.register.village_form import VillageFormDialog
    from fupin_desktop.store.models import Village

    w = ExitAssessmentWidget(county_db, runner=run_inline)
    qtbot.addWidget(w)
    w.show()
    row = next(r for r, a in enumerate(_rows(w.table)) if a.code == V1)
    cell = w.table.visualRect(w.table.model().index(row, 0)).center()
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    form = next(d for d in QApplication.topLevelWidgets() if isinstance(d, VillageFormDialog) and d.isVisible())
    boxes = {f: b.isChecked() for f, b in form.indicators.items() if isinstance(b, QCheckBox)}
    assert boxes and all(boxes.values()), boxes
    assert form.indicators["collective_income"].value() == 80000
    form.ui.noteEdit.setFocus()
    qtbot.keyClicks(form.ui.noteEdit, "ok")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    with county_db.session() as s:
        village = s.exec(select(Village).where(Village.code == V1)).one()
        assert all(getattr(village, f) for f in boxes) and village.collective_income == 80000
