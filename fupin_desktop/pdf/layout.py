"""Shared pieces of the printed papers: styles, ruled tables, check boxes, and a document template
that numbers pages per section (one card of a village batch = one section: "第 2 / 3 页").

Per-section totals are only known once a section has ended, so the footer draws the total as a
PDF form XObject that is filled in when the section closes: one pass, streaming, any length.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from fupin_desktop.pdf.fonts import register_pdf_font
from fupin_desktop.store.medium import writing

RULE = colors.HexColor("#333333")
HEAD_FILL = colors.HexColor("#EAEAEA")
MARGIN = 14 * mm
CELL_PADDING = 3  # points left and right inside a ruled table's cells
FOOTER_Y = 8 * mm

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class PrintCancelled(Exception):
    """The user cancelled a batch; the partial file has been removed."""


def styles(font: Optional[str] = None) -> dict[str, ParagraphStyle]:
    font = font or register_pdf_font()
    base = dict(fontName=font, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontSize=18, leading=24, alignment=1, **base),
        "subtitle": ParagraphStyle("subtitle", fontSize=9.5, leading=13, alignment=1, **base),
        "h2": ParagraphStyle("h2", fontSize=10.5, leading=14, spaceBefore=3.5, spaceAfter=2, keepWithNext=1, **base),
        "body": ParagraphStyle("body", fontSize=9.5, leading=14, **base),
        "cell": ParagraphStyle("cell", fontSize=8.5, leading=10.5, **base),
        "cell_c": ParagraphStyle("cell_c", fontSize=8.5, leading=10.5, alignment=1, **base),
        "head": ParagraphStyle("head", fontSize=8.5, leading=10.5, alignment=1, **base),
        "small": ParagraphStyle("small", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"), **base),
    }


class RuledTable(Table):
    """A table with ruled lines and a repeated header row that leaves no single row alone:
    it never ends a page with one body row, nor starts the next page with one."""

    min_rows = 2

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = len(self._cellvalues) - head
        first = len(parts[0]._cellvalues) - head
        rest = len(parts[1]._cellvalues) - head
        if first < self.min_rows and body >= self.min_rows:
            return []  # move the whole table to the next page
        if rest < self.min_rows and first > self.min_rows:
            shorter = sum(self._rowHeights[head + first - (self.min_rows - rest):head + first])
            return super().split(avail_width, avail_height - shorter - 0.01)
        return parts


def ruled_table(rows: list[list], widths: list[float], font: str, header_rows: int = 1,
                extra: Optional[list] = None, font_size: float = 8.5) -> RuledTable:
    table = RuledTable(rows, colWidths=widths, repeatRows=header_rows)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.9, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if header_rows:
        style += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
                  ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER")]
    table.setStyle(TableStyle(style + (extra or [])))
    return table


class CheckRow(Flowable):
    """Yes/no items printed as a box (ticked for yes) and a label, in one line.

    The font has □ but no ☑, so box and tick are drawn as vectors (crisp on any printer), with an
    invisible text layer under them: copying the page gives "□✓不愁吃" for yes, "□住房安全" for no.
    """

    def __init__(self, items: list[tuple[str, bool]], font: str, size: float = 9.5, gap: float = 5 * mm):
        super().__init__()
        self.items = items
        self.font = font
        self.size = size
        self.gap = gap

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.size * 1.5

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.canv
        s = self.size
        box = s * 0.82
        x, y = 0.0, s * 0.35
        c.setLineWidth(0.6)
        for label, checked in self.items:
            bottom = y + s * 0.36 - box / 2
            c.rect(x, bottom, box, box, stroke=1, fill=0)
            if checked:
                c.saveState()
                c.setLineWidth(box * 0.13)
                c.setLineCap(1)
                c.setLineJoin(1)
                tick = c.beginPath()
                tick.moveTo(x + box * 0.18, bottom + box * 0.52)
                tick.lineTo(x + box * 0.42, bottom + box * 0.2)
                tick.lineTo(x + box * 0.86, bottom + box * 0.86)
                c.drawPath(tick, stroke=1, fill=0)
                c.restoreState()
            c.saveState()  # the render mode is graphics state: keep it away from the label
            hidden = c.beginText(x, y)
            hidden.setTextRenderMode(3)  # invisible: for copy and search only
            hidden.setFont(self.font, s * 0.5)
            hidden.textOut("□✓" if checked else "□")
            c.drawText(hidden)
            c.restoreState()
            x += box + s * 0.35
            c.setFont(self.font, s)
            c.drawString(x, y, label)
            x += stringWidth(label, self.font, s) + self.gap


def _stack(flowables: list, width: float, canv) -> tuple[float, list]:
    """Wrap ``flowables`` one above the other; the gap between two is the larger of their spaces.
    Returns the height and (flowable, height, gap above) per item."""
    placed, total, after = [], 0.0, None
    for f in flowables:
        _, h = f.wrapOn(canv, width, 0xFFFFFF)
        gap = 0.0 if after is None else max(after, f.getSpaceBefore())
        placed.append((f, h, gap))
        total += gap + h
        after = f.getSpaceAfter()
    return total, placed


class KeepOnPage(Flowable):
    """``head`` and ``tail`` on one page. When they do not fit in what is left of the page, the tail
    is exchanged for ``tight_tail(width)`` (closer set), and if need be that is shrunk down to
    ``min_scale``; failing that, head and tail move to the next page together. On an empty page
    where even that is too tall, they flow as ordinary flowables.

    The plan card uses it for 四 资金合计 + 五 预期效果 + 六 签字: the signatures never sit on a
    page of their own, away from what they sign for.
    """

    def __init__(self, head: list, tail: list, tight_tail: Optional[Callable[[float], list]] = None,
                 min_scale: float = 0.85, tighten: bool = True):
        super().__init__()
        self.head, self.tail, self.tight_tail = list(head), list(tail), tight_tail
        self.min_scale = min_scale
        self.tighten = tighten and tight_tail is not None
        self.mode = "normal"
        self.scale = 1.0
        self._layout: tuple = ()

    def getSpaceBefore(self):  # noqa: N802 (reportlab API)
        first = (self.head or self.tail)[:1]
        return first[0].getSpaceBefore() if first else 0

    def _modes(self, width: float, avail: float):
        """(mode, scale, head layout, tail layout, gap, height) from the roomiest to the tightest."""
        canv = getattr(self, "canv", None)
        head_h, head = _stack(self.head, width, canv)

        def joined(tail: list) -> float:  # the gap between head and tail
            return max(self.head[-1].getSpaceAfter(), tail[0].getSpaceBefore()) if self.head and tail else 0.0

        tail_h, tail = _stack(self.tail, width, canv)
        gap = joined(self.tail)
        yield "normal", 1.0, head, tail, gap, head_h + gap + tail_h
        if not self.tighten:
            return
        tight_parts = self.tight_tail(width)
        tight_h, tight = _stack(tight_parts, width, canv)
        gap = joined(tight_parts)
        yield "tight", 1.0, head, tight, gap, head_h + gap + tight_h
        room = avail - head_h - gap
        if room <= 0:
            return
        scale = room / tight_h
        for _ in range(2):  # set wider, the tail may wrap into fewer lines: settle the scale
            if scale < self.min_scale:
                return
            scale = min(scale, 1.0)
            tight_h, tight = _stack(self.tight_tail(width / scale), width / scale, canv)
            if tight_h * scale <= room:
                yield "shrunk", scale, head, tight, gap, head_h + gap + tight_h * scale
                return
            scale = room / tight_h

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        fallback = None
        for layout in self._modes(avail_width, avail_height):
            fallback = fallback or layout
            if layout[-1] <= avail_height + 1e-6:
                break
        else:
            layout = fallback  # too tall here: split() moves it on
        self.mode, self.scale, head, tail, gap, self.height = layout
        self._layout = (head, tail, gap)
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return self.head + self.tail  # taller than a whole page: let the parts flow
        return []  # to the next page, all of it

    def draw(self):
        head, tail, gap = self._layout
        canv = self.canv
        y = self.height
        for f, h, above in head:
            y -= above + h
            f.drawOn(canv, 0, y)
        y -= gap
        canv.saveState()
        canv.translate(0, y)  # the tail hangs from here, shrunk when it has to be
        canv.scale(self.scale, self.scale)
        ty = 0.0
        for f, h, above in tail:
            ty -= above + h
            f.drawOn(canv, 0, ty)
        canv.restoreState()


@dataclass
class SectionInfo:
    index: int
    label: str  # printed in the footer, e.g. the household number
    first_page: int
    data: dict = field(default_factory=dict)  # whatever the footer needs (e.g. draft=True)
    closed: bool = False


class SectionStart(Flowable):
    """Zero-size marker: a new section (a card) starts here; page numbers restart at 1."""

    def __init__(self, label: str, **data):
        super().__init__()
        self.label = label
        self.data = data
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        pass


class DocumentEnd(SectionStart):
    """Zero-size marker after the last flowable: closes the last section."""

    def __init__(self):
        super().__init__("")


Footer = Callable[[object, "SectionDocTemplate", SectionInfo, int, str], None]


class SectionDocTemplate(BaseDocTemplate):
    """A4 portrait, one frame, a footer per page with page x/y counted within the section.

    ``footer(canvas, doc, section, page_in_section, total_form)`` draws the footer; it shows the
    section's page total with ``canvas.doForm(total_form)``. ``progress(done, total)`` is called as
    sections start; returning False cancels the build (raises PrintCancelled).
    """

    def __init__(self, filename: str, footer: Footer, sections_total: int = 0, progress: Optional[Progress] = None,
                 font: Optional[str] = None, **kw):
        self.font = font or register_pdf_font()
        kw.setdefault("pagesize", A4)
        for side in ("leftMargin", "rightMargin", "topMargin"):
            kw.setdefault(side, MARGIN)
        kw.setdefault("bottomMargin", MARGIN + 2 * mm)
        super().__init__(filename, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._page_end)])
        self.footer = footer
        self.sections_total = sections_total
        self.progress = progress
        self.section: Optional[SectionInfo] = None
        self.section_count = 0
        self.section_pages: list[int] = []
        self._parts = None
        self._story: list = []

    def _form_name(self, index: int) -> str:
        return f"SectionPages{index}"

    def afterFlowable(self, flowable):  # noqa: N802 (reportlab hook)
        if not isinstance(flowable, SectionStart):
            return
        # Sections start on a fresh page, so the previous one ended on the page before.
        self._close_section(self.page - 1)
        if self.progress is not None and not self.progress(self.section_count, self.sections_total):
            raise PrintCancelled()
        self.section = SectionInfo(self.section_count, flowable.label, self.page, flowable.data)
        self.section_count += 1

    def _close_section(self, last_page: int) -> None:
        """Fill in the section's page total. The section stays current for the footer of its last page."""
        section = self.section
        if section is None or section.closed:
            return
        section.closed = True
        pages = max(1, last_page - section.first_page + 1)
        self.section_pages.append(pages)
        canvas = self.canv
        # The form's box must hold the centred digits on both sides of its origin, or they are clipped.
        canvas.beginForm(self._form_name(section.index), lowerx=-30, lowery=-5, upperx=30, uppery=15)
        canvas.setFont(self.font, 8)
        canvas.drawCentredString(0, 0, str(pages))
        canvas.endForm()

    def _page_end(self, canvas, doc) -> None:
        section = self.section or SectionInfo(0, "", self.page)
        canvas.saveState()
        self.footer(canvas, self, section, self.page - section.first_page + 1, self._form_name(section.index))
        canvas.restoreState()

    def build(self, flowables, **kw):
        """Build from a list of flowables, or lazily from an iterator of lists (one per section):
        a 1,000-card batch then never holds more than a card or two of flowables at a time."""
        if isinstance(flowables, list):
            parts = iter([flowables])
        else:
            parts = iter(flowables)
        self._parts = parts
        story = self._next_part()
        if not story or not isinstance(story[0], SectionStart):
            story.insert(0, SectionStart(""))
        # ASCII85 on top of zlib makes streams 25% larger and, in pure Python, took a tenth of a
        # batch's time; binary streams are valid PDF. (A process-wide switch in reportlab.)
        rl_config.useA85 = 0
        self._story = story  # handle_flowable also gets reportlab's own lists: refill only this one
        super().build(story, **kw)
        if self.progress is not None:
            self.progress(self.sections_total or self.section_count, self.sections_total or self.section_count)

    def _next_part(self) -> list:
        for part in self._parts:
            if part:
                return list(part)
        self._parts = iter(())
        return []

    def handle_flowable(self, flowables):
        if flowables is self._story and len(flowables) < 3 and self._parts is not None:
            more = self._next_part()
            if more:
                flowables.extend(more)
            else:
                flowables.append(DocumentEnd())
                self._parts = None
        if flowables and isinstance(flowables[0], DocumentEnd):
            flowables.pop(0)
            self._close_section(self.page)  # still on the last page of the last section
            return
        super().handle_flowable(flowables)


def draw_total(canvas, form_name: str, x: float, y: float) -> None:
    """Place a section's page total (a form drawn at its own origin) at (x, y)."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(form_name)
    canvas.restoreState()


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; rename it into place only if the block succeeds
    (a write-protected or full stick: one clear MediumProblem)."""
    path = Path(path)
    with writing(path, path.with_name(f".{path.name}.partial")) as tmp:
        yield tmp
