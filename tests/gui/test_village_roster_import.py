"""导入花名册 in the village role: the 文件 menu and the first start's “导入花名册” choice lead to it (issue 11 §2.5)."""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import func
from sqlmodel import select

from fupin_desktop import paths
from fupin_desktop.gui import app as app_module
from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.county.import_preview import ImportPreviewDialog
from fupin_desktop.gui.county.mapping_dialog import ColumnMappingDialog
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QDialogButtonBox, QPoint, Qt
from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household
from tests.gui.register_support import keep, type_text
from tests.unit.test_roster_import import _save, good_rows

LEFT = Qt.MouseButton.LeftButton


def _households(db) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(Household).where(Household.deleted == False)).one()  # noqa: E712


def _click_through_mapping(monkeypatch, qtbot, seen):
    """The mapping dialog is modal: show it and click its own 下一步 button instead of blocking."""
    def fake_exec(dialog):
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.sheet_tables), timeout=10_000)
        seen.append(dialog)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", fake_exec)


def _preview(window) -> ImportPreviewDialog:
    dialogs = [d for d in window.findChildren(ImportPreviewDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_village_file_menu_imports_a_roster_by_clicks(qtbot, tmp_db, tmp_path, monkeypatch):
    save_profile(tmp_db, Profile(role="village", user_name="李强"))
    roster = _save(good_rows(), tmp_path / "花名册.xlsx")
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    action = window.menus.actions["import_roster"]
    assert action in window.file_menu.actions() and action.isVisible() and action.isEnabled()
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: (str(roster), ""))
    mapped = []
    _click_through_mapping(monkeypatch, qtbot, mapped)
    action.trigger()
    assert mapped
    preview = _preview(window)
    assert preview.import_button.isEnabled()
    with qtbot.waitSignal(preview.imported):
        qtbot.mouseClick(preview.import_button, LEFT)
    assert _households(tmp_db) == 3
    assert window.register.list.model.rowCount() == 3  # the register shows them without F5


def test_village_file_menu_import_cancelled_writes_nothing(qtbot, tmp_db, monkeypatch):
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    asked = []
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: asked.append(a) or ("", ""))
    window.menus.actions["import_roster"].trigger()
    assert asked and not window.findChildren(ColumnMappingDialog) and _households(tmp_db) == 0


def test_county_role_keeps_its_own_import_entry(qtbot, tmp_db):
    save_profile(tmp_db, Profile(role="county", user_name="王芳"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    assert not window.menus.actions["import_roster"].isVisible()  # 县级 › 导入花名册 instead
    assert window.county_actions.actions["import"].isVisible()


@pytest.fixture
def program_dir(tmp_path, monkeypatch):
    folder = tmp_path / "program"
    folder.mkdir()
    monkeypatch.setattr(paths, "program_dir", lambda: folder)
    monkeypatch.setattr(paths, "user_data_dir", lambda *a, **k: str(tmp_path / "userdata"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return folder


def test_first_start_import_choice_opens_the_roster_import(qtbot, program_dir, tmp_path, monkeypatch):
    roster = _save(good_rows(), tmp_path / "花名册.xlsx")

    def first_start(dialog):
        dialog.show()
        type_text(qtbot, dialog.ui.nameEdit, "李强")
        radio = dialog.ui.importRosterRadio  # clicked on its indicator (the row is wider than its text)
        qtbot.mouseClick(radio, LEFT, pos=QPoint(8, radio.height() // 2))
        assert radio.isChecked()
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", first_start)
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: (str(roster), ""))
    mapped, imported = [], []
    _click_through_mapping(monkeypatch, qtbot, mapped)

    def event_loop(app):  # the window is up and the import preview open: click 导入 as the user would
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        preview = _preview(window)
        qtbot.waitUntil(lambda: preview.import_button.isEnabled(), timeout=20_000)
        with qtbot.waitSignal(preview.imported, timeout=20_000):
            qtbot.mouseClick(preview.import_button, LEFT)
        imported.append(_households(window.db))
        preview.close()
        window.db = None  # closed by the start-up code on return
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    args = argparse.Namespace(db=None, screenshot=None, lang="zh_CN")
    assert app_module._open_and_show(QApplication.instance(), args, None) == 0
    assert mapped and imported == [3]
    db = open_database(paths.data_dir() / paths.DB_FILENAME)
    try:
        assert _households(db) == 3
    finally:
        db.close()
