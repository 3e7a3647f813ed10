"""First start (role, user, data location incl. portable, demo or empty) and the settings dialog."""

from __future__ import annotations

import argparse

import pytest

from fupin_desktop import paths
from fupin_desktop.gui import app as app_module
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QDialog, QRadioButton
from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog, SettingsDialog
from fupin_desktop.gui.text_sizes import size_for
from fupin_desktop.services.setup import first_start as fs
from fupin_desktop.services.setup.settings import get_setting
from fupin_desktop.store.engine import open_database
from tests.gui.register_support import Answers, keep, type_text


@pytest.fixture
def program_dir(tmp_path, monkeypatch):
    """A program folder of our own (portable mode writes its marker there), and a clean data folder."""
    folder = tmp_path / "program"
    folder.mkdir()
    data = tmp_path / "userdata"
    monkeypatch.setattr(paths, "program_dir", lambda: folder)
    monkeypatch.setattr(paths, "user_data_dir", lambda *a, **k: str(data))  # the per-user folder
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)  # (an override would beat portable mode)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return folder


def test_first_start_dialog_needs_a_name_and_returns_the_choices(qtbot, program_dir):
    dialog = keep(qtbot, FirstStartDialog(fs.current_location(), paths.data_dir()))
    dialog.show()
    assert dialog.ui.roleVillageRadio.isChecked() and dialog.ui.demoRadio.isChecked()
    assert dialog.ui.demoSizeCombo.currentData() == 600
    dialog.accept()
    assert dialog.isVisible() and "姓名" in dialog.ui.errorLabel.text()
    dialog.ui.roleCountyRadio.setChecked(True)
    assert dialog.ui.demoSizeCombo.currentData() == 5000  # a county office tries a bigger demo
    type_text(qtbot, dialog.ui.nameEdit, "王芳")
    type_text(qtbot, dialog.ui.unitEdit, "固始县乡村振兴局")
    type_text(qtbot, dialog.ui.phoneEdit, "13800001111")
    dialog.ui.locationPortableRadio.setChecked(True)
    dialog.ui.emptyRadio.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    assert (choice.profile.role, choice.profile.user_name, choice.profile.unit, choice.profile.phone) == (
        "county", "王芳", "固始县乡村振兴局", "13800001111")
    assert (choice.location_kind, choice.demo_households) == (fs.PORTABLE, 0)


def test_data_locations(program_dir, tmp_path):
    assert fs.current_location().kind == fs.USER
    portable = fs.set_location(fs.PORTABLE)
    assert (program_dir / paths.PORTABLE_MARKER).exists()
    assert portable.db_path == program_dir / "data" / paths.DB_FILENAME
    assert paths.default_db_path() == portable.db_path and fs.current_location().kind == fs.PORTABLE
    custom = fs.set_location(fs.CUSTOM, tmp_path / "elsewhere")
    assert not (program_dir / paths.PORTABLE_MARKER).exists()
    assert paths.default_db_path() == custom.db_path == (tmp_path / "elsewhere" / paths.DB_FILENAME).resolve()
    fs.set_location(fs.USER)
    assert paths.default_db_path() == paths.data_dir() / paths.DB_FILENAME
    assert paths.default_db_path(str(tmp_path / "x.db")) == tmp_path / "x.db"  # --db always wins


def test_first_start_end_to_end_portable_and_empty(qtbot, program_dir, monkeypatch):
    """A new installation: the dialog comes first, the database is made where the user chose."""
    def fill(dialog):
        type_text(qtbot, dialog.ui.nameEdit, "李强")
        dialog.ui.locationPortableRadio.setChecked(True)
        dialog.ui.emptyRadio.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", fill)
    windows = []
    monkeypatch.setattr(QApplication, "exec", lambda self: windows.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()) or 0)
    args = argparse.Namespace(db=None, screenshot=None, lang="zh_CN")
    assert app_module._open_and_show(QApplication.instance(), args, None) == 0
    for window in windows:
        window.db = None  # already closed by the start-up code
        window.close()
    db_path = program_dir / "data" / paths.DB_FILENAME
    assert db_path.exists() and (program_dir / paths.PORTABLE_MARKER).exists()
    assert windows and windows[0].db_path == db_path.resolve()
    db = open_database(db_path)
    try:
        assert not fs.needs_first_start(db)
        assert get_setting(db, "user_name") == "李强" and get_setting(db, "role") == "village"
    finally:
        db.close()


def test_quitting_the_first_start_creates_nothing(program_dir, monkeypatch):
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: 0)
    args = argparse.Namespace(db=None, screenshot=None, lang="zh_CN")
    assert app_module._open_and_show(QApplication.instance(), args, None) == 0
    assert not (paths.data_dir() / paths.DB_FILENAME).exists()
    assert not (program_dir / paths.PORTABLE_MARKER).exists()


def test_settings_change_role_and_font_size(qtbot, tmp_db, tmp_path, program_dir, monkeypatch):
    from fupin_desktop.gui.qt import QSettings
    from fupin_desktop.services.setup.first_start import Profile, save_profile

    save_profile(tmp_db, Profile(role="village", user_name="张三"))
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=settings, runner=run_inline))
    assert window.county_actions is None
    original = QApplication.instance().font().pointSizeF()

    def change(dialog):
        assert dialog.ui.nameEdit.text() == "张三"
        dialog.ui.roleCountyRadio.setChecked(True)
        dialog.findChild(QRadioButton, "textSize_large").click()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", change)
    Answers(monkeypatch)
    try:
        window.show_settings()
        assert get_setting(tmp_db, "role") == "county"
        assert QApplication.instance().font().pointSizeF() == size_for("large").point_size
        assert settings.value("ui/text_size") == "large"
        assert window.county_actions is not None and "角色：县级" in window.role_label.text()
        titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        assert titles[-1] == "帮助(&H)" and "县级(&C)" in titles
    finally:
        from fupin_desktop.gui.fonts import install_app_font

        install_app_font(QApplication.instance(), original)
