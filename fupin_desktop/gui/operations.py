"""Slow work off the GUI thread: one generic helper for every long job (import, export, print, sync).

The work is a plain callable ``work(progress, is_cancelled)`` from the Qt-free core:
``progress(done, total)`` reports and returns False once cancelled (the same protocol as the core's
progress callbacks), ``is_cancelled()`` can be polled. It runs in a ``QThreadPool``; its result or
its exception comes back on the GUI thread through queued signals, so callbacks may touch widgets.
Workers never touch widgets themselves.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Optional

from fupin_desktop.gui.qt import QApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], bool]
Work = Callable[[ProgressFn, Callable[[], bool]], Any]

_running: set["Operation"] = set()  # keeps handles alive until their result has been delivered
_writer_pool: Optional[QThreadPool] = None  # one thread: database writes run one after another, in order
# Shows a failed job that has no on_error of its own (the main window puts it in the status bar).
_failure_reporter: Optional[Callable[[BaseException], None]] = None


def set_failure_reporter(reporter: Optional[Callable[[BaseException], None]]) -> None:
    global _failure_reporter
    _failure_reporter = reporter


def writer_pool() -> QThreadPool:
    """The single thread every background database write runs on (like Anki's CollectionOp):
    writes never wait for each other's locks, and they happen in the order they were asked for."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
        _writer_pool.setObjectName("databaseWriter")
    return _writer_pool


def running_jobs() -> int:
    return len(_running)


def finish_all_jobs(timeout_ms: int = 30_000) -> bool:
    """Cancel every running job and wait for them (before the database closes). True when all ended."""
    for op in list(_running):
        op.cancel()
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _writer_pool is not None:
        done = _writer_pool.waitForDone(timeout_ms) and done
    return done


class Operation(QObject):
    """Handle of one background job. Lives on the GUI thread; its signals arrive there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: Optional[BaseException] = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, work: Work, op: Operation):
        super().__init__()
        self.work = work
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: emit only, never touch widgets
        op = self.op

        def progress(done: int, total: int) -> bool:
            op.progressed.emit(int(done), int(total))
            return not op.is_cancelled()

        try:
            result = self.work(progress, op.is_cancelled)
        except BaseException as exc:  # delivered to the GUI thread, logged there too
            op.failed.emit(exc)
        else:
            op.succeeded.emit(result)


def run_in_background(
    work: Work,
    on_done: Optional[Callable[[Any], None]] = None,
    on_error: Optional[Callable[[BaseException], None]] = None,
    on_progress: Optional[Callable[[int, int], None]] = None,
    pool: Optional[QThreadPool] = None,
) -> Operation:
    """Start ``work`` in ``pool`` (default: the global pool) and return its handle.

    ``on_done(result)`` / ``on_error(exc)`` / ``on_progress(done, total)`` run on the GUI thread.
    Writes to the database belong in :func:`run_write` instead.
    """
    op = Operation()

    def _succeeded(result: Any) -> None:
        op.done, op.result = True, result
        if on_done is not None:
            on_done(result)

    def _failed(exc: BaseException) -> None:
        op.done, op.error = True, exc
        log.warning("background operation failed: %r", exc, exc_info=exc)
        if on_error is not None:
            on_error(exc)
        elif _failure_reporter is not None:  # never silent: the person sees that it failed
            _failure_reporter(exc)

    def _finish() -> None:
        op.finished.emit()
        _running.discard(op)

    op.succeeded.connect(_succeeded)
    op.failed.connect(_failed)
    op.succeeded.connect(_finish)
    op.failed.connect(_finish)
    if on_progress is not None:
        op.progressed.connect(on_progress)
    _running.add(op)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, op))
    return op


def run_inline(
    work: Work,
    on_done: Optional[Callable[[Any], None]] = None,
    on_error: Optional[Callable[[BaseException], None]] = None,
    on_progress: Optional[Callable[[int, int], None]] = None,
    pool: Optional[QThreadPool] = None,
) -> None:
    """Same signature as :func:`run_in_background`, run synchronously (tests, tiny jobs)."""
    def progress(done: int, total: int) -> bool:
        if on_progress is not None:
            on_progress(done, total)
        return True

    try:
        result = work(progress, lambda: False)
    except Exception as exc:
        if on_error is None:
            raise
        on_error(exc)
    else:
        if on_done is not None:
            on_done(result)


def run_write(work: Work, *args, pool: Optional[QThreadPool] = None, **kwargs) -> Operation:
    """A database write off the GUI thread, on the one writer thread (otherwise the same as
    :func:`run_in_background`, so tests can pass :func:`run_inline` instead)."""
    return run_in_background(work, *args, pool=pool or writer_pool(), **kwargs)


def writer_for(runner: Callable) -> Callable:
    """The write runner that goes with ``runner``: the one writer thread for the real background
    runner, the same runner otherwise (tests pass :func:`run_inline` for both)."""
    return run_write if runner is run_in_background else runner


def write_and_wait(work: Callable[[], Any]) -> Any:
    """A short database write from a form (save, delete, a setting), run on the one writer thread
    while the window keeps painting; user input waits until it is done. Returns the write's result
    or raises its exception here, on the GUI thread, as a direct call would."""
    outcome: dict = {}
    op = run_write(lambda progress, cancelled: work(), on_done=lambda r: outcome.setdefault("result", r),
                   on_error=lambda exc: outcome.setdefault("error", exc))
    if not op.done:
        loop = QEventLoop()
        op.finished.connect(loop.quit)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            QApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
