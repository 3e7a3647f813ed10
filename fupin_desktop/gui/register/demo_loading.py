"""载入演示数据 from the GUI: the demo generator off the GUI thread, with a cancellable progress dialog."""

from __future__ import annotations

from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import QCoreApplication, QMessageBox, QProgressDialog, Qt, QWidget


def load_demo(parent: Optional[QWidget], db, households: int, on_done: Callable[[object], None],
              runner: Callable = run_in_background, seed: int = 1):
    """Generate ``households`` demo households; ``on_done(summary)`` runs on the GUI thread.

    A database that holds households already is asked about first (default 否): demo households look
    real and would mix with the real ones, and nothing tells them apart afterwards. None when declined."""
    from fupin_desktop.services.register.stats import database_stats
    from fupin_desktop.services.setup.demo import DemoCancelled, generate_demo

    existing = database_stats(db).households
    if existing and QMessageBox.question(
            parent, QCoreApplication.translate("DemoLoading", "载入演示数据"),
            QCoreApplication.translate(
                "DemoLoading", "数据库中已有 %n 户农户。演示数据是虚构的农户，载入后会和这些农户混在一起，"
                "以后无法分开。\n\n只想熟悉软件时，请另建一个数据库再载入。确定要载入吗？",
                "", existing),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return None
    dialog = QProgressDialog(QCoreApplication.translate("DemoLoading", "正在生成演示数据（{n} 户）……").format(n=households),
                             QCoreApplication.translate("DemoLoading", "取消"), 0, 100, parent)
    dialog.setObjectName("demoProgress")
    dialog.setWindowTitle(QCoreApplication.translate("DemoLoading", "载入演示数据"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)

    def progress(done: int, total: int) -> None:
        if total:
            dialog.setValue(min(99, int(done * 100 / total)))

    def finished(summary) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(summary)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        if isinstance(exc, DemoCancelled):
            return
        QMessageBox.warning(parent, QCoreApplication.translate("DemoLoading", "载入演示数据"),
                            QCoreApplication.translate("DemoLoading", "未能生成演示数据：{error}").format(error=error_text(exc)))

    operation = runner(lambda report, cancelled: generate_demo(db, households=households, seed=seed, progress=report),
                       on_done=finished, on_error=failed, on_progress=progress)
    if operation is not None:
        dialog.canceled.connect(operation.cancel)
    return operation
