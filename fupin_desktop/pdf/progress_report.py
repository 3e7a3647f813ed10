"""The progress dashboard as a printable PDF: targets vs progress, per township and village.

A4 landscape, the bundled CJK font, ruled tables, bar charts drawn with reportlab graphics
(people exited vs target and villages meeting exit vs target, per township), and the 补短板 list.
Only aggregate figures and household counts: no names, IDs or other personal data.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from fupin_desktop.pdf.fonts import register_pdf_font
from fupin_desktop.store.medium import writing

TARGET_COLOUR = colors.HexColor("#B8C7DA")
DONE_COLOUR = colors.HexColor("#2E6DB4")
LOW_COLOUR = colors.HexColor("#C0392B")
GRID = colors.HexColor("#555555")


def _rate(done: float, target: float) -> str:
    return f"{done / target * 100:.1f}%" if target else "—"


def _money(value: float) -> str:
    return f"{value / 10000:,.2f}"


def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=1, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10, leading=14, alignment=1, textColor=colors.grey),
        "h2": ParagraphStyle("h2", fontName=font, fontSize=13, leading=18, spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11),
        "note": ParagraphStyle("note", fontName=font, fontSize=8.5, leading=12, textColor=colors.grey),
    }


def _table(rows: list[list], widths: list[float], font: str, highlight: Optional[list[int]] = None) -> Table:
    head = ParagraphStyle("head", fontName=font, fontSize=8.5, leading=10.5, alignment=1)
    rows = [[Paragraph(str(c), head) for c in rows[0]]] + rows[1:]  # headers wrap inside their cell
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F3")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for row in highlight or ():
        style.append(("TEXTCOLOR", (0, row), (-1, row), LOW_COLOUR))
    table.setStyle(TableStyle(style))
    return table


AREA_HEADER = ["地区", "减贫目标(人)", "已脱贫(人)", "完成率", "退出目标(村)", "达到退出标准(村)", "未确认计划(户)",
               "N+2缺项(户)", "逾期措施(项)", "计划资金(万元)", "已拨付(万元)", "拨付率"]


def _area_row(node) -> list:
    return [node.name, node.people_target, node.people_exited, _rate(node.people_exited, node.people_target),
            node.villages_target, node.villages_meeting, node.households_without_plan, node.n2_gap_households,
            node.overdue_measures, _money(node.funds_planned), _money(node.funds_paid),
            _rate(node.funds_paid, node.funds_planned)]


def bar_chart(title: str, items: list[tuple[str, float, float]], font: str, width: float, height: float) -> Drawing:
    """Target (light) and achieved (dark) bars per area; labels under the bars."""
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    top = height - 24
    bottom = 28
    left = 30
    usable = width - left - 10
    peak = max([max(t, a) for _, t, a in items] + [1])
    d.add(Line(left, bottom, width - 10, bottom, strokeColor=GRID, strokeWidth=0.6))
    d.add(String(2, top - 8, f"{peak:,.0f}", fontName=font, fontSize=7))
    d.add(String(2, bottom - 2, "0", fontName=font, fontSize=7))
    if not items:
        d.add(String(left + 10, (top + bottom) / 2, "无数据", fontName=font, fontSize=9))
        return d
    slot = usable / len(items)
    bar = max(2.0, min(18.0, slot * 0.35))
    for i, (label, target, achieved) in enumerate(items):
        x = left + i * slot + slot / 2 - bar
        for offset, value, colour in ((0, target, TARGET_COLOUR), (bar, achieved, DONE_COLOUR)):
            h = (top - bottom) * (value / peak)
            d.add(Rect(x + offset, bottom, bar, h, fillColor=colour, strokeColor=None))
        if len(items) <= 24:
            d.add(String(x + bar, bottom - 10, label[:6], fontName=font, fontSize=6.5, textAnchor="middle"))
    legend_y = height - 12
    for j, (name, colour) in enumerate((("目标", TARGET_COLOUR), ("完成", DONE_COLOUR))):
        lx = width - 110 + j * 55
        d.add(Rect(lx, legend_y, 8, 8, fillColor=colour, strokeColor=None))
        d.add(String(lx + 11, legend_y, name, fontName=font, fontSize=8))
    return d


def write_progress_report(report, path: str | Path, exit_report=None, unit: str = "") -> Path:
    """Write ``report`` (services.county.progress.ProgressReport) and optionally the exit check to ``path``."""
    font = register_pdf_font()
    st = _styles(font)
    path = Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=f"{report.year}年度目标与进度",
                            author=unit or "fupin-desktop")
    page_width = landscape(A4)[0] - 24 * mm
    story: list = []
    for root in report.roots:
        story.append(Paragraph(f"{root.name}{report.year}年度脱贫目标与进度", st["title"]))
        story.append(Paragraph(
            f"统计日期 {report.today.isoformat()}　贫困发生率退出标准 {report.threshold * 100:.1f}%"
            + (f"　{unit}" if unit else ""), st["sub"]))
        story.append(Spacer(1, 4 * mm))
        summary = [
            ["减贫目标", f"{root.people_target:,} 人", "已脱贫", f"{root.people_exited:,} 人", "完成率",
             _rate(root.people_exited, root.people_target)],
            ["退出目标", f"{root.villages_target} 个村", "达到退出标准", f"{root.villages_meeting} 个村",
             "待退出贫困村", f"{root.poverty_villages} 个"],
            ["农户", f"{root.households:,} 户 {root.members:,} 人", "未脱贫人口", f"{root.remaining_poor:,} 人",
             "未确认计划", f"{root.households_without_plan:,} 户"],
            ["N+2 缺项", f"{root.n2_gap_households:,} 户", "逾期措施", f"{root.overdue_measures:,} 项",
             "资金拨付", f"{_money(root.funds_paid)} / {_money(root.funds_planned)} 万元"],
        ]
        t = Table(summary, colWidths=[page_width / 6] * 6)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F7")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEF2F7")),
                               ("BACKGROUND", (4, 0), (4, -1), colors.HexColor("#EEF2F7"))]))
        story.append(t)
        story.append(Spacer(1, 5 * mm))
        townships = root.children
        chart_w = page_width / 2 - 6
        charts = Table([[
            bar_chart("各乡镇脱贫人数：目标与完成", [(c.name, c.people_target, c.people_exited) for c in townships],
                      font, chart_w, 52 * mm),
            bar_chart("各乡镇退出村数：目标与达标", [(c.name, c.villages_target, c.villages_meeting) for c in townships],
                      font, chart_w, 52 * mm),
        ]], colWidths=[page_width / 2] * 2)
        story.append(charts)
        story.append(Paragraph("分乡镇", st["h2"]))
        rows = [AREA_HEADER] + [_area_row(c) for c in townships] + [["合计", *_area_row(root)[1:]]]
        widths = [page_width * 0.14] + [page_width * 0.86 / 11] * 11
        story.append(_table(rows, widths, font))
        story.append(Paragraph("以下分村表中，红色行为有未确认计划的农户或有逾期措施的村。", st["note"]))
        for township in townships:
            story.append(KeepTogether([
                Paragraph(f"{township.name}：分村", st["h2"]),
                _table([AREA_HEADER] + [_area_row(v) for v in township.children], widths, font,
                       highlight=[i + 1 for i, v in enumerate(township.children)
                                  if v.households_without_plan or v.overdue_measures]),
            ]) if len(township.children) <= 25 else _table(
                [AREA_HEADER] + [_area_row(v) for v in township.children], widths, font))
    if exit_report is not None and exit_report.shortfalls:
        story.append(PageBreak())
        story.append(Paragraph("补短板清单：已退出但未达到退出标准的村", st["h2"]))
        rows = [["行政村", "代码", "退出年度", "户籍人口", "未脱贫人口", "贫困发生率", "缺项"]]
        for item in exit_report.shortfalls:
            a = item.assessment
            rows.append([a.name, a.code, a.exit_year, a.registered_population or "未填", a.remaining_poor,
                         "—" if a.incidence is None else f"{a.incidence * 100:.2f}%",
                         Paragraph("；".join(item.missing), st["cell"])])
        story.append(_table(rows, [page_width * w for w in (0.12, 0.13, 0.07, 0.08, 0.08, 0.08, 0.44)], font))
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(12 * mm, 7 * mm, f"打印时间 {stamp}")
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, f"第 {document.page} 页")
        canvas.restoreState()

    with writing(path) as tmp:
        doc.filename = str(tmp)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
