"""Shared pieces for the register GUI tests: a village, filling the member dialog, message boxes."""

from __future__ import annotations

from datetime import date

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.gui.qt import QMessageBox, Qt
from fupin_desktop.gui.register.member_dialog import MemberDialog
from fupin_desktop.gui.register.vocab_ui import set_combo_code
from tests.unit.register_data import V1, make_villages


def village(db) -> str:
    return make_villages(db)[V1]


def person_id(birth: date, seq: int) -> str:
    return make_id("410102", birth, seq)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text``: key clicks for ASCII, an input-method commit for Chinese (as a pinyin IME sends it)."""
    from fupin_desktop.gui.qt import QApplication, QInputMethodEvent

    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def fill_member(qtbot, dialog: MemberDialog, name: str, id_number: str, relationship: str, **combos) -> None:
    """Type into the member dialog as a user would."""
    dialog.ui.nameEdit.clear()
    type_text(qtbot, dialog.ui.nameEdit, name)
    dialog.ui.idNumberEdit.clear()
    type_text(qtbot, dialog.ui.idNumberEdit, id_number)
    dialog.ui.idNumberEdit.editingFinished.emit()
    set_combo_code(dialog.ui.relationshipCombo, relationship)
    for attribute, code in combos.items():
        set_combo_code(getattr(dialog.ui, attribute), code)


class Answers:
    """Stands in for QMessageBox.question/warning/information; records the texts shown."""

    def __init__(self, monkeypatch, question=QMessageBox.StandardButton.Yes):
        self.asked: list[str] = []
        self.warned: list[str] = []
        self.question_answer = question
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: self.warned.append(a[2]))
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: self.warned.append(a[2]))
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.warned.append(box.text()) or 0)

    def _question(self, parent, title, text, *args, **kwargs):
        self.asked.append(text)
        return self.question_answer


def members_via_dialog(monkeypatch, qtbot, people):
    """Make MemberDialog.exec fill in the next person of ``people`` (kwargs for fill_member) and accept."""
    queue = list(people)

    def fake_exec(dialog):
        fill_member(qtbot, dialog, **queue.pop(0))
        dialog.accept()
        return 1

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    return queue


LEFT = Qt.MouseButton.LeftButton


def keep(qtbot, widget):
    """qtbot.addWidget, closing a dialog at teardown without its "unsaved changes?" question
    (a real modal message box would hang the test run)."""
    from fupin_desktop.gui.qt import QDialog

    qtbot.addWidget(widget, before_close_func=lambda w: w.done(0) if isinstance(w, QDialog) else None)
    return widget
