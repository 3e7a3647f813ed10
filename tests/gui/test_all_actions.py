"""Every enabled action of every menu and submenu, in both roles, triggered as a person would.

The main window opens on a small demo county (village role, then county role); each action found
by walking the menu bar is triggered with ``QAction.trigger()``. File dialogs answer "cancelled",
message boxes their most cautious button, input dialogs the first item; every dialog that opens,
modal or not, is closed with its own 取消/关闭 button. The test fails on an exception in a slot, on
a background job that failed unexpectedly, on a dialog without such a button, and on a dialog that
stays open after its button was clicked. A new menu item is covered without editing this file.
"""

from __future__ import annotations

import logging
import sys

import pytest
from shiboken6 import isValid

from fupin_desktop.errors import UserFacingError
from fupin_desktop.gui import file_dialogs, operations
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import (
    QAction,
    QApplication,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPoint,
    QProgressDialog,
    Qt,
    QThreadPool,
    QTimer,
    QWidget,
)
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, ROLE_VILLAGE, set_setting
from tests.gui.dialog_support import cautious_answer, close_button, open_windows, plain_text

HOUSEHOLDS = 40
JOB_TIMEOUT_MS = 60_000


def menu_actions(menu_bar) -> list[tuple[str, QAction]]:
    """(path, action) of every item of every menu and submenu, in menu order; 退出 last."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        menu.popup(QPoint(0, 0))  # as a person opens it: its aboutToShow updates run
        menu.hide()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            name = f"{path} › {plain_text(action.text())}"
            if action.menu() is not None:
                walk(action.menu(), name)
            else:
                found.append((name, action))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), plain_text(top.text()))
    last = [(n, a) for n, a in found if a.menuRole() == QAction.MenuRole.QuitRole]
    return [(n, a) for n, a in found if (n, a) not in last] + last


class Person:
    """Answers every question cautiously and closes every dialog with its own button."""

    def __init__(self, qtbot, monkeypatch, main_window):
        self.qtbot = qtbot
        self.main_window = main_window
        self.current = ""
        self.problems: list[str] = []
        self.closed: list[str] = []
        self.messages: list[str] = []
        self.clicked: dict[int, QWidget] = {}
        self._patch(monkeypatch)
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.close_modal)

    # --- what the static dialogs answer --------------------------------------------------------
    def _patch(self, monkeypatch) -> None:
        for name in ("ask_open_file_name", "ask_save_file_name"):
            monkeypatch.setattr(file_dialogs, name, staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
        monkeypatch.setattr(file_dialogs, "ask_existing_directory", staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(self._get_item))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))
        for name in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self._shown(name)))

    def _get_item(self, parent, title, label, items, current=0, editable=True, *args, **kwargs):
        return (items[0], True) if items else ("", False)

    def _question(self, parent, title, text, buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                  *args, **kwargs):
        self.messages.append(f"{self.current}: ? {text}")
        return cautious_answer(buttons)

    def _shown(self, kind: str):
        def show(parent, title, text, *args, **kwargs):
            self.messages.append(f"{self.current}: {kind} {text}")
            if kind == "critical":
                self.problems.append(f"{self.current}: critical message box: {text}")
            return QMessageBox.StandardButton.Ok

        return show

    # --- closing dialogs -----------------------------------------------------------------------
    def close_modal(self) -> None:
        """From the timer, inside a modal dialog's own event loop: press its 取消/关闭."""
        modal = QApplication.activeModalWidget()
        if modal is None or isinstance(modal, QProgressDialog):
            return  # a progress dialog closes itself when its job is done
        self.close_window(modal)

    def close_window(self, window: QWidget) -> None:
        title = window.windowTitle() or type(window).__name__
        if self.clicked.get(id(window)) is window:  # its button was pressed before and it is still here
            self.problems.append(f"{self.current}: “{title}” stays open after its own button was clicked")
            window.close()
            self.clicked.pop(id(window), None)
            return
        button = close_button(window)
        if button is None:
            self.problems.append(f"{self.current}: “{title}” ({type(window).__name__}) has no 取消/关闭 button")
            window.close()
            return
        self.clicked[id(window)] = window
        self.closed.append(f"{self.current}: {title} [{plain_text(button.text())}]")
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def close_the_rest(self) -> None:
        """Non-modal dialogs and windows left open by the action."""
        for _ in range(5):  # closing one may open another (a question, a confirmation)
            windows = open_windows(exclude=[self.main_window])
            if not windows:
                return
            for window in windows:
                self.close_window(window)
            self.wait_for_jobs()
        still = open_windows(exclude=[self.main_window])
        for window in still:
            self.problems.append(f"{self.current}: “{window.windowTitle()}” stays open")
            window.close()

    def wait_for_jobs(self) -> None:
        """Until every background job of the window has delivered its result (and a little more)."""
        self.qtbot.waitUntil(lambda: not operations._running, timeout=JOB_TIMEOUT_MS)
        QThreadPool.globalInstance().waitForDone(JOB_TIMEOUT_MS)
        self.qtbot.wait(20)
        self.qtbot.waitUntil(lambda: not operations._running, timeout=JOB_TIMEOUT_MS)

    # --- one action ----------------------------------------------------------------------------
    def use(self, name: str, action: QAction) -> None:
        self.current = name
        self.clicked.clear()
        self.wait_for_jobs()  # as a person waits for the window to settle
        if not action.isEnabled():
            return
        self.timer.start()
        try:
            action.trigger()
            self.wait_for_jobs()
            self.close_the_rest()
        finally:
            self.timer.stop()
        for window in self.clicked.values():
            if isValid(window) and window.isVisible():
                self.problems.append(f"{name}: “{window.windowTitle()}” stays open after its own button was clicked")
                window.close()


@pytest.fixture(params=[ROLE_VILLAGE, ROLE_COUNTY])
def window(request, qtbot, tmp_db):
    generate_demo(tmp_db, households=HOUSEHOLDS, seed=11)
    if request.param == ROLE_COUNTY:
        set_setting(tmp_db, "role", ROLE_COUNTY)
    win = MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.register.list.model.rowCount() > 0, timeout=JOB_TIMEOUT_MS)
    win.role = request.param
    yield win
    qtbot.waitUntil(lambda: not operations._running, timeout=JOB_TIMEOUT_MS)
    QThreadPool.globalInstance().waitForDone(JOB_TIMEOUT_MS)


def test_every_menu_action_works_and_every_dialog_closes_with_its_own_button(qtbot, monkeypatch, caplog, lang, window):
    caplog.set_level(logging.INFO, logger="fupin_desktop.gui.operations")
    slot_errors: list[str] = []
    person = Person(qtbot, monkeypatch, window)
    previous_hook = sys.excepthook

    def hook(exc_type, exc, tb):  # an exception in a slot: recorded with the action, then pytest-qt's turn
        slot_errors.append(f"{person.current}: {exc_type.__name__}: {exc}")
        previous_hook(exc_type, exc, tb)

    monkeypatch.setattr(sys, "excepthook", hook)
    actions = menu_actions(window.menuBar())
    names = [name for name, _a in actions]
    if window.role == ROLE_COUNTY:
        county_menu = plain_text(window.county_actions.menu.title())
        assert any(name.startswith(county_menu) for name in names), names
    triggered = []
    for name, action in actions:
        if action.isEnabled():
            triggered.append(name)
        person.use(name, action)
    background = [f"{r.getMessage()} {r.exc_info[1]!r}" for r in caplog.records
                  if r.exc_info and "background operation failed" in r.getMessage()
                  and not isinstance(r.exc_info[1], UserFacingError)]
    report = "\n".join(slot_errors + person.problems + background)
    assert not slot_errors and not person.problems and not background, report
    assert len(triggered) >= 20, triggered  # the sweep really went through the menus
    assert not window.isVisible()  # 退出, last, closed the window


def test_the_sweep_sees_a_dialog_whose_buttons_do_nothing(qtbot, monkeypatch):
    """The member dialog's 确定/取消 were connected to nothing; the sweep reports such a dialog."""
    from fupin_desktop.gui.qt import QDialog, QDialogButtonBox, QMainWindow, QVBoxLayout

    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("文件(&F)")

    def open_dead_dialog():
        dialog = QDialog(win)
        dialog.setWindowTitle("家庭成员")
        QVBoxLayout(dialog).addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                       | QDialogButtonBox.StandardButton.Cancel))
        dialog.exec()

    menu.addAction("新增成员(&M)…", open_dead_dialog)
    menu.addAction("无反应(&Q)", lambda: None)
    person = Person(qtbot, monkeypatch, win)
    for name, action in menu_actions(win.menuBar()):
        person.use(name, action)
    assert person.problems == ["文件 › 新增成员: “家庭成员” stays open after its own button was clicked"]
