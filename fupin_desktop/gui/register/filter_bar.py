"""The filters above the household list and the search box (search as you type, debounced)."""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.qt import (
    QComboBox,
    QEvent,
    QGridLayout,
    QLabel,
    QLineEdit,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.register.vocab_ui import combo_code, fill_combo, set_combo_code
from fupin_desktop.services.register.query import PLAN_NONE

SEARCH_DELAY_MS = 150  # one query after the typing pauses, not one per key
COMBO_CHROME = 36  # a combo box's frame, margins and arrow beside its text


class FilterBar(QWidget):
    """Emits ``changed()`` when a filter or (after a short pause) the search text changes."""

    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母（如 zs）、证件号后4-6位、电话、户编号"))
        self.status = self._combo("statusFilter", "poverty_status", self.tr("全部脱贫状态"))
        self.attribute = self._combo("attributeFilter", "household_attribute", self.tr("全部属性"))
        self.cause = self._combo("causeFilter", "poverty_cause", self.tr("全部致贫原因"))
        self.plan = QComboBox(self)
        self.plan.setObjectName("planFilter")
        fill_combo(self.plan, "plan_status", empty_text=None)
        self.plan.insertItem(0, self.tr("全部计划状态"), "")
        self.plan.insertItem(1, self.tr("未制定计划"), PLAN_NONE)
        self.plan.setCurrentIndex(0)
        self.plan.currentIndexChanged.connect(self.changed)
        self.group = QComboBox(self)
        self.group.setObjectName("groupFilter")
        self.group.setMinimumContentsLength(6)
        self.set_groups([])
        self.group.currentIndexChanged.connect(self.changed)
        self.reset_button = QToolButton(self)
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setText(self.tr("清除筛选"))
        self.reset_button.clicked.connect(self.reset)
        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setStyleSheet("color: #9a6700;")
        self.hint.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._timer.start())

        # Two rows, so the list keeps a modest minimum width beside the tree and the summary.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        self.combos = QGridLayout()
        self.combos.setContentsMargins(0, 0, 0, 0)
        for widget in self._filters():
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(2)
        self._rows = 0
        self._arrange()
        layout.addLayout(self.combos)
        for widget in self._filters():  # a longer choice may need the second row, and weighs more
            widget.currentIndexChanged.connect(self._rearrange)

    def _filters(self) -> tuple:
        return (self.status, self.attribute, self.cause, self.plan, self.group)

    def _full_width(self) -> int:
        """The width the filters need to show their texts whole in one row."""
        spacing = max(self.combos.spacing(), 0)
        widths = [self._text_width(c) for c in self._filters()]
        return sum(widths) + self.reset_button.sizeHint().width() + spacing * len(widths)

    @staticmethod
    def _text_width(combo: QComboBox) -> int:
        return combo.fontMetrics().horizontalAdvance(combo.currentText()) + COMBO_CHROME

    def _arrange(self) -> None:
        """One row when there is room; two when the texts would be cut (large text, 设置 › 文字大小)."""
        rows = 1 if self.width() >= self._full_width() else 2
        if rows == self._rows:
            return
        self._rows = rows
        widgets = [*self._filters(), self.reset_button]
        for widget in widgets:
            self.combos.removeWidget(widget)
        per_row = len(widgets) if rows == 1 else (len(widgets) + 1) // 2
        for index, widget in enumerate(widgets):
            if widget is self.reset_button and rows == 2:  # keeps its size; its column is a combo's too
                self.combos.addWidget(widget, index // per_row, index % per_row, Qt.AlignmentFlag.AlignLeft)
            else:
                self.combos.addWidget(widget, index // per_row, index % per_row)
        # The combos share the room in proportion to their texts (equal shares cut the longer ones);
        # the button keeps its size in one row.
        stretch = [0] * len(widgets)
        for index, widget in enumerate(widgets):
            if widget is not self.reset_button:
                stretch[index % per_row] = max(stretch[index % per_row], self._text_width(widget))
        for column, factor in enumerate(stretch):
            self.combos.setColumnStretch(column, factor)

    def _rearrange(self) -> None:
        self._rows = 0
        self._arrange()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._rearrange()

    def _combo(self, name: str, vocab_name: str, empty: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        fill_combo(combo, vocab_name, empty_text=empty)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def set_groups(self, names: list[str]) -> None:
        """The 村民小组 choices for the area in view; keeps the chosen one if still present."""
        current = self.group.currentData() or ""
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("全部村民小组"), "")
        for name in names:
            self.group.addItem(name, name)
        index = self.group.findData(current)
        self.group.setCurrentIndex(max(index, 0))
        self.group.setEnabled(bool(names))
        self.group.blockSignals(False)
        if current and index < 0:
            self.changed.emit()

    def values(self) -> dict:
        """Keyword arguments for ``HouseholdFilter``."""
        return {
            "search": self.search.text().strip(),
            "status": combo_code(self.status),
            "attribute": combo_code(self.attribute),
            "main_cause": combo_code(self.cause),
            "plan_state": combo_code(self.plan),
            "group_name": self.group.currentData() or "",
        }

    def set_values(self, **values) -> None:
        """Set filters from code (tests, restoring a view); emits one ``changed``."""
        self.blockSignals(True)
        try:
            if "search" in values:
                self.search.setText(values["search"])
                self._timer.stop()
            for key, combo in (("status", self.status), ("attribute", self.attribute),
                               ("main_cause", self.cause), ("plan_state", self.plan)):
                if key in values:
                    set_combo_code(combo, values[key])
            if "group_name" in values:
                self.group.setCurrentIndex(max(self.group.findData(values["group_name"]), 0))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def flush(self) -> None:
        """Apply a pending search at once (Enter in the box)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def reset(self) -> None:
        self.set_values(search="", status="", attribute="", main_cause="", plan_state="", group_name="")

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.search.setToolTip(text)
