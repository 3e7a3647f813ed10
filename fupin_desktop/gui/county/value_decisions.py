"""待决定的值: values of a roster that are in no code list, decided once each (issue 12 §2.5).

One row per distinct value (column, value, how many rows, which rows) with a drop-down: the
suggestions of the alias tables first (by meaning, e.g. 妻 → 配偶), then every label of the field's
code list, and “不导入这些行”. The likeliest suggestion is pre-selected; a value without one waits
for the clerk's choice. 应用决定 hands the choices back as {field: {value: code or REJECT}}.
"""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

UNDECIDED = None


def _rows_text(rows: dict[str, list[int]], several_sheets: bool, limit: int = 12) -> str:
    parts = []
    for sheet, numbers in rows.items():
        shown = "、".join(str(n) for n in numbers[:limit]) + ("…" if len(numbers) > limit else "")
        parts.append(f"{sheet}：{shown}" if several_sheets else shown)
    return "；".join(parts)


class ValueDecisionsPanel(QWidget):
    applied = Signal(dict)  # {field: {value: code or REJECT}}

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("valueDecisions")
        self.decisions = []
        self.combos: list[QComboBox] = []
        self.note = QLabel(self.tr("下列值不在代码表中。每个值只需决定一次：对应到一个代码，或不导入含此值的行。"
                                   "决定会和列对应一起记住，下次不再询问。"))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("decisionTable")
        self.table.setHorizontalHeaderLabels([self.tr("列"), self.tr("表中的值"), self.tr("行数"),
                                              self.tr("所在行"), self.tr("决定")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.apply_button = QPushButton(self.tr("应用决定并重新检查"))
        self.apply_button.setObjectName("applyDecisions")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def set_decisions(self, decisions) -> None:
        """The preview's ``decisions_needed`` (io.roster_decisions.DecisionNeeded)."""
        from fupin_desktop.domain.vocab import vocab
        from fupin_desktop.services.excel.roster_formats import REJECT

        self.decisions = list(decisions)
        self.combos = []
        self.table.setRowCount(len(self.decisions))
        several = len({s for d in self.decisions for s in d.rows}) > 1
        for i, decision in enumerate(self.decisions):
            self.table.setItem(i, 0, QTableWidgetItem(decision.field_label))
            self.table.setItem(i, 1, QTableWidgetItem(decision.value))
            self.table.setItem(i, 2, QTableWidgetItem(str(decision.count)))
            self.table.setItem(i, 3, QTableWidgetItem(_rows_text(decision.rows, several)))
            combo = QComboBox()
            combo.setObjectName(f"decision_{i}")
            combo.addItem(self.tr("（请选择）"), UNDECIDED)
            v = vocab(decision.vocabulary)
            for code in decision.suggestions:
                combo.addItem(self.tr("建议：{label}").format(label=v.label(code)), code)
            for item in v.items:
                combo.addItem(item.label, item.code)
            combo.addItem(self.tr("不导入这些行"), REJECT)
            combo.setCurrentIndex(1 if decision.suggestions else 0)
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(i, 4, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self._update()

    def chosen(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for decision, combo in zip(self.decisions, self.combos):
            code = combo.currentData()
            if code is not UNDECIDED:
                out.setdefault(decision.field, {})[decision.value] = code
        return out

    def _update(self) -> None:
        self.apply_button.setEnabled(bool(self.chosen()))

    def _apply(self) -> None:
        choices = self.chosen()
        if choices:
            self.apply_button.setEnabled(False)
            self.applied.emit(choices)
