"""同步 › 同步状态 (county): each village laptop's last package and who has gone quiet.

Rows come from services.sync.status; a laptop silent for more than N days is tinted, one that
never sent a package is tinted lighter until it is overdue too. N is edited here (saved as a setting
through the one writer) and the table follows.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import RIGHT, SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_write
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QColor,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSortFilterProxyModel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from fupin_desktop.services.sync import status as svc

OVERDUE_COLOUR = QColor("#F8D7D7")
WAITING_COLOUR = QColor("#FFF4CE")  # never sent yet, or a village no laptop serves
REVOKED_COLOUR = QColor("#EEEEEE")


def _number(value) -> str:
    return "" if value is None or value == "" else f"{value:,}"


class SyncStatusWidget(QWidget):
    def __init__(self, db, writer: Callable = run_write, today: Optional[date] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.writer = writer
        self.today = today
        self.status: Optional[svc.SyncStatus] = None
        self.setObjectName("syncStatus")
        last = lambda r: r.last  # noqa: E731
        self.model = RowTableModel([
            ColumnSpec(self.tr("电脑"), lambda r: r.laptop or self.tr("（无）")),
            ColumnSpec(self.tr("村"), lambda r: "、".join(v.name for v in r.villages)),
            ColumnSpec(self.tr("状态"), self.state_text, tooltip=self.state_tooltip),
            ColumnSpec(self.tr("未上报天数"), lambda r: r.days_silent, RIGHT,
                       lambda d: "" if d is None else self.tr("{n} 天").format(n=f"{d:,}")),
            ColumnSpec(self.tr("最近上报"), lambda r: last(r).at if last(r) else "",
                       display=lambda at: at.replace("T", " ")[:16] if at else ""),
            ColumnSpec(self.tr("记录数"), lambda r: last(r).records if last(r) else None, RIGHT, _number),
            ColumnSpec(self.tr("新增"), lambda r: last(r).new if last(r) else None, RIGHT, _number),
            ColumnSpec(self.tr("修改"), lambda r: last(r).changed if last(r) else None, RIGHT, _number),
            ColumnSpec(self.tr("删除"), lambda r: last(r).deleted if last(r) else None, RIGHT, _number),
            ColumnSpec(self.tr("冲突"), lambda r: last(r).conflicts if last(r) else None, RIGHT, _number),
            ColumnSpec(self.tr("文件"), lambda r: last(r).file_name if last(r) else ""),
        ], row_colour=self._colour, parent=self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.proxy = proxy
        self.table = QTableView()
        self.table.setObjectName("syncStatusTable")
        self.table.setModel(proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        enable_sorting(self.table)

        low, high = svc.days_range()
        self.days = QSpinBox()
        self.days.setObjectName("overdueDays")
        self.days.setRange(low, high)
        self.days.setSuffix(self.tr(" 天"))
        self.days.setKeyboardTracking(False)  # typing "45" must not save 4 first
        self.days.setToolTip(self.tr("村级电脑超过这么多天没有上报同步包时标为逾期"))
        self.days.setValue(svc.overdue_days(db))
        self.days.valueChanged.connect(self._days_changed)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setObjectName("refreshStatus")
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("syncStatusSummary")
        note = QLabel(self.tr("每台村级电脑最近一次上报到县里的同步包。超过设定天数没有上报的电脑标为红色，"
                              "加入后还没有上报过的标为黄色。"))
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("超过")))
        bar.addWidget(self.days)
        bar.addWidget(QLabel(self.tr("未上报视为逾期")))
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.refresh()

    # --- text -----------------------------------------------------------------------------
    def state_text(self, r: svc.LaptopStatus) -> str:
        days = "" if r.days_silent is None else f"{r.days_silent:,}"
        if r.state == svc.REVOKED:
            return self.tr("已吊销（不再接收它的同步包）")
        if r.state == svc.NO_LAPTOP:
            return self.tr("没有分配村级电脑")
        if r.state == svc.OVERDUE:
            return self.tr("逾期：已 {n} 天未上报").format(n=days)
        if r.state == svc.NEVER_SENT_OVERDUE:
            return self.tr("逾期：加入 {n} 天，从未上报").format(n=days)
        if r.state == svc.NEVER_SENT:
            return self.tr("加入后尚未上报")
        return self.tr("正常")

    def state_tooltip(self, r: svc.LaptopStatus) -> str:
        enrolled = r.enrolled_at.replace("T", " ")[:10]
        if r.state == svc.NO_LAPTOP:
            return self.tr("在 同步 › 导出同步包 中为这个村加入一台村级电脑")
        if r.last is None:
            return self.tr("{date} 加入，此后没有收到它的同步包").format(date=enrolled)
        return self.tr("{date} 加入，共收到 {n} 个同步包").format(date=enrolled, n=f"{r.packages:,}")

    def _colour(self, r: svc.LaptopStatus) -> Optional[QColor]:
        if r.overdue:
            return OVERDUE_COLOUR
        if r.state in (svc.NEVER_SENT, svc.NO_LAPTOP):
            return WAITING_COLOUR
        if r.state == svc.REVOKED:
            return REVOKED_COLOUR
        return None

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.status = svc.sync_status(self.db, self.days.value(), self.today)
        self.model.set_rows(self.status.rows)
        self.table.resizeColumnsToContents()
        laptops = sum(1 for r in self.status.rows if r.laptop and not r.revoked)
        self.summary.setText(self.tr("共 {n} 台村级电脑；超过 {days} 天未上报的 {late} 台。").format(
            n=laptops, days=self.status.days, late=self.status.overdue_count))

    def _days_changed(self, value: int) -> None:
        self.refresh()  # at once; the setting is saved off the GUI thread
        db = self.db
        self.writer(lambda progress, cancelled: svc.set_overdue_days(db, value),
                    on_error=lambda exc: QMessageBox.warning(self, self.tr("无法保存"), error_text(exc)))
