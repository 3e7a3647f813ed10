"""Widgets fed by the vocabularies in resources/: code combos and multi-code check rows.

Combos show labels (in the interface language, see gui/vocab_labels.py) and keep the code as item
data, so forms read and write codes only.
"""

from __future__ import annotations

from typing import Iterable, Optional

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.qt import QCheckBox, QComboBox, QHBoxLayout, QWidget, Signal


def fill_combo(combo: QComboBox, vocab_name: str, empty_text: Optional[str] = "",
               codes: Optional[Iterable[str]] = None) -> None:
    """Items of a vocabulary (label shown, code as data); ``empty_text`` None means no empty entry."""
    current = combo_code(combo) if combo.count() else ""
    combo.blockSignals(True)
    combo.clear()
    if empty_text is not None:
        combo.addItem(empty_text, "")
    v = vocab(vocab_name)
    allowed = set(codes) if codes is not None else None
    for item in v.items:
        if allowed is None or item.code in allowed:
            combo.addItem(vocab_labels.shown(item), item.code)
            other = vocab_labels.other_language(item)
            if other:
                combo.setItemData(combo.count() - 1, other, 3)  # ToolTipRole: the name in the other language
    combo.blockSignals(False)
    set_combo_code(combo, current)


def set_combo_code(combo: QComboBox, code: Optional[str]) -> None:
    """Select the item with this code; an unknown code is kept visible as itself (never lost)."""
    code = code or ""
    index = combo.findData(code)
    if index < 0 and code:
        combo.addItem(code, code)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def combo_code(combo: QComboBox) -> str:
    data = combo.currentData()
    return data if isinstance(data, str) else ""


class CodeChecks(QWidget):
    """A row of check boxes for a comma-separated set of codes (健康状况 can combine)."""

    changed = Signal()

    def __init__(self, vocab_name: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in vocab(vocab_name).items:
            box = QCheckBox(vocab_labels.shown(item), self)
            box.setObjectName(f"check_{item.code}")
            box.toggled.connect(self.changed)
            self.boxes[item.code] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self._unknown: list[str] = []

    def set_codes(self, text: str) -> None:
        codes = [c for c in (text or "").split(",") if c]
        self._unknown = [c for c in codes if c not in self.boxes]
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)

    def codes(self) -> str:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return ",".join(chosen + self._unknown)


def labels(vocab_name: str, codes: str) -> str:
    return vocab_labels.labels(vocab_name, codes)
