"""Message labels under form fields that keep their room while empty or hidden.

A hint that appears and pushes the fields below it down makes a click land in the wrong field
(issue 11 §2.9). Each hint label gets a fixed height of a few lines and stays in the layout with
an empty text when there is nothing to say (QFormLayout drops a hidden row's room even with
retainSizeWhenHidden); a longer message wraps inside that room and shows whole in the tooltip.
"""

from __future__ import annotations

import math

from fupin_desktop.gui.qt import QFontMetricsF, QFormLayout, QLabel, Qt, QWidget
from fupin_desktop.gui.text_sizes import follow_font

HINT_LINES = 2


def reserve_hint_space(label: QLabel, lines: int = HINT_LINES) -> QLabel:
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # a longer text shows its start

    def fit() -> None:  # again when 文字大小 changes
        margins = label.contentsMargins()
        # Wrapped text is laid out with fractional line heights: lines × the rounded spacing fell a
        # pixel or two short of two lines at larger sizes, and the second line was cut.
        text_height = math.ceil(lines * QFontMetricsF(label.font()).lineSpacing()) + 1
        label.setFixedHeight(text_height + margins.top() + margins.bottom() + 2 * label.margin())

    fit()
    follow_font(label, fit)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    return label


def show_hint(label: QLabel, text: str, style: str = "") -> None:
    """Show ``text`` (empty: nothing to say) without changing the layout."""
    label.setText(text)
    label.setToolTip(text)
    if style:
        label.setStyleSheet(style)
    label.setVisible(True)


def add_hint_row(form: QFormLayout, field: QWidget, object_name: str, lines: int = HINT_LINES) -> QLabel:
    """A reserved hint label on its own row right under ``field`` in ``form``."""
    row, _role = form.getWidgetPosition(field)
    label = QLabel(field.parentWidget())
    label.setObjectName(object_name)
    form.insertRow(row + 1, label)
    reserve_hint_space(label, lines)
    return label
