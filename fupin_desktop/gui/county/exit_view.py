"""贫困村退出评估: every village meets / does not meet, and why; the 补短板 list; the threshold."""

from __future__ import annotations

from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import RIGHT, ROW_ROLE, SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_save_file_name
from fupin_desktop.gui.operations import run_in_background, write_and_wait
from fupin_desktop.gui.qt import (
    QColor,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

SHOW_ALL, SHOW_FAILING, SHOW_SHORTFALL, SHOW_POVERTY = range(4)


class ExitAssessmentWidget(QWidget):
    loaded = Signal()

    def __init__(self, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.report = None
        self.setObjectName("exitAssessment")
        self.show_box = QComboBox()
        self.show_box.setObjectName("showBox")
        self.show_box.addItem(self.tr("全部村"), SHOW_ALL)
        self.show_box.addItem(self.tr("未达到退出标准的村"), SHOW_FAILING)
        self.show_box.addItem(self.tr("补短板清单（已退出但未达标）"), SHOW_SHORTFALL)
        self.show_box.addItem(self.tr("贫困村"), SHOW_POVERTY)
        self.show_box.currentIndexChanged.connect(self._apply_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按村名或代码筛选"))
        self.search.setClearButtonEnabled(True)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("thresholdBox")
        self.threshold.setRange(0.1, 20.0)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(0.5)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(self.tr("贫困发生率不高于此值为达标（一般 2%，西部地区 3%）"))
        self.save_threshold = QPushButton(self.tr("应用"))
        self.save_threshold.clicked.connect(self._save_threshold)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(self.export_xlsx)
        self.summary = QLabel()
        self.summary.setObjectName("exitSummary")

        self.model = RowTableModel([
            ColumnSpec(self.tr("行政村"), lambda a: a.name),
            ColumnSpec(self.tr("代码"), lambda a: a.code),
            ColumnSpec(self.tr("贫困村"), lambda a: a.is_poverty_village, display=lambda v: self.tr("是") if v else ""),
            ColumnSpec(self.tr("退出年度"), lambda a: a.exit_year or 0, RIGHT, display=lambda v: str(v) if v else ""),
            ColumnSpec(self.tr("户籍人口"), lambda a: a.registered_population or 0, RIGHT,
                       display=lambda v: f"{v:,}" if v else self.tr("未填")),
            ColumnSpec(self.tr("未脱贫人口"), lambda a: a.remaining_poor, RIGHT),
            ColumnSpec(self.tr("贫困发生率"), lambda a: a.incidence if a.incidence is not None else -1.0, RIGHT,
                       display=lambda v: "—" if v < 0 else f"{v * 100:.2f}%"),
            ColumnSpec(self.tr("结论"), lambda a: a.meets, display=lambda v: self.tr("达标") if v else self.tr("未达标")),
            ColumnSpec(self.tr("缺项与原因"), lambda a: "；".join(a.reasons), tooltip=lambda a: "\n".join(a.reasons)),
        ], row_colour=lambda a: None if a.meets else QColor("#FBE9E7"), parent=self)
        self.proxy = _ExitFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("exitTable")
        self.table.setModel(self.proxy)
        enable_sorting(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        # 缺项与原因 wraps inside the room left of the window instead of running off it (cut at 1366 px).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setToolTip(self.tr("双击一个村，打开村信息填写或核对缺项"))
        self.table.doubleClicked.connect(self.open_village)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示")))
        top.addWidget(self.show_box)
        top.addWidget(self.search)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("退出标准：贫困发生率 ≤")))
        top.addWidget(self.threshold)
        top.addWidget(self.save_threshold)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        from fupin_desktop.services.county.exit_check import exit_check

        db = self.db
        self.summary.setText(self.tr("正在评估……"))
        self.runner(lambda progress, cancelled: exit_check(db), on_done=self._loaded, on_error=self._failed)

    def _loaded(self, report) -> None:
        self.report = report
        self.threshold.setValue(report.threshold * 100)
        self.model.set_rows(report.assessments)
        self.proxy.shortfall_ids = {s.assessment.village_id for s in report.shortfalls}
        self._apply_filter()
        self._fit_columns()
        total = len(report.assessments)
        self.summary.setText(self.tr(
            "共 {total} 个村：达标 {ok} 个，未达标 {bad} 个；补短板清单 {short} 个村。"
            "贫困发生率 = 未脱贫人口 ÷ 户籍人口。").format(
            total=total, ok=report.meeting, bad=total - report.meeting, short=len(report.shortfalls)))
        self.loaded.emit()

    def open_village(self, index) -> None:
        """The village's own form, where what it lacks (户籍人口, 宽带 …) is filled in; saved, it is assessed again."""
        from fupin_desktop.gui.register.village_form import VillageFormDialog
        from fupin_desktop.services.register.villages import load_village

        assessment = index.data(ROW_ROLE) if index.isValid() else None
        if assessment is None:
            return
        dialog = VillageFormDialog(self.db, load_village(self.db, assessment.village_id), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _vid: self.refresh())
        dialog.show()

    def _fit_columns(self) -> None:
        """Short columns to their contents; 缺项与原因 takes the rest and the rows grow to show it whole."""
        header = self.table.horizontalHeader()
        reasons = self.model.columnCount() - 1
        header.setSectionResizeMode(reasons, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(reasons, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802  (the reasons column's width changed: rows re-wrap)
        super().resizeEvent(event)
        if self.report is not None:
            self.table.resizeRowsToContents()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("评估失败：{error}").format(error=error_text(exc)))

    def _apply_filter(self) -> None:
        self.proxy.mode = self.show_box.currentData()
        self.proxy.invalidate()

    def visible_rows(self) -> list:
        return [self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _save_threshold(self) -> None:
        from fupin_desktop.services.setup.settings import set_setting

        value = f"{self.threshold.value() / 100:.4f}"
        write_and_wait(lambda: set_setting(self.db, "incidence_threshold", value))
        self.refresh()

    def export_xlsx(self) -> None:
        from fupin_desktop.services.excel.exports import export_exit_assessment

        if self.report is None:
            return
        path, _ = get_save_file_name(self, self.tr("导出退出评估"), self.tr("贫困村退出评估.xlsx"),
                                     self.tr("Excel 文件 (*.xlsx)"))
        if not path:
            return
        rows = self.visible_rows()
        db = self.db
        self.runner(lambda progress, cancelled: export_exit_assessment(db, rows, path),
                    on_done=lambda r: self.summary.setText(self.tr("已导出 {n} 个村到 {path}").format(n=r.rows, path=path)),
                    on_error=lambda exc: QMessageBox.warning(self, self.tr("导出"), error_text(exc)))


class _ExitFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = SHOW_ALL
        self.shortfall_ids: set[str] = set()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        a = self.sourceModel().row_at(source_row)
        if self.mode == SHOW_FAILING and a.meets:
            return False
        if self.mode == SHOW_SHORTFALL and a.village_id not in self.shortfall_ids:
            return False
        if self.mode == SHOW_POVERTY and not a.is_poverty_village:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
