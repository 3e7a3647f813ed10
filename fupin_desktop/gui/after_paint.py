"""Run something once a widget has been painted: work that may wait (loading the other parts'
modules, counting a county) starts after the first screen a person waits for is on it, instead of
holding Python while that screen is drawn. Qt only."""

from __future__ import annotations

from typing import Callable

from fupin_desktop.gui.qt import QEvent, QObject, QTimer, QWidget

FALLBACK_MS = 300  # a minimised or covered window may not paint: run anyway after this long


class _AfterPaint(QObject):
    """Watches ``widget``'s paints until it has run; a child of the widget, gone with it."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(FALLBACK_MS)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            self._timer.start(0)  # once this paint has been handed to the screen
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        callback()


def call_after_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """``callback()`` once, on the GUI thread, right after ``widget`` next paints (at once when the
    widget is not on screen: nothing is waiting to be seen)."""
    if not widget.isVisible():
        callback()
        return
    _AfterPaint(widget, callback)
