"""Joining the county keeps what the village typed (walkthrough defect B).

On a fresh laptop the cadre adds 石桥村 (新增村: 贫困村 ✓, 退出年度 2019, 户籍人口 1200) by clicks; the
county clerk then creates 石桥村 blank, only so the laptop can be enrolled (the county side is its
services, as in the cadre journey), and exports the enrolment package; the laptop imports it by clicks
(导入同步包: 选择文件…, 预览, 导入). Nothing is asked and nothing is lost: no conflict, the village keeps
the cadre's values, and after the laptop's next package (导出同步包 by clicks) the county's
贫困村退出评估 (opened from its menu) shows 是, 2019, 1,200 -- the old code showed 未填."""

from __future__ import annotations

from fupin_desktop.gui.county import install_county_actions
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QAction, QApplication, QDialogButtonBox, QFileDialog, QPoint, Qt
from fupin_desktop.gui.sync import install_sync_actions
from fupin_desktop.services.register.villages import new_village, save_village
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from fupin_desktop.services.sync import facade as sync_service
from fupin_desktop.store.models import Village
from fupin_desktop.sync.importer import import_package
from tests.gui.register_support import keep, type_text
from tests.unit.sync.helpers import first, new_site

LEFT = Qt.MouseButton.LeftButton
CODE = "411525100203"
WAIT_MS = 10_000


def top_level(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def button(widget, text: str):
    from fupin_desktop.gui.qt import QPushButton

    [found] = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    return found


def answer_folder(monkeypatch, folder) -> None:
    """The person picks ``folder`` in the folder dialog (Qt's static, or file_dialogs' own ask_* once it asks)."""
    from fupin_desktop.gui import file_dialogs

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    monkeypatch.setattr(file_dialogs, "ask_existing_directory", lambda *a, **k: str(folder), raising=False)


def answer_file(monkeypatch, path) -> None:
    from fupin_desktop.gui import file_dialogs

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: (str(path), ""), raising=False)


def overtype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def add_village_by_clicks(qtbot, window) -> None:
    from fupin_desktop.gui.register.village_form import VillageFormDialog

    window.findChild(QAction, "action_new_village").trigger()
    form = top_level(VillageFormDialog)
    ui = form.ui
    type_text(qtbot, ui.townshipCombo.lineEdit(), "城关镇")
    type_text(qtbot, ui.nameEdit, "石桥村")
    overtype(qtbot, ui.codeEdit, CODE)
    qtbot.mouseClick(ui.povertyVillageCheck, LEFT, pos=QPoint(8, ui.povertyVillageCheck.height() // 2))
    overtype(qtbot, ui.exitYearSpin.lineEdit(), "2019")
    overtype(qtbot, ui.populationSpin.lineEdit(), "1200")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not form.isVisible(), [label.text() for label in (ui.codeMessage, ui.nameMessage)]


def test_joining_keeps_the_villages_own_data_and_brings_it_to_the_county(qtbot, tmp_path, monkeypatch):
    from fupin_desktop.gui.sync.export_dialog import ExportDialog
    from fupin_desktop.gui.sync.import_dialog import ImportDialog

    lap, county = new_site(tmp_path, "lap"), new_site(tmp_path, "county")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        window = keep(qtbot, MainWindow(lap.path, db=lap.db, runner=run_inline))
        window.show()
        sync = install_sync_actions(window, lap.db, runner=run_inline, drives=lambda: [], daily_backup=False)
        add_village_by_clicks(qtbot, window)
        mine = first(lap, Village, code=CODE)
        assert (mine.is_poverty_village, mine.exit_year, mine.registered_population) == (True, 2019, 1200)

        answer_folder(monkeypatch, stick)
        sync.actions["keys"].trigger()
        qtbot.mouseClick(sync.views["keys"].request_button, LEFT)
        [request] = list(stick.glob("fupin-join-*.json"))

        # The county office: its placeholder for 石桥村, made after the cadre's entries, then the enrolment.
        set_setting(county.db, "role", ROLE_COUNTY)
        sync_service.init_county(county.db, tmp_path / "escrow", "固始县扶贫办")
        placeholder = new_village(code=CODE, name="石桥村")
        placeholder.township_name = "城关镇"
        assert save_village(county.db, placeholder).saved
        [enrolment] = sync_service.export(county.db, stick, villages=[CODE], join_request=request)

        answer_file(monkeypatch, enrolment.path)
        sync.actions["import"].trigger()
        dialog = top_level(ImportDialog)
        qtbot.mouseClick(button(dialog, "选择文件…"), LEFT)
        qtbot.mouseClick(dialog.preview_button, LEFT)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT_MS)
        with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.import_button, LEFT)
        assert "已导入" in dialog.summary.text() and "冲突 0" in dialog.summary.text(), dialog.summary.text()
        qtbot.mouseClick(button(dialog, "关闭"), LEFT)

        sync.actions["conflicts"].trigger()
        assert sync.views["conflicts"].model.rowCount() == 0  # nothing to decide
        kept = first(lap, Village, code=CODE)
        assert kept.id == placeholder.id and (kept.is_poverty_village, kept.exit_year, kept.registered_population) == (True, 2019, 1200)

        # The laptop's next package, by clicks; the county imports it.
        out = tmp_path / "usb"
        out.mkdir()
        answer_folder(monkeypatch, out)
        sync.actions["export"].trigger()
        export = top_level(ExportDialog)
        qtbot.mouseClick(export.place.browse_button, LEFT)
        with qtbot.waitSignal(export.exported, timeout=WAIT_MS):
            qtbot.mouseClick(export.export_button, LEFT)
        qtbot.mouseClick(export.close_button, LEFT)
        [package] = list(out.glob("*.fpkg"))
        report = import_package(county.db, package)
        assert report.status == "imported" and report.conflicts == 0

        desk = keep(qtbot, MainWindow(county.path, db=county.db, runner=run_inline))
        county_menu = install_county_actions(desk, county.db, runner=run_inline)
        county_menu.actions["exit"].trigger()
        view = county_menu.views["exit"]
        model = view.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        [row] = [r for r in range(model.rowCount()) if model.index(r, headers.index("代码")).data() == CODE]
        shown = {h: model.index(row, c).data() for c, h in enumerate(headers)}
        assert (shown["贫困村"], shown["退出年度"], shown["户籍人口"]) == ("是", "2019", "1,200"), shown
    finally:
        lap.db.close()
        county.db.close()
