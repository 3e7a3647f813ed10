"""What the printed papers must fit: long ID numbers in their cell, long group names in the notice's
组 column, a subtitle that does not repeat the village, and a card's signatures never alone on a page.

Widths are measured with reportlab's stringWidth against the column widths; pages are read back
with pypdf.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import select

from fupin_desktop.domain.idnumber import make_id, mask
from fupin_desktop.pdf.layout import CELL_PADDING, SectionDocTemplate
from fupin_desktop.pdf.plan_card import CardWriter, write_cards
from fupin_desktop.pdf.public_notice import column_widths, write_notice
from fupin_desktop.pdf.textcells import TextCell
from fupin_desktop.services.printing.card_data import load_card
from fupin_desktop.services.printing.notice_data import load_notice
from fupin_desktop.store.models import Plan, Village
from tests.unit.print_data import LONG_VILLAGE, TODAY, YEAR, build_print_db, pdf_text

PHONE = "0371-66881234"
ID18 = make_id("410327", date(1984, 5, 6), 123)
DISABILITY_20 = ID18 + "12"  # category 1, grade 2
REISSUED_22 = DISABILITY_20 + "B1"


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fit")
    db, long = build_print_db(folder / "fit.db")
    with db.session() as s:
        village = s.exec(select(Village).where(Village.code != LONG_VILLAGE)).first()
        plans = list(s.exec(select(Plan).where(Plan.status == "confirmed", Plan.is_current == True)))  # noqa: E712
    cards = [load_card(db, p.household_id, today=TODAY) for p in plans]
    yield {"db": db, "folder": folder, "village": village, "cards": cards}
    db.close()


def _members_table(writer: CardWriter, card):
    heading, table = writer.members(card, 182 * 2.834645669)  # A4 less the margins (points)
    return table


def test_masked_disability_card_numbers_fit_their_cell(data, tmp_path):
    writer = CardWriter(today=TODAY)
    card = next(c for c in data["cards"] if len(c.members) >= 3)
    numbers = [mask(ID18), mask(DISABILITY_20), mask(REISSUED_22)]
    assert [len(n) for n in numbers] == [18, 20, 22]
    members = tuple(replace(m, masked_id=n) for m, n in zip(card.members, numbers)) + card.members[3:]
    card = replace(card, members=members)
    table = _members_table(writer, card)
    column = table._colWidths[5]
    room = column - 2 * CELL_PADDING
    for row, number in enumerate(numbers, start=1):
        cell = table._cellvalues[row][5]
        size = cell.size if isinstance(cell, TextCell) else 8.5
        text = number if not isinstance(cell, TextCell) else cell.runs[0][0]
        assert text == number
        assert stringWidth(number, writer.font, size) <= room + 0.01, (number, size, room)
        assert size >= 5.5  # still legible
        if isinstance(cell, TextCell):
            cell.wrap(room, 1000)
            assert len(cell.lines) == 1  # on one line, not broken
    assert table._cellvalues[1][5].size == 8.5  # an 18-character number keeps the normal size
    path = tmp_path / "ids.pdf"
    write_cards([card], path, today=TODAY)
    text = "\n".join(pdf_text(path))
    for number in numbers:
        assert number in text


def test_long_group_name_fits_the_notice_column_and_the_subtitle_names_the_village_once(data, tmp_path):
    db, village = data["db"], data["village"]
    notice = load_notice(db, village.code, phone=PHONE, start=date(YEAR, 4, 1))
    rows = tuple(replace(r, group="第一村民小组") if i % 2 else r for i, r in enumerate(notice.rows))
    notice = replace(notice, rows=rows)
    path = tmp_path / "notice.pdf"
    write_notice(notice, path, today=TODAY)
    doc = SectionDocTemplate(str(tmp_path / "probe.pdf"), footer=None)
    from fupin_desktop.pdf.fonts import register_pdf_font

    font = register_pdf_font()
    widths = column_widths(notice, doc.width, font)
    assert abs(sum(widths) - doc.width) < 0.01
    for row in notice.rows:
        assert stringWidth(row.group, font, 11) + 2 * CELL_PADDING <= widths[1] + 0.01, row.group
        assert stringWidth(row.name, font, 11) + 2 * CELL_PADDING <= widths[2] + 0.01, row.name
    assert widths[4] > 80 * 2.834645669  # 公示事项 keeps most of the line
    first = pdf_text(path)[0]
    lines = [line.strip() for line in first.splitlines() if line.strip()]
    assert lines[0].startswith(village.name)  # the title names the village …
    assert village.name not in lines[1]  # … and the subtitle (county, township) does not repeat it
    assert lines[1] == f"{notice.county}{notice.township}"
    assert "第一村民小组" in first


def test_signatures_never_sit_alone_on_a_page_and_close_up_to_stay_on_page_one(data, tmp_path):
    """Grow a card line by line (a longer 致贫原因说明): 五 预期效果 and 六 签字 always share a page
    with 四 资金合计, and closing up keeps one-page cards on one page for longer."""
    demo_cards = [c for c in data["cards"] if c.village_code != LONG_VILLAGE]  # one-page cards
    card = max(demo_cards, key=lambda c: len(c.members) + len(c.plan.measures))
    tight, loose = [], []
    for lines in range(0, 40):
        grown = replace(card, cause_note="\n".join(["因病支出大，劳动力不足"] * lines) if lines else "")
        for writer_tighten, seen in ((True, tight), (False, loose)):
            path = tmp_path / f"card-{lines}-{writer_tighten}.pdf"
            write_cards([grown], path, today=TODAY, tighten=writer_tighten)
            pages = pdf_text(path)
            where = {s: next(i for i, p in enumerate(pages) if s in p)
                     for s in ("四、资金合计", "五、预期效果", "六、签字确认")}
            assert where["四、资金合计"] == where["五、预期效果"] == where["六、签字确认"], (lines, where)
            seen.append(len(pages))
        if tight[-1] > 1 and loose[-1] > 1 and lines > 0 and tight[-2] > 1:
            break
    # Closing up (or shrinking a little) keeps the card on one page where the loose layout needs two.
    assert any(t == 1 and lo == 2 for t, lo in zip(tight, loose)), list(zip(tight, loose))
    assert all(t <= lo for t, lo in zip(tight, loose))


def test_typed_names_with_markup_characters_print_as_typed(data, tmp_path):
    """Group and head names are typed by people: < and & are text, not Paragraph markup."""
    notice = load_notice(data["db"], data["village"].code, phone=PHONE, start=date(YEAR, 4, 1))
    rows = (replace(notice.rows[0], group="东<1>组", name="张&李"),) + notice.rows[1:]
    path = tmp_path / "markup.pdf"
    write_notice(replace(notice, rows=rows), path, today=TODAY)
    text = pdf_text(path)[0]
    assert "东<1>组" in text and "张&李" in text


def test_every_relationship_and_a_four_character_name_fit_their_cells(data):
    from fupin_desktop.domain.vocab import vocab

    writer = CardWriter(today=TODAY)
    card = next(c for c in data["cards"] if c.members)
    labels = [it.label for it in vocab("relationship").items]  # 之外孙女 is four characters
    members = tuple(replace(card.members[0], relationship=label, name="欧阳建国") for label in labels)
    table = _members_table(writer, replace(card, members=members))
    for column in (1, 2):
        room = table._colWidths[column] - 2 * CELL_PADDING
        for row in range(1, len(labels) + 1):
            cell = table._cellvalues[row][column]
            text = cell.runs[0][0]
            assert stringWidth(text, writer.font, cell.size) <= room + 0.01, (text, cell.size)


def test_summary_labels_and_long_causes_fit_their_cells(data):
    writer = CardWriter(today=TODAY)
    card = replace(data["cards"][0], other_causes=("交通条件落后", "自身发展动力不足"), main_cause="自身发展动力不足",
                   status="已脱贫(不再享受政策)")
    _, table = writer.summary(card, 182 * 2.834645669)
    for r, row in enumerate(table._cellvalues):
        for c, value in enumerate(row):
            room = table._colWidths[c] - 2 * CELL_PADDING
            if isinstance(value, str) and value and r < 4:  # plain text must fit on its own
                for line in value.split("\n"):
                    assert stringWidth(line, writer.font, 8.5) <= room + 0.01, (r, c, line)
            elif isinstance(value, TextCell):
                value.wrap(room, 1000)
                for line in value.lines:
                    assert sum(stringWidth(t, writer.font, s) for t, s, _ in line) <= room + 0.01, (r, c, line)


def test_a_huge_amount_fits_the_money_column(data):
    """The issue's 10,009,199 元 plan: the amount stays inside 金额 instead of running into 资金来源."""
    writer = CardWriter(today=TODAY)
    card = next(c for c in data["cards"] if c.plan and c.plan.measures)
    measures = (replace(card.plan.measures[0], amount=10_009_199.0),) + card.plan.measures[1:]
    card = replace(card, plan=replace(card.plan, measures=measures))
    _, table = writer.measures(card, 182 * 2.834645669)
    room = table._colWidths[6] - 2 * CELL_PADDING
    cells = [row[6] for row in table._cellvalues[1:] if isinstance(row[6], TextCell)]
    texts = [c.runs[0][0] for c in cells]
    assert "10,009,199" in texts
    for cell in cells:
        assert stringWidth(cell.runs[0][0], writer.font, cell.size) <= room + 0.01
