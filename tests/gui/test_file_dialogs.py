"""File dialogs speak Chinese (Qt's own texts included) and open in 文档 or the folder last used, never in
the program folder (issue 11 §2.14). Driven through the real menu item and Qt's own dialog."""

from __future__ import annotations

import os
import re

import pytest

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputMethodEvent,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTimer,
)
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from tests.gui.register_support import keep

ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home with a 文档 (Documents) folder; the program runs from another folder."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    settings = file_dialogs.gui_settings()
    settings.remove(file_dialogs.LAST_FOLDER_KEY)
    settings.sync()
    return home


@pytest.fixture
def chinese(qapp):
    """The Chinese interface as the app installs it (ours, qtbase_zh_CN and the filled gaps)."""
    from fupin_desktop.gui.translations import install_translations, remove_translations

    remove_translations(qapp)
    install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp)


@pytest.fixture
def county_window(qtbot, tmp_db, chinese):
    generate_demo(tmp_db, households=6, seed=2, year=2024)
    set_setting(tmp_db, "role", ROLE_COUNTY)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    return window


def visible_texts(dialog: QDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in dialog.findChildren(QPushButton) if w.isVisible()]
    texts += [w.toolTip() for w in dialog.findChildren(QPushButton) if w.isVisible()]
    return [t for t in texts if t]


def run_file_dialog(qtbot, trigger, answer: str) -> dict:
    """Trigger; when Qt's file dialog is up, note what it shows, type ``answer`` and press Enter.
    Any other modal box (a message) is noted and closed, so a surprise never hangs the test."""
    seen: dict = {"other": []}

    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if "folder" not in seen:  # answered and nothing left open: stop (a poller left running
                QTimer.singleShot(20, drive)  # closed the next tests' dialogs)
            return
        if not isinstance(dialog, QFileDialog) or "folder" in seen:
            seen["other"].append(getattr(dialog, "text", dialog.windowTitle)())
            dialog.done(0)
            return
        seen["folder"] = dialog.directory().absolutePath()
        seen["texts"] = visible_texts(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        paste = QInputMethodEvent("", [])  # the whole answer at once, as pasted (typing "/" jumps to the root)
        paste.setCommitString(answer)
        QApplication.sendEvent(name, paste)
        if name.completer() is not None:
            name.completer().popup().hide()  # a person's first Enter would go to the completion list
        qtbot.keyClick(name, Qt.Key.Key_Return)
        QTimer.singleShot(20, drive)  # anything still open afterwards is closed

    QTimer.singleShot(0, drive)
    trigger()
    return seen


def test_export_dialog_is_chinese_opens_in_documents_then_in_the_last_folder(qtbot, county_window, home, tmp_path):
    export = county_window.county_actions.actions["export_register"]
    exports = tmp_path / "exports"
    exports.mkdir()
    first = run_file_dialog(qtbot, export.trigger, "first.xlsx")
    assert first["folder"] == str(home / "Documents"), first  # never the program folder
    assert first["folder"] != os.getcwd()
    english = [t for t in first["texts"] if ASCII_WORD.search(t.replace("Excel", "").replace("xlsx", ""))]
    assert not english, english  # "&Look in:", "Files of &type:" were left in English
    assert any("查找范围" in t for t in first["texts"]) and any("文件类型" in t for t in first["texts"])
    assert (home / "Documents" / "first.xlsx").exists() and not first["other"]

    second = run_file_dialog(qtbot, export.trigger, str(exports / "second.xlsx"))
    assert second["folder"] == str(home / "Documents")
    assert (exports / "second.xlsx").exists(), second
    third = run_file_dialog(qtbot, export.trigger, "third.xlsx")
    assert third["folder"] == str(exports)  # the folder last used
    assert (exports / "third.xlsx").exists()


def test_every_file_dialog_of_the_gui_goes_through_the_helper():
    """A new QFileDialog.get…() call would open in the program folder again."""
    from pathlib import Path

    import fupin_desktop.gui as gui

    root = Path(gui.__file__).parent
    direct = [f"{path.relative_to(root)}:{n}" for path in root.rglob("*.py") if path.name != "file_dialogs.py"
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"QFileDialog\s*\.\s*get|QFileDialog\(", line)]
    assert not direct, direct


def test_a_mistyped_folder_does_not_send_the_next_dialog_back_to_documents(qtbot, county_window, home, tmp_path):
    """A clerk typed xlsx/帮扶计划.xlsx while already in xlsx: 文件夹不存在, fine; but the next export opened
    in 文档 (the missing folder had been remembered), and a second Enter saved the file there unnoticed."""
    export = county_window.county_actions.actions["export_register"]
    exports = tmp_path / "exports"
    exports.mkdir()
    run_file_dialog(qtbot, export.trigger, str(exports / "first.xlsx"))
    assert (exports / "first.xlsx").exists()
    typo = run_file_dialog(qtbot, export.trigger, str(exports / "exports" / "second.xlsx"))
    assert typo["folder"] == str(exports) and not (exports / "exports").exists()
    again = run_file_dialog(qtbot, export.trigger, "second.xlsx")
    assert again["folder"] == str(exports), again
    assert (exports / "second.xlsx").exists()
