"""导入同步包: pick the file, see the dry run (what would change), then import, with progress/cancel.

Nothing changes until 导入 is pressed; the import backs the database up first and applies the
package in one transaction. A package imported before is recognised and reported with its date.
On a first enrolment the county's fingerprint is shown to compare in person before importing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import RIGHT, ColumnSpec, RowTableModel
from fupin_desktop.gui.error_text import error_text, logged_error_text
from fupin_desktop.gui.file_dialogs import get_open_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.sync.common import ProgressRow, removable_drives, when_text
from fupin_desktop.services.sync import facade as sync_service
from fupin_desktop.sync.conflicts import table_label


def packages_on_drives(drives=None) -> list[Path]:
    found = []
    for drive in (drives or removable_drives)():
        try:
            found += sorted(drive.path.glob("*.fpkg")) + sorted(drive.path.glob("*/*.fpkg"))
        except OSError:
            continue
    return found


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, db, runner: Callable = run_in_background, drives=None, path: Optional[Path] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.operation = None
        self.preview = None
        self.report = None
        self.setObjectName("syncImportDialog")
        self.setWindowTitle(self.tr("导入同步包"))
        self.resize(760, 560)

        self.found = QListWidget()
        self.found.setObjectName("foundPackages")
        self.found.setMaximumHeight(90)
        self.found.currentTextChanged.connect(lambda text: text and self.set_path(Path(text)))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("packagePath")
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("选择文件…"))
        browse.setObjectName("browsePackage")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.summary = QLabel(self.tr("请选择同步包（.fpkg）。"))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("countyFingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setStyleSheet("font-weight: bold; color: #e65100;")
        self.fingerprint.hide()
        self.model = RowTableModel([
            ColumnSpec(self.tr("数据"), lambda r: r[0], tooltip=lambda r: r[0]),
            ColumnSpec(self.tr("新增"), lambda r: r[1].new, RIGHT),
            ColumnSpec(self.tr("修改"), lambda r: r[1].changed, RIGHT),
            ColumnSpec(self.tr("未变"), lambda r: r[1].unchanged, RIGHT),
            ColumnSpec(self.tr("删除"), lambda r: r[1].deleted, RIGHT),
        ], parent=self)
        self.table = QTableView()
        self.table.setObjectName("countsTable")
        self.table.setModel(self.model)
        # The label column takes the room (eliding, with a tooltip); the numbers fit their headers. A
        # stretched last column (删除) left the others squeezed at 文字大小 特大.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # What the package changes, in words: which record, which field, old → new. Long lines (a
        # conflict) wrap rather than scroll sideways; each says it all in its tooltip too.
        self.changes = QListWidget()
        self.changes.setObjectName("changesList")
        self.changes.setAlternatingRowColors(True)
        self.changes.setWordWrap(True)
        self.changes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = ProgressRow(self)
        self.progress.cancel_requested.connect(self.cancel)
        self.write_receipt = QCheckBox(self.tr("导入后把回执写回同步包所在的U盘（只含条数，不含个人信息）"))
        self.write_receipt.setObjectName("writeReceipt")
        self.write_receipt.setChecked(True)
        self.write_receipt.setVisible(sync_service.keys_overview(db).is_county)
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(self.tr("预览"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("previewButton")
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        close = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.start_import)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("U盘上的同步包：")))
        layout.addWidget(self.found)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.write_receipt)
        layout.addWidget(self.buttons)
        for found in packages_on_drives(drives):
            self.found.addItem(str(found))
        if path is not None:
            self.set_path(Path(path))
        self._update_buttons()

    def browse(self) -> None:
        path, _ = get_open_file_name(self, self.tr("选择同步包"), "", self.tr("同步包 (*.fpkg)"))
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.path_edit.setToolTip(str(path))  # a long path shows only its end at 特大
        self.preview = self.report = None
        self.model.set_rows([])
        self.changes.clear()
        self.fingerprint.hide()
        self.summary.setText(self.tr("点“预览”查看此包将改动哪些数据（预览不改动任何数据）。"))
        self.summary.setStyleSheet("")
        self._update_buttons()

    def path(self) -> Optional[Path]:
        return Path(self.path_edit.text()) if self.path_edit.text() else None

    def _update_buttons(self) -> None:
        idle = self.operation is None
        self.preview_button.setEnabled(idle and self.path() is not None and self.report is None)
        ready = self.preview is not None and self.preview.status == "dry_run" and self.report is None
        self.import_button.setEnabled(idle and ready)

    def _run(self, dry_run: bool, text: str) -> None:
        path, db = self.path(), self.db
        self.progress.start(text)

        def work(progress, cancelled):
            return sync_service.import_file(db, path, dry_run=dry_run, progress=progress)

        self.operation = self.runner(work, on_done=self._done, on_error=self._failed,
                                     on_progress=self.progress.set_progress)
        self._update_buttons()

    def start_preview(self) -> None:
        self._run(True, self.tr("正在检查和预览……"))

    def start_import(self) -> None:
        self._run(False, self.tr("正在备份并导入……"))

    def cancel(self) -> None:
        if self.operation is not None and hasattr(self.operation, "cancel"):
            self.operation.cancel()

    def _counts_text(self, r) -> str:
        return self.tr("新增 {new}，修改 {changed}，未变 {unchanged}，删除 {deleted}，冲突 {conflicts}，"
                       "疑似重复 {duplicates}").format(new=r.new, changed=r.changed, unchanged=r.unchanged,
                                                    deleted=r.deleted, conflicts=r.conflicts,
                                                    duplicates=r.duplicates)

    def _done(self, report) -> None:
        self.operation = None
        self.progress.stop()
        self.model.set_rows([(table_label(name), counts) for name, counts in report.per_table.items()])
        self.changes.clear()
        for line in report.changes:
            item = QListWidgetItem(line.text)
            item.setToolTip(line.text)
            self.changes.addItem(item)
        if report.changes_more:
            self.changes.addItem(self.tr("……另有 {n} 处改动未列出").format(n=report.changes_more))
        sender = self.tr("来自 {who}（{when} 导出，共 {n} 条记录）").format(
            who=report.sender_label, when=when_text(report.created_at), n=report.records)
        if report.status == "already_imported":
            self.preview = self.report = report
            self.summary.setText(self.tr("此同步包已于 {at} 导入过，本次未做任何改动。").format(
                at=when_text(report.imported_at)) + "\n" + sender)
            self.summary.setStyleSheet("color: #1b5e20;")
        elif report.status == "dry_run":
            self.preview = report
            self.summary.setText(self.tr("预览（尚未改动数据）：") + sender + "\n" + self._counts_text(report))
        else:
            self.report = report
            text = self.tr("已导入：") + sender + "\n" + self._counts_text(report)
            if report.backup_path:
                text += "\n" + self.tr("导入前已自动备份：{path}").format(path=report.backup_path)
            if report.conflicts:
                text += "\n" + self.tr("有冲突：已暂按时间较晚的一方处理，另一方的值已保留，请在“冲突处理”中确认。")
            if self.write_receipt.isVisibleTo(self) and self.write_receipt.isChecked():
                try:
                    receipt = sync_service.write_receipt(self.db, report, self.path().parent)
                    text += "\n" + self.tr("回执已写入 {path}").format(path=receipt)
                except Exception as exc:  # the import stands; only the receipt failed
                    text += "\n" + self.tr("回执未能写入：{error}").format(
                        error=logged_error_text(exc, "writing a receipt"))
            self.summary.setText(text)
            self.summary.setStyleSheet("color: #1b5e20;")
            self.imported.emit(report)
        if report.first_contact:
            self.fingerprint.setText(self.tr(
                "第一次加入县级：县级密钥指纹 {fp}。请与县里电脑屏幕上显示的指纹当面核对，一致才导入。").format(
                fp=report.sender_fingerprint))
            self.fingerprint.show()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.stop()
        self.summary.setText(self.tr("未导入，数据未改动：{error}").format(error=error_text(exc)))
        self.summary.setStyleSheet("color: #b71c1c;")
        self.preview = None
        self._update_buttons()
