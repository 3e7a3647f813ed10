"""Initial window sizes that fit the screen they open on.

Village laptops are often 1366×768 (about 728 px high above the taskbar): a dialog asked to be
1000 px high would put its buttons off screen.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import QGuiApplication

SCREEN_SHARE = 0.95


def resize_to_fit(widget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, shrunk to the available area of its screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * SCREEN_SHARE))
        height = min(height, int(area.height() * SCREEN_SHARE))
    widget.resize(width, height)
