"""走访记录: visits to the household (date, cadre, notes, what was found); recorded, corrected, deleted.

Del on the visits table deletes the selected visit (after asking); it never reaches the register's
删除农户, whose Del works only while the household list has focus.
"""

from __future__ import annotations

from datetime import date

from fupin_desktop.gui.plan_tracking.tables import fill_rows, read_only_table, selected_payload
from fupin_desktop.gui.qt import (
    QAction,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequence,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fupin_desktop.services.plans import tracking


def _cadre_combo(object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setObjectName(object_name)
    return combo


def _py_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class VisitDialog(QDialog):
    """Correct one recorded visit: the same four fields as the 新的走访 form, filled in."""

    def __init__(self, visit, cadres: QComboBox, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.setWindowTitle(self.tr("编辑走访"))
        self.date_edit = QDateEdit(visit.visit_date)
        self.date_edit.setObjectName("visitDialogDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(today)
        self.cadre = _cadre_combo("visitDialogCadre")
        for i in range(cadres.count()):
            self.cadre.addItem(cadres.itemText(i), cadres.itemData(i))
        self.cadre.setEditText(visit.cadre_name)
        self.notes = QPlainTextEdit(visit.notes)
        self.notes.setObjectName("visitDialogNotes")
        self.notes.setTabChangesFocus(True)
        self.findings = QLineEdit(visit.findings)
        self.findings.setObjectName("visitDialogFindings")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("日期："), self.date_edit)
        form.addRow(self.tr("走访干部："), self.cadre)
        form.addRow(self.tr("走访记录："), self.notes)
        form.addRow(self.tr("发现的问题："), self.findings)
        form.addRow(self.buttons)

    def values(self) -> tuple[date, str, object, str, str]:
        """(date, cadre name, cadre id or None, notes, findings)."""
        name = self.cadre.currentText().strip()
        index = self.cadre.findText(name)
        return (_py_date(self.date_edit), name, self.cadre.itemData(index) if index >= 0 else None,
                self.notes.toPlainText(), self.findings.text())


class VisitsPanel(QWidget):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.table = read_only_table([self.tr("日期"), self.tr("走访干部"), self.tr("走访记录"), self.tr("发现的问题")],
                                     "visitsTable", stretch=2)
        self.date_edit = QDateEdit(date.today())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.cadre = _cadre_combo("visitCadre")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("visitNotes")
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)  # Tab moves on to 发现的问题, as in the edit dialog
        self.findings = QLineEdit()
        self.findings.setObjectName("visitFindings")
        self.findings.returnPressed.connect(self.add_visit)  # Enter in the last field adds the visit
        self.add_button = QPushButton(self.tr("添加走访记录"))
        self.add_button.setObjectName("visitAdd")
        self.add_button.clicked.connect(self.add_visit)
        self.edit_button = QPushButton(self.tr("编辑走访…"))
        self.edit_button.setObjectName("editVisitButton")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("删除走访…"))
        self.delete_button.setObjectName("deleteVisitButton")
        self.delete_button.clicked.connect(self.delete_selected)
        # The same two commands on the table's context menu; Del acts only while the table has focus.
        self.edit_action = QAction(self.tr("编辑走访…"), self.table)
        self.edit_action.setObjectName("editVisitAction")
        self.edit_action.triggered.connect(lambda _checked=False: self.edit_selected())
        self.delete_action = QAction(self.tr("删除走访…"), self.table)
        self.delete_action.setObjectName("deleteVisitAction")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_selected())
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.edit_button)
        table_buttons.addWidget(self.delete_button)
        table_buttons.addStretch(1)
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
        layout.addLayout(table_buttons)
        layout.addWidget(box)
        self._update_buttons()

    def show_data(self, data) -> None:
        fill_rows(self.table, [(v, [v.visit_date, v.cadre_name, v.notes, v.findings]) for v in data.visits])
        current = self.cadre.currentText()
        self.cadre.clear()
        for c in data.cadres:
            self.cadre.addItem(c.name, c.id)
        # Who visits is whoever uses this laptop: the cadre named at first start (there is no login),
        # else the household's 帮扶责任人.
        responsible = data.view.household.responsible_cadre_name if data.view is not None else ""
        name = getattr(data, "user_name", "") or responsible or current
        index = self.cadre.findText(name) if name else -1
        if index >= 0:
            self.cadre.setCurrentIndex(index)
        elif name:
            self.cadre.setEditText(name)
        if data.today:
            self.date_edit.setDate(data.today)
        self._update_buttons()

    def selected_visit(self):
        return selected_payload(self.table)

    def _update_buttons(self) -> None:
        chosen = self.selected_visit() is not None
        for w in (self.edit_button, self.delete_button, self.edit_action, self.delete_action):
            w.setEnabled(chosen)

    def edit_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        owner = self.owner
        dialog = VisitDialog(visit, self.cadre, owner.today or date.today(), self)
        if not dialog.exec():
            return
        visit_date, name, cadre_id, notes, findings = dialog.values()
        owner.run_write(lambda: tracking.update_visit(owner.db, visit.id, visit_date, name, notes, findings,
                                                      cadre_id=cadre_id, today=owner.today))

    def delete_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        text = self.tr("删除 {date} {cadre} 的走访记录？").format(date=visit.visit_date.isoformat(),
                                                             cadre=visit.cadre_name)
        if QMessageBox.question(self, self.tr("删除走访"), text) != QMessageBox.StandardButton.Yes:
            return
        owner = self.owner
        owner.run_write(lambda: tracking.delete_visit(owner.db, visit.id))

    def add_visit(self) -> None:
        visit_date = _py_date(self.date_edit)
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

    def unsaved(self) -> bool:
        """Something typed into 新的走访 and not added yet."""
        return bool(self.notes.toPlainText().strip() or self.findings.text().strip())
