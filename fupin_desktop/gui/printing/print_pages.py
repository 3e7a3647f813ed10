"""Send a rendered PDF to a QPrinter, page by page (runs in a worker thread).

Each page is rasterised by QtPdf at the printer's resolution (capped at 300 dpi, plenty for text
and for the QR code's modules) and painted onto the printer, fitted to the paper. The worker makes
its own QPdfDocument; the QPrinter comes from the GUI thread's print dialog and is used here only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from fupin_desktop.errors import UserFacingError
from fupin_desktop.gui.printing.qt_print import QPdfDocument, QPrinter
from fupin_desktop.gui.qt import QPainter, QRectF, QSize
from fupin_desktop.pdf.layout import PrintCancelled

MAX_DPI = 300


def print_pdf_pages(pdf_path: str | Path, printer: QPrinter, progress: Callable[[int, int], bool],
                    is_cancelled: Callable[[], bool]) -> int:
    """Print the pages the print dialog chose, in as many copies as asked; return pages sent."""
    document = QPdfDocument()
    document.load(str(pdf_path))
    if document.status() != QPdfDocument.Status.Ready:
        raise UserFacingError("无法读取要打印的文件", f"cannot read {pdf_path}: {document.error()}")
    try:
        count = document.pageCount()
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        pages = list(range(first - 1, last))
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        printer.setFullPage(True)  # the PDF carries its own margins
        painter = QPainter()
        if not painter.begin(printer):
            raise UserFacingError("无法开始打印，请检查打印机", "the printer could not be started")
        total = len(pages) * copies
        dpi = min(printer.resolution(), MAX_DPI)
        done = 0
        try:
            for _copy in range(copies):
                for page in pages:
                    if is_cancelled():
                        printer.abort()
                        raise PrintCancelled()
                    if done:
                        printer.newPage()
                    points = document.pagePointSize(page)
                    image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                        round(points.height() * dpi / 72)))
                    area = painter.viewport()
                    scale = min(area.width() / image.width(), area.height() / image.height())
                    w, h = image.width() * scale, image.height() * scale
                    painter.drawImage(QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2,
                                             w, h), image)
                    done += 1
                    progress(done, total)
        finally:
            painter.end()
        return done
    finally:
        document.close()
