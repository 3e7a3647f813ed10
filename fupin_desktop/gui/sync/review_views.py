"""County review lists: 冲突处理 (keep one value or type a new one), 疑似重复 (same national ID
under two records; never merged automatically), and 收发记录 (packages sent and received)."""

from __future__ import annotations

from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import RIGHT, ROW_ROLE, SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.error_text import logged_error_text
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.services.sync import facade as sync_service


def _table(model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    enable_sorting(view)
    return view, proxy


class ConflictReviewWidget(QWidget):
    """Every conflict with both values, who wrote each, on which laptop, when; decide one."""

    resolved = Signal(str)  # conflict id

    def __init__(self, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.setObjectName("conflictReview")
        self.model = RowTableModel([
            ColumnSpec(self.tr("记录"), lambda c: c.record_label),
            ColumnSpec(self.tr("项目"), lambda c: c.field_label),
            ColumnSpec(self.tr("暂定值"), lambda c: c.winner.display),
            ColumnSpec(self.tr("暂定值来自"), lambda c: f"{sync_service.side_source(c.winner)} {c.winner.when}"),
            ColumnSpec(self.tr("另一方的值"), lambda c: c.loser.display),
            ColumnSpec(self.tr("另一方来自"), lambda c: f"{sync_service.side_source(c.loser)} {c.loser.when}"),
            ColumnSpec(self.tr("状态"), lambda c: self.tr("已处理") if c.resolved else self.tr("待处理")),
        ], parent=self)
        self.table, self.proxy = _table(self.model, "conflictTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.detail = QLabel()
        self.detail.setObjectName("conflictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_resolved = QCheckBox(self.tr("显示已处理的"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("conflictSummary")
        self.keep_winner = QPushButton(self.tr("保留暂定值"))
        self.keep_winner.setObjectName("keepWinner")
        self.keep_loser = QPushButton(self.tr("改用另一方的值"))
        self.keep_loser.setObjectName("keepLoser")
        self.new_value = QPushButton(self.tr("输入新值…"))
        self.new_value.setObjectName("newValue")
        self.keep_winner.clicked.connect(lambda: self.resolve_selected(sync_service.KEEP_WINNER))
        self.keep_loser.clicked.connect(lambda: self.resolve_selected(sync_service.KEEP_LOSER))
        self.new_value.clicked.connect(self._ask_new_value)
        buttons = QHBoxLayout()
        for b in (self.keep_winner, self.keep_loser, self.new_value):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_resolved)
        note = QLabel(self.tr("同一项在两处被同时修改时，暂按时间较晚的一方处理，另一方的值保留在这里。"
                              "处理结果作为一次新的修改，随下一个同步包发回各村。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = sync_service.list_conflicts(self.db, include_resolved=self.show_resolved.isChecked())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        open_count = sum(1 for c in rows if not c.resolved)
        self.summary.setText(self.tr("待处理的冲突：{n} 条").format(n=open_count))
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ROW_ROLE) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        c = self.selected()
        for b in (self.keep_winner, self.keep_loser, self.new_value):
            b.setEnabled(c is not None and not c.resolved)
        if c is None:
            self.detail.setText(self.tr("选中一条冲突查看详情。"))
            return
        text = self.tr("{record} · {field}\n暂定值：{w}（{wd}，{wt}）\n另一方：{l}（{ld}，{lt}）\n"
                       "当前值：{current}").format(
            record=c.record_label, field=c.field_label, w=c.winner.display, wd=sync_service.side_source(c.winner),
            wt=c.winner.when, l=c.loser.display, ld=sync_service.side_source(c.loser), lt=c.loser.when,
            current=c.current_display)
        if c.resolved:
            text += "\n" + self.tr("已处理：{resolution}").format(resolution=sync_service.resolution_text(c))
        self.detail.setText(text)

    def _ask_new_value(self) -> None:
        c = self.selected()
        if c is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("输入新值"),
                                        self.tr("{record} 的{field}：").format(record=c.record_label,
                                                                              field=c.field_label),
                                        QLineEdit.EchoMode.Normal, c.winner.display)
        if ok:
            self.resolve_selected(sync_service.NEW_VALUE, text)

    def _confirm(self, c, choice: str, value) -> bool:
        """Say which value the record keeps and which laptops the decision travels to; ask first."""
        shown = {sync_service.KEEP_WINNER: c.winner.display, sync_service.KEEP_LOSER: c.loser.display}.get(
            choice, str(value or "").strip() or self.tr("（空）"))
        places = sync_service.decision_recipients(self.db, c)
        travel = (self.tr("这个决定作为本机的一次新修改，随下一个同步包发回：{places}。").format(places="、".join(places))
                  if places else self.tr("目前没有负责这条记录的村级电脑，决定只保存在本机。"))
        question = self.tr("把“{record}”的{field}定为“{value}”？\n\n{travel}").format(
            record=c.record_label, field=c.field_label, value=shown, travel=travel)
        answer = QMessageBox.question(self, self.tr("处理冲突"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def resolve_selected(self, choice: str, value=None) -> None:
        c = self.selected()
        if c is None or not self._confirm(c, choice, value):
            return
        try:
            sync_service.resolve_conflict(self.db, c.id, choice, value)
        except Exception as exc:  # a typed value that does not fit: say why
            QMessageBox.warning(self, self.tr("无法处理"), logged_error_text(exc, "deciding a conflict"))
            return
        self.refresh()
        self.resolved.emit(c.id)


class DuplicatesWidget(QWidget):
    """Groups of live members sharing one national ID."""

    household_activated = Signal(str)

    def __init__(self, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.setObjectName("duplicatesView")
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicatesTree")
        self.tree.setHeaderLabels([self.tr("证件号码 / 姓名"), self.tr("村"), self.tr("户主"), self.tr("户编号")])
        self.tree.itemDoubleClicked.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("duplicatesSummary")
        note = QLabel(self.tr("同一证件号码出现在多条人员记录中。同步不会自动合并；请核实后在农户登记中修改或删除。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        groups = sync_service.possible_duplicates(self.db)
        self.tree.clear()
        for g in groups:
            top = QTreeWidgetItem([g.masked, "", "", ""])
            for m in g.members:
                child = QTreeWidgetItem([m.name, m.village_name, m.head_name, m.household_no])
                child.setData(0, Qt.ItemDataRole.UserRole, m.household_id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.summary.setText(self.tr("疑似重复：{n} 组").format(n=len(groups)))

    def _activated(self, item, _column) -> None:
        household_id = item.data(0, Qt.ItemDataRole.UserRole)
        if household_id:
            self.household_activated.emit(household_id)


class PackageHistoryWidget(QWidget):
    def __init__(self, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("packageHistory")
        self.model = RowTableModel([
            ColumnSpec(self.tr("时间"), lambda e: e.at.replace("T", " ")),
            ColumnSpec(self.tr("方向"), lambda e: self.tr("发出") if e.direction == "exported" else self.tr("收到")),
            ColumnSpec(self.tr("对方"), lambda e: e.peer_label),
            ColumnSpec(self.tr("记录数"), lambda e: e.record_count, RIGHT),
            ColumnSpec(self.tr("新增"), lambda e: e.summary.get("new", ""), RIGHT),
            ColumnSpec(self.tr("修改"), lambda e: e.summary.get("changed", ""), RIGHT),
            ColumnSpec(self.tr("冲突"), lambda e: e.summary.get("conflicts", ""), RIGHT),
            ColumnSpec(self.tr("文件"), lambda e: e.file_name),
        ], parent=self)
        self.table, self.proxy = _table(self.model, "historyTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(sync_service.package_history(self.db))
        self.table.resizeColumnsToContents()
