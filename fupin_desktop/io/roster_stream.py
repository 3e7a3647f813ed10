"""Streaming a roster sheet row by row as a person sees it (DOMAIN.md §9, issue 12 §2).

openpyxl's read-only parser, with what a roster import needs and openpyxl's row iterator drops:
- merged cells: a vertically merged cell shows its value on every row it covers (household columns
  merged over the member rows). The merge ranges sit after the rows in the sheet XML, so they are
  found first by a byte scan of the part (no XML parse, no cells kept);
- hidden rows, and formula cells that carry no stored result (a workbook written by a program and
  never opened in Excel): flagged on the row, so the reader can skip and list them;
- a cell longer than Excel's own limit is refused (inline strings here; shared strings at open).
Rows missing from the XML come back empty, so row numbers are the ones Excel shows.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from bisect import insort
from typing import Iterator, Optional

from openpyxl.utils.cell import column_index_from_string
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from fupin_desktop.errors import UserFacingError
from fupin_desktop.io.roster_limits import cell_too_long, limits

_MERGE = re.compile(rb'<(?:[A-Za-z0-9_]+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_CHUNK = 4 * 1024 * 1024
_OVERLAP = 256
_TRUE = ("1", "true")


def vertical_merges(source) -> list[tuple[int, int, int]]:
    """(first row, last row, 0-based column) of every merge range spanning more than one row.

    Only the range's first column carries the value (a block merge belongs to its first column)."""
    found = set()
    tail = b""
    while True:
        chunk = source.read(_CHUNK)
        if not chunk:
            break
        buf = tail + chunk
        if b"mergeCell" in buf:
            for m in _MERGE.finditer(buf):
                if m.group(3):
                    found.add((int(m.group(2)), int(m.group(4)), column_index_from_string(m.group(1).decode()) - 1))
        tail = buf[-_OVERLAP:]
    return sorted(r for r in found if r[1] > r[0])


class _RowParser(WorkSheetParser):
    """openpyxl's sheet parser; each row also says whether it is hidden and which formula cells are empty."""

    def parse_row(self, row):
        attrs = row.attrib
        number = attrs.get("r")
        if number is not None:
            number = float(number)
            if not number.is_integer():
                raise ValueError(f"{attrs['r']} is not a valid row number")
            self.row_counter = int(number)
        else:
            self.row_counter += 1
        self.col_counter = 0
        parse_cell = self.parse_cell
        cells = [parse_cell(el) for el in row]
        formulas = None
        for el, cell in zip(row, cells):
            value = cell["value"]
            if value is None:
                if el.find(FORMULA_TAG) is not None:
                    formulas = (formulas or ()) + (cell["column"] - 1,)
            elif value.__class__ is str and len(value) > self.max_chars:
                raise cell_too_long(self.workbook_name, self.sheet_name, self.row_counter)
        return self.row_counter, cells, attrs.get("hidden") in _TRUE, formulas


def sheet_rows(ws, workbook_name: str = "") -> Iterator[tuple[int, tuple, bool, Optional[tuple]]]:
    """(Excel row number, cell values as a person sees them, hidden, 0-based columns of formula cells
    without a stored result) for every row from 1 on; rows missing from the XML come back empty.

    A damaged sheet (broken XML, a truncated or corrupt zip part) ends in a UserFacingError."""
    try:
        yield from _sheet_rows(ws, workbook_name)
    except (SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, IndexError) as exc:
        raise UserFacingError(
            f"{workbook_name or '表格'} 的工作表“{ws.title}”已损坏，读不下去。请用 Excel/WPS 打开后另存为新的 .xlsx 再导入。",
            f"damaged worksheet: {exc}") from exc


def _sheet_rows(ws, workbook_name: str) -> Iterator[tuple[int, tuple, bool, Optional[tuple]]]:
    merges = getattr(ws, "_roster_merges", None)
    if merges is None:
        with ws._get_source() as src:
            merges = ws._roster_merges = vertical_merges(src)
    pending = list(merges)  # sorted by first row
    next_merge = 0
    active: list[tuple[int, int, object]] = []  # (last row, column, value), sorted
    wb = ws.parent
    with ws._get_source() as src:
        parser = _RowParser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                            date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        parser.max_chars = limits().max_cell_chars
        max_columns = limits().max_columns
        parser.workbook_name, parser.sheet_name = workbook_name, ws.title
        expected = 1
        for number, cells, hidden, formulas in parser.parse():
            while expected < number:  # rows missing from the XML
                yield expected, _merged(expected, [], active), False, None
                expected += 1
            if number < expected:  # out-of-order rows: keep the first
                continue
            expected = number + 1
            width = cells[-1]["column"] if cells else 0
            if width > max_columns:  # far-away cells of a hostile sheet would cost memory on every row
                width = max_columns
                cells = [c for c in cells if c["column"] <= max_columns]
            values = [None] * width
            for cell in cells:
                values[cell["column"] - 1] = cell["value"]
            while next_merge < len(pending) and pending[next_merge][0] <= number:
                first, last, column = pending[next_merge]
                next_merge += 1
                if first == number:
                    insort(active, (last, column, values[column] if column < len(values) else None))
            yield number, _merged(number, values, active), hidden, formulas


def _merged(number: int, values: list, active: list) -> tuple:
    """The row's values with the merge ranges covering it filled in (their first rows hold the value)."""
    while active and active[0][0] < number:
        active.pop(0)
    for _last, column, value in active:
        if value is None:
            continue
        if column >= len(values):
            values = values + [None] * (column + 1 - len(values))
        values[column] = value
    return tuple(values)
