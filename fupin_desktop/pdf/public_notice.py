"""The public notice list (公示) for the village board: A4 portrait, large type, ruled table.

Columns are exactly 序号, 组, 户主姓名, 户人口, 公示事项 — the notice data carries nothing else
(DOMAIN.md §8). The notice period and the objection phone are printed under the title and again
in every page's footer, so a single page taken off the board still says both.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape  # typed names go into Paragraph markup

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from fupin_desktop.pdf.fonts import register_pdf_font
from fupin_desktop.pdf.layout import (
    CELL_PADDING,
    MARGIN,
    RULE,
    Progress,
    SectionDocTemplate,
    SectionStart,
    atomic_output,
    draw_total,
    ruled_table,
)


def _period(notice) -> str:
    return f"{notice.start.year}年{notice.start.month}月{notice.start.day}日至" \
           f"{notice.end.year}年{notice.end.month}月{notice.end.day}日（{notice.days}天）"


def column_widths(notice, width: float, font: str, size: float = 11) -> list[float]:
    """序号, 组, 户主姓名, 户人口, 公示事项. 组 and 户主姓名 widen to their longest entry (第一村民小组,
    a long minority name) up to a limit, beyond which the entry wraps; 公示事项 takes the rest."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fit(texts, least: float, most: float) -> float:
        widest = max((stringWidth(t, font, size) for t in texts), default=0) + 2 * CELL_PADDING
        return min(max(least, widest), most)

    group = fit([r.group for r in notice.rows] + ["组"], 19 * mm, 34 * mm)
    name = fit([r.name for r in notice.rows] + ["户主姓名"], 25 * mm, 36 * mm)
    fixed = [13 * mm, group, name, 17 * mm]
    return fixed + [width - sum(fixed)]


def subtitle(notice) -> str:
    """County and township (and the village unless the title already names it)."""
    parts = [notice.county, notice.township]
    if notice.village not in notice.title:
        parts.append(notice.village)
    return "".join(p for p in parts if p)


def write_notice(notice, path: str | Path, today: Optional[date] = None, progress: Optional[Progress] = None) -> int:
    """Write ``notice`` (services.printing.notice_data.NoticeData) to ``path`` atomically; return the page count."""
    font = register_pdf_font()
    today = today or date.today()
    base = dict(fontName=font, wordWrap="CJK")
    title_st = ParagraphStyle("t", fontSize=20, leading=28, alignment=1, **base)
    sub_st = ParagraphStyle("s", fontSize=11, leading=16, alignment=1, **base)
    body_st = ParagraphStyle("b", fontSize=11.5, leading=19, firstLineIndent=23, **base)
    cell_st = ParagraphStyle("c", fontSize=11, leading=14, **base)
    centre_st = ParagraphStyle("cc", fontSize=11, leading=14, alignment=1, **base)
    right_st = ParagraphStyle("r", fontSize=12, leading=20, alignment=2, **base)
    period = _period(notice)

    def footer(canvas, doc, section, page, total_form):
        width = doc.pagesize[0]
        y = 8 * mm
        canvas.setFont(font, 8.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(MARGIN, y, f"公示期：{period}　监督电话：{notice.phone}")
        from reportlab.pdfbase.pdfmetrics import stringWidth

        tail_w = stringWidth(" 页", font, 8.5)
        slot = stringWidth("00", font, 8.5)
        right = width - MARGIN
        canvas.drawRightString(right - tail_w - slot, y, f"第 {page} / ")
        draw_total(canvas, total_form, right - tail_w - slot / 2, y)
        canvas.drawRightString(right, y, " 页")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)

    with atomic_output(path) as tmp:
        doc = SectionDocTemplate(str(tmp), footer=footer, sections_total=1, progress=progress, font=font,
                                 title=notice.title, author="fupin-desktop", subject="公示")
        width = doc.width
        story: list = [
            SectionStart(notice.title),
            Paragraph(notice.title, title_st),
            Paragraph(subtitle(notice), sub_st),
            Spacer(1, 5 * mm),
            Paragraph(notice.intro, body_st),
            Paragraph(f"公示期：{period}。监督（异议）电话：{notice.phone}。", body_st),
            Spacer(1, 4 * mm),
        ]
        rows: list[list] = [["序号", "组", "户主姓名", "户人口", "公示事项"]]
        for n, row in enumerate(notice.rows, start=1):
            rows.append([str(n), Paragraph(escape(row.group), centre_st), Paragraph(escape(row.name), centre_st),
                         str(row.size), Paragraph(escape(row.matter), cell_st)])
        if not notice.rows:
            rows.append(["", "", "", "", Paragraph("（无符合条件的农户）", cell_st)])
        table = ruled_table(rows, column_widths(notice, width, font), font, font_size=11,
                            extra=[("ALIGN", (0, 1), (3, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
        story.append(table)
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(f"合计：{len(notice.rows)} 户，{notice.people} 人。", cell_st))
        sign = Table([[Paragraph(f"{notice.village}村民委员会（盖章）", right_st)],
                      [Paragraph("驻村工作队", right_st)],
                      [Paragraph(f"{notice.start.year}年{notice.start.month}月{notice.start.day}日", right_st)]],
                     colWidths=[width])
        sign.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm)]))
        story.append(KeepTogether([Spacer(1, 5 * mm), Paragraph(notice.closing, body_st), Spacer(1, 8 * mm), sign]))
        doc.build(story)
        pages = doc.page
    return pages
