"""The households behind one dashboard figure (drill-down), with why each is listed."""

from __future__ import annotations

from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import RIGHT, ROW_ROLE, SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSortFilterProxyModel,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.vocab_labels import relabel


def metric_titles() -> dict[str, str]:
    return {
        "households": QCoreApplication.translate("HouseholdListDialog", "全部农户"),
        "remaining_poor": QCoreApplication.translate("HouseholdListDialog", "未脱贫农户"),
        "exited": QCoreApplication.translate("HouseholdListDialog", "本年度脱贫农户"),
        "no_plan": QCoreApplication.translate("HouseholdListDialog", "未确认帮扶计划的农户"),
        "n2_gap": QCoreApplication.translate("HouseholdListDialog", "N+2 有缺项的农户"),
        "overdue": QCoreApplication.translate("HouseholdListDialog", "有逾期措施的农户"),
    }


class HouseholdListDialog(QDialog):
    """Non-modal list; ``household_activated(id)`` on double-click (the register can open the record)."""

    household_activated = Signal(str)
    loaded = Signal()

    def __init__(self, db, year: int, area_code: str, area_name: str, metric: str,
                 runner: Callable = run_in_background, today=None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db, self.year, self.area_code, self.metric_key, self.today = db, year, area_code, metric, today
        self.runner = runner
        self.setObjectName("householdListDialog")
        title = metric_titles().get(metric, metric)
        self.setWindowTitle(self.tr("{area} — {what}（{year} 年）").format(area=area_name, what=title, year=year))
        self.resize(900, 520)
        self.summary = QLabel(self.tr("正在读取……"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按户主、村或户编号筛选"))
        self.search.setClearButtonEnabled(True)
        self.model = RowTableModel([
            ColumnSpec(self.tr("行政村"), lambda r: r.village_name),
            ColumnSpec(self.tr("组"), lambda r: r.group_name),
            ColumnSpec(self.tr("户编号"), lambda r: r.household_no),
            ColumnSpec(self.tr("户主"), lambda r: r.head_name),
            ColumnSpec(self.tr("人数"), lambda r: r.size, RIGHT),
            ColumnSpec(self.tr("脱贫状态"), lambda r: relabel("poverty_status", r.status_label)),
            ColumnSpec(self.tr("计划状态"), lambda r: r.plan_status, display=self._plan_status),
            ColumnSpec(self.tr("原因"), lambda r: r.reason),
        ], parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("householdTable")
        self.table.setModel(self.proxy)
        enable_sorting(self.table)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.load()

    def _plan_status(self, code: str) -> str:
        return {"": self.tr("无"), "draft": self.tr("草稿"), "confirmed": self.tr("已确认"),
                "printed": self.tr("已打印"), "signed": self.tr("已签字")}.get(code, code)

    def load(self) -> None:
        from fupin_desktop.services.county.progress import drill_down

        db, year, code, metric, today = self.db, self.year, self.area_code, self.metric_key, self.today
        self.runner(lambda progress, cancelled: drill_down(db, year, code, metric, today=today),
                    on_done=self._show, on_error=self._failed)

    def _show(self, lines) -> None:
        self.model.set_rows(lines)
        people = sum(line.size for line in lines)
        self.summary.setText(self.tr("共 %n 户", "", len(lines)) + " " + self.tr("%n 人", "", people))
        self.table.resizeColumnsToContents()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("读取失败：{error}").format(error=error_text(exc)))

    def _activated(self, index) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.household_activated.emit(row.id)
