"""Load the bundled CJK font into Qt and make it the application font.

Village laptops may have no Chinese font at all (or a broken fontconfig), so the app never
relies on system fonts: the same WenQuanYi Micro Hei file that goes into every PDF is
loaded from resources/ and set as the application font.
"""

from __future__ import annotations

import logging

from fupin_desktop.gui.qt import QApplication, QFont, QFontDatabase
from fupin_desktop.paths import resource

log = logging.getLogger(__name__)

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FAMILY = "WenQuanYi Micro Hei"
DEFAULT_POINT_SIZE = 10  # a little larger than Qt's default 9 pt: easier to read on old laptops

_loaded_families: list[str] = []


def load_app_font() -> list[str]:
    """Add the bundled font to Qt's database once; return the families it provides."""
    if _loaded_families:
        return list(_loaded_families)
    path = resource(*FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.error("could not load the bundled font %s; Chinese text may not display", path)
        return []
    _loaded_families.extend(QFontDatabase.applicationFontFamilies(font_id))
    log.info("loaded font %s: %s", path.name, _loaded_families)
    return list(_loaded_families)


def install_app_font(app: QApplication, point_size: float | None = None) -> str | None:
    """Make the bundled font the application font. Returns the family set, or None on failure."""
    families = load_app_font()
    if not families:
        return None
    family = FAMILY if FAMILY in families else families[0]
    size = point_size or max(app.font().pointSizeF(), DEFAULT_POINT_SIZE)
    font = QFont(family)
    font.setPointSizeF(float(size))
    app.setFont(font)
    _refresh_fonts(app)
    return family


def _refresh_fonts(app: QApplication) -> None:
    """Open windows follow a new size (设置 › 文字大小) at once. Two kinds of widget would not by
    themselves: headlines given a larger font (text_sizes.scaled_font) and widgets styled by a style
    sheet, which keep the font they had when polished."""
    from fupin_desktop.gui.text_sizes import apply_scaled_font

    for widget in app.allWidgets():
        apply_scaled_font(widget)
        style = widget.style()
        if style is not None and style.metaObject().className() == "QStyleSheetStyle":
            style.unpolish(widget)
            style.polish(widget)
