"""Every Excel export opens with a title row (which county, what, as of when) above its header row, and
wide sheets print readably: fitted to an A3 landscape width while that stays readable, else across pages
with the row's key columns repeated on each page (the 49-column register printed at 30% before)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.services.audit.log import export_events, list_events
from fupin_desktop.services.county import rectification as rect
from fupin_desktop.services.excel.exports import export_register
from fupin_desktop.store.engine import open_database
from tests.unit.county_data import V1, YEAR, make_county
from tests.unit.test_xlsx_print import _exports  # every export written once, as the print tests do

TITLES = {"register": "农户花名册", "plans": f"{YEAR}年度帮扶计划", "ledger": f"{YEAR}年度资金台账",
          "rectification": "整改清单", "exit": "贫困村退出评估", "audit": "操作记录"}


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "county.db")
    make_county(database)
    rect.create_item(database, source=vocab("rectification_source").codes[0], problem="计划未确认",
                     deadline=date(2020, 1, 1))
    yield database
    database.close()


def _table_width(ws) -> int:
    return max(c.column for c in ws[2] if c.value is not None)


def test_every_export_starts_with_a_title_row_above_its_header(db, tmp_path):
    today = date.today()
    as_of = f"（截至 {today.year}年{today.month}月{today.day}日）"
    for what, path in _exports(db, tmp_path).items():
        ws = load_workbook(path).active
        title = ws["A1"]
        assert title.value == f"金水县 {TITLES[what]}{as_of}", what
        assert title.font.bold and title.font.size >= 14, what
        last = get_column_letter(_table_width(ws))
        assert [str(r) for r in ws.merged_cells.ranges] == [f"A1:{last}1"], what
        assert ws.row_dimensions[1].height and ws.row_dimensions[1].height > 20, what
        # the header row below it: bold, frozen, filtered and repeated on every printed page
        assert ws["A2"].font.bold and ws["A2"].value, what
        assert ws.freeze_panes.endswith("3"), what
        assert ws.auto_filter.ref == f"A2:{last}2", what
        assert ws.print_title_rows == "$2:$2", what
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text, what


def test_without_a_county_in_the_register_the_unit_from_the_settings_names_it(tmp_path):
    from fupin_desktop.services.setup.settings import set_settings

    db = open_database(tmp_path / "new.db")
    set_settings(db, {"unit": "鲁山县乡村振兴局"})
    path = tmp_path / "audit.xlsx"
    export_events(db, list_events(db), path)
    db.close()
    assert load_workbook(path).active["A1"].value.startswith("鲁山县乡村振兴局 操作记录（截至 ")


def test_one_villages_register_names_the_village(db, tmp_path):
    path = tmp_path / "v.xlsx"
    export_register(db, path, village_code=V1)
    assert load_workbook(path).active["A1"].value.startswith("金水县甲村 农户花名册（截至 ")


WIDE = {"register": ("$A:$C", ["行政村", "户编号", "姓名"], "D3"),  # 49 columns
        "plans": ("$A:$E", ["乡(镇)", "行政村", "自然村(组)", "户编号", "户主"], "F3")}  # 24 columns, 346 wide


def test_wide_sheets_run_across_pages_with_their_key_columns_on_each(db, tmp_path):
    paths = _exports(db, tmp_path)
    for what, (title_cols, keys, frozen) in WIDE.items():
        ws = load_workbook(paths[what]).active
        assert ws.page_setup.orientation == "landscape", what
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A3), what
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, what  # not squeezed onto one page width
        assert int(ws.page_setup.scale) >= 70, what
        assert ws.page_setup.pageOrder == "overThenDown", what  # a row's pages follow each other
        assert ws.print_title_cols == title_cols, what
        assert [c.value for c in ws[2][:len(keys)]] == keys, what
        assert ws.freeze_panes == frozen, what  # on screen too, the key columns stay in view
        assert ws["A1"].alignment.horizontal == "left", what  # centred, it would print on a middle page
        total = sum(ws.column_dimensions[get_column_letter(i)].width for i in range(1, _table_width(ws) + 1))
        assert total > 320, what


def test_sheets_that_fit_a_readable_width_are_fitted_to_it(db, tmp_path):
    paths = _exports(db, tmp_path)
    for what in ("ledger", "rectification", "exit", "audit"):
        ws = load_workbook(paths[what]).active
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1, what
        assert ws.page_setup.fitToHeight == 0, what
        assert ws.print_title_cols is None, what
        assert ws.freeze_panes == "A3", what
        assert ws["A1"].alignment.horizontal == "center", what
