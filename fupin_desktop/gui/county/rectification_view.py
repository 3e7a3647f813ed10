"""整改清单 view: filters, overdue items highlighted, new/edit/close/delete, Excel export and PDF print."""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import ROW_ROLE, SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_save_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QCheckBox,
    QColor,
    QComboBox,
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
from fupin_desktop.gui.vocab_labels import label

OVERDUE_COLOUR = QColor("#F8D7D7")
CLOSED_COLOUR = QColor("#EEF6EE")


class RectificationWidget(QWidget):
    loaded = Signal()

    def __init__(self, db, runner: Callable = run_in_background, today: Optional[date] = None,
                 parent: Optional[QWidget] = None):
        from fupin_desktop.gui import vocab_labels

        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.today = today
        self.items = []
        self.setObjectName("rectificationView")
        self.source_box = QComboBox()
        self.source_box.setObjectName("sourceBox")
        self.source_box.addItem(self.tr("全部来源"), None)
        for code, text in vocab_labels.items("rectification_source"):
            self.source_box.addItem(text, code)
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusBox")
        self.status_box.addItem(self.tr("全部状态"), None)
        self.status_box.addItem(self.tr("未销号"), "not_closed")
        for code, text in vocab_labels.items("rectification_status"):
            self.status_box.addItem(text, code)
        self.overdue_only = QCheckBox(self.tr("只看逾期"))
        self.overdue_only.setObjectName("overdueOnly")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索问题、措施、责任人、村、户主"))
        self.search.setClearButtonEnabled(True)
        for signal in (self.source_box.currentIndexChanged, self.status_box.currentIndexChanged,
                       self.overdue_only.toggled, self.search.returnPressed):
            signal.connect(self.refresh)
        self.new_button = QPushButton(self.tr("新建…"))
        self.edit_button = QPushButton(self.tr("编辑/销号…"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.print_button = QPushButton(self.tr("打印（PDF）…"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_xlsx)
        self.print_button.clicked.connect(self.print_pdf)
        self.summary = QLabel()
        self.summary.setObjectName("rectificationSummary")

        self.model = RowTableModel([
            ColumnSpec(self.tr("来源"), lambda i: label("rectification_source", i.source)),
            ColumnSpec(self.tr("行政村"), lambda i: i.village_name),
            ColumnSpec(self.tr("户主"), lambda i: i.household_head),
            ColumnSpec(self.tr("存在问题"), lambda i: i.problem, tooltip=lambda i: i.problem),
            ColumnSpec(self.tr("整改措施"), lambda i: i.action, tooltip=lambda i: i.action),
            ColumnSpec(self.tr("责任人"), lambda i: i.responsible),
            ColumnSpec(self.tr("整改时限"), lambda i: i.deadline.isoformat() if i.deadline else ""),
            ColumnSpec(self.tr("状态"), lambda i: label("rectification_status", i.status)),
            ColumnSpec(self.tr("逾期"), lambda i: i.days_overdue,
                       display=lambda d: self.tr("逾期 {days} 天").format(days=d) if d else ""),
            ColumnSpec(self.tr("销号日期"), lambda i: i.closed_date.isoformat() if i.closed_date else ""),
        ], row_colour=self._colour, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("rectificationTable")
        self.table.setModel(self.proxy)
        enable_sorting(self.table)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setWordWrap(False)

        filters = QHBoxLayout()
        filters.addWidget(self.source_box)
        filters.addWidget(self.status_box)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for b in (self.new_button, self.edit_button, self.delete_button, self.export_button, self.print_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        self.refresh()

    @staticmethod
    def _colour(item) -> Optional[QColor]:
        if item.overdue:
            return OVERDUE_COLOUR
        if item.status == "closed":
            return CLOSED_COLOUR
        return None

    def current_filter(self):
        from fupin_desktop.services.county.rectification import RectificationFilter

        return RectificationFilter(source=self.source_box.currentData(), status=self.status_box.currentData(),
                                   overdue_only=self.overdue_only.isChecked(), text=self.search.text())

    def refresh(self) -> None:
        from fupin_desktop.services.county.rectification import list_items

        db, filt, today = self.db, self.current_filter(), self.today
        self.runner(lambda progress, cancelled: list_items(db, filt, today), on_done=self._loaded,
                    on_error=lambda exc: self.summary.setText(error_text(exc)))

    def _loaded(self, items) -> None:
        from fupin_desktop.services.county.rectification import summary

        self.items = items
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        for col in (3, 4):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        s = summary(items)
        self.summary.setText(self.tr("共 {total} 项：未销号 {open} 项，其中逾期 {overdue} 项；已销号 {closed} 项").format(
            total=s.total, open=s.open, overdue=s.overdue, closed=s.closed))
        self.loaded.emit()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ROW_ROLE) if rows else None

    def new_item(self) -> None:
        from fupin_desktop.gui.county.rectification_dialog import RectificationDialog

        if RectificationDialog(self.db, None, self).exec():
            self.refresh()

    def edit_selected(self) -> None:
        from fupin_desktop.gui.county.rectification_dialog import RectificationDialog

        item = self.selected()
        if item is not None and RectificationDialog(self.db, item, self).exec():
            self.refresh()

    def delete_selected(self) -> None:
        from fupin_desktop.services.county.rectification import delete_item

        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("删除整改事项"),
                                      self.tr("确定删除“{problem}”吗？").format(problem=item.problem[:40]))
        if answer == QMessageBox.StandardButton.Yes:
            delete_item(self.db, item.id)
            self.refresh()

    def export_xlsx(self) -> None:
        from fupin_desktop.services.excel.exports import export_rectification

        path, _ = get_save_file_name(self, self.tr("导出整改清单"), self.tr("整改清单.xlsx"),
                                     self.tr("Excel 文件 (*.xlsx)"))
        if path:
            db, items, today = self.db, list(self.items), self.today
            self.runner(lambda p, c: export_rectification(db, path, items, today),
                        on_done=lambda r: self.summary.setText(self.tr("已导出 {n} 项").format(n=r.rows)),
                        on_error=lambda exc: QMessageBox.warning(self, self.tr("导出"), error_text(exc)))

    def print_pdf(self) -> None:
        from fupin_desktop.services.county.rectification import print_items

        path, _ = get_save_file_name(self, self.tr("打印整改清单"), self.tr("整改清单.pdf"),
                                     self.tr("PDF 文件 (*.pdf)"))
        if path:
            db, items, today = self.db, list(self.items), self.today
            self.runner(lambda p, c: print_items(db, items, path, today),
                        on_done=lambda _r: self.summary.setText(self.tr("已生成 {path}").format(path=path)),
                        on_error=lambda exc: QMessageBox.warning(self, self.tr("打印"), error_text(exc)))
