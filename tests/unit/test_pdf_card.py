"""The 帮扶计划 card and the village batch, read back from the PDF."""

from __future__ import annotations

import re
import shutil
from io import BytesIO

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from fupin_desktop.domain.idnumber import mask
from fupin_desktop.pdf.layout import PrintCancelled
from fupin_desktop.pdf.qr import parse_card_code
from fupin_desktop.services.printing.card_data import load_card, load_cards, natural_key, village_household_ids
from fupin_desktop.services.printing.render import render_card, render_village
from tests.unit.print_data import (
    FULL_ID,
    LONG_HEAD,
    LONG_VILLAGE,
    TODAY,
    YEAR,
    build_print_db,
    page_numbers,
    pdf_text,
    render_page_png,
)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """One database for the read-only tests, with the long card and a village batch rendered once."""
    folder = tmp_path_factory.mktemp("print")
    db, long = build_print_db(folder / "print.db")
    from sqlmodel import select

    from fupin_desktop.store.models import Village

    with db.session() as s:
        demo_village = s.exec(select(Village).where(Village.code != LONG_VILLAGE)).first()
    card_job = render_card(db, long.household_id, folder / "long.pdf", today=TODAY)
    batch_job = render_village(db, demo_village.code, folder / "village.pdf", today=TODAY)
    yield {"db": db, "long": long, "folder": folder, "card": card_job, "batch": batch_job,
           "village": demo_village}
    db.close()


def test_card_shows_names_measures_and_masked_ids(printed):
    long = printed["long"]
    pages = pdf_text(printed["card"].path)
    text = "\n".join(pages)
    assert "帮扶计划" in text
    assert LONG_HEAD in text
    for name in long.member_names:
        assert name in text
    for label in long.item_labels:
        assert label in text, label
    for ident in long.id_numbers:
        assert mask(ident) in text
        assert mask(ident) == ident[:6] + "*" * 8 + ident[-4:]
        assert ident not in text
    assert not FULL_ID.findall(text), FULL_ID.findall(text)
    for word in ("长卷村", "城关镇", "中原区", "第3组", "第 2 版", "帮扶责任人", "户主（签字或按手印）", "村委会（盖章）"):
        assert word in text, word
    # 两不愁三保障: the house is not safe, the rest is; the text layer says so box by box.
    assert "□住房安全有保障" in text.replace(" ", "").replace("\n", "")
    assert "□✓饮水安全有保障" in text.replace(" ", "").replace("\n", "")


def test_long_plan_flows_onto_further_pages_with_repeated_headers(printed):
    pages = pdf_text(printed["card"].path)
    assert printed["card"].pages == len(pages) >= 2
    for n, text in enumerate(pages, start=1):
        assert page_numbers(text) == (n, len(pages))
        assert f"{LONG_VILLAGE}0001" in text  # every page says whose card it is
    # A table that runs over repeats its header row on the next page.
    continued = [t for t in pages[1:] if "帮扶措施（对事）" in t]
    assert continued, "the measures table header is not repeated on the continuation page"
    assert "签字确认" in pages[-1] and "预期效果" in pages[-1]
    assert "2026年度 贫困户帮扶计划" in pages[0] and "贫困户帮扶计划" not in pages[1]


def test_totals_by_family_and_fund_source(printed):
    card = load_card(printed["db"], printed["long"].household_id, today=TODAY)
    total = sum(m.amount or 0 for m in card.plan.measures)
    assert card.total_amount == total
    assert sum(v for _, v in card.totals_by_family()) == total
    assert sum(v for _, v in card.totals_by_fund()) == total
    assert [label for label, _ in card.totals_by_family()] == ["转", "扶", "搬", "保", "救"]
    text = "\n".join(pdf_text(printed["card"].path))
    assert f"{total:,.0f}" in text
    assert "另有 1 项未填金额" in text  # one measure has no amount: shown, not silently zero


def test_font_is_an_embedded_subset_truetype(printed):
    reader = PdfReader(str(printed["card"].path))
    seen = 0
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            if "/FontDescriptor" not in font:
                continue
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, "TrueType program not embedded"
            assert re.fullmatch(r"/?[A-Z]{6}\+.+", str(font["/BaseFont"]))
            assert len(descriptor["/FontFile2"].get_object().get_data()) < 1_000_000
            seen += 1
    assert seen
    base14 = [str(ref.get_object().get("/BaseFont")) for page in reader.pages
              for ref in page["/Resources"]["/Font"].values() if "/FontDescriptor" not in ref.get_object()
              and "/DescendantFonts" not in ref.get_object()]
    assert set(base14) <= {"/Helvetica"}, base14  # reportlab's unused default, never used for text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed")
def test_qr_on_the_printed_page_decodes_to_the_household(printed, tmp_path):
    png = render_page_png(printed["card"].path, 1, tmp_path / "card")
    results = zxingcpp.read_barcodes(Image.open(png))
    assert len(results) == 1 and results[0].format == zxingcpp.BarcodeFormat.QRCode
    code = parse_card_code(results[0].text)
    assert code is not None
    assert code.household_id == printed["long"].household_id
    assert (code.year, code.version) == (YEAR, 2)
    assert code.matches(printed["long"].plan_id)
    assert not code.matches("0" * 32)


def test_village_batch_one_card_per_household_in_group_order(printed):
    job = printed["batch"]
    db = printed["db"]
    ids = village_household_ids(db, printed["village"].code)
    cards = load_cards(db, ids, year=YEAR)
    with_plan = [c for c in cards if c.plan is not None and c.plan.status_code != "draft"]
    assert job.households == len(with_plan) and len(job.skipped) == len(cards) - len(with_plan)
    assert any("没有计划" in s for s in job.skipped), "the demo leaves some households without a plan"
    assert any("草稿未确认" in s for s in job.skipped), "drafts are not batch-printed"
    pages = pdf_text(job.path)
    assert job.pages == len(pages)
    numbers = [page_numbers(t) for t in pages]
    starts = [i for i, (n, _) in enumerate(numbers) if n == 1]
    assert len(starts) == len(with_plan)  # every card starts on a new page at 第 1 页
    continuation = sum(1 for n, _ in numbers if n > 1)
    assert len(pages) == len(with_plan) + continuation
    for start, end in zip(starts, starts[1:] + [len(pages)]):
        assert all(numbers[i][1] == end - start for i in range(start, end))
    # Cards follow group then household number.
    order = []
    for i in starts:
        match = re.search(r"户编号\s*(\d{16})", pages[i])
        order.append(match.group(1))
    expected = [c.household_no for c in sorted(with_plan, key=lambda c: (natural_key(c.group),
                                                                          natural_key(c.household_no)))]
    assert order == expected
    text = "\n".join(pages)
    assert not FULL_ID.findall(text)


def test_group_batch_and_cancel_leaves_no_file(printed, tmp_path):
    db = printed["db"]
    code = printed["village"].code
    job = render_village(db, code, tmp_path / "g1.pdf", group="第1组", today=TODAY)
    texts = pdf_text(job.path)
    assert all("第1组" in t for t in texts)
    calls = []

    def cancel_after_two(done, total):
        calls.append((done, total))
        return done < 2

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(PrintCancelled):
        render_village(db, code, target, today=TODAY, progress=cancel_after_two)
    assert not target.exists()
    assert list(tmp_path.glob("*.partial")) == [] and list(tmp_path.glob(".*partial")) == []
    assert calls[-1][0] == 2 and calls[-1][1] > 2


def test_card_without_qr_has_no_code(printed, tmp_path):
    from fupin_desktop.pdf.plan_card import write_cards

    card = load_card(printed["db"], printed["long"].household_id, today=TODAY)
    write_cards([card], tmp_path / "noqr.pdf", today=TODAY, qr=False)
    with_qr = printed["card"].path.read_bytes()
    without = (tmp_path / "noqr.pdf").read_bytes()
    assert len(without) < len(with_qr)
    reader = PdfReader(BytesIO(without))
    assert "核对码" in reader.pages[0].extract_text()  # the check code is still printed as text


def test_a_draft_prints_alone_marked_as_draft(printed, tmp_path):
    db = printed["db"]
    ids = village_household_ids(db, printed["village"].code)
    draft = next(c for c in load_cards(db, ids, year=YEAR) if c.plan is not None and c.plan.status_code == "draft")
    job = render_card(db, draft.household_id, tmp_path / "draft.pdf", today=TODAY)
    text = pdf_text(job.path)[0]
    assert "草稿：计划尚未确认" in text
    assert "草　稿" in text  # the watermark
    assert "第 1 版（草稿）" in text
