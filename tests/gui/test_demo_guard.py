"""Demo households never land silently among real ones: first start on a database that already holds
households does not offer 载入演示数据, and 文件 › 载入演示数据 asks first (default 否) when there are any."""

from __future__ import annotations

import argparse

import pytest

from fupin_desktop import paths
from fupin_desktop.gui import app as app_module
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, Qt
from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog
from fupin_desktop.services.register.stats import database_stats
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.engine import open_database
from tests.gui.register_support import Answers, keep, type_text

LEFT = Qt.MouseButton.LeftButton
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def quiet_start(tmp_path, monkeypatch):
    """The start-up code's surroundings: our own data folder, and QApplication.exec returning at once
    (the windows it showed are collected and closed afterwards)."""
    monkeypatch.setattr(paths, "user_data_dir", lambda *a, **k: str(tmp_path / "userdata"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    windows: list = []
    monkeypatch.setattr(QApplication, "exec", lambda self: windows.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()) or 0)
    yield windows
    for window in windows:
        window.db = None  # closed by the start-up code
        window.close()


def test_first_start_on_a_database_with_households_offers_no_demo(qtbot, tmp_path, monkeypatch, quiet_start):
    path = tmp_path / "made-by-cli.db"
    db = open_database(path)  # as `fupin demo` or an import leaves it: households, no role chosen yet
    generate_demo(db, households=20, seed=3)
    before = database_stats(db).households
    db.close()
    seen: dict = {}

    def fill(dialog: FirstStartDialog) -> int:
        dialog.show()
        ui = dialog.ui
        seen["demo offered"] = ui.demoRadio.isVisible() or ui.demoSizeCombo.isVisible()
        seen["kept"] = ui.emptyRadio.text()
        qtbot.mouseClick(ui.demoRadio, LEFT)  # hidden: a click does nothing
        type_text(qtbot, ui.nameEdit, "李强")
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", fill)
    started = Answers(monkeypatch, question=YES)  # were a demo question asked, it would be answered 是
    args = argparse.Namespace(db=str(path), screenshot=None, first_paint=None, lang="zh_CN")
    assert app_module._open_and_show(QApplication.instance(), args, None) == 0

    assert seen["demo offered"] is False  # it was offered, and ticked, on the old code
    assert f"已有的 {before} 户" in seen["kept"]
    assert started.asked == []
    db = open_database(path)
    try:
        assert database_stats(db).households == before
    finally:
        db.close()


def test_load_demo_from_the_file_menu_asks_when_households_exist(qtbot, tmp_db, monkeypatch):
    generate_demo(tmp_db, households=12, seed=2)
    save_profile(tmp_db, Profile(role="village", user_name="李明"))
    before = database_stats(tmp_db).households
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, runner=run_inline))
    window.show()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k: (items[0], True)))

    answers = Answers(monkeypatch, question=NO)
    window.menus.actions["load_demo"].trigger()
    assert len(answers.asked) == 1 and f"已有 {before} 户农户" in answers.asked[0]
    assert database_stats(tmp_db).households == before  # 否: nothing added (the old code added 170 at once)

    answers.question_answer = YES
    window.menus.actions["load_demo"].trigger()
    assert database_stats(tmp_db).households > before  # 是: the person chose it, knowing


def test_an_empty_database_gets_its_demo_without_a_question(qtbot, tmp_db, monkeypatch):
    save_profile(tmp_db, Profile(role="village", user_name="李明"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, runner=run_inline))
    window.show()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k: (items[0], True)))
    answers = Answers(monkeypatch, question=NO)
    window.menus.actions["load_demo"].trigger()
    assert answers.asked == [] and database_stats(tmp_db).households > 0
