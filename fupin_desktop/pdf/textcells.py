"""Fast wrapped text for table cells and headings: a small line breaker instead of Paragraph.

reportlab's Paragraph parses markup and measures every fragment; a 1,000-card batch has some
60,000 cells, and Paragraph was most of the time spent. Cards need far less: runs of plain text in
one font at a few sizes and colours, broken between CJK characters (never inside a Latin word or
number when avoidable), closing punctuation kept off the start of a line. Widths come from one
per-character cache per font.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

BLACK = colors.black
# Characters that must not begin a line (kinsoku): they hang at the end of the previous one.
NO_LINE_START = set("，。、；：！？）》」』】〕…—,.;:!?)]%")
_TOKEN = re.compile(r"[A-Za-z0-9_.,:/%+\-*#@()\[\]]+|\s|.", re.S)


@lru_cache(maxsize=8)
def _widths(font: str) -> tuple[dict, float]:
    face = pdfmetrics.getFont(font).face
    return face.charWidths, face.defaultWidth


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    widths, default = _widths(font)
    return sum(widths.get(ord(ch), default) for ch in text) * size / 1000.0


Run = tuple  # (text, size, colour)


def fit_size(text: str, font: str, size: float, width: float, min_size: float = 5.5) -> float:
    """The largest type size, at most ``size``, that sets ``text`` on one line within ``width``
    (a 20- or 22-character disability-card number in a column made for 18 characters)."""
    natural = text_width(text, font, size)
    if natural <= width:
        return size
    return max(min_size, int(size * width / natural * 10) / 10)  # rounded down to 0.1 pt


def wrap_runs(runs: Sequence[Run], width: float, font: str) -> list[list[Run]]:
    """Break runs into lines no wider than ``width`` (a hard line break is "\\n")."""
    lines: list[list[Run]] = [[]]
    used = 0.0
    for text, size, colour in runs:
        for token in _TOKEN.findall(text):
            if token == "\n":
                lines.append([])
                used = 0.0
                continue
            w = text_width(token, font, size)
            if w > width and len(token) > 1:  # a number or word longer than a line: break by characters
                for ch in token:
                    cw = text_width(ch, font, size)
                    if used + cw > width and lines[-1]:
                        lines.append([])
                        used = 0.0
                    lines[-1].append((ch, size, colour))
                    used += cw
                continue
            if used + w > width and lines[-1] and token not in NO_LINE_START:
                if token.isspace():
                    continue
                lines.append([])
                used = 0.0
            if token.isspace() and not lines[-1]:
                continue
            lines[-1].append((token, size, colour))
            used += w
    return [_merge(line) for line in lines]


def _merge(line: list[Run]) -> list[Run]:
    out: list[Run] = []
    for text, size, colour in line:
        if out and out[-1][1] == size and out[-1][2] == colour:
            out[-1] = (out[-1][0] + text, size, colour)
        else:
            out.append((text, size, colour))
    return out


class TextCell(Flowable):
    """Wrapped text of one or more runs; ``align`` is left, centre or right."""

    def __init__(self, runs: Sequence[Run] | str, font: str, size: float = 8.5, leading: Optional[float] = None,
                 align: str = "left", colour=BLACK):
        super().__init__()
        if isinstance(runs, str):
            runs = [(runs, size, colour)]
        self.runs = list(runs)
        self.font = font
        self.size = size
        self.leading = leading or size * 1.25
        self.align = align
        self.lines: list[list[Run]] = []
        self._wrapped_at: Optional[float] = None

    def wrap(self, avail_width, avail_height):
        # Tables wrap a cell several times (size, split, keep-together) at the same width.
        if avail_width != self._wrapped_at:
            self.lines = wrap_runs(self.runs, avail_width, self.font)
            self.width = avail_width
            self.height = self._height()
            self._wrapped_at = avail_width
        return avail_width, self.height

    def _height(self) -> float:
        if not self.lines:
            return 0.0
        return self.leading * (len(self.lines) - 1) + self._line_size(self.lines[-1]) * 1.2

    def _line_size(self, line: list[Run]) -> float:
        return max((size for _, size, _ in line), default=self.size)

    def draw(self):
        c = self.canv
        y = self.height - self._line_size(self.lines[0]) * 0.95 if self.lines else 0
        for line in self.lines:
            total = sum(text_width(t, self.font, s) for t, s, _ in line)
            x = {"left": 0.0, "centre": (self.width - total) / 2, "right": self.width - total}[self.align]
            for text, size, colour in line:
                c.setFillColor(colour)
                c.setFont(self.font, size)
                c.drawString(x, y, text)
                x += text_width(text, self.font, size)
            y -= self.leading


class Heading(TextCell):
    """A one-line section heading with space above and below; stays with what follows."""

    def __init__(self, text: str, font: str, size: float = 10.5, space_before: float = 3.5, space_after: float = 2.0,
                 align: str = "left"):
        super().__init__(text, font, size=size, align=align)
        self.space_before = space_before
        self.space_after = space_after
        self.keepWithNext = 1

    def getSpaceBefore(self):  # noqa: N802 (reportlab API)
        return self.space_before

    def getSpaceAfter(self):  # noqa: N802 (reportlab API)
        return self.space_after
