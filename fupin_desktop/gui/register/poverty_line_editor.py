"""设置 › 收入标准: the yearly poverty line (元/人·年) as a table the cadre can correct, year by year.

Rows come from ``services.county.household_exit.poverty_line_rows`` (the policy table in resources/policy,
overridden by local settings); only the years the user edits are handed back for saving.
"""

from __future__ import annotations

from typing import Optional

from fupin_desktop.domain.exit_rules import SOURCE_CARRIED, PovertyLine
from fupin_desktop.gui.qt import QAbstractItemView, QHeaderView, QObject, QSpinBox, Qt, QTableWidgetItem

MAX_LINE = 1_000_000


class PovertyLineEditor(QObject):
    def __init__(self, ui, rows, parent=None, current_year: Optional[int] = None):
        super().__init__(parent)
        self.ui = ui
        self.table = ui.povertyLineTable
        self.defaults: dict[int, PovertyLine] = {}
        self.edited: dict[int, Optional[float]] = {}
        self.spins: dict[int, QSpinBox] = {}
        t = self.table
        t.setHorizontalHeaderLabels([self.tr("年度"), self.tr("标准（元/人·年）"), self.tr("说明")])
        t.verticalHeader().setVisible(False)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        for row in rows:
            self._add_row(row.year, row.default, row.amount, row.set_locally)
        ui.addYearButton.clicked.connect(lambda _checked=False: self.add_year())
        ui.resetLineButton.clicked.connect(lambda _checked=False: self.reset_current())
        if current_year in self.spins:
            self._select(current_year)

    # --- rows ---------------------------------------------------------------------------------
    def _add_row(self, year: int, default: PovertyLine, amount: float, set_locally: bool) -> None:
        self.defaults[year] = default
        t = self.table
        row = t.rowCount()
        t.insertRow(row)
        item = QTableWidgetItem(str(year))
        item.setData(Qt.ItemDataRole.UserRole, year)
        t.setItem(row, 0, item)
        spin = QSpinBox()
        spin.setObjectName(f"povertyLineSpin_{year}")
        spin.setRange(0, MAX_LINE)
        spin.setSuffix(self.tr(" 元"))
        spin.setGroupSeparatorShown(True)
        spin.setValue(int(round(amount)))
        spin.valueChanged.connect(lambda value, y=year: self._changed(y, value))
        t.setCellWidget(row, 1, spin)
        t.setItem(row, 2, QTableWidgetItem(""))
        self.spins[year] = spin
        self._note(year, set_locally)

    def _row_of(self, year: int) -> int:
        return next(r for r in range(self.table.rowCount()) if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == year)

    def _select(self, year: int) -> None:
        row = self._row_of(year)
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, 0))

    def _note(self, year: int, set_locally: bool) -> None:
        default = self.defaults[year]
        amount = f"{default.amount:,.0f}"
        if set_locally:
            text = self.tr("本机填写（默认 {amount} 元）").format(amount=amount)
        elif default.source == SOURCE_CARRIED:
            text = self.tr("本年未设标准，暂沿用{basis}年的 {amount} 元，请按文件填写").format(
                basis=default.basis_year, amount=amount)
        else:
            text = self.tr("默认值")
        self.table.item(self._row_of(year), 2).setText(text)

    def _changed(self, year: int, value: int) -> None:
        self.edited[year] = float(value) if value else None
        self._select(year)
        default = self.defaults[year]
        self._note(year, bool(value) and (value != default.amount or default.source == SOURCE_CARRIED))

    # --- buttons ------------------------------------------------------------------------------
    def add_year(self) -> None:
        """Next year's line (a plan is often made for the coming year); starts as the last one."""
        from fupin_desktop.domain.exit_rules import poverty_line

        year = max(self.spins) + 1
        last = self.spins[year - 1].value()
        self._add_row(year, poverty_line(year), last, False)
        self._select(year)
        self.spins[year].setFocus()
        self.spins[year].selectAll()

    def reset_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        year = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        spin = self.spins[year]
        spin.blockSignals(True)
        spin.setValue(int(round(self.defaults[year].amount)))
        spin.blockSignals(False)
        self.edited[year] = None
        self._note(year, False)

    def amounts(self) -> dict[int, Optional[float]]:
        """The years the user changed: amount, or None for "back to the default"."""
        return dict(self.edited)
