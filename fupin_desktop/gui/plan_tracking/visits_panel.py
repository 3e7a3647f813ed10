"""走访记录: visits to the household (date, cadre, notes, what was found)."""

from __future__ import annotations

from datetime import date

from fupin_desktop.gui.plan_tracking.tables import fill_rows, read_only_table
from fupin_desktop.gui.qt import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from fupin_desktop.services import plan_tracking as tracking


class VisitsPanel(QWidget):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.table = read_only_table([self.tr("日期"), self.tr("走访干部"), self.tr("走访记录"), self.tr("发现的问题")],
                                     "visitsTable", stretch=2)
        self.date_edit = QDateEdit(date.today())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.cadre = QComboBox()
        self.cadre.setEditable(True)
        self.cadre.setObjectName("visitCadre")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("visitNotes")
        self.notes.setMaximumHeight(70)
        self.findings = QLineEdit()
        self.findings.setObjectName("visitFindings")
        self.add_button = QPushButton(self.tr("添加走访记录"))
        self.add_button.setObjectName("visitAdd")
        self.add_button.clicked.connect(self.add_visit)
        box = QGroupBox(self.tr("新的走访"))
        form = QFormLayout(box)
        form.addRow(self.tr("日期："), self.date_edit)
        form.addRow(self.tr("走访干部："), self.cadre)
        form.addRow(self.tr("走访记录："), self.notes)
        form.addRow(self.tr("发现的问题："), self.findings)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(box)

    def show_data(self, data) -> None:
        fill_rows(self.table, [(v, [v.visit_date, v.cadre_name, v.notes, v.findings]) for v in data.visits])
        current = self.cadre.currentText()
        self.cadre.clear()
        for c in data.cadres:
            self.cadre.addItem(c.name, c.id)
        if data.view is not None and data.view.household.responsible_cadre_name:
            index = self.cadre.findText(data.view.household.responsible_cadre_name)
            if index >= 0:
                self.cadre.setCurrentIndex(index)
        elif current:
            self.cadre.setEditText(current)
        if data.today:
            self.date_edit.setDate(data.today)

    def add_visit(self) -> None:
        d = self.date_edit.date()
        visit_date = date(d.year(), d.month(), d.day())
        name = self.cadre.currentText().strip()
        index = self.cadre.findText(name)
        cadre_id = self.cadre.itemData(index) if index >= 0 else None
        notes, findings = self.notes.toPlainText(), self.findings.text()
        owner = self.owner
        owner.run_write(lambda: tracking.add_visit(owner.db, owner.household_id, visit_date, name, notes, findings,
                                                   cadre_id=cadre_id, today=owner.today),
                        on_success=self._clear_form)

    def _clear_form(self) -> None:
        self.notes.clear()
        self.findings.clear()
