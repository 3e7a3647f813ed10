"""Excel exports read and print like office documents: Chinese labels for coded values, real dates,
amounts with thousands separators, a print setup on every sheet; rejected roster rows keep every
header and wrap inside their columns."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from fupin_desktop.domain.vocab import policies, vocab
from fupin_desktop.io.roster_rejects import export_rejected
from fupin_desktop.services.audit.log import export_events, list_events
from fupin_desktop.services.county import rectification as rect
from fupin_desktop.services.county.exit_check import exit_check
from fupin_desktop.services.excel.exports import export, export_exit_assessment
from fupin_desktop.services.excel.roster_import import preview_roster
from fupin_desktop.store.engine import open_database
from tests.unit.county_data import YEAR, make_county

CODE = re.compile(r"^[a-z][a-z0-9_]*$")


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "county.db")
    make_county(database)
    with database.engine.begin() as conn:  # as the wizard and the demo store it: the policy's code
        conn.exec_driver_sql("UPDATE measure SET policy_ref = 'health'")
    rect.create_item(database, source=vocab("rectification_source").codes[0], problem="计划未确认",
                     deadline=date(2020, 1, 1))
    yield database
    database.close()


def _exports(db, tmp_path) -> dict:
    paths = {}
    for what in ("register", "plans", "ledger", "rectification"):
        paths[what] = tmp_path / f"{what}.xlsx"
        export(db, what, paths[what], year=YEAR)
    paths["exit"] = tmp_path / "exit.xlsx"
    export_exit_assessment(db, exit_check(db, year=YEAR).assessments, paths["exit"])
    paths["audit"] = tmp_path / "audit.xlsx"
    export_events(db, list_events(db), paths["audit"])
    return paths


def _rows(path):
    ws = load_workbook(path).active
    headers = [c.value for c in ws[2]]  # row 1 is the sheet's title
    return ws, headers, [dict(zip(headers, r)) for r in ws.iter_rows(min_row=3)]


def test_every_coded_column_is_a_chinese_label(db, tmp_path):
    for what, path in _exports(db, tmp_path).items():
        ws, headers, rows = _rows(path)
        codes = {(h, c.value) for r in rows for h, c in r.items() if isinstance(c.value, str) and CODE.match(c.value)}
        assert codes == set(), what
    _ws, _h, rows = _rows(tmp_path / "plans.xlsx")
    titles = set(policies().labels)
    assert rows and {r["政策依据"].value for r in rows} == {policies().label("health")} and titles


def test_dates_are_excel_dates_and_amounts_have_thousands_separators(db, tmp_path):
    paths = _exports(db, tmp_path)
    _ws, _h, plans = _rows(paths["plans"])
    due = [r["对时：完成时限"] for r in plans if r["对时：完成时限"].value is not None]
    assert due and all(isinstance(c.value, datetime) and c.number_format == "yyyy-mm-dd" for c in due)
    amounts = [r["对账：计划金额(元)"] for r in plans if r["对账：计划金额(元)"].value is not None]
    assert amounts and all(isinstance(c.value, (int, float)) and c.number_format == "#,##0.00" for c in amounts)
    _ws, _h, ledger = _rows(paths["ledger"])
    assert all(isinstance(r["拨付日期"].value, datetime) for r in ledger if r["帮扶措施"].value)
    assert ledger[-1]["拨付金额(元)"].number_format == "#,##0.00"  # the 合计 row
    _ws, _h, register = _rows(paths["register"])
    assert all(isinstance(r["出生日期"].value, datetime) for r in register)
    _ws, _h, items = _rows(paths["rectification"])
    assert items[0]["整改时限"].value == datetime(2020, 1, 1) and items[0]["整改时限"].number_format == "yyyy-mm-dd"


def _check_print_setup(ws, wide: bool, header_row: int = 1, fits: bool = True):
    assert ws.page_setup.orientation == ("landscape" if wide else "portrait"), ws.title
    if fits:
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1, ws.title
        assert ws.page_setup.fitToHeight == 0, ws.title
    else:  # too wide to fit readably: across pages by width (tests/unit/test_xlsx_titles.py)
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    assert ws.print_title_rows == f"${header_row}:${header_row}", ws.title
    assert "&P" in (ws.oddFooter.center.text or ""), ws.title


def test_every_sheet_has_a_print_setup(db, tmp_path):
    for what, path in _exports(db, tmp_path).items():  # below each export's title row: its header
        for ws in load_workbook(path).worksheets:
            _check_print_setup(ws, wide=True, header_row=2, fits=what not in ("register", "plans"))


def test_rejected_rows_keep_every_header_and_wrap(tmp_path):
    db = open_database(tmp_path / "c.db")
    wb = Workbook()
    ws = wb.active
    ws.append(["金水县建档立卡贫困人口信息表"])
    ws.append(["序号", "县(市、区、旗)", "镇（乡）", "行政村", "户编号", "姓名", "性别", "证件号码", "与户主关系",
               "劳动能力\n（劳动技能）", None, "备注"])
    long_note = "户主常年在外务工，家中只有老人和两个在校的孩子，联系电话经常打不通" * 2
    ws.append([1, "金水县", "城关镇", "甲村", "H001", "张大山", "男", "410102197002020037", "户主", "普通劳动力",
               "多出来的一列", long_note])
    ws.append([2, "金水县", "城关镇", "甲村", "H001", "张小山", "男", "12345", "长子", "普通劳动力", None, ""])
    src = tmp_path / "r.xlsx"
    wb.save(src)
    preview = preview_roster(db, src)
    assert preview.rejected
    out = tmp_path / "rejected.xlsx"
    export_rejected(preview, out)
    db.close()
    ws = load_workbook(out).active
    headers = [c.value for c in ws[1]]
    assert headers[:2] == ["原行号", "错误"]
    assert headers[2:] == ["序号", "县(市、区、旗)", "镇（乡）", "行政村", "户编号", "姓名", "性别", "证件号码",
                           "与户主关系", "劳动能力\n（劳动技能）", "第11列", "备注"]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value:
                assert cell.alignment.wrap_text, (cell.coordinate, cell.value)
    from openpyxl.utils import get_column_letter

    for i, h in enumerate(headers, start=1):  # a header's longest line fits its column
        longest = max(sum(2 if ord(ch) > 0x2E7F else 1 for ch in line) for line in h.splitlines())
        assert ws.column_dimensions[get_column_letter(i)].width >= min(longest, 40), h
    _check_print_setup(ws, wide=True)
