"""操作记录: who changed, exported or printed what and when; filterable and exportable."""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_save_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSortFilterProxyModel,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

DEFAULT_DAYS = 90


class AuditWidget(QWidget):
    loaded = Signal()

    def __init__(self, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.lines = []
        self.setObjectName("auditView")
        self.user_box = QComboBox()
        self.user_box.setObjectName("userBox")
        self.action_box = QComboBox()
        self.action_box.setObjectName("actionBox")
        self.use_dates = QCheckBox(self.tr("日期"))
        self.use_dates.setChecked(True)
        self.since = QDateEdit(QDate.currentDate().addDays(-DEFAULT_DAYS))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索对象或详情"))
        self.search.setClearButtonEnabled(True)
        self.apply_button = QPushButton(self.tr("查询"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.apply_button.clicked.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self.export_xlsx)
        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        self.model = RowTableModel([
            ColumnSpec(self.tr("时间"), lambda e: e.at.replace("T", " ")),
            ColumnSpec(self.tr("操作人"), lambda e: e.user),
            ColumnSpec(self.tr("电脑"), lambda e: e.device_label),
            ColumnSpec(self.tr("类别"), lambda e: e.action_group),
            ColumnSpec(self.tr("操作"), lambda e: e.action_label),
            ColumnSpec(self.tr("对象"), lambda e: e.object_label),
            ColumnSpec(self.tr("详情"), lambda e: e.detail, tooltip=lambda e: e.detail),
        ], parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        enable_sorting(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("操作人")))
        row.addWidget(self.user_box)
        row.addWidget(QLabel(self.tr("类别")))
        row.addWidget(self.action_box)
        row.addWidget(self.use_dates)
        row.addWidget(self.since)
        row.addWidget(QLabel("—"))
        row.addWidget(self.until)
        row.addWidget(self.search, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        from fupin_desktop.services.audit.log import action_group, users_and_actions

        users, families = users_and_actions(self.db)
        self.user_box.clear()
        self.user_box.addItem(self.tr("全部"), "")
        for u in users:
            self.user_box.addItem(u, u)
        self.action_box.clear()
        self.action_box.addItem(self.tr("全部"), "")
        for f in families:
            self.action_box.addItem(action_group(f), f)

    def current_filter(self):
        from fupin_desktop.services.audit.log import AuditFilter

        filt = AuditFilter(user=self.user_box.currentData() or "", action_prefix=self.action_box.currentData() or "",
                           text=self.search.text())
        if self.use_dates.isChecked():
            s, u = self.since.date(), self.until.date()
            filt.since, filt.until = date(s.year(), s.month(), s.day()), date(u.year(), u.month(), u.day())
        return filt

    def refresh(self) -> None:
        from fupin_desktop.services.audit.log import list_events

        db, filt = self.db, self.current_filter()
        self.runner(lambda p, c: list_events(db, filt), on_done=self._loaded,
                    on_error=lambda exc: self.summary.setText(error_text(exc)))

    def _loaded(self, lines) -> None:
        from fupin_desktop.services.audit.log import AuditFilter

        self.lines = lines
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        more = self.tr("（只显示最近 {n} 条）").format(n=len(lines)) if len(lines) >= AuditFilter.limit else ""
        self.summary.setText(self.tr("共 {n} 条记录").format(n=len(lines)) + more)
        self.loaded.emit()

    def export_xlsx(self) -> None:
        from fupin_desktop.services.audit.log import export_events

        path, _ = get_save_file_name(self, self.tr("导出操作记录"), self.tr("操作记录.xlsx"),
                                     self.tr("Excel 文件 (*.xlsx)"))
        if path:
            db, lines = self.db, list(self.lines)
            self.runner(lambda p, c: export_events(db, lines, path),
                        on_done=lambda n: self.summary.setText(self.tr("已导出 {n} 条到 {path}").format(n=n, path=path)),
                        on_error=lambda exc: QMessageBox.warning(self, self.tr("导出"), error_text(exc)))
