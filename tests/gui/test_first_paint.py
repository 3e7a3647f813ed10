"""First paint before the store loads (issue 14 §1): the window's frame is on screen, saying
正在打开……, before SQLAlchemy and sqlmodel are imported; the database opens behind it, the list fills,
and the menus that need the database are enabled once it is ready (not after a timer)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from fupin_desktop.gui import app as app_module
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import QApplication, QImage, Qt, QTimer
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.engine import open_database

REPO = Path(__file__).resolve().parents[2]
# Everything that needs the database, in the menus the frame has (文件, 编辑, 视图).
DATABASE_ACTIONS = ("new_household", "new_village", "import_roster", "load_demo", "settings", "edit_household",
                    "delete_household", "plan", "print_card", "print_selected", "edit_village", "cadres",
                    "recycle_bin", "find", "refresh")
STORE_MODULES = ("sqlalchemy", "sqlmodel", "fupin_desktop.store.engine", "fupin_desktop.store.models")
# What loads only once the list is on screen (plain reads fill it: store.reader).
LATER_MODULES = ("sqlalchemy", "sqlmodel", "pydantic", "fupin_desktop.store.models", "reportlab")

# A child process (this test process imported the store long ago): the real start-up, gui.app.main,
# observed at the frame's first paint and again once the person can work (QApplication.exec).
CHILD = r"""
import json, sys
from fupin_desktop.gui import app as app_module
from fupin_desktop.gui.loading_view import LoadingView
from fupin_desktop.gui.qt import QApplication, QEventLoop, QTimer

seen = {}
STORE = %(store)r
LATER = %(later)r
ACTIONS = %(actions)r

def window_state(window):
    return {"title": window.windowTitle(), "status": window.db_label.text(),
            "menus": [a.text() for a in window.menuBar().actions() if a.isVisible()],
            "enabled": sorted(k for k in ACTIONS if window.menus.actions[k].isEnabled()),
            "size": [window.width(), window.height()]}

original_paint = LoadingView.paintEvent
def paint(self, event):
    original_paint(self, event)
    if "frame" not in seen:
        window = self.window()
        seen["frame"] = {**window_state(window), "message": self.message.text(),
                         "message_visible": self.message.isVisible(),
                         "store": [m for m in STORE if m in sys.modules]}
LoadingView.paintEvent = paint

from fupin_desktop.gui.main_window import MainWindow
original_build = MainWindow._build_register
def build_register(self):  # what is loaded when the list first has rows, whenever at_work runs
    original_build(self)
    def first_rows():
        if "at_list" not in seen and self.register.list.model.rowCount():
            seen["at_list"] = [m for m in LATER if m in sys.modules]
    self.register.list.loaded.connect(first_rows)
MainWindow._build_register = build_register

def at_work(_app=None):
    from fupin_desktop.gui.main_window import MainWindow
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    loop = QEventLoop()
    window.register.list.loaded.connect(loop.quit)
    QTimer.singleShot(30000, loop.quit)
    if window.register.list.model.rowCount() == 0:
        loop.exec()
    rows = window.register.list.model.rowCount()
    counted = QEventLoop()  # the status bar's counts come once the list and the tree are in
    window.counts_ready.connect(counted.quit)
    QTimer.singleShot(30000, counted.quit)
    if not window.counts_label.text():
        counted.exec()
    seen["ready"] = {**window_state(window), "rows": rows, "counts": window.counts_label.text()}
    window.close()
    return 0

QApplication.exec = at_work
seen["exit"] = app_module.main(sys.argv[1:])
print(json.dumps(seen, ensure_ascii=False))
"""


def _child_env(tmp_path: Path) -> dict:
    env = {**os.environ, "FUPIN_DATA_DIR": str(tmp_path / "data"), "FUPIN_LANG": "zh_CN"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return env


def _demo_db(path: Path, households: int = 30) -> Path:
    from fupin_desktop.services.setup.demo import generate_demo

    db = open_database(path)
    generate_demo(db, households=households, seed=3)
    save_profile(db, Profile(role="village", user_name="李强"))
    db.close()
    return path


def test_the_frame_is_painted_before_the_store_is_imported_then_the_list_fills(tmp_path):
    db_path = _demo_db(tmp_path / "village.db")
    code = CHILD % {"store": STORE_MODULES, "later": LATER_MODULES, "actions": DATABASE_ACTIONS}
    result = subprocess.run([sys.executable, "-c", code, "--db", str(db_path)], cwd=REPO, env=_child_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    frame, ready = seen["frame"], seen["ready"]
    assert frame["store"] == [], frame["store"]  # nothing of the store at the first paint
    assert frame["message"] == "正在打开……" and frame["message_visible"]
    assert frame["title"] == "扶贫帮扶 — village.db"
    assert frame["menus"] == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert "正在打开数据库" in frame["status"]
    assert frame["enabled"] == []  # nothing that needs the database while it opens
    assert ready["rows"] == 30  # the database opened behind the frame and the list filled
    assert seen["at_list"] == []  # without SQLAlchemy, the ORM or the PDF layout: they load after it
    assert "30 户" in ready["counts"], ready["counts"]
    assert "import_roster" in ready["enabled"] and "new_village" in ready["enabled"] and "settings" in ready["enabled"]
    assert ready["status"] == f"数据库：{db_path}"
    assert seen["exit"] == 0


def test_first_paint_option_writes_the_frame_as_a_png_and_exits_0(tmp_path):
    db_path = tmp_path / "never-made.db"
    shot = tmp_path / "first.png"
    result = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "--first-paint", str(shot)], cwd=REPO,
                            env=_child_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 600, image.size()
    assert not db_path.exists()  # the frame only: nothing was opened or made
    assert str(shot) in result.stdout


def _app_args(db_path: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db_path), screenshot=None, lang="zh_CN")


def test_database_actions_wait_for_the_database_then_open_their_dialogs(qtbot, tmp_db_path, monkeypatch):
    """During the open, Ctrl+N and the rest do nothing (disabled, nothing crashes); once the database is
    ready they are enabled and open their dialogs; the 帮扶/打印/同步 menus come with the database
    (an empty register loads no list; they used to follow a 3-second timer)."""
    from fupin_desktop.gui.register.recycle_bin import RecycleBinDialog
    from fupin_desktop.gui.register.village_form import VillageFormDialog

    db = open_database(tmp_db_path)
    save_profile(db, Profile(role="village", user_name="李强"))
    db.close()
    during: dict = {}

    def while_opening() -> None:  # the first turn of the event loop: the frame is up, the open not done
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        during["opening"] = window.is_opening()
        during["enabled"] = [k for k in DATABASE_ACTIONS if window.menus.actions[k].isEnabled()]
        for key in DATABASE_ACTIONS:
            window.menus.actions[key].trigger()
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 新增农户
        qtbot.keyClick(window, Qt.Key.Key_F5)  # 刷新
        window.menus.tree_action.trigger()  # 视图 › 区域树 off while it opens: kept once the register is in
        during["windows"] = [type(w).__name__ for w in QApplication.topLevelWidgets()
                             if w.isVisible() and w is not window]

    QTimer.singleShot(0, while_opening)
    after: dict = {}

    def at_work(_app=None) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        after["enabled"] = [k for k in ("new_village", "recycle_bin", "settings", "load_demo")
                            if window.menus.actions[k].isEnabled()]
        with qtbot.waitSignal(window.hooks_installed, timeout=2500):  # with the database, not 3 s later
            pass
        after["menus"] = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        after["tree"] = (window.menus.tree_action.isChecked(), window.register.tree.isVisibleTo(window.register))
        window.menus.actions["new_village"].trigger()
        after["village_form"] = any(isinstance(w, VillageFormDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets())
        window.menus.actions["recycle_bin"].trigger()
        after["recycle_bin"] = any(isinstance(w, RecycleBinDialog) and w.isVisible()
                                   for w in QApplication.topLevelWidgets())
        for w in QApplication.topLevelWidgets():
            if isinstance(w, (VillageFormDialog, RecycleBinDialog)):
                w.close()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", at_work)
    assert app_module._open_and_show(QApplication.instance(), _app_args(tmp_db_path), None) == 0
    assert during == {"opening": True, "enabled": [], "windows": []}
    assert after["enabled"] == ["new_village", "recycle_bin", "settings", "load_demo"]
    assert after["menus"][:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"] and after["menus"][-1] == "帮助(&H)"
    assert {"帮扶(&B)", "打印(&P)", "同步(&S)"} <= set(after["menus"])
    assert after["village_form"] and after["recycle_bin"]
    assert after["tree"] == (False, False)


def test_closing_the_window_while_it_opens_ends_cleanly(qtbot, tmp_db_path, monkeypatch):
    db = open_database(tmp_db_path)
    save_profile(db, Profile(role="village", user_name="李强"))
    db.close()
    QTimer.singleShot(0, lambda: next(w for w in QApplication.topLevelWidgets()
                                      if isinstance(w, MainWindow) and w.isVisible()).close())
    monkeypatch.setattr(QApplication, "exec", lambda _app=None: pytest_fail("the window was closed"))
    assert app_module._open_and_show(QApplication.instance(), _app_args(tmp_db_path), None) == 0
    db = open_database(tmp_db_path)  # closed by the start-up: opens again, not held
    db.close()


def pytest_fail(message: str) -> int:
    import pytest

    pytest.fail(message)
    return 1


def test_a_refused_database_is_said_over_the_frame(qtbot, tmp_path, monkeypatch):
    """An empty (0-byte) file is refused by the open behind the frame: the reason is shown over the
    window (as before the frame came first) and the start-up ends with 1, the file untouched."""
    from fupin_desktop.gui.qt import QMessageBox

    db_path = tmp_path / "empty.db"
    db_path.write_bytes(b"")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda parent, title, text, *a: shown.append((type(parent).__name__, title, text))))
    monkeypatch.setattr(QApplication, "exec", lambda _app=None: pytest_fail("no window for a refused file"))
    assert app_module._open_and_show(QApplication.instance(), _app_args(db_path), None) == 1
    assert len(shown) == 1 and shown[0][:2] == ("MainWindow", "无法打开数据库") and shown[0][2]
    assert db_path.read_bytes() == b""
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            window.close()


def test_the_quicker_import_hook_answers_as_pyside_does():
    """store_loader swaps PySide6's "does this module use PySide6?" (inspect.getsource) for a plain
    read of the file: the same answers, for modules that name PySide6, that do not, and built-ins."""
    import json as json_module

    import shibokensupport.feature as feature
    import sqlalchemy.orm

    import fupin_desktop.gui.qt as qt_module
    from fupin_desktop.gui import store_loader

    store_loader.load_store()
    quick = feature._mod_uses_pyside
    original = quick.replaced
    for module in (qt_module, sqlalchemy.orm, json_module, sys, store_loader):
        assert quick(module) == original(module), module.__name__
    assert quick(qt_module) and not quick(sqlalchemy.orm) and not quick(sys)
