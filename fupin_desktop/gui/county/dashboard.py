"""目标与进度 dashboard: figures against targets by area, charts, drill-down to households.

County → township → village: the table and the charts show the children of the area in view;
double-click a row or click a bar to go down, use the path buttons to go back up. Clicking a
figure tile lists the households behind it. Progress is computed off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.county.charts import BarGroup, TargetBarChart
from fupin_desktop.gui.county.household_list import HouseholdListDialog
from fupin_desktop.gui.county.table_model import RIGHT, ROW_ROLE, SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.county.tiles import FigureTile
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_save_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QColor,
    QComboBox,
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

YEARS_BACK = 6


def _pct(done: float, target: float) -> str:
    return f"{done / target * 100:.0f}%" if target else "—"



def area_name(node) -> str:
    """The area's name; an area never named (a county made from its villages' codes, a roster or a
    package without names) is called by its level, never by its 12-digit code."""
    if node.name and node.name != node.code:
        return node.name
    if node.level == "county":
        return QCoreApplication.translate("DashboardWidget", "全县")
    if node.level == "township":
        return QCoreApplication.translate("DashboardWidget", "未命名的乡镇")
    if node.level == "village":
        return QCoreApplication.translate("DashboardWidget", "未命名的村")
    return QCoreApplication.translate("DashboardWidget", "未命名的地区")


class DashboardWidget(QWidget):
    loaded = Signal()
    household_activated = Signal(str)

    def __init__(self, db, year: Optional[int] = None, runner: Callable = run_in_background,
                 today: Optional[date] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.today = today
        self.report = None
        self.path: list[str] = []  # area codes from the root to the area in view
        self.dialogs: list[QWidget] = []
        self.setObjectName("countyDashboard")
        this_year = (today or date.today()).year
        self.year_box = QComboBox()
        self.year_box.setObjectName("yearBox")
        for y in range(this_year + 1, this_year - YEARS_BACK, -1):
            self.year_box.addItem(self.tr("{year} 年").format(year=y), y)
        self.year_box.setCurrentIndex(self.year_box.findData(year or this_year))
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        self.targets_button = QPushButton(self.tr("设定目标…"))
        self.targets_button.clicked.connect(self.edit_targets)
        self.pdf_button = QPushButton(self.tr("打印报告（PDF）…"))
        self.pdf_button.clicked.connect(self.print_pdf)
        self.crumbs = QHBoxLayout()
        self.crumbs.setSpacing(2)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_box)
        top.addSpacing(12)
        top.addLayout(self.crumbs)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)
        top.addWidget(self.targets_button)
        top.addWidget(self.pdf_button)

        self.tiles: dict[str, FigureTile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        specs = [
            ("exited", self.tr("已脱贫人数"), True), ("villages", self.tr("达到退出标准的贫困村"), False),
            ("no_plan", self.tr("未确认帮扶计划"), True), ("n2_gap", self.tr("N+2 缺项"), True),
            ("overdue", self.tr("逾期措施"), True), ("funds", self.tr("资金拨付"), False),
            ("remaining_poor", self.tr("未脱贫人口"), True), ("households", self.tr("农户"), True),
        ]
        for i, (metric, title, clickable) in enumerate(specs):
            tile = FigureTile(metric, title, clickable)
            tile.clicked.connect(self.show_households)
            self.tiles[metric] = tile
            grid.addWidget(tile, i // 4, i % 4)

        self.people_chart = TargetBarChart()
        self.people_chart.setObjectName("peopleChart")
        self.village_chart = TargetBarChart()
        self.village_chart.setObjectName("villageChart")
        self.people_chart.group_clicked.connect(self._chart_clicked)
        self.village_chart.group_clicked.connect(self._chart_clicked)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.people_chart)
        charts.addWidget(self.village_chart)

        self.model = RowTableModel(self._columns(), row_colour=self._row_colour, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("areaTable")
        self.table.setModel(self.proxy)
        enable_sorting(self.table)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self._row_activated)
        self.table.setToolTip(self.tr("双击进入下一级"))
        # At 1366×768 the table keeps room for several rows and scrolls through the rest; the
        # charts give way first.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for chart in (self.people_chart, self.village_chart):
            chart.setMinimumHeight(120)

        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("dashboardBody")
        body.addWidget(charts)
        body.addWidget(self.table)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([220, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(body, 1)
        self.refresh()

    # --- data -----------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return int(self.year_box.currentData())

    def _columns(self) -> list[ColumnSpec]:
        money = lambda v: f"{v:,.0f}"  # noqa: E731
        count = lambda v: f"{v:,}"  # noqa: E731  (as the tiles write them: 2,020, not 2020)
        target = lambda v: f"{v:,}" if v else "—"  # noqa: E731  (no target set)
        return [
            ColumnSpec(self.tr("地区"), lambda n: n.name, tooltip=self._attention_tip),
            ColumnSpec(self.tr("减贫目标"), lambda n: n.people_target, RIGHT, display=target),
            ColumnSpec(self.tr("已脱贫"), lambda n: n.people_exited, RIGHT, display=count),
            ColumnSpec(self.tr("完成率"), lambda n: n.people_rate or 0.0, RIGHT,
                       display=lambda v: f"{v * 100:.0f}%" if v else "—"),
            ColumnSpec(self.tr("退出目标(村)"), lambda n: n.villages_target, RIGHT, display=target),
            ColumnSpec(self.tr("达标村"), lambda n: n.villages_meeting, RIGHT, display=count),
            ColumnSpec(self.tr("未脱贫人口"), lambda n: n.remaining_poor, RIGHT, display=count),
            ColumnSpec(self.tr("未确认计划(户)"), lambda n: n.households_without_plan, RIGHT, display=count),
            ColumnSpec(self.tr("N+2缺项(户)"), lambda n: n.n2_gap_households, RIGHT, display=count),
            ColumnSpec(self.tr("逾期措施"), lambda n: n.overdue_measures, RIGHT, display=count),
            ColumnSpec(self.tr("计划资金(元)"), lambda n: n.funds_planned, RIGHT, display=money),
            ColumnSpec(self.tr("已拨付(元)"), lambda n: n.funds_paid, RIGHT, display=money),
        ]

    @staticmethod
    def _row_colour(node) -> Optional[QColor]:
        """Only rows that need attention (behind target, large backlog: resources/rules/attention.yaml)."""
        from fupin_desktop.services.county.attention import attention_reasons

        return QColor("#FBE9E7") if attention_reasons(node) else None

    def _attention_tip(self, node) -> str:
        from fupin_desktop.services.county.attention import attention_reasons

        reasons = attention_reasons(node)
        return self.tr("需关注：{reasons}").format(reasons="；".join(reasons)) if reasons else ""


    def refresh(self) -> None:
        from fupin_desktop.services.county.progress import compute_progress

        db, year, today = self.db, self.year, self.today
        self.status.setText(self.tr("正在计算……"))
        self.refresh_button.setEnabled(False)
        self.runner(lambda progress, cancelled: compute_progress(db, year, today),
                    on_done=self._loaded, on_error=self._failed)

    def _loaded(self, report) -> None:
        self.report = report
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        if not self.path or report.find(self.path[-1]) is None:
            self.path = [report.roots[0].code] if report.roots else []
        self._show_current()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("计算失败"))
        QMessageBox.warning(self, self.tr("目标与进度"), error_text(exc))

    # --- view -----------------------------------------------------------------------------
    def current(self):
        return self.report.find(self.path[-1]) if self.report and self.path else None

    def go_to(self, code: str) -> None:
        """Show the area ``code`` (a child of the area in view, or one on the path)."""
        if code in self.path:
            self.path = self.path[: self.path.index(code) + 1]
        else:
            self.path.append(code)
        self._show_current()

    def _show_current(self) -> None:
        node = self.current()
        self._rebuild_crumbs()
        if node is None:
            for tile in self.tiles.values():
                tile.set_figure("—", self.tr("数据库中还没有村"))
            self.model.set_rows([])
            self.people_chart.set_data([], self.tr("暂无数据"))
            self.village_chart.set_data([])
            return
        t = self.tiles
        t["exited"].set_figure(f"{node.people_exited:,}", self.tr("目标 {target:,} 人 · 完成 {rate}").format(
            target=node.people_target, rate=_pct(node.people_exited, node.people_target)),
            alert=bool(node.people_target) and node.people_exited < node.people_target)
        t["villages"].set_figure(f"{node.villages_meeting}", self.tr("目标 {target} 个 · 待退出贫困村 {poor} 个").format(
            target=node.villages_target, poor=node.poverty_villages),
            alert=node.villages_meeting < node.villages_target)
        t["no_plan"].set_figure(f"{node.households_without_plan:,}", self.tr("需计划 {n:,} 户").format(
            n=node.households_need_plan), alert=node.households_without_plan > 0)
        t["n2_gap"].set_figure(f"{node.n2_gap_households:,}", self.tr("户"), alert=node.n2_gap_households > 0)
        t["overdue"].set_figure(f"{node.overdue_measures:,}", self.tr("项，截至 {day}").format(
            day=self.report.today.isoformat()), alert=node.overdue_measures > 0)
        t["funds"].set_figure(_pct(node.funds_paid, node.funds_planned), self.tr("已拨付 {paid:,.0f} / 计划 {planned:,.0f} 元").format(
            paid=node.funds_paid, planned=node.funds_planned))
        t["remaining_poor"].set_figure(f"{node.remaining_poor:,}", self.tr("人"))
        t["households"].set_figure(f"{node.households:,}", self.tr("{members:,} 人").format(members=node.members))
        children = node.children
        self.model.set_rows(children)
        self.table.resizeColumnsToContents()
        level = {"county": self.tr("各乡镇"), "township": self.tr("各村")}.get(node.level, "")
        self.people_chart.set_data([BarGroup(c.name, c.people_target, c.people_exited) for c in children],
                                   self.tr("{level}脱贫人数：目标与完成").format(level=level))
        self.village_chart.set_data([BarGroup(c.name, c.villages_target, c.villages_meeting) for c in children],
                                    self.tr("{level}达标村：目标与完成").format(level=level))

    def _rebuild_crumbs(self) -> None:
        while self.crumbs.count():
            item = self.crumbs.takeAt(0)
            if item.widget():
                item.widget().hide()  # hidden now: deleteLater only runs at the next event loop turn
                item.widget().deleteLater()
        for i, code in enumerate(self.path):
            node = self.report.find(code) if self.report else None
            if i:
                self.crumbs.addWidget(QLabel("›"))
            name = area_name(node) if node else code
            if i == len(self.path) - 1:  # the area in view
                here = QLabel(f"<b>{name}</b>")
                here.setObjectName(f"crumb_{i}")
                self.crumbs.addWidget(here)
                continue
            button = QToolButton()
            button.setObjectName(f"crumb_{i}")
            button.setText(name)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("返回上一级"))
            button.clicked.connect(lambda _=False, c=code: self.go_to(c))
            self.crumbs.addWidget(button)

    def _row_activated(self, index) -> None:
        node = self.proxy.data(index, ROW_ROLE)
        if node is None:
            return
        if node.children:
            self.go_to(node.code)
        else:  # a village: its households
            self.show_households("households", node)

    def _chart_clicked(self, i: int) -> None:
        node = self.current()
        if node is not None and 0 <= i < len(node.children):
            child = node.children[i]
            if child.children:
                self.go_to(child.code)
            else:
                self.show_households("exited", child)

    def show_households(self, metric: str, node=None) -> HouseholdListDialog:
        node = node or self.current()
        dialog = HouseholdListDialog(self.db, self.year, node.code, node.name, metric, runner=self.runner,
                                     today=self.today, parent=self)
        dialog.household_activated.connect(self.household_activated)
        dialog.finished.connect(lambda _=0, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    # --- actions --------------------------------------------------------------------------
    def edit_targets(self) -> None:
        from fupin_desktop.gui.county.targets_dialog import TargetsDialog

        if self.report is None:
            return
        dialog = TargetsDialog(self.db, self.report, self)
        if dialog.exec():
            self.refresh()

    def print_pdf(self) -> None:
        from fupin_desktop.services.county.progress import export_progress_pdf

        path, _ = get_save_file_name(self, self.tr("保存进度报告"),
                                     self.tr("{year}年目标与进度.pdf").format(year=self.year),
                                     self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        db, year, today = self.db, self.year, self.today
        self.status.setText(self.tr("正在生成 PDF……"))
        self.runner(lambda progress, cancelled: export_progress_pdf(db, year, path, today),
                    on_done=lambda _r: self.status.setText(self.tr("已保存 {path}").format(path=path)),
                    on_error=self._failed)
