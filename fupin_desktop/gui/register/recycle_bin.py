"""回收站: deleted households and members, restored with one click (refused if it would duplicate a person)."""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.services.register.recycle_bin import HOUSEHOLD, BinEntry, list_bin, restore_household, restore_member

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class RecycleBinDialog(QDialog):
    restored = Signal(str)  # the household id that changed

    def __init__(self, db, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("recycleBin")
        self.setWindowTitle(self.tr("回收站"))
        self.info = QLabel(self)
        self.info.setObjectName("binInfo")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("binTable")
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("姓名"), self.tr("所在农户"),
                                              self.tr("删除时间"), self.tr("人数")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.restore_button = QPushButton(self.tr("恢复所选(&R)"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        entries = list_bin(self.db, limit=2000)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            kind = self.tr("农户") if entry.kind == HOUSEHOLD else self.tr("成员")
            values = [kind, entry.name + (f"（{entry.id_masked}）" if entry.id_masked else ""), entry.household_label,
                      entry.deleted_at.replace("T", " "), str(entry.people) if entry.kind == HOUSEHOLD else ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ENTRY_ROLE, entry)
                self.table.setItem(row, column, item)
        self.info.setText(self.tr("删除的农户和成员保存在这里，可以恢复。共 %n 条。", "", len(entries))
                          if entries else self.tr("回收站是空的。"))
        self.restore_button.setEnabled(bool(entries))
        if entries:
            self.table.selectRow(0)

    def selected_entry(self) -> Optional[BinEntry]:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ENTRY_ROLE) if rows else None

    def restore_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        result = restore_household(self.db, entry.id) if entry.kind == HOUSEHOLD else restore_member(self.db, entry.id)
        if not result.restored:
            QMessageBox.warning(self, self.tr("不能恢复"), result.message)
            return False
        self.refresh()
        self.restored.emit(entry.household_id)
        self.info.setText(result.message)
        return True
