"""整改清单 as a printable PDF: A4 landscape, ruled table, overdue items in red, totals."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Optional

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from fupin_desktop.pdf.fonts import register_pdf_font
from fupin_desktop.store.medium import writing

OVERDUE = colors.HexColor("#C0392B")
HEADER = ["序号", "来源", "村", "户主", "存在问题", "整改措施", "责任人", "时限", "状态", "销号日期"]
WIDTHS = (0.04, 0.07, 0.09, 0.06, 0.24, 0.24, 0.07, 0.08, 0.06, 0.08)


def write_rectification_list(items: Iterable, path: str | Path, title: str = "整改清单",
                             today: Optional[date] = None, unit: str = "") -> Path:
    font = register_pdf_font()
    items = list(items)
    today = today or date.today()
    path = Path(path)
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11)
    red = ParagraphStyle("red", parent=cell, textColor=OVERDUE)
    head = ParagraphStyle("head", fontName=font, fontSize=9, leading=11, alignment=1)
    page_w = landscape(A4)[0] - 20 * mm
    rows = [[Paragraph(h, head) for h in HEADER]]
    for n, item in enumerate(items, start=1):
        st = red if item.overdue else cell
        deadline = item.deadline.isoformat() if item.deadline else ""
        if item.overdue:
            deadline += f"（逾期 {item.days_overdue} 天）"
        values = [n, item.source_label, item.village_name, item.household_head, item.problem, item.action,
                  item.responsible, deadline, item.status_label,
                  item.closed_date.isoformat() if item.closed_date else ""]
        rows.append([Paragraph(str(v), st) for v in values])
    table = Table(rows, colWidths=[page_w * w for w in WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    overdue = sum(i.overdue for i in items)
    closed = sum(i.status == "closed" for i in items)
    story = [
        Paragraph(title, ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1)),
        Paragraph(f"{unit}　共 {len(items)} 项，已销号 {closed} 项，逾期未销号 {overdue} 项　统计日期 {today.isoformat()}",
                  ParagraphStyle("s", fontName=font, fontSize=9, leading=13, alignment=1, textColor=colors.grey)),
        Spacer(1, 4 * mm),
        table,
    ]
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(10 * mm, 7 * mm, f"打印时间 {stamp}")
        canvas.drawRightString(landscape(A4)[0] - 10 * mm, 7 * mm, f"第 {document.page} 页")
        canvas.restoreState()

    with writing(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm,
                                topMargin=10 * mm, bottomMargin=14 * mm, title=title)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
