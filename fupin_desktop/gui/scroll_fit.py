"""A form that scrolls only when the screen is too small for it.

At 特大 (设置 › 文字大小) the tallest forms need more than the 728 px a 1366×768 laptop has above
its taskbar. :func:`scroll_when_needed` puts such a form's body into a frameless scroll area that
asks for the body's full size (so the window opens as large as before and shows no scroll bar when
there is room) but can shrink to a few lines: the window then fits the screen and the body scrolls.
"""

from __future__ import annotations

from fupin_desktop.gui import window_size
from fupin_desktop.gui.qt import QFrame, QLayout, QScrollArea, QSize, Qt, QWidget

LEAST_HEIGHT = 160  # what a scrolling body still shows
LEAST_WIDTH = 480
WINDOW_CHROME = 80  # a window's frame and its layout's margins around the scrolling body


class FitScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _room(self) -> QSize:
        frame = 2 * self.frameWidth()
        return QSize(self.verticalScrollBar().sizeHint().width() + frame, frame)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        return QSize(hint.width() + self._room().width(), hint.height() + self._room().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        least = body.minimumSizeHint()
        width = least.width() + self._room().width()
        # Sideways too, but only on a screen narrower than the body (e.g. the longer English labels
        # at 特大): the window fits the screen first.
        area = window_size.available_area(self)
        if area.isValid():
            width = min(width, max(area.width() - WINDOW_CHROME, LEAST_WIDTH))
        return QSize(width, min(least.height(), LEAST_HEIGHT))


def scroll_when_needed(body: QWidget) -> FitScrollArea:
    """Put ``body`` (a widget in its parent's layout) into a :class:`FitScrollArea` at the same place."""
    parent = body.parentWidget()
    layout = parent.layout()
    area = FitScrollArea(parent)
    area.setObjectName(f"{body.objectName()}Scroll")
    item = layout.replaceWidget(body, area)
    if item is None:
        raise ValueError(f"{body.objectName()!r} is not directly in its parent's layout")
    del item  # the layout's old entry; the widget itself moves into the scroll area
    if body.layout() is None:
        # A resizable scroll area asks a layout-less body (a QTabWidget) for its height at the
        # viewport's width only when its size policy says so; without it a word-wrapped label is
        # squeezed to the viewport's height instead of scrolled.
        policy = body.sizePolicy()
        policy.setHeightForWidth(True)
        body.setSizePolicy(policy)
    area.setWidget(body)
    return area


def scroll_layout_when_needed(outer: QLayout, inner: QLayout, name: str) -> FitScrollArea:
    """The same for a layout (``inner``, an item of ``outer``): its widgets move into a new body widget."""
    index = outer.indexOf(inner)
    if index < 0:
        raise ValueError(f"{inner.objectName()!r} is not an item of {outer.objectName()!r}")
    stretch = outer.stretch(index) if hasattr(outer, "stretch") else 0
    outer.removeItem(inner)
    inner.setParent(None)
    parent = outer.parentWidget()
    body = QWidget(parent)
    body.setObjectName(name)
    body.setLayout(inner)  # moves inner's widgets into the body
    inner.setContentsMargins(0, 0, 0, 0)
    outer.insertWidget(index, body, stretch)
    return scroll_when_needed(body)
