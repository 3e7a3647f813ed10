"""A background job with a progress dialog and a cancel button (render a batch, send pages to a printer)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from fupin_desktop.gui.error_text import error_text as shown_error_text
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import QCoreApplication, QMessageBox, QProgressDialog, Qt, QWidget
from fupin_desktop.pdf.layout import PrintCancelled


def error_text(exc: BaseException) -> str:
    return shown_error_text(exc) or type(exc).__name__


def run_with_progress(parent: QWidget, title: str, label: str, work: Callable, on_done: Callable[[Any], None],
                      runner: Callable = run_in_background, on_cancelled: Optional[Callable[[], None]] = None,
                      on_error: Optional[Callable[[BaseException], None]] = None, delay_ms: int = 400):
    """Run ``work(progress, is_cancelled)`` off the GUI thread behind a modal progress dialog.

    The dialog appears only if the job takes longer than ``delay_ms``; 取消 cancels the job, which
    then ends with PrintCancelled (reported to ``on_cancelled``, not as an error). Other errors show
    a message box unless ``on_error`` is given. Returns the operation handle (None when inline).
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("PrintProgress", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("printProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    state: dict[str, Any] = {"op": None, "cancelled": False}

    def progressed(done: int, total: int) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)
        if total:
            dialog.setLabelText(QCoreApplication.translate("PrintProgress", "{label}（{done}/{total}）").format(
                label=label, done=done, total=total))

    def finish() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, PrintCancelled) or state["cancelled"]:
            if on_cancelled is not None:
                on_cancelled()
            return
        if on_error is not None:
            on_error(exc)
        else:
            QMessageBox.warning(parent, title, error_text(exc))

    def cancel() -> None:
        state["cancelled"] = True
        if state["op"] is not None:
            state["op"].cancel()

    dialog.canceled.connect(cancel)
    op = runner(work, on_done=done, on_error=failed, on_progress=progressed)
    state["op"] = op
    dialog.cancel_job = cancel  # for tests and for owners that close mid-job
    return op
