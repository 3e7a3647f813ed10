"""Pieces of the printed papers: the QR code, the text cells, tables that split without orphans."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.units import mm
from reportlab.platypus import Table

from fupin_desktop.pdf.fonts import register_pdf_font
from fupin_desktop.pdf.layout import RuledTable, ruled_table
from fupin_desktop.pdf.qr import QUIET_MODULES, card_code, check_code, parse_card_code, path_operators, qr_matrix
from fupin_desktop.pdf.textcells import TextCell, text_width, wrap_runs

HID = "0f3c2a9e4b5d46e7a8b9c0d1e2f3a4b5"
PLAN = "9a8b7c6d5e4f40312a1b2c3d4e5f6a7b"


def test_card_code_round_trip_and_check():
    code = card_code(HID, PLAN, 2026, 3)
    assert code.startswith("FP1:" + HID.upper() + ":2026-3:")
    assert set(code) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")  # QR alphanumeric mode
    parsed = parse_card_code(code)
    assert (parsed.household_id, parsed.year, parsed.version) == (HID, 2026, 3)
    assert parsed.matches(PLAN)
    assert not parsed.matches(PLAN[::-1])
    assert check_code(HID, PLAN, 2026, 4) != parsed.check  # another version, another check
    assert parse_card_code("https://example.com") is None
    assert parse_card_code(code.lower()) == parsed


def _matrix_image(matrix, scale=6):
    n = len(matrix)
    size = (n + 2 * QUIET_MODULES) * scale
    img = Image.new("L", (size, size), 255)
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if value == 0:
                x, y = (c + QUIET_MODULES) * scale, (r + QUIET_MODULES) * scale
                img.paste(0, (x, y, x + scale, y + scale))
    return img


def test_matrix_decodes_and_path_covers_exactly_the_dark_modules():
    code = card_code(HID, PLAN, 2026, 1)
    matrix = qr_matrix(code)
    assert len(matrix) == len(matrix[0]) == 29  # version 3 at level M: small enough for a 25 mm square
    results = zxingcpp.read_barcodes(_matrix_image(matrix))
    assert [r.text for r in results] == [code]
    # The path's rectangles, painted back into a grid, give the matrix again (y up in PDF space).
    n = len(matrix)
    grid = [[255] * n for _ in range(n)]
    ops = path_operators(matrix).split(" re")
    for op in filter(None, (o.strip() for o in ops)):
        x, y, w, h = map(int, op.split())
        assert h == 1
        for c in range(x, x + w):
            grid[n - 1 - y][c] = 0
    assert [bytes(row) for row in grid] == matrix
    assert len(ops) - 1 < sum(row.count(0) for row in matrix) * 0.6  # runs, not one square per module


def test_text_cell_breaks_cjk_but_not_numbers_and_keeps_punctuation_off_line_starts():
    font = register_pdf_font()
    width = text_width("一二三四五", font, 10)
    lines = wrap_runs([("一二三四五六七，八九", 10, None)], width + 0.1, font)
    texts = ["".join(t for t, _, _ in line) for line in lines]
    assert texts[0] == "一二三四五"
    assert not any(t.startswith("，") for t in texts)
    assert "".join(texts) == "一二三四五六七，八九"
    lines = wrap_runs([("编号 4101021960031512 完", 10, None)], text_width("编号 4101021960031512", font, 10) - 1,
                      font)
    texts = ["".join(t for t, _, _ in line) for line in lines]
    assert texts[0].strip() == "编号" and texts[1].startswith("4101021960031512")  # the number moved whole
    # A number wider than the whole line still breaks (by characters) rather than overflowing.
    lines = wrap_runs([("4101021960031512", 10, None)], text_width("41010219", font, 10) + 0.1, font)
    assert ["".join(t for t, _, _ in line) for line in lines] == ["41010219", "60031512"]
    cell = TextCell("两行\n文字", font, size=9)
    w, h = cell.wrap(100, 100)
    assert len(cell.lines) == 2 and h > 9 * 1.2


def _rows(n):
    return [["序号", "内容"]] + [[str(i), f"第{i}行"] for i in range(1, n + 1)]


def test_ruled_table_leaves_no_single_row_on_either_page():
    font = register_pdf_font()
    table = ruled_table(_rows(10), [20 * mm, 60 * mm], font)
    width, height = table.wrap(80 * mm, 1000)
    row = table._rowHeights[1]
    head = table._rowHeights[0]
    # Room for the header and one row only: move the whole table on.
    assert table.split(80 * mm, head + row * 1.5) == []
    # Room for all but the last row: keep two rows for the next page.
    parts = table.split(80 * mm, height - row * 0.5)
    assert len(parts) == 2
    assert len(parts[1]._cellvalues) - 1 >= 2 and len(parts[0]._cellvalues) - 1 == 8
    assert parts[1]._cellvalues[0] == ["序号", "内容"]  # header repeated
    # A plain reportlab table would have left one row alone: the rule is ours.
    plain = Table(_rows(10), colWidths=[20 * mm, 60 * mm], repeatRows=1)
    _, plain_height = plain.wrap(80 * mm, 1000)
    assert len(plain.split(80 * mm, plain_height - plain._rowHeights[1] * 0.5)[1]._cellvalues) - 1 == 1
    assert isinstance(table, RuledTable)


@pytest.mark.parametrize("size", [1, 3])
def test_ruled_table_small_tables_split_as_usual(size):
    font = register_pdf_font()
    table = ruled_table(_rows(size), [20 * mm, 60 * mm], font)
    _, height = table.wrap(80 * mm, 1000)
    assert table.split(80 * mm, height + 1) == [table] or len(table.split(80 * mm, height + 1)) == 1


def test_qr_drawn_as_one_path_operator_string(tmp_path):
    from reportlab.pdfgen import canvas

    from fupin_desktop.pdf.qr import draw_qr

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=0)
    draw_qr(c, card_code(HID, PLAN, 2026, 1), 100, 100, 25 * mm)
    c.showPage()
    c.save()
    data = buf.getvalue().decode("latin-1")
    assert data.count(" re f") == 2  # the white quiet-zone square, then every module in one filled path
    assert "/Subtype /Image" not in data  # vector, not a bitmap
