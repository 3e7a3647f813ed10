"""Unexpected errors in the GUI: log the traceback, tell the user in Chinese where the log is.

Never a silent exit: PySide6 hands exceptions raised in slots to ``sys.excepthook`` and carries
on, so the hook logs them and shows a message box; with no interactive window (``--screenshot``)
it prints one line on stderr instead.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from fupin_desktop.errors import UserFacingError
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.qt import QApplication, QMessageBox, QtMsgType, qInstallMessageHandler
from fupin_desktop.store.driver_errors import driver_message

log = logging.getLogger("fupin.gui.crash")
qt_log = logging.getLogger("qt")

_state = {"log_path": None, "interactive": True, "showing": False}


def unexpected_error_text(exc: BaseException, log_path: Path | None) -> str:
    where = (
        QApplication.translate("crash", "详细信息已写入日志文件：\n{path}").format(path=log_path)
        if log_path
        else QApplication.translate("crash", "未能写入日志文件。")
    )
    return QApplication.translate(
        "crash",
        "程序遇到意外错误：{error}\n\n{where}\n\n请把日志文件发给技术支持人员。已保存的数据不受影响。",
    ).format(error=driver_message(exc), where=where)


def report_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an exception and tell the user (dialog when interactive, one stderr line otherwise)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log_path = _state["log_path"]
    user_error = isinstance(exc, UserFacingError)
    if user_error:
        log.warning("user-facing error: %s", exc, exc_info=(exc_type, exc, tb))
        text = error_text(exc)
    else:
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        text = unexpected_error_text(exc, log_path)
    app = QApplication.instance()
    if not _state["interactive"] or app is None or _state["showing"]:
        where = f"；详情见日志 {log_path}" if log_path and not user_error else ""
        print(f"错误: {text.splitlines()[0]}{where} ({exc_type.__name__}: {exc})", file=sys.stderr)
        return
    _state["showing"] = True  # an error while the box is open must not stack more boxes
    try:
        box = QMessageBox(QMessageBox.Icon.Warning if user_error else QMessageBox.Icon.Critical,
                          QApplication.translate("crash", "扶贫帮扶 — 出错了"), text)
        if not user_error:
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()
    finally:
        _state["showing"] = False


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s", message)


def install_excepthook(log_path: Path | None, interactive: bool = True) -> None:
    """Route uncaught Python exceptions and Qt's own messages to the log (and the user)."""
    _state["log_path"] = log_path
    _state["interactive"] = interactive
    sys.excepthook = report_exception
    qInstallMessageHandler(_qt_message)
