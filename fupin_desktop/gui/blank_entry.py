"""Number boxes that show 未填 until filled in: what is typed replaces the word.

A click into （未填） put the cursor among its characters, and the digits typed there were refused
without a sign (Tab selects the whole text first, a click does not): a cadre clicking into the plan's
金额 or the household's 识别年度 and typing got nothing.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import QAbstractSpinBox, QDateTimeEdit, QEvent, QObject


class _TypeOverBlank(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractSpinBox):
            typed = event.text()
            blank = watched.specialValueText()
            if typed and typed.isprintable() and blank and watched.text() == blank:
                watched.lineEdit().selectAll()  # the key then replaces 未填 instead of landing inside it
        return False


def type_over_blank(*spins: QAbstractSpinBox) -> None:
    """Install on number boxes (dates keep Qt's own section editing)."""
    for spin in spins:
        if not isinstance(spin, QDateTimeEdit):
            spin.installEventFilter(_TypeOverBlank(spin))


def type_over_blanks_in(form) -> None:
    """Every number box of a form (a .ui's year and population boxes)."""
    type_over_blank(*form.findChildren(QAbstractSpinBox))
