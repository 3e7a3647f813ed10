"""The 帮扶计划 card (DOMAIN.md §5): A4 portrait, one household per card, one or more cards per file.

Header with the area, household number, year, plan version and a QR code; household summary;
members with masked ID numbers and each person's measures; every measure on the 五对 counts;
money totals by 转扶搬保救 family and by fund source; expected effect; signature lines; footer with
page x/y within the card and the print date. A village batch is the same cards, each from a new page.
Input is ``services.printing.card_data.CardData``: plain values, IDs already masked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from fupin_desktop.pdf.fonts import register_pdf_font
from fupin_desktop.pdf.layout import (
    CELL_PADDING,
    HEAD_FILL,
    MARGIN,
    RULE,
    CheckRow,
    KeepOnPage,
    Progress,
    SectionDocTemplate,
    SectionStart,
    atomic_output,
    draw_total,
    ruled_table,
)
from fupin_desktop.pdf.qr import QrFlowable, card_code
from fupin_desktop.pdf.textcells import Heading, TextCell, fit_size

QR_SIZE = 25 * mm
WATERMARK = colors.Color(0.75, 0.75, 0.75, alpha=0.35)


def money(amount: Optional[float]) -> str:
    if amount is None:
        return "未填"
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


def _span(start: Optional[date], due: Optional[date]) -> str:
    """2026.03.01–05.30 on one line when both dates fall in one year, else both dates in full."""
    if start and due and start.year == due.year:
        return f"{start:%Y.%m.%d}–{due:%m.%d}"
    a = f"{start:%Y.%m.%d}" if start else "未填"
    b = f"{due:%Y.%m.%d}" if due else "未填"
    return f"{a}–\n{b}"


RED = colors.HexColor("#B03A2E")
GREY = colors.HexColor("#555555")


class CardWriter:
    """Builds card flowables. Cells are TextCells (a fast line breaker), not Paragraphs: a batch of
    1,000 cards has some 60,000 cells."""

    def __init__(self, today: Optional[date] = None, qr: bool = True, tighten: bool = True):
        self.font = register_pdf_font()
        self.today = today or date.today()
        self.qr = qr
        self.tighten = tighten  # False only to compare layouts in tests

    def cell(self, text, align: str = "left", size: float = 8.5, colour=None) -> TextCell:
        runs = text if isinstance(text, list) else [(str(text), size, colour or colors.black)]
        return TextCell(runs, self.font, size=size, align=align)

    def heading(self, text: str) -> Heading:
        return Heading(text, self.font)

    # --- parts --------------------------------------------------------------------------
    def header(self, card, width: float) -> list:
        f = self.font
        plan = card.plan
        year = plan.year if plan else self.today.year
        place = "　".join(p for p in (card.county, card.township, card.village, card.group) if p)
        title = [
            TextCell(place, f, size=9.5, align="centre"),
            Spacer(1, 1.5 * mm),
            TextCell(f"{year}年度 贫困户帮扶计划", f, size=18, align="centre"),
            Spacer(1, 1.2 * mm),
            TextCell("一户一策　N+2（每人至少一项措施，每户至少两项户措施）", f, size=9.5, align="centre"),
        ]
        if plan is not None and plan.status_code == "draft":
            title.append(TextCell("草稿：计划尚未确认，仅供讨论", f, size=9.5, align="centre", colour=RED))
        right: list = []
        if plan is not None:
            code = card_code(card.household_id, plan.id, plan.year, plan.version)
            # Without the QR the square stays empty, so the card lays out the same either way.
            right.append(QrFlowable(code, QR_SIZE) if self.qr else Spacer(QR_SIZE, QR_SIZE))
            right.append(TextCell(f"核对码 {code.rsplit(':', 1)[-1]}", f, size=7.5, align="centre", colour=GREY))
        table = Table([[title, right]], colWidths=[width - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [table, Spacer(1, 1 * mm)]

    def summary(self, card, width: float) -> list:
        plan = card.plan
        income = f"{money(card.per_capita_income)} 元" + (f"（{card.income_year}年）" if card.income_year else "")
        cadre = card.cadre_name + (f"（{card.cadre_unit}）" if card.cadre_unit else "")
        if card.cadre_phone:
            cadre += f" {card.cadre_phone}"
        version = f"第 {plan.version} 版（{plan.status}）" if plan else "尚未制定"
        rows = [
            ["户主", card.head_name, "家庭人口", f"{card.size} 人", "户编号", card.household_no],
            ["贫困户属性", self.cell(card.attribute), "脱贫状态", self.cell(card.status), "计划版本", version],
            ["主要致贫原因", self.cell(card.main_cause), "其他致贫原因", self.cell("、".join(card.other_causes) or "无"),
             "人均纯收入", income],
            ["识别年度", str(card.identified_year or ""), "计划脱贫年度", str(card.planned_exit_year or ""),
             "帮扶责任人", self.cell(cadre)],
            ["两不愁\n三保障", CheckRow(list(card.guarantees), self.font, size=8.5, gap=3.2 * mm), "", "", "", ""],
        ]
        extra = [("SPAN", (1, 4), (5, 4))]
        if card.cause_note:
            rows.append(["致贫原因说明", self.cell(card.cause_note), "", "", "", ""])
            extra.append(("SPAN", (1, 5), (5, 5)))
        label_w = 20.5 * mm  # 主要致贫原因: six characters and the cell padding
        widths = [label_w, (width - 3 * label_w) * 0.27, label_w, (width - 3 * label_w) * 0.27, label_w,
                  (width - 3 * label_w) * 0.46]
        extra += [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("ALIGN", (0, 0), (0, -1), "CENTER")]
        extra += [("BACKGROUND", (c, 0), (c, 3), HEAD_FILL) for c in (2, 4)]  # rows 4+ span columns 1-5
        extra += [("ALIGN", (c, 0), (c, 3), "CENTER") for c in (2, 4)]
        table = ruled_table(rows, widths, self.font, header_rows=0, extra=extra)
        return [self.heading("一、家庭基本情况"), table]

    def members(self, card, width: float) -> list:
        header = ["序号", "姓名", "与户主\n关系", "性别", "年龄", "证件号码", "劳动技能", "在校/务工", "个人帮扶措施（对人）"]
        rows: list[list] = [header]
        fixed = [7, 14, 12, 7, 7, 32, 22, 22]
        widths = [w * mm for w in fixed] + [width - sum(fixed) * mm]
        name_room, rel_room, id_room = (widths[i] - 2 * CELL_PADDING for i in (1, 2, 5))
        for n, m in enumerate(card.members, start=1):
            measures = self.cell("；".join(m.measures)) if m.measures else self.cell("未安排", colour=RED)
            id_cell = self.cell(m.masked_id, "centre", size=fit_size(m.masked_id, self.font, 8.5, id_room))
            name = self.cell(m.name, "centre", size=fit_size(m.name, self.font, 8.5, name_room, min_size=7))
            relation = self.cell(m.relationship, "centre",
                                 size=fit_size(m.relationship, self.font, 8.5, rel_room, min_size=7))
            rows.append([str(n), name, relation, m.sex,
                         "" if m.age is None else str(m.age), id_cell, self.cell(m.labour), self.cell(m.occupation),
                         measures])
        extra = [("ALIGN", (0, 1), (4, -1), "CENTER"), ("ALIGN", (5, 1), (5, -1), "CENTER")]
        return [self.heading(f"二、家庭成员及个人帮扶措施（N = {len(card.members)} 人，每人至少一项）"),
                ruled_table(rows, widths, self.font, extra=extra)]

    def measures(self, card, width: float) -> list:
        plan = card.plan
        header = ["序号", "对象\n（对人）", "帮扶措施（对事）", "类别", "起止时间\n（对时）", "责任人\n（对责）",
                  "金额(元)\n（对账）", "资金来源"]
        rows: list[list] = [header]
        extra: list = []
        group_rows: list[int] = []
        groups = (("户措施（+2，每户至少两项）", plan.household_measures),
                  ("个人措施（N，见上表）", plan.person_measures))
        fixed = [7, 15, 0, 8, 26, 16, 16, 31]
        widths = [w * mm for w in fixed]
        widths[2] = width - sum(widths)
        amount_room = widths[6] - 2 * CELL_PADDING  # 10,009,199 must not run into 资金来源
        n = 0
        for title, items in groups:
            rows.append([title] + [""] * 7)
            r = len(rows) - 1
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F4F4F4"))]
            group_rows.append(r)
            if not items:
                rows.append(["", "", self.cell("（无）", colour=RED)] + [""] * 5)
            for m in items:
                n += 1
                text = m.item + (f"：{m.detail}" if m.detail else "") + (f"（{m.partners}）" if m.partners else "")
                runs = [(text, 8.5, colors.black)]
                if m.policy:
                    runs.append((f" 依据《{m.policy}》", 6.5, GREY))
                amount = money(m.amount)
                rows.append([str(n), self.cell(m.target, "centre"), self.cell(runs), m.family,
                             _span(m.start, m.due), self.cell(m.responsible or "未填", "centre"),
                             self.cell(amount, "right", size=fit_size(amount, self.font, 8.5, amount_room)),
                             self.cell(m.fund_source or "未填", size=8)])
        extra += [("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (3, 1), (5, -1), "CENTER"),
                  ("ALIGN", (6, 1), (6, -1), "RIGHT"), ("FONTSIZE", (4, 1), (4, -1), 7.5)]
        extra += [("ALIGN", (0, r), (0, r), "LEFT") for r in group_rows]
        return [self.heading("三、帮扶措施明细（五对：对人、对事、对时、对责、对账）"),
                ruled_table(rows, widths, self.font, extra=extra)]

    def totals(self, card, width: float) -> list:
        """Section 四 (placed by closing(), together with 五 and 六)."""
        families = card.totals_by_family()
        header = ["资金合计(元)"] + [f"{label}" for label, _ in families] + ["合计"]
        values = ["计划金额"] + [money(v) for _, v in families] + [money(card.total_amount)]
        first = 24 * mm
        widths = [first] + [(width - first) / (len(families) + 1)] * (len(families) + 1)
        table = ruled_table([header, values], widths, self.font,
                            extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("BACKGROUND", (0, 1), (0, 1), HEAD_FILL)])
        funds = "；".join(f"{label} {money(v)} 元" for label, v in card.totals_by_fund()) or "无资金需求"
        runs = [(f"按资金来源：{funds}", 8.5, colors.black)]
        missing = sum(1 for m in card.plan.measures if m.amount is None)
        if missing:
            runs.append((f"（另有 {missing} 项未填金额）", 8.5, RED))
        return [self.heading("四、资金合计（按转、扶、搬、保、救和资金来源）"), table,
                Spacer(1, 1.2 * mm), self.cell(runs)]

    def effect_and_signatures(self, card, width: float, tight: bool = False) -> list:
        """Sections 五 and 六; ``tight`` closes them up (smaller type, lower rows) to stay on a page."""
        effect = card.plan.expected_effect or "（未填写）"
        size, leading, pad = (8.5, 11.5, 2) if tight else (9.5, 14, 4)
        box = Table([[TextCell(effect, self.font, size=size, leading=leading)]], colWidths=[width])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RULE), ("TOPPADDING", (0, 0), (-1, -1), pad),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 2)]))
        line = "________________"
        day = "　　　　年　　月　　日"
        sig = Table([
            [f"帮扶责任人（签字）：{line}", f"户主（签字或按手印）：{line}", f"村委会（盖章）：{line}"],
            [f"日期：{day}", f"日期：{day}", f"日期：{day}"],
        ], colWidths=[width / 3] * 3, rowHeights=[8.5 * mm, 5.5 * mm] if tight else [11 * mm, 7 * mm])
        sig.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                 ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        note = self.cell("本计划一式两份，农户留存一份，村档案（一户一档）存一份。扫描二维码可核对户编号与计划版本。",
                         size=7 if tight else 7.5, colour=GREY)
        if tight:
            return [Heading("五、预期效果", self.font, size=10, space_before=2, space_after=1.2), box,
                    Heading("六、签字确认", self.font, size=10, space_before=2, space_after=0), sig,
                    Spacer(1, 1 * mm), note]
        return [self.heading("五、预期效果"), box, self.heading("六、签字确认"), sig, Spacer(1, 2 * mm), note]

    def closing(self, card, width: float) -> list:
        """四, 五 and 六 on one page: 五 and 六 close up (or shrink a little) to stay under 四;
        otherwise all three move on together, so the signatures never sit on a page of their own."""
        return [KeepOnPage(self.totals(card, width), self.effect_and_signatures(card, width),
                           lambda w: self.effect_and_signatures(card, w, tight=True), tighten=self.tighten)]

    # --- whole card ---------------------------------------------------------------------
    def card_story(self, card, width: float) -> list:
        label = f"{card.village}{card.group} 户编号 {card.household_no} {card.head_name}"
        story: list = [SectionStart(label, draft=card.plan is not None and card.plan.status_code == "draft")]
        story += self.header(card, width)
        story += self.summary(card, width)
        story += self.members(card, width)
        if card.plan is not None:
            story += self.measures(card, width)
            story += self.closing(card, width)
        return story

    def footer(self, canvas, doc, section, page_in_section: int, total_form: str) -> None:
        width = doc.pagesize[0]
        if section.data.get("draft"):
            canvas.saveState()
            canvas.setFillColor(WATERMARK)
            canvas.setFont(self.font, 90)
            canvas.translate(width / 2, doc.pagesize[1] / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, "草　稿")
            canvas.restoreState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(colors.HexColor("#333333"))
        y = 8 * mm
        canvas.drawString(MARGIN, y, f"打印日期：{self.today.isoformat()}")
        canvas.drawCentredString(width / 2, y, section.label)
        right = width - MARGIN
        tail = " 页"
        from reportlab.pdfbase.pdfmetrics import stringWidth

        digits_w = stringWidth("00", self.font, 8)  # the total is centred in a two-digit slot
        tail_w = stringWidth(tail, self.font, 8)
        head = f"第 {page_in_section} / "
        canvas.drawRightString(right - tail_w - digits_w, y, head)
        draw_total(canvas, total_form, right - tail_w - digits_w / 2, y)
        canvas.drawRightString(right, y, tail)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y + 3.5 * mm, width - MARGIN, y + 3.5 * mm)


def write_cards(cards: Sequence, path: str | Path, today: Optional[date] = None, qr: bool = True,
                progress: Optional[Progress] = None, title: str = "帮扶计划", tighten: bool = True) -> int:
    """Write the cards (each from a new page) to ``path`` atomically; return the page count.

    ``progress(done, total)`` is called per card; returning False cancels (PrintCancelled, no file).
    """
    writer = CardWriter(today=today, qr=qr, tighten=tighten)
    with atomic_output(path) as tmp:
        doc = SectionDocTemplate(str(tmp), footer=writer.footer, sections_total=len(cards), progress=progress,
                                 font=writer.font, title=title, author="fupin-desktop", subject="帮扶计划")

        def parts():  # one card at a time: a big batch never holds all its flowables
            for index, card in enumerate(cards):
                yield ([PageBreak()] if index else []) + writer.card_story(card, doc.width)

        doc.build(parts())
        pages = doc.page
    return pages
