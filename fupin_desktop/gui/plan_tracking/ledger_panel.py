"""资金台账: payments booked against the plan's measures, planned vs paid per measure and per source."""

from __future__ import annotations

from datetime import date

from fupin_desktop.gui.plan_tracking.tables import fill_rows, read_only_table, selected_payload
from fupin_desktop.gui.plan_wizard.common import fill_vocab_combo
from fupin_desktop.gui.vocab_labels import label, relabel_measure
from fupin_desktop.gui.qt import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from fupin_desktop.services import plan_tracking as tracking


class LedgerPanel(QWidget):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.entries = read_only_table([self.tr("日期"), self.tr("措施"), self.tr("金额（元）"), self.tr("资金来源"),
                                        self.tr("凭证号"), self.tr("备注")], "ledgerTable", stretch=5)
        self.money = read_only_table([self.tr("措施"), self.tr("对象"), self.tr("计划（元）"), self.tr("已拨付（元）"),
                                      self.tr("资金来源")], "plannedPaidTable", stretch=0)
        self.totals = QLabel()
        self.totals.setObjectName("ledgerTotals")
        self.measure_combo = QComboBox()
        self.measure_combo.setObjectName("ledgerMeasure")
        self.date_edit = QDateEdit(date.today())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("ledgerAmount")
        self.amount.setRange(0.0, 10_000_000.0)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.source = QComboBox()
        self.source.setObjectName("ledgerSource")
        fill_vocab_combo(self.source, "fund_source", self.tr("（请选择）"))
        self.voucher = QLineEdit()
        self.voucher.setObjectName("ledgerVoucher")
        self.note = QLineEdit()
        self.add_button = QPushButton(self.tr("登记拨付"))
        self.add_button.setObjectName("ledgerAdd")
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button = QPushButton(self.tr("删除选中记录"))
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

    def add_entry(self) -> None:
        measure_id = self.measure_combo.currentData()
        if not measure_id:
            return
        d = self.date_edit.date()
        entry_date = date(d.year(), d.month(), d.day())
        amount, source = self.amount.value(), self.source.currentData() or ""
        voucher, note = self.voucher.text(), self.note.text()
        db = self.owner.db
        self.owner.run_write(lambda: tracking.add_fund_entry(db, measure_id, entry_date, amount, source, voucher, note),
                             on_success=self._clear_form)

    def _clear_form(self) -> None:
        self.voucher.clear()
        self.note.clear()
        self.amount.setValue(0.0)

    def delete_selected(self) -> None:
        entry = selected_payload(self.entries)
        if entry is not None:
            db = self.owner.db
            self.owner.run_write(lambda: tracking.delete_fund_entry(db, entry.id))

