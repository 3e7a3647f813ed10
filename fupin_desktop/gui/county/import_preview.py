"""花名册导入预览: what would be imported, every rejected row with all its errors, then import.

Nothing is written until the user presses 导入; when rows are rejected or values wait for a
decision the import is refused unless the user ticks “只导入无误且无需决定的户”. Values in no code
list are decided once each in the 待决定的值 tab (gui.county.value_decisions), remembered with the
column mapping, and the roster is checked again. What was skipped (totals rows, hidden rows and
sheets, formulas without a result) is listed. Rejected rows can be exported to .xlsx for fixing.
Reading and writing run off the GUI thread with a progress bar.
"""

from __future__ import annotations

from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import RIGHT, SORT_ROLE, ColumnSpec, RowTableModel, enable_sorting
from fupin_desktop.gui.county.value_decisions import ValueDecisionsPanel
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_save_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSortFilterProxyModel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ImportPreviewDialog(QDialog):
    previewed = Signal()
    imported = Signal(object)  # ImportResult

    def __init__(self, db, path, saved_mapping: Optional[dict[str, str]] = None,
                 runner: Callable = run_in_background, parent: Optional[QWidget] = None,
                 value_decisions: Optional[dict] = None, remember: bool = True):
        from fupin_desktop.services.excel.roster_formats import remembered_value_decisions

        super().__init__(parent)
        self.db = db
        self.path = path
        self.saved_mapping = saved_mapping
        self.remember = remember
        # The decisions made before (remembered with the column mapping) apply at once.
        self.value_decisions = dict(value_decisions if value_decisions is not None
                                    else remembered_value_decisions() if remember else {})
        self.runner = runner
        self.preview = None
        self.result = None
        self.operation = None
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("导入花名册 — {name}").format(name=getattr(path, "name", str(path))))
        self.resize(900, 620)
        self.summary = QLabel(self.tr("正在读取并检查……"))
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.tabs = QTabWidget()
        self.rejected_model = RowTableModel([
            ColumnSpec(self.tr("工作表"), lambda p: p.sheet),
            ColumnSpec(self.tr("行号"), lambda p: p.row, RIGHT),
            ColumnSpec(self.tr("错误"), lambda p: "；".join(p.errors), tooltip=lambda p: "\n".join(p.errors)),
        ], parent=self)
        self.warning_model = RowTableModel([
            ColumnSpec(self.tr("工作表"), lambda p: p.sheet),
            ColumnSpec(self.tr("行号"), lambda p: p.row, RIGHT),
            ColumnSpec(self.tr("提示"), lambda p: "；".join(p.warnings)),
        ], parent=self)
        self.rejected_table = self._table(self.rejected_model, "rejectedTable")
        self.warning_table = self._table(self.warning_model, "warningTable")
        self.areas = QListWidget()
        self.areas.setObjectName("newAreas")
        self.tabs.addTab(self.rejected_table, self.tr("未通过的行"))
        self.tabs.addTab(self.warning_table, self.tr("提示"))
        self.tabs.addTab(self.areas, self.tr("将新建的乡镇和村"))
        self.decisions = ValueDecisionsPanel()
        self.decisions.applied.connect(self.apply_decisions)
        self.tabs.addTab(self.decisions, self.tr("待决定的值"))
        self.skipped = QListWidget()
        self.skipped.setObjectName("skippedList")
        self.tabs.addTab(self.skipped, self.tr("跳过的内容"))
        self.accept_valid = QCheckBox(self.tr("只导入无误且无需决定的户（跳过未通过或待决定的行及其同户成员）"))
        self.accept_valid.setObjectName("acceptValid")
        self.accept_valid.setEnabled(False)
        self.accept_valid.toggled.connect(self._update_buttons)
        self.export_button = QPushButton(self.tr("导出未通过的行…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_rejected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_valid, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.start_preview()

    def _table(self, model, name: str) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView()
        table.setObjectName(name)
        table.setModel(proxy)
        enable_sorting(table)
        table.setWordWrap(True)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- preview --------------------------------------------------------------------------
    def start_preview(self) -> None:
        from fupin_desktop.services.excel.roster_import import preview_roster

        db, path, saved, decisions = self.db, self.path, self.saved_mapping, dict(self.value_decisions)
        self.operation = self.runner(
            lambda progress, cancelled: preview_roster(db, path, saved_mapping=saved, progress=progress,
                                                       value_decisions=decisions),
            on_done=self._previewed, on_error=self._failed,
            on_progress=lambda done, _t: self.summary.setText(self.tr("已读取 {n} 行……").format(n=done)))

    def _previewed(self, preview) -> None:
        self.preview = preview
        self.progress.hide()
        self.rejected_model.set_rows(preview.rejected)
        # A column every household needs and no column feeds: first among the 提示, counted with them.
        from fupin_desktop.services.excel.roster_import import RowProblem

        missing = [RowProblem(m.sheet, m.header_row or 0, [], [self._missing_text(m)])
                   for m in preview.missing_columns]
        self.warning_model.set_rows(missing + list(preview.warnings))
        self.rejected_table.resizeRowsToContents()
        self.warning_table.resizeRowsToContents()  # a missing column's message is long: show it whole
        self.areas.clear()
        level = {"county": self.tr("县"), "township": self.tr("乡镇"), "village": self.tr("村")}
        for area in preview.new_areas:
            note = self.tr("（临时代码，导入后可改为正式代码）") if area.provisional else ""
            self.areas.addItem(f"{level[area.level]}  {area.name}  {area.code}{note}")
        self.tabs.setTabText(0, self.tr("未通过的行（{n}）").format(n=len(preview.rejected)))
        self.tabs.setTabText(1, self.tr("提示（{n}）").format(n=len(missing) + len(preview.warnings)))
        self.tabs.setTabText(2, self.tr("将新建的乡镇和村（{n}）").format(n=len(preview.new_areas)))
        self.decisions.set_decisions(preview.decisions_needed)
        self.tabs.setTabText(3, self.tr("待决定的值（{n}）").format(n=len(preview.decisions_needed)))
        self.skipped.clear()
        for item in preview.skipped:
            self.skipped.addItem(item.describe())
        self.tabs.setTabText(4, self.tr("跳过的内容（{n}）").format(n=len(preview.skipped)))
        sheets = "；".join(self.tr("“{name}”表头在第 {row} 行，{rows} 行数据").format(
            name=s.name, row=s.header_row, rows=s.data_rows) for s in preview.sheets if s.mapping)
        if missing:  # not "可导入": nothing can be imported until the column is there
            text = self.tr("通过检查 {households} 户 {members} 人；未通过 {rejected} 行。").format(
                households=len(preview.households), members=preview.members, rejected=len(preview.rejected))
        else:
            text = self.tr("可导入 {households} 户 {members} 人；未通过 {rejected} 行。").format(
                households=len(preview.households), members=preview.members, rejected=len(preview.rejected))
        if preview.decisions_needed:
            text += self.tr("{n} 个值不在代码表中，需要决定（{rows} 行暂不导入）。").format(
                n=len(preview.decisions_needed), rows=len(preview.held))
        if preview.rejected or preview.decisions_needed:
            text += self.tr("有未通过的行或待决定的值时，默认不导入任何数据。")
        if missing:
            labels = "、".join(self.tr("“{label}”").format(label=m.label) for m in preview.missing_columns)
            text = self.tr("表格中没有{labels}列，每户都必须有，不能导入（未写入任何数据）。"
                           "请重新导入花名册，在“列对应”中把相应的列对应到{labels}，"
                           "或在表格中加上这些列。").format(labels=labels) + "\n" + text
        if preview.skipped:
            text += self.tr("跳过 {n} 处不是人员或看不见的内容。").format(n=len(preview.skipped))
        self.summary.setText(text + "\n" + sheets)
        self.accept_valid.setEnabled(bool(preview.rejected or preview.decisions_needed) and bool(preview.households)
                                     and not missing)
        self.export_button.setEnabled(bool(preview.rejected))
        if missing:
            self.tabs.setCurrentIndex(1)
        elif preview.decisions_needed:
            self.tabs.setCurrentIndex(3)
        elif not preview.rejected and preview.warnings:
            self.tabs.setCurrentIndex(1)
        self._update_buttons()
        self.previewed.emit()

    def _missing_text(self, m) -> str:
        others = "、".join(a for a in m.aliases if a != m.label)[:40]
        text = self.tr("缺少“{label}”列：每户都必须有{label}，表格中没有这一列，也没有列对应到它。").format(label=m.label)
        if others:
            text += self.tr("（也认“{names}”等列名）").format(names=others)
        return text + self.tr("有这一列才能导入：请重新导入花名册，在“列对应”中指定，或在表格中加上这一列。")

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        message = error_text(exc)
        self.summary.setText(self.tr("失败：{error}").format(error=message))
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.preview
        ok = p is not None and bool(p.households) and not p.missing_columns and (
            not (p.rejected or p.decisions_needed) or self.accept_valid.isChecked())
        ready = ok and self.result is None
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        # Enter imports once the roster passes. After 应用决定并重新检查 the focus had fallen on 取消
        # (the button clicked is disabled while checking), so Enter cancelled instead.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ready and QApplication.focusWidget() in (None, cancel):
            self.import_button.setFocus()

    def apply_decisions(self, choices: dict) -> None:
        """The clerk's decisions: remembered with the column mapping, then the roster is checked again."""
        from fupin_desktop.services.excel.roster_formats import merge_decisions, remember_mapping

        self.value_decisions = merge_decisions(self.value_decisions, choices)
        if self.remember:
            remember_mapping(dict(self.saved_mapping or {}), choices)
        self.preview = None
        self.accept_valid.setChecked(False)
        self._update_buttons()
        self.progress.show()
        self.summary.setText(self.tr("正在按决定重新检查……"))
        self.start_preview()

    # --- actions --------------------------------------------------------------------------
    def run_import(self) -> None:
        from fupin_desktop.services.excel.roster_import import import_roster

        db, preview, accept = self.db, self.preview, self.accept_valid.isChecked()
        self.import_button.setEnabled(False)
        self.progress.show()
        self.summary.setText(self.tr("正在写入数据库……"))
        self.runner(lambda progress, cancelled: import_roster(db, preview, accept_valid=accept),
                    on_done=self._imported, on_error=self._import_failed)

    def _imported(self, result) -> None:
        self.result = result
        self.progress.hide()
        self.summary.setText(self.tr("已导入 {households} 户 {members} 人，新建 {townships} 个乡镇、{villages} 个村。").format(
            households=result.households, members=result.members, townships=result.townships,
            villages=result.villages))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        QMessageBox.warning(self, self.windowTitle(), error_text(exc))
        self._update_buttons()

    def export_rejected(self) -> None:
        from fupin_desktop.services.excel.roster_formats import export_rejected

        if self.preview is None:
            return
        path, _ = get_save_file_name(self, self.tr("导出未通过的行"), self.tr("未通过的行.xlsx"),
                                     self.tr("Excel 文件 (*.xlsx)"))
        if path:
            preview = self.preview
            self.runner(lambda p, c: export_rejected(preview, path),
                        on_done=lambda n: self.summary.setText(self.tr("已导出 {n} 行到 {path}，改正后可重新导入。").format(
                            n=n, path=path)),
                        on_error=self._import_failed)

    def reject(self) -> None:
        """取消/关闭, Esc and the window's close button alike: stop the reading; after an import, 关闭 accepts."""
        if self.operation is not None and hasattr(self.operation, "cancel"):
            self.operation.cancel()
        if self.result is not None:
            self.accept()
            return
        super().reject()
