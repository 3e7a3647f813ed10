"""Windows that fit the screen they open on.

Village laptops are often 1366×768 (about 728 px high above the taskbar): a dialog asked to be
1000 px high would put its buttons off screen. :func:`install_screen_fit` makes that true for every
top-level window and dialog at once (an application event filter fits each one as it is shown), so
no form, ``.ui`` file or message box has to remember it; :func:`resize_to_fit` is the same rule for
an explicit initial size.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import (
    QEvent,
    QFileDialog,
    QGuiApplication,
    QHeaderView,
    QMargins,
    QMenu,
    QObject,
    QRect,
    Qt,
    QTimer,
    QTreeView,
    QWidget,
)

SCREEN_SHARE = 0.95
# The window manager's frame is unknown until the window is decorated; reserve a typical one.
ASSUMED_FRAME = QMargins(8, 32, 8, 8)
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def available_area(widget) -> QRect:
    """The part of the widget's screen that windows may use (without the taskbar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def frame_margins(widget) -> QMargins:
    """The frame around the widget's client area: the real one once known, else a typical one."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                       frame.right() - inner.right(), frame.bottom() - inner.bottom())
    return margins if margins.top() > 0 else ASSUMED_FRAME


def resize_to_fit(widget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, shrunk to the available area of its screen."""
    area = available_area(widget)
    if area.isValid():
        width = min(width, int(area.width() * SCREEN_SHARE))
        height = min(height, int(area.height() * SCREEN_SHARE))
    widget.resize(width, height)


def fit_on_screen(widget) -> None:
    """Shrink a top-level window whose frame is larger than the available area, then move it inside."""
    area = available_area(widget)
    if not area.isValid():
        return
    m = frame_margins(widget)
    room_w = area.width() - m.left() - m.right()
    room_h = area.height() - m.top() - m.bottom()
    if widget.isMaximized() or widget.isFullScreen():
        return
    if widget.width() > room_w or widget.height() > room_h:
        widget.resize(min(widget.width(), room_w), min(widget.height(), room_h))
    pos = widget.pos()  # the frame's top-left
    x = min(max(pos.x(), area.left()), area.right() + 1 - (widget.width() + m.left() + m.right()))
    y = min(max(pos.y(), area.top()), area.bottom() + 1 - (widget.height() + m.top() + m.bottom()))
    x, y = max(x, area.left()), max(y, area.top())
    if (x, y) != (pos.x(), pos.y()):
        widget.move(x, y)


def widen_menu(menu: QMenu) -> None:
    """Give a menu one line height more than Qt asks for. Qt 6's Fusion style sizes a menu for its
    longest item but, from 12 pt up (文字大小 大 and 特大), draws that item in a slightly narrower
    space and elides it: 疑似重复人员 showed as 疑似重复…. The margin grows with the text, as the
    shortfall does."""
    menu.setMinimumWidth(menu.sizeHint().width() + menu.fontMetrics().height())


# Qt's own file dialog opens at a size and with column widths meant for 9-point text: at 特大 the names of
# two sync packages (…-上报-… and …-下发-…) were cut to the same "fupin-石桥村…7761.fpkg".
FILE_DIALOG_LINES = (48, 26)  # width and height in text lines


def widen_file_dialog(dialog: QFileDialog) -> None:
    """Size Qt's file dialog for the text size in use and let the name column take the room."""
    line = dialog.fontMetrics().height()
    width, height = FILE_DIALOG_LINES[0] * line, FILE_DIALOG_LINES[1] * line
    if dialog.width() < width or dialog.height() < height:
        resize_to_fit(dialog, max(dialog.width(), width), max(dialog.height(), height))
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)  # a name too long still shows 上报/下发


class _ScreenFit(QObject):
    """Fits every top-level window and dialog as it is shown (before it reaches the screen), and
    widens every menu as it opens so that no item is cut."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and not event.spontaneous() and isinstance(obj, QWidget):
            if isinstance(obj, QMenu):
                widen_menu(obj)
            elif obj.isWindow() and obj.windowType() in _WINDOW_TYPES:
                if isinstance(obj, QFileDialog):
                    widen_file_dialog(obj)
                fit_on_screen(obj)
        return False


_installed: list[_ScreenFit] = []


def _belongs_to(fit: _ScreenFit, app) -> bool:
    try:
        return fit.parent() is app
    except RuntimeError:  # that application is gone
        return False


def screen_fit_installed(app=None) -> bool:
    app = app or QGuiApplication.instance()
    return app is not None and any(_belongs_to(f, app) for f in _installed)


def install_screen_fit(app=None) -> None:
    """Once per application (later calls do nothing): the app, the main window and the tests call it."""
    app = app or QGuiApplication.instance()
    if app is None or screen_fit_installed(app):
        return
    fit = _ScreenFit(app)
    app.installEventFilter(fit)
    _installed[:] = [fit]


def fit_window_until_installed(window, painted) -> None:
    """For the start-up's first paint: fit ``window`` alone now, and install the application-wide
    filter once ``painted`` (a signal) has been emitted. An application filter sees every event of
    every object, and PySide makes the Python type (and enums) of each class it hands to Python on
    first sight: about 20 ms of the first paint, for objects nobody fits."""
    if screen_fit_installed():
        return
    own = _ScreenFit(window)
    window.installEventFilter(own)

    def app_wide() -> None:
        window.removeEventFilter(own)
        own.deleteLater()
        install_screen_fit()

    painted.connect(lambda: QTimer.singleShot(0, app_wide))  # emitted once, from a paint event
