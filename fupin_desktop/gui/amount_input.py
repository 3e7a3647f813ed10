"""An amount field (元) that never drops a digit silently.

A QDoubleSpinBox refuses a keystroke that would pass its maximum without a word: with a
maximum of 10,000,000 a cadre typing 99999999 got 9,999,999 (issue 11 §2.2). This box accepts
any amount up to the thresholds file's ``amount_input.max`` (far above any real one: whether an
amount is plausible is asked afterwards, against the catalogue's usual range) and says so when
a longer number is refused.
"""

from __future__ import annotations

from typing import Optional

from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.gui.blank_entry import type_over_blank
from fupin_desktop.gui.qt import QDoubleSpinBox, QLocale, QPoint, QToolTip, QValidator, QWidget, Signal


class AmountSpinBox(QDoubleSpinBox):
    refused = Signal(str)  # the message shown when typed input passes the largest accepted amount

    def __init__(self, parent: Optional[QWidget] = None, minimum: float = 0.0, decimals: int = 2,
                 maximum: Optional[float] = None):
        super().__init__(parent)
        self.setDecimals(decimals)
        # ``maximum``: a field with its own limit in the thresholds file (村集体经济收入), else the general one
        self.setRange(minimum, thresholds().amount_input_max if maximum is None else maximum)
        self.setGroupSeparatorShown(True)
        self.last_refusal = ""
        type_over_blank(self)  # （未填）or 0.00: a click and digits replace it

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt override
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid:
            value = self._number(text)
            if value is not None and value > self.maximum():
                self._refuse()
        return result

    def _number(self, text: str) -> Optional[float]:
        body = text
        for part in (self.prefix(), self.suffix()):
            if part:
                body = body.replace(part, "")
        body = body.replace(QLocale().groupSeparator(), "").replace(",", "").strip()
        value, ok = QLocale().toDouble(body)
        if not ok:
            try:
                value = float(body)
            except ValueError:
                return None
        return value

    def _refuse(self) -> None:
        # The limit as this box writes numbers (a whole-元 box shows no ",00" decimals)
        message = self.tr("金额不能超过 {max} 元，多输入的数字未被接受，请核对。").format(
            max=self.textFromValue(self.maximum()))
        self.last_refusal = message
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        self.refused.emit(message)
