"""对账: amount and fund source per measure, totals by family (转/扶/搬/保/救) and by source."""

from __future__ import annotations

from fupin_desktop.domain.money_rules import is_unusual_amount, plan_total
from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.amount_input import AmountSpinBox
from fupin_desktop.gui.forms.ui_plan_funds_page import Ui_PlanFundsPage
from fupin_desktop.gui.plan_wizard.common import (
    WizardContext,
    family_label,
    fill_vocab_combo,
    item_label,
    measure_target,
    set_combo_code,
)
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWizardPage,
)

COL_TARGET, COL_ITEM, COL_FAMILY, COL_AMOUNT, COL_SOURCE = range(5)
UNSET = -1.0  # the spin box's "not filled in" value (shown as 未填)


def _setup_totals(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(2)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class FundsPage(QWizardPage):
    def __init__(self, ctx: WizardContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PlanFundsPage()
        self.ui.setupUi(self)
        table = self.ui.fundsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("对象"), self.tr("措施"), self.tr("类别"), self.tr("金额（元）"),
                                         self.tr("资金来源")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        _setup_totals(self.ui.familyTotalsTable, [self.tr("类别"), self.tr("金额（元）")])
        _setup_totals(self.ui.sourceTotalsTable, [self.tr("资金来源"), self.tr("金额（元）")])
        self.rows: list = []

    def initializePage(self) -> None:  # noqa: N802
        draft = self.ctx.draft
        self.rows = [m for m in draft.measures if not m.deleted]
        table = self.ui.fundsTable
        table.setRowCount(len(self.rows))
        for row, m in enumerate(self.rows):
            table.setItem(row, COL_TARGET, QTableWidgetItem(measure_target(m, draft.members)))
            table.setItem(row, COL_ITEM, QTableWidgetItem(item_label(m.item_code)))
            table.setItem(row, COL_FAMILY, QTableWidgetItem(family_label(m.family)))
            spin = AmountSpinBox(minimum=UNSET)
            spin.setObjectName(f"amountSpin_{row}")
            spin.setSpecialValueText(self.tr("（未填）"))
            spin.setValue(UNSET if m.amount is None else float(m.amount))
            spin.valueChanged.connect(self._changed)
            table.setCellWidget(row, COL_AMOUNT, spin)
            combo = QComboBox()
            combo.setObjectName(f"sourceCombo_{row}")
            fill_vocab_combo(combo, "fund_source", self.tr("（请选择）"))
            set_combo_code(combo, m.fund_source)
            combo.currentIndexChanged.connect(self._changed)
            table.setCellWidget(row, COL_SOURCE, combo)
        table.resizeRowsToContents()
        self._update_totals()

    def validatePage(self) -> bool:  # noqa: N802
        self.store()
        return self._unusual_confirmed()

    def _unusual_confirmed(self) -> bool:
        """Amounts far above the usual range are asked about before going on (a digit too many is
        the usual cause); a real one stays possible and remains a warning on the 确认 page."""
        lines = [self.tr("{item}（{target}）：{amount:,.2f} 元，此类措施通常在 {usual:,.0f} 元以内").format(
                     item=item_label(m.item_code), target=measure_target(m, self.ctx.draft.members), amount=m.amount,
                     usual=thresholds().usual_max(m.item_code))
                 for m in self.rows if m.status != "cancelled" and is_unusual_amount(m.item_code, m.amount)]
        total = plan_total(self.rows)
        if total > thresholds().plan_usual_max:
            lines.append(self.tr("全户计划资金合计 {total:,.2f} 元，一户通常在 {usual:,.0f} 元以内").format(
                total=total, usual=thresholds().plan_usual_max))
        if not lines:
            return True
        answer = QMessageBox.question(
            self, self.tr("金额远高于通常范围"),
            self.tr("以下金额远高于通常范围，是否多输了数字？\n\n{lines}\n\n确实无误请选“是”，返回修改请选“否”。").format(
                lines="\n".join(lines)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            return True
        first = next((row for row, m in enumerate(self.rows) if is_unusual_amount(m.item_code, m.amount)), None)
        if first is not None:
            self.ui.fundsTable.cellWidget(first, COL_AMOUNT).setFocus()
        return False

    def cleanupPage(self) -> None:  # noqa: N802
        self.store()

    def store(self) -> None:
        table = self.ui.fundsTable
        for row, m in enumerate(self.rows):
            value = table.cellWidget(row, COL_AMOUNT).value()
            m.amount = None if value <= UNSET else round(value, 2)
            m.fund_source = table.cellWidget(row, COL_SOURCE).currentData() or ""

    def set_money(self, row: int, amount: float, source: str) -> None:
        self.ui.fundsTable.cellWidget(row, COL_AMOUNT).setValue(amount)
        set_combo_code(self.ui.fundsTable.cellWidget(row, COL_SOURCE), source)

    def _changed(self, *_args) -> None:
        self.store()
        self._update_totals()

    def totals(self) -> tuple[dict, dict]:
        by_family: dict[str, float] = {code: 0.0 for code in vocab("measure_family").codes}
        by_source: dict[str, float] = {}
        for m in self.rows:
            if m.status == "cancelled":
                continue
            amount = m.amount or 0.0
            by_family[m.family] = by_family.get(m.family, 0.0) + amount
            if m.fund_source:
                by_source[m.fund_source] = by_source.get(m.fund_source, 0.0) + amount
        return by_family, by_source

    def _update_totals(self) -> None:
        by_family, by_source = self.totals()
        sources = [(vocab_labels.label("fund_source", k), v) for k, v in by_source.items()]
        for table, rows in ((self.ui.familyTotalsTable, [(family_label(k), v) for k, v in by_family.items()]),
                            (self.ui.sourceTotalsTable, sources)):
            table.setRowCount(len(rows))
            for row, (label, amount) in enumerate(rows):
                table.setItem(row, 0, QTableWidgetItem(label))
                cell = QTableWidgetItem(f"{amount:,.2f}")
                table.setItem(row, 1, cell)
        total = sum(by_family.values())
        missing = sum(1 for m in self.rows if m.amount is None or not m.fund_source)
        text = self.tr("计划资金合计 {total:,.2f} 元").format(total=total)
        if missing:
            text += self.tr("；{n} 项措施未填金额或资金来源").format(n=missing)
        self.ui.totalLabel.setText(text)
        self.ui.totalLabel.setStyleSheet("color: #b3261e;" if missing else "")
