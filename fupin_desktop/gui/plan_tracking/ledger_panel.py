"""资金台账: payments booked against the plan's measures, planned vs paid per measure and per source."""

from __future__ import annotations

from datetime import date

from fupin_desktop.domain.money_rules import payment_check
from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.gui.amount_input import AmountSpinBox
from fupin_desktop.gui.plan_tracking.tables import ROW_ROLE, fill_rows, read_only_table, selected_payload
from fupin_desktop.gui.plan_wizard.common import fill_vocab_combo
from fupin_desktop.gui.qt import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from fupin_desktop.gui.vocab_labels import label, relabel_measure
from fupin_desktop.services.plans import tracking


class LedgerPanel(QWidget):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.entries = read_only_table([self.tr("日期"), self.tr("措施"), self.tr("金额（元）"), self.tr("资金来源"),
                                        self.tr("凭证号"), self.tr("备注")], "ledgerTable", stretch=5)
        self.money = read_only_table([self.tr("措施"), self.tr("对象"), self.tr("计划（元）"), self.tr("已拨付（元）"),
                                      self.tr("资金来源")], "plannedPaidTable", stretch=0)
        self.money.itemSelectionChanged.connect(self._row_chosen)  # a measure clicked is the one to pay
        self.totals = QLabel()
        self.totals.setObjectName("ledgerTotals")
        self.measure_combo = QComboBox()
        self.measure_combo.setObjectName("ledgerMeasure")
        self.measure_combo.currentIndexChanged.connect(self._measure_chosen)
        self.sources: dict[str, str] = {}  # measure id -> the plan's fund source (prefills 资金来源)
        self.date_edit = QDateEdit(date.today())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.amount = AmountSpinBox()  # a digit too many is refused with a message, never dropped silently
        self.amount.setObjectName("ledgerAmount")
        self.source = QComboBox()
        self.source.setObjectName("ledgerSource")
        fill_vocab_combo(self.source, "fund_source", self.tr("（请选择）"))
        self.voucher = QLineEdit()
        self.voucher.setObjectName("ledgerVoucher")
        self.note = QLineEdit()
        self.add_button = QPushButton(self.tr("登记拨付"))
        self.add_button.setObjectName("ledgerAdd")
        self.add_button.clicked.connect(self.add_entry)
        for field in (self.voucher, self.note):  # Enter in the last fields books the payment, as a form's OK does
            field.returnPressed.connect(self.add_entry)
        self.delete_button = QPushButton(self.tr("删除选中记录"))
        self.delete_button.setObjectName("ledgerDelete")
        self.delete_button.clicked.connect(self.delete_selected)

        form_box = QGroupBox(self.tr("登记一笔拨付"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("措施："), self.measure_combo)
        form.addRow(self.tr("日期："), self.date_edit)
        form.addRow(self.tr("金额（元）："), self.amount)
        form.addRow(self.tr("资金来源："), self.source)
        form.addRow(self.tr("凭证号："), self.voucher)
        form.addRow(self.tr("备注："), self.note)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        form.addRow(row)
        top = QHBoxLayout()
        top.addWidget(self.money, 3)
        top.addWidget(form_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("拨付记录：")))
        layout.addWidget(self.entries)
        layout.addWidget(self.totals)

    def show_data(self, data) -> None:
        ledger = data.ledger
        self.sources = {m.measure_id: m.fund_source for m in ledger.measures} if ledger is not None else {}
        chosen = self.measure_combo.currentData()  # kept across the reload after a booking
        self.measure_combo.clear()
        if ledger is None:
            fill_rows(self.entries, [])
            fill_rows(self.money, [])
            self.totals.setText("")
        else:
            for m in ledger.measures:
                item = relabel_measure(m.item_label)
                self.measure_combo.addItem(f"{item}{'（' + m.member_name + '）' if m.member_name else ''}",
                                           m.measure_id)
            self.measure_combo.setCurrentIndex(max(self.measure_combo.findData(chosen), 0) if chosen else 0)
            fill_rows(self.money, [(m, [relabel_measure(m.item_label), m.member_name or self.tr("全户"), m.planned,
                                        m.paid, label("fund_source", m.fund_source)]) for m in ledger.measures],
                      highlight=lambda m: m.paid > m.planned + 0.005)
            fill_rows(self.entries, [(e, [e.entry_date, relabel_measure(e.item_label), e.amount,
                                          label("fund_source", e.fund_source),
                                          e.voucher_no, e.note]) for e in ledger.entries])
            parts = [self.tr("计划 {planned:,.2f} 元，已拨付 {paid:,.2f} 元").format(
                planned=ledger.planned_total, paid=ledger.paid_total)]
            for source, (planned, paid) in sorted(ledger.by_source().items()):
                parts.append(f"{label('fund_source', source) or self.tr('未填来源')} {planned:,.0f}/{paid:,.0f}")
            self.totals.setText("；".join(parts))
        if data.today:
            self.date_edit.setDate(data.today)
        editable = data.editable
        for w in (self.add_button, self.delete_button, self.measure_combo):
            w.setEnabled(editable)

    def _row_chosen(self) -> None:
        money = selected_payload(self.money)
        index = self.measure_combo.findData(money.measure_id) if money is not None else -1
        if index >= 0:
            self.measure_combo.setCurrentIndex(index)

    def _measure_chosen(self, _index: int) -> None:
        """A payment usually comes from the source the plan named for the measure."""
        source = self.sources.get(self.measure_combo.currentData() or "", "")
        index = self.source.findData(source) if source else -1
        if index >= 0:
            self.source.setCurrentIndex(index)

    def add_entry(self) -> None:
        measure_id = self.measure_combo.currentData()
        if not measure_id:
            return
        d = self.date_edit.date()
        entry_date = date(d.year(), d.month(), d.day())
        amount, source = self.amount.value(), self.source.currentData() or ""
        voucher, note = self.voucher.text(), self.note.text()
        if not self._amount_confirmed(measure_id, amount):
            self.amount.setFocus()
            return
        db = self.owner.db
        self.owner.run_write(lambda: tracking.add_fund_entry(db, measure_id, entry_date, amount, source, voucher, note),
                             on_success=self._clear_form)

    def _clear_form(self) -> None:
        self.voucher.clear()
        self.note.clear()
        self.amount.setValue(0.0)

    def unsaved(self) -> bool:
        """An amount, voucher number or note typed into 登记一笔拨付 and not booked yet."""
        return self.amount.value() > 0 or bool(self.voucher.text().strip() or self.note.text().strip())

    def _planned_paid(self, measure_id: str):
        for row in range(self.money.rowCount()):
            money = self.money.item(row, 0).data(ROW_ROLE)
            if money is not None and money.measure_id == measure_id:
                return money
        return None

    def _amount_confirmed(self, measure_id: str, amount: float) -> bool:
        """A payment above what the measure planned, or far above the usual range, is asked about first."""
        money = self._planned_paid(measure_id)
        if money is None or amount <= 0:
            return True
        codes = {it.label: it.code for it in catalogue().items}  # the ledger rows carry the catalogue label
        check = payment_check(codes.get(money.item_label), money.planned, money.paid, amount)
        if not check.needs_confirmation:
            return True
        lines = []
        if check.over_plan:
            lines.append(self.tr("该措施计划 {planned:,.2f} 元，已拨付 {paid:,.2f} 元；登记后共拨付 {total:,.2f} 元，超过计划。").format(
                planned=check.planned, paid=check.paid_before, total=check.paid_before + check.amount))
        if check.unusual:
            lines.append(self.tr("此类措施一笔通常在 {usual:,.0f} 元以内，是否多输了数字？").format(usual=check.usual_max))
        answer = QMessageBox.question(
            self, self.tr("核对拨付金额"),
            self.tr("拨付金额 {amount:,.2f} 元：\n{lines}\n\n确实无误请选“是”，返回修改请选“否”。").format(
                amount=check.amount, lines="\n".join(lines)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        entry = selected_payload(self.entries)
        if entry is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除拨付记录"),
            self.tr("删除 {date} 拨付给“{item}”的 {amount:,.2f} 元（凭证号 {voucher}）？删除会记入操作日志。").format(
                date=entry.entry_date, item=relabel_measure(entry.item_label), amount=entry.amount,
                voucher=entry.voucher_no or self.tr("无")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.owner.db
        self.owner.run_write(lambda: tracking.delete_fund_entry(db, entry.id))

