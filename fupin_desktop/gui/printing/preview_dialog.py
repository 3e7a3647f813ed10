"""Print preview: the rendered PDF in a QPdfView, then 打印… (system print dialog) or 保存为PDF….

The preview itself records nothing. Sending to a printer or saving writes the audit event and
moves confirmed plans to 已打印 (services.printing.render.record_output), off the GUI thread. The dialog
owns the temporary preview file and removes it when closed.
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path
from typing import Callable, Optional

from fupin_desktop.gui.file_dialogs import get_save_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.printing.progress import error_text, run_with_progress
from fupin_desktop.gui.printing.qt_print import QPdfDocument, QPdfView, QPrintDialog, QPrinter
from fupin_desktop.gui.qt import (
    QCoreApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPageLayout,
    QPageSize,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.text_sizes import scaled_font
from fupin_desktop.gui.window_size import resize_to_fit
from fupin_desktop.services.printing.render import PrintJob, record_output

log = logging.getLogger(__name__)


def default_printer(parent: QWidget) -> Optional[QPrinter]:
    """A4 portrait printer chosen in the system print dialog (None when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def default_save_path(parent: QWidget, suggested: str) -> Optional[str]:
    path, _ = get_save_file_name(parent, QCoreApplication.translate("PrintPreviewDialog", "保存为PDF"),
                                 suggested,
                                 QCoreApplication.translate("PrintPreviewDialog", "PDF 文件 (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def file_name_for(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_") + ".pdf"


class PrintPreviewDialog(QDialog):
    """Shows ``job.path``; ``output_recorded(output)`` after a print or save has been recorded."""

    output_recorded = Signal(str)  # "printer" | "pdf"

    def __init__(self, job: PrintJob, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None,
                 choose_printer: Callable = default_printer, choose_save_path: Callable = default_save_path,
                 temp_dir: Optional[Path] = None):
        super().__init__(parent)
        self.job = job
        self.db = db
        self.runner = runner
        self.choose_printer = choose_printer
        self.choose_save_path = choose_save_path
        self.temp_dir = temp_dir
        self.busy = False
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=job.title))
        resize_to_fit(self, 900, 1000)

        self.document = QPdfDocument(self)
        self.document.load(str(job.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.title_label = QLabel(job.title, self)
        self.title_label.setObjectName("previewTitle")
        scaled_font(self.title_label, 1.2)  # follows 文字大小
        info = self.tr("共 {pages} 页，{households} 户").format(pages=job.pages, households=job.households)
        self.info_label = QLabel(info, self)
        self.info_label.setObjectName("previewInfo")
        self.skipped_label = QLabel(self)
        self.skipped_label.setObjectName("previewSkipped")
        self.skipped_label.setWordWrap(True)
        if job.skipped:
            shown = "；".join(job.skipped[:8]) + ("……" if len(job.skipped) > 8 else "")
            if job.kind == "notice":
                text = self.tr("未列入公示 {n} 户（没有该年度计划或计划未确认）：{names}")
            else:
                text = self.tr("未打印 {n} 户（没有该年度计划或计划未确认）：{names}")
            self.skipped_label.setText(text.format(n=len(job.skipped), names=shown))
            self.skipped_label.setStyleSheet("color: #B03A2E")
        else:
            self.skipped_label.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("previewStatus")

        self.print_button = QPushButton(self.tr("打印(&P)…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("保存为PDF(&S)…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_pdf)
        self.fit_page_button = QPushButton(self.tr("整页"), self)
        self.fit_page_button.setCheckable(True)
        self.fit_page_button.toggled.connect(self._fit_toggled)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.clicked.connect(self.reject)

        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.info_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fit_page_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # --- actions ----------------------------------------------------------------------------
    def _fit_toggled(self, whole_page: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView if whole_page else QPdfView.ZoomMode.FitToWidth)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for button in (self.print_button, self.save_button, self.close_button):
            button.setEnabled(not busy)
        self.status_label.setText(text)

    def print_document(self) -> None:
        from fupin_desktop.gui.printing.print_pages import print_pdf_pages

        printer = self.choose_printer(self)
        if printer is None:
            return
        job, db, path = self.job, self.db, self.job.path

        def work(progress, is_cancelled):
            pages = print_pdf_pages(path, printer, progress, is_cancelled)
            record_output(db, job, "printer")
            return pages

        self._set_busy(True, self.tr("正在发送到打印机……"))
        self._printer = printer  # alive until the job ends
        run_with_progress(self, self.tr("打印"), self.tr("正在发送到打印机"), work, runner=self.runner,
                          on_done=lambda pages: self._recorded("printer", self.tr("已发送 {n} 页到打印机").format(n=pages)),
                          on_cancelled=lambda: self._set_busy(False, self.tr("已取消打印")),
                          on_error=self._failed)

    def save_pdf(self) -> None:
        target = self.choose_save_path(self, file_name_for(self.job.title))
        if not target:
            return
        job, db = self.job, self.db
        self._set_busy(True, self.tr("正在保存……"))
        self.runner(lambda progress, is_cancelled: record_output(db, job, "pdf", destination=target),
                    on_done=lambda _moved: self._recorded("pdf", self.tr("已保存到 {path}").format(path=target)),
                    on_error=self._failed)

    def _recorded(self, output: str, text: str) -> None:
        self._set_busy(False, text)
        self.output_recorded.emit(output)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False, self.tr("失败"))
        QMessageBox.warning(self, self.windowTitle(), error_text(exc))

    # --- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:  # a print or save is still running: it must finish (or be cancelled) first
            return
        super().reject()

    def done(self, result: int) -> None:
        self.view.setDocument(None)
        self.document.close()
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)
            self.temp_dir = None
        super().done(result)
