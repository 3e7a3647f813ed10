"""Wrapped cells in an export are not cut: a row is as tall as its longest wrapped cell, because
neither Excel nor LibreOffice grows a row on open (the exit assessment's 缺项与原因 showed 1–2 lines)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from openpyxl import load_workbook

from fupin_desktop.services.county.exit_check import exit_check, indicator_rules
from fupin_desktop.services.excel.exports import EXIT_COLUMNS, export, export_exit_assessment
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store.engine import open_database

YEAR = 2020
LINE_POINTS = 15.0  # a line of 11 pt text is at least this tall
REASONS = EXIT_COLUMNS[-1]


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "demo.db")
    generate_demo(database, households=300, seed=3, year=YEAR)
    # The demo's villages miss one indicator at most: mark every indicator of one village unmet, as
    # a village far from the standard, so its 缺项与原因 lists every one of them.
    fields = sorted({r.field for r in indicator_rules()})
    with database.engine.begin() as conn:
        first = conn.exec_driver_sql("SELECT min(code) FROM village WHERE deleted = 0").scalar_one()
        conn.exec_driver_sql(f"UPDATE village SET {', '.join(f'{f} = 0' for f in fields)} WHERE code = ?", (first,))
    yield database
    database.close()


def test_exit_rows_with_several_reasons_are_tall_enough(db, tmp_path):
    path = tmp_path / "exit.xlsx"
    export_exit_assessment(db, exit_check(db, year=YEAR).assessments, path)
    ws = load_workbook(path).active
    col = [c.value for c in ws[1]].index(REASONS.header) + 1
    assert ws.row_dimensions[1].height >= 2 * LINE_POINTS  # the header 是否达到退出标准 wraps too
    checked = 0
    for r in range(2, ws.max_row + 1):
        text = ws.cell(r, col).value or ""
        lines = math.ceil(_display_width(text) / REASONS.width)
        if text.count("；") >= 1 and lines >= 2:
            checked += 1
            height = ws.row_dimensions[r].height
            assert height is not None and height >= lines * LINE_POINTS, (r, text, height)
    assert checked, "the demo county has no village failing on several counts"


def test_other_exports_keep_their_rows_or_fit_them(db, tmp_path):
    from fupin_desktop.domain.vocab import vocab
    from fupin_desktop.services.county import rectification as rect

    long_problem = "入户核查发现家庭人口信息与公安户籍不一致，需要重新采集并由村两委会议审核后上报乡镇" * 2
    rect.create_item(db, source=vocab("rectification_source").codes[0], problem=long_problem, deadline=date(2020, 1, 1))
    path = tmp_path / "rect.xlsx"
    export(db, "rectification", path)
    ws = load_workbook(path).active
    assert ws.row_dimensions[2].height >= 4 * LINE_POINTS  # 84 CJK characters in a 36-wide column
    for what in ("register", "plans", "ledger"):  # no wrapped data: default heights below the header
        path = tmp_path / f"{what}.xlsx"
        export(db, what, path, year=YEAR)
        ws = load_workbook(path).active
        assert all(ws.row_dimensions[r].height is None for r in range(2, min(ws.max_row, 50) + 1)), what
