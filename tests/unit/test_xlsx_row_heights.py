"""Wrapped cells in an export are not cut: a row is as tall as its longest wrapped cell, because
neither Excel nor LibreOffice grows a row on open (the exit assessment's 缺项与原因 showed 1–2 lines)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from fupin_desktop.services.county.exit_check import exit_check, indicator_rules
from fupin_desktop.services.excel.exports import EXIT_COLUMNS, PLAN_COLUMNS, export, export_exit_assessment
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
    col = [c.value for c in ws[2]].index(REASONS.header) + 1
    assert ws.row_dimensions[2].height >= 2 * LINE_POINTS  # the header 是否达到退出标准 wraps too
    checked = 0
    for r in range(3, ws.max_row + 1):
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
    assert ws.row_dimensions[3].height >= 4 * LINE_POINTS  # 84 CJK characters in a 36-wide column
    for what in ("register", "ledger"):  # no wrapped data: default heights below the header
        path = tmp_path / f"{what}.xlsx"
        export(db, what, path, year=YEAR)
        ws = load_workbook(path).active
        assert all(ws.row_dimensions[r].height is None for r in range(3, min(ws.max_row, 50) + 1)), what
    path = tmp_path / "plans.xlsx"  # the demo's 政策依据 and 具体内容 run long: those rows fit, the rest stay
    export(db, "plans", path, year=YEAR)
    ws = load_workbook(path).active
    tall = [_assert_row_fits(ws, r, PLAN_COLUMNS) for r in range(3, min(ws.max_row, 200) + 1)]
    assert any(tall) and not all(tall), "the demo's plans have long and short rows alike"


def _assert_row_fits(ws, r: int, columns) -> bool:
    """A row with a cell longer than its column wraps that cell and is tall enough for it; a row
    without one keeps the default height. True for a wrapped row."""
    texts = [(i, col, ws.cell(r, i).value) for i, col in enumerate(columns, 1)]
    texts = [(i, col, v) for i, col, v in texts if isinstance(v, str)]  # dates and amounts do not wrap
    need = max(math.ceil(_display_width(v) / (col.width - 1)) for _i, col, v in texts)  # no text to the very edge
    height = ws.row_dimensions[r].height
    if need <= 1:
        assert height is None, (r, height)
        return False
    assert height is not None and height >= need * LINE_POINTS, (r, need, height)
    for i, col, v in texts:
        if _display_width(v) > col.width:
            assert ws.cell(r, i).alignment.wrap_text, (r, col.header)
    return True


def test_the_plan_export_wraps_a_long_measure_and_fits_its_row(db, tmp_path):
    long_detail = "为该户购买能繁母牛两头并协调县畜牧局技术员每季度上门指导防疫，申请小额信贷五万元用于圈舍改造" * 2
    with db.engine.begin() as conn:
        mid = conn.exec_driver_sql("SELECT id FROM measure WHERE deleted = 0 ORDER BY id LIMIT 1").scalar_one()
        conn.exec_driver_sql("UPDATE measure SET detail = ? WHERE id = ?", (long_detail, mid))
    path = tmp_path / "plans.xlsx"
    export(db, "plans", path, year=YEAR)
    ws = load_workbook(path).active
    col = [c.value for c in ws[2]].index("具体内容") + 1
    [r] = [r for r in range(3, ws.max_row + 1) if ws.cell(r, col).value == long_detail]
    assert ws.cell(r, col).alignment.wrap_text
    lines = math.ceil(_display_width(long_detail) / PLAN_COLUMNS[col - 1].width)
    assert lines >= 6 and ws.row_dimensions[r].height >= lines * LINE_POINTS, (lines, ws.row_dimensions[r].height)


def test_the_audit_log_wraps_a_long_detail_and_fits_its_row(tmp_path):
    from fupin_desktop.services.audit.log import export_events, list_events
    from fupin_desktop.services.audit.record import record_event

    db = open_database(tmp_path / "audit.db")
    problem = "饮水安全台账与入户核查结果不一致，部分农户缺少水质检测报告，需由村两委逐户补齐并报乡镇审核" * 2
    with db.transaction() as s:
        record_event(s, "rectification.create", "rectification", "r1", {"problem": problem}, user="李干部")
        record_event(s, "print.card", "household", "h1", {"file": "card.pdf"}, user="李干部")
    path = tmp_path / "audit.xlsx"
    export_events(db, list_events(db), path)
    db.close()
    ws = load_workbook(path).active
    col = [c.value for c in ws[2]].index("详情") + 1
    width = ws.column_dimensions[get_column_letter(col)].width
    [long_row] = [r for r in range(3, ws.max_row + 1) if problem in (ws.cell(r, col).value or "")]
    cell = ws.cell(long_row, col)
    lines = math.ceil(_display_width(cell.value) / width)
    assert lines >= 3 and cell.alignment.wrap_text
    assert ws.row_dimensions[long_row].height >= lines * LINE_POINTS, (lines, ws.row_dimensions[long_row].height)
    [short_row] = [r for r in range(3, ws.max_row + 1) if r != long_row]
    assert ws.row_dimensions[short_row].height is None  # a one-line event keeps the default height
