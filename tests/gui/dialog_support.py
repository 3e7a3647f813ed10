"""Finding and pressing a dialog's own buttons, for the tests that use every menu and every dialog.

A person closes a dialog with its 取消/关闭 button (or answers a message box with its most cautious
button); these helpers find that button the way the person sees it: visible, enabled, belonging to
the dialog's own window.
"""

from __future__ import annotations

import re

from shiboken6 import isValid

from fupin_desktop.gui.qt import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProgressDialog,
    Qt,
    QWidget,
    QWizard,
)

CLOSE_TEXTS = {"取消", "关闭", "cancel", "close"}
# A message box's buttons, most cautious first.
CAUTIOUS = (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Abort, QMessageBox.StandardButton.Ignore, QMessageBox.StandardButton.Ok)


def plain_text(text: str) -> str:
    """A button's text as read: without its mnemonic ("关闭(&C)" → "关闭", "&Cancel" → "cancel")."""
    text = re.sub(r"\(&.\)", "", text).replace("&", "")
    return text.strip().rstrip("…").strip().lower()


def _usable(button: QAbstractButton, window: QWidget) -> bool:
    return button.isVisibleTo(window) and button.isEnabled() and button.window() is window


def close_button(window: QWidget) -> QAbstractButton | None:
    """The button a person presses to back out of ``window``: its 取消/关闭 (Cancel/Close)."""
    if isinstance(window, QMessageBox):
        return cautious_button(window)
    if isinstance(window, QWizard):
        button = window.button(QWizard.WizardButton.CancelButton)
        return button if _usable(button, window) else None
    for box in window.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole and _usable(button, window):
                return button
    for button in window.findChildren(QAbstractButton):
        if plain_text(button.text()) in CLOSE_TEXTS and _usable(button, window):
            return button
    return None


def cautious_button(box: QMessageBox) -> QAbstractButton | None:
    for standard in CAUTIOUS:
        button = box.button(standard)
        if button is not None and button.isVisible():
            return button
    buttons = [b for b in box.buttons() if b.isVisible()]
    return buttons[0] if len(buttons) == 1 else None


def cautious_answer(buttons) -> QMessageBox.StandardButton:
    """What a careful person answers to a QMessageBox static call offering ``buttons``."""
    for standard in CAUTIOUS:
        if buttons & standard:
            return standard
    return QMessageBox.StandardButton.NoButton


def open_windows(exclude=()) -> list[QWidget]:
    """Visible top-level windows other than ``exclude`` (menus, tooltips and progress dialogs aside)."""
    skip = {id(w) for w in exclude}
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in skip and w.isWindow()
            and w.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window, Qt.WindowType.Sheet)
            and not isinstance(w, QProgressDialog)]


def when_modal(qtbot, cls, act, timeout_ms: int = 5000) -> list:
    """Run ``act(dialog)`` once a modal ``cls`` is up (inside its exec loop), as a person then types
    and clicks; returns the list the dialog is appended to (empty if none came). A dialog still open
    a while after ``act`` (its buttons did nothing) is closed with done(0), so the test fails
    instead of hanging; ``still_open`` on the list says so."""
    from fupin_desktop.gui.qt import QElapsedTimer, QTimer

    class Seen(list):
        still_open = False

    seen = Seen()
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(20)

    def give_up(dialog) -> None:
        if isValid(dialog) and dialog.isVisible():
            seen.still_open = True
            dialog.done(0)

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, cls) and modal not in seen:
            seen.append(modal)
            timer.stop()
            act(modal)
            QTimer.singleShot(1000, lambda: give_up(modal))
        elif clock.elapsed() > timeout_ms:
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    seen.timer = timer  # alive as long as the caller holds the list
    return seen
