"""对时/对责: start and due date and the responsible person per measure, editable in bulk."""

from __future__ import annotations

from fupin_desktop.gui.forms.ui_plan_schedule_page import Ui_PlanSchedulePage
from fupin_desktop.gui.plan_wizard.common import WizardContext, from_qdate, item_label, measure_target, to_qdate
from fupin_desktop.gui.qt import QAbstractItemView, QComboBox, QDateEdit, QHeaderView, QTableWidgetItem, QWizardPage

COL_TARGET, COL_ITEM, COL_START, COL_DUE, COL_RESPONSIBLE = range(5)
DATE_FORMAT = "yyyy-MM-dd"


class SchedulePage(QWizardPage):
    def __init__(self, ctx: WizardContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PlanSchedulePage()
        self.ui.setupUi(self)
        table = self.ui.scheduleTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("对象"), self.tr("措施"), self.tr("开始日期"), self.tr("完成时限"),
                                         self.tr("责任人")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self._fill_cadres(self.ui.bulkResponsibleCombo)
        # What the cadre typed or chose for the batch, kept when the page is entered again
        # (initializePage runs on every Next into it and used to reset the box to the household's).
        self.bulk_choice: tuple | None = None
        self._initializing = False
        self.ui.bulkResponsibleCombo.currentTextChanged.connect(self._bulk_changed)
        self.ui.applySelectedButton.clicked.connect(lambda: self.apply_bulk(selected_only=True))
        self.ui.applyAllButton.clicked.connect(lambda: self.apply_bulk(selected_only=False))
        self.rows: list = []  # the measures shown, row by row

    def _fill_cadres(self, combo: QComboBox) -> None:
        combo.clear()
        for cadre in self.ctx.cadres:
            combo.addItem(cadre.name, cadre.id)
        h = self.ctx.draft.household
        if h.responsible_cadre_name and combo.findText(h.responsible_cadre_name) < 0:
            combo.addItem(h.responsible_cadre_name, h.responsible_cadre_id)

    def _set_responsible(self, combo: QComboBox, cadre_id, name: str) -> None:
        index = combo.findData(cadre_id) if cadre_id else combo.findText(name)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(name)

    def initializePage(self) -> None:  # noqa: N802
        draft, ctx = self.ctx.draft, self.ctx
        h = draft.household
        self.rows = [m for m in draft.measures if not m.deleted]
        for m in self.rows:  # defaults: the plan year and the household's 帮扶责任人
            m.start_date = m.start_date or ctx.default_start()
            m.due_date = m.due_date or ctx.default_due()
            if not m.responsible_name and not m.responsible_cadre_id:
                m.responsible_cadre_id, m.responsible_name = h.responsible_cadre_id, h.responsible_cadre_name
        self.ui.bulkStartEdit.setDate(to_qdate(ctx.default_start()))
        self.ui.bulkDueEdit.setDate(to_qdate(ctx.default_due()))
        bulk = self.bulk_choice or (h.responsible_cadre_id, h.responsible_cadre_name)
        self._initializing = True
        try:
            self._set_responsible(self.ui.bulkResponsibleCombo, *bulk)
        finally:
            self._initializing = False
        table = self.ui.scheduleTable
        table.setRowCount(len(self.rows))
        for row, m in enumerate(self.rows):
            table.setItem(row, COL_TARGET, QTableWidgetItem(measure_target(m, draft.members)))
            table.setItem(row, COL_ITEM, QTableWidgetItem(item_label(m.item_code)))
            for col, value in ((COL_START, m.start_date), (COL_DUE, m.due_date)):
                edit = QDateEdit(to_qdate(value))
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(DATE_FORMAT)
                edit.setObjectName(f"{'start' if col == COL_START else 'due'}Edit_{row}")
                edit.dateChanged.connect(self._changed)
                table.setCellWidget(row, col, edit)
            combo = QComboBox()
            combo.setEditable(True)
            combo.setObjectName(f"responsibleCombo_{row}")
            self._fill_cadres(combo)
            self._set_responsible(combo, m.responsible_cadre_id, m.responsible_name)
            combo.currentTextChanged.connect(self._changed)
            table.setCellWidget(row, COL_RESPONSIBLE, combo)
        table.resizeRowsToContents()
        self._update_status()

    def _bulk_changed(self, _text: str) -> None:
        if not self._initializing:
            self.bulk_choice = self._choice(self.ui.bulkResponsibleCombo)

    def validatePage(self) -> bool:  # noqa: N802
        self.store()
        return True

    def cleanupPage(self) -> None:  # noqa: N802
        self.store()

    def store(self) -> None:
        table = self.ui.scheduleTable
        for row, m in enumerate(self.rows):
            m.start_date = from_qdate(table.cellWidget(row, COL_START).date())
            m.due_date = from_qdate(table.cellWidget(row, COL_DUE).date())
            m.responsible_cadre_id, m.responsible_name = self._choice(table.cellWidget(row, COL_RESPONSIBLE))

    @staticmethod
    def _choice(combo: QComboBox) -> tuple:
        """(cadre id or None, name): a typed name that is no cadre in the list keeps no id."""
        name = combo.currentText().strip()
        index = combo.findText(name)
        return (combo.itemData(index) if index >= 0 and name else None), name

    def apply_bulk(self, selected_only: bool) -> None:
        table = self.ui.scheduleTable
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()}) if selected_only else \
            list(range(table.rowCount()))
        ui = self.ui
        cadre_id, name = self._choice(ui.bulkResponsibleCombo)
        for row in rows:
            table.cellWidget(row, COL_START).setDate(ui.bulkStartEdit.date())
            table.cellWidget(row, COL_DUE).setDate(ui.bulkDueEdit.date())
            self._set_responsible(table.cellWidget(row, COL_RESPONSIBLE), cadre_id, name)
        self.store()
        self._update_status()

    def _changed(self, *_args) -> None:
        self.store()
        self._update_status()

    def _update_status(self) -> None:
        late = [m for m in self.rows if m.start_date and m.due_date and m.due_date < m.start_date]
        missing = [m for m in self.rows if not m.responsible_name]
        parts = []
        if late:
            parts.append(self.tr("{n} 项措施的完成时限早于开始日期").format(n=len(late)))
        if missing:
            parts.append(self.tr("{n} 项措施未指定责任人").format(n=len(missing)))
        self.ui.scheduleStatusLabel.setText("；".join(parts) or self.tr("共 {n} 项措施，时间与责任人已填写完整").format(
            n=len(self.rows)))
        self.ui.scheduleStatusLabel.setStyleSheet("color: #b3261e;" if parts else "color: #1b5e20;")
