"""Number boxes not filled in yet (未填, 0.00): what is typed replaces what they show.

A click into （未填） or 0.00 put the cursor among its characters, and the digits typed there were
refused without a sign (0.00 then 1500 would be 0.001500; Tab selects the whole text first, a click
does not): a cadre clicking into the plan's 金额, a 收入 box, the ledger's 金额 or the household's
识别年度 and typing got nothing.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import QAbstractSpinBox, QDateTimeEdit, QEvent, QObject


def shows_blank(spin) -> bool:
    """The box shows its least value as it first does (未填, 0.00, 0 个月): nothing typed into it yet."""
    if spin.value() != spin.minimum():
        return False
    blank = spin.specialValueText() or f"{spin.prefix()}{spin.textFromValue(spin.minimum())}{spin.suffix()}"
    return spin.text() == blank


class _TypeOverBlank(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractSpinBox):
            typed = event.text()
            if typed and typed.isprintable() and shows_blank(watched):
                watched.lineEdit().selectAll()  # the key then replaces 未填/0.00 instead of landing inside it
        return False


def type_over_blank(*spins: QAbstractSpinBox) -> None:
    """Install on number boxes (dates keep Qt's own section editing)."""
    for spin in spins:
        if not isinstance(spin, QDateTimeEdit):
            spin.installEventFilter(_TypeOverBlank(spin))


def type_over_blanks_in(form) -> None:
    """Every number box of a form (a .ui's year, population and area boxes)."""
    type_over_blank(*form.findChildren(QAbstractSpinBox))
