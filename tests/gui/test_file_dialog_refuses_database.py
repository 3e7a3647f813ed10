"""No file dialog takes the open database's own files, typed or clicked (the file, its -wal/-shm, its
verification marker, by any name: a symlink, ``..``): the person is told why, the dialog stays open
for another choice, and the database is neither written over nor read past SQLite (reading it through
another descriptor releases SQLite's locks of the process; see gui/file_dialogs.py).

Driven as a person does it: the menu item, Qt's own dialog, the name typed into its file-name field,
Enter; the refusal read off the real message box and closed with its button.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.exceptions import TimeoutError
from sqlalchemy import text

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton, Qt, QTimer
from fupin_desktop.gui.sync.backup_dialogs import RestoreDialog
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from fupin_desktop.store import integrity
from fupin_desktop.sync.backups import make_backup
from tests.gui.register_support import keep, type_text

LEFT = Qt.MouseButton.LeftButton
CANCEL = object()
PASS = "长城长城长城123"


class Person:
    """Answers Qt's file dialogs from ``choices`` (a name to type, or CANCEL), one per time a file
    dialog is waiting; reads and closes every message box, noting whether a file dialog stood open
    under it."""

    def __init__(self, qtbot, choices: list, yes: bool = False, in_dialog: bool = False):
        self.qtbot = qtbot
        self.yes = yes  # the answer to a question (else No: never "replace the file?")
        self.in_dialog = in_dialog  # the test clicks in a dialog of the program's: leave it open
        self.choices = list(choices)
        self.messages: list[str] = []
        self.under: list[QFileDialog | None] = []  # the file dialog still open under each message
        self.dialogs: list[QFileDialog] = []  # the file dialog each choice was typed into
        self.left_open: list[str] = []
        self.done = False
        self.busy = False

    def start(self) -> "Person":
        QTimer.singleShot(0, self._step)
        return self

    def wait(self, until=None, timeout: int = 10000) -> None:
        """Until every choice was made (or ``until()``); a file dialog that closed on an earlier
        choice fails here, saying which."""
        try:
            self.qtbot.waitUntil(until or (lambda: self.done), timeout=timeout)
        except TimeoutError:
            raise AssertionError(f"no file dialog was left to type {self.choices} into: it took an earlier "
                                 f"choice; messages shown: {self.messages}") from None

    def stop(self) -> None:
        self.done = True  # a poller left running would close the next tests' dialogs

    def _step(self) -> None:
        if self.done:
            return
        widget = QApplication.activeModalWidget()
        if widget is None and not self.choices:
            self.done = True
            return
        QTimer.singleShot(30, self._step)  # first: an answer may open a modal box of its own
        if isinstance(widget, QMessageBox):
            self.messages.append(widget.text())
            self.under.append(next((w for w in QApplication.topLevelWidgets()
                                    if isinstance(w, QFileDialog) and w.isVisible()), None))
            wanted = [QMessageBox.StandardButton.Yes] if self.yes else []
            wanted += [QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel]
            button = next((widget.button(b) for b in wanted if widget.button(b) is not None), widget.buttons()[0])
            self.qtbot.mouseClick(button, LEFT)
        elif self.busy:
            pass  # a wait inside a choice runs this timer again: one choice at a time
        elif isinstance(widget, QFileDialog) and widget.isVisible() and self.choices:
            self.busy = True
            try:
                self._choose(widget, self.choices.pop(0))
            finally:
                self.busy = False
        elif widget is not None and not isinstance(widget, QFileDialog) and self.in_dialog:
            pass
        elif widget is not None:  # unexpected, or out of answers: noted and closed (fail, never hang)
            self.left_open.append(widget.windowTitle())
            widget.done(0)

    def _activate(self, dialog: QFileDialog) -> None:
        """What the window manager does when a box over the dialog closes: the dialog is active again
        (the field a person clicks then has the keyboard, and what they type replaces the selection).
        Offscreen Qt sometimes leaves no window active after a window closed."""
        if QApplication.activeWindow() is dialog:
            return
        dialog.activateWindow()
        try:
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=1000)
        except TimeoutError:
            QApplication.setActiveWindow(dialog)

    def _choose(self, dialog: QFileDialog, choice) -> None:
        self.dialogs.append(dialog)
        if choice is CANCEL:
            self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        self._activate(dialog)
        self.qtbot.mouseClick(name, LEFT)  # into the file-name field
        name.selectAll()
        self.qtbot.keyClick(name, Qt.Key.Key_Delete)
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", choice):  # Chinese as a pinyin IME commits it
            type_text(self.qtbot, name, run)
        if name.completer() is not None:
            name.completer().popup().hide()  # a person's first Enter would pick from the completion list
        self.qtbot.keyClick(name, Qt.Key.Key_Return)


@pytest.fixture
def person(qtbot):
    """``person(choices)`` starts a Person; every one is stopped after the test."""
    started: list[Person] = []

    def start(choices: list, yes: bool = False, in_dialog: bool = False) -> Person:
        started.append(Person(qtbot, choices, yes, in_dialog).start())
        return started[-1]

    yield start
    for one in started:
        one.stop()


def start_in(folder: Path) -> None:
    """The folder last used: the file dialogs open there (as after saving a file in it and opening one)."""
    settings = file_dialogs.gui_settings()
    settings.setValue(file_dialogs.LAST_FOLDER_KEY, str(folder))  # saved to there
    settings.setValue(file_dialogs.LAST_OPEN_FOLDER_KEY, str(folder))  # and opened from there
    settings.sync()


def households(db) -> int:
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM household")).scalar()


def assert_database_whole(db, count: int) -> None:
    """Still open in this process (SQLite's locks kept, its log beside it) and holding what it held."""
    assert integrity.held(db.path)
    assert Path(str(db.path) + "-wal").exists() and Path(str(db.path) + "-shm").exists()
    with db.read() as s:
        assert s.execute(text("PRAGMA quick_check")).scalar() == "ok"
    assert households(db) == count


def county_window(qtbot, db):
    generate_demo(db, households=4, seed=2, year=2024)
    set_setting(db, "role", ROLE_COUNTY)
    window = keep(qtbot, MainWindow(db.path, db=db, settings=None, log_path=None, runner=run_inline))
    window.show()
    return window


def test_an_excel_export_typed_over_the_database_is_refused_and_the_dialog_stays(qtbot, tmp_db, person):
    window = county_window(qtbot, tmp_db)
    folder = tmp_db.path.parent
    start_in(folder)
    count = households(tmp_db)
    name = tmp_db.path.name
    answers = person([name, name + "-verified", "农户花名册.xlsx"])
    window.county_actions.actions["export_register"].trigger()
    answers.wait()

    refusals = [m for m in answers.messages if "正在使用的数据库" in m]
    assert len(refusals) == 2, answers.messages
    assert name in refusals[0] and "不能用来保存" in refusals[0] and "请换一个文件名" in refusals[0]
    assert all(d is answers.dialogs[0] for d in answers.under[:2])  # the dialog stayed open under each refusal
    assert len(set(map(id, answers.dialogs))) == 1  # and took the third name itself
    assert (folder / "农户花名册.xlsx").stat().st_size > 0
    assert not (folder / (name + "-verified")).exists()
    assert not answers.left_open
    assert_database_whole(tmp_db, count)


def test_a_platform_dialog_is_asked_again_after_the_refusal(qtbot, tmp_db, person, monkeypatch):
    """On Windows the system's own dialog has closed before the choice is judged: it is refused there
    and the dialog comes up again. (Offscreen Qt has no system dialog: Qt's stands in, as it does
    wherever the platform offers none, and is judged the same way.)"""
    monkeypatch.setattr(file_dialogs, "sys", SimpleNamespace(platform="win32"))
    window = county_window(qtbot, tmp_db)
    folder = tmp_db.path.parent
    start_in(folder)
    count = households(tmp_db)
    answers = person([tmp_db.path.name, "资金台账.xlsx"], yes=True)  # "replace it?" -- yes: the system asks first
    window.county_actions.actions["export_ledger"].trigger()
    answers.wait()

    assert [m for m in answers.messages if "不能用来保存" in m], answers.messages
    assert len(answers.dialogs) == 2 and answers.dialogs[1] is answers.dialogs[0]  # the same dialog, again
    assert (folder / "资金台账.xlsx").stat().st_size > 0
    assert not answers.left_open
    assert_database_whole(tmp_db, count)


def test_the_database_is_never_opened_as_a_roster_by_any_name(qtbot, tmp_db, person):
    window = county_window(qtbot, tmp_db)
    folder = tmp_db.path.parent
    os.symlink(tmp_db.path, folder / "花名册.xlsx")  # a link to the database, looking like a workbook
    aside = folder / "aside"
    aside.mkdir()
    start_in(aside)
    count = households(tmp_db)
    answers = person([f"../{tmp_db.path.name}-wal", "../花名册.xlsx", f"../aside/../{tmp_db.path.name}", CANCEL])
    window.county_actions.actions["import"].trigger()
    answers.wait()

    refusals = [m for m in answers.messages if "正在使用的数据库" in m]
    assert len(refusals) == 3, answers.messages
    assert "不能在这里打开" in refusals[0] and "请选择别的文件" in refusals[0]
    assert all(d is answers.dialogs[0] for d in answers.under)
    assert len(answers.messages) == 3  # nothing else: no workbook was opened
    assert_database_whole(tmp_db, count)
    assert not answers.left_open
    assert_database_whole(tmp_db, count)


def test_the_database_is_not_taken_for_a_sync_package(qtbot, tmp_db, person):
    window = county_window(qtbot, tmp_db)
    start_in(tmp_db.path.parent)
    count = households(tmp_db)
    answers = person([tmp_db.path.name + "-shm", CANCEL], in_dialog=True)
    window.sync_actions.actions["import"].trigger()
    dialog = next(d for d in window.sync_actions.dialogs if isinstance(d, ImportDialog) and d.isVisible())
    qtbot.mouseClick(dialog.findChild(QPushButton, "browsePackage"), LEFT)
    answers.wait(lambda: len(answers.dialogs) == 2)

    assert [m for m in answers.messages if "正在使用的数据库" in m and "不能在这里打开" in m], answers.messages
    assert answers.under == [answers.dialogs[0]] and answers.dialogs[1] is answers.dialogs[0]
    assert dialog.path_edit.text() == ""  # nothing chosen, nothing read
    assert_database_whole(tmp_db, count)
    dialog.done(0)


def test_restore_refuses_the_database_for_a_backup_then_restores_by_clicks(qtbot, tmp_db, person):
    """同步 › 从备份恢复 as the program runs it (in the background): the database typed for the backup
    is refused, the backup itself restored; the dialog closes the database before the restore."""
    generate_demo(tmp_db, households=4, seed=2, year=2024)
    stick = tmp_db.path.parent / "stick"
    stick.mkdir()
    backup = make_backup(tmp_db, stick / "备份.fbak", passphrase=PASS).path
    with tmp_db.write() as s:
        s.execute(text("UPDATE household SET phone = '13900000000'"))  # after the backup
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None))
    window.show()
    qtbot.waitUntil(lambda: window.sync_actions is not None, timeout=30000)
    start_in(stick)
    answers = person([f"../{tmp_db.path.name}", backup.name], yes=True, in_dialog=True)
    window.sync_actions.actions["restore"].trigger()
    dialog = next(d for d in window.sync_actions.dialogs if isinstance(d, RestoreDialog) and d.isVisible())
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "选择备份文件…")
    qtbot.mouseClick(browse, LEFT)
    answers.wait(lambda: len(answers.dialogs) == 2)
    assert [m for m in answers.messages if "正在使用的数据库" in m and "不能在这里打开" in m], answers.messages
    assert answers.under == [answers.dialogs[0]] and answers.dialogs[1] is answers.dialogs[0]
    assert dialog.path_edit.text() == str(backup)
    assert integrity.held(tmp_db.path)

    type_text(qtbot, dialog.passphrase, PASS)
    qtbot.mouseClick(dialog.inspect_button, LEFT)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=30000)
    qtbot.mouseClick(dialog.restore_button, LEFT)  # 替换当前数据吗？ -- Yes
    qtbot.waitUntil(lambda: dialog.operation is None and "恢复" in dialog.details.text().split("\n\n")[-1],
                    timeout=30000)
    assert "已恢复" in dialog.details.text(), dialog.details.text()
    with tmp_db.read() as s:  # the window's database reconnects to the restored file
        assert s.execute(text("SELECT count(*) FROM household WHERE phone = '13900000000'")).scalar() == 0
    dialog.done(0)
