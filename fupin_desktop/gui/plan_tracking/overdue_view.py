"""逾期措施清单: measures of current confirmed plans past their due date and not done, for a village or all."""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.plan_tracking.tables import ROW_ROLE, fill_rows, read_only_table
from fupin_desktop.gui.qt import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget, Signal
from fupin_desktop.gui.vocab_labels import label, relabel_measure
from fupin_desktop.services.plans.tracking import overdue_measures


class OverdueListWidget(QWidget):
    """Double-clicking a row emits ``household_activated(household_id)``."""

    household_activated = Signal(str)
    loaded = Signal()

    def __init__(self, db, village_code: Optional[str] = None, runner: Callable = run_in_background,
                 today: Optional[date] = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.village_code = village_code
        self.runner = runner
        self.today = today
        self.rows: list = []
        self.setObjectName("overdueList")
        self.summary = QLabel()
        self.summary.setObjectName("overdueSummary")
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        self.table = read_only_table([self.tr("村"), self.tr("组"), self.tr("户主"), self.tr("对象"), self.tr("措施"),
                                      self.tr("完成时限"), self.tr("逾期天数"), self.tr("责任人"), self.tr("状态")],
                                     "overdueTable", stretch=4)
        self.table.setSortingEnabled(False)
        self.table.itemDoubleClicked.connect(self._activated)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.runner(lambda progress, cancelled: overdue_measures(self.db, self.village_code, today=self.today),
                    on_done=self._show, on_error=self._failed)

    def _show(self, rows) -> None:
        self.rows = rows
        fill_rows(self.table, [(r, [r.village_name, r.group_name, r.head_name, r.member_name or self.tr("全户"),
                                    relabel_measure(r.item_label), r.due_date, r.days_overdue, r.responsible,
                                    label("measure_status", r.status)])
                               for r in rows], highlight=lambda r: r.days_overdue > 30)
        households = len({r.household_id for r in rows})
        self.summary.setText(self.tr("逾期未完成措施 %n 项", "", len(rows)) + self.tr("，涉及 %n 户", "", households)
                             + self.tr("（超过 30 天的标红）"))
        self.loaded.emit()

    def _activated(self, item) -> None:
        row = self.table.item(item.row(), 0).data(ROW_ROLE)
        if row is not None:
            self.household_activated.emit(row.household_id)

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if not self.property("quiet_errors"):
            QMessageBox.warning(self, self.tr("逾期措施清单"), message)
