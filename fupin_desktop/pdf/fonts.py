"""The one CJK font for every PDF: WenQuanYi Micro Hei, shipped in resources/fonts/.

reportlab embeds TrueType fonts as subsets (only the glyphs a document uses), so a
one-page form stays small although the .ttc holds some 20,000 glyphs. The font has a
single weight; the bold name maps to the same file so paragraph markup like <b> works
(rendered in the regular weight) instead of failing.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fupin_desktop.paths import resource

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FONT_NAME = "WenQuanYiMicroHei"
BOLD_FONT_NAME = "WenQuanYiMicroHei-Bold"
SUBFONT_INDEX = 0  # 0 = proportional Micro Hei, 1 = Micro Hei Mono

_lock = threading.Lock()


def font_path():
    return resource(*FONT_FILE)


def register_pdf_font() -> str:
    """Register the bundled font with reportlab (once per process) and return its name."""
    with _lock:
        if FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return FONT_NAME
        path = str(font_path())
        pdfmetrics.registerFont(TTFont(FONT_NAME, path, subfontIndex=SUBFONT_INDEX))
        pdfmetrics.registerFont(TTFont(BOLD_FONT_NAME, path, subfontIndex=SUBFONT_INDEX))
        # Family mapping: <b>/<i> in Paragraph markup resolve to the same single weight.
        addMapping(FONT_NAME, 0, 0, FONT_NAME)
        addMapping(FONT_NAME, 1, 0, BOLD_FONT_NAME)
        addMapping(FONT_NAME, 0, 1, FONT_NAME)
        addMapping(FONT_NAME, 1, 1, BOLD_FONT_NAME)
        return FONT_NAME
