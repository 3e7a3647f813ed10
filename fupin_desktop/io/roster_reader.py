"""Reading roster workbooks: every sheet, its header row, its data rows with Excel row numbers.

openpyxl in read-only mode streams rows (values only) without loading the workbook;
``reset_dimensions()`` first, because exports often carry wrong sheet-size metadata and would
otherwise be cut short. Since that metadata is never used, the workbook is opened without
openpyxl's size probe: on a sheet without a ``<dimension>`` element (ours, WPS and many other
exports) the probe parses the whole sheet once at open, before the rows are read again, which was
a third of a county roster's import time. A sheet with no recognisable header (a notes sheet, an
empty sheet) is listed, not read.

Rows are read as a person sees them (io.roster_stream: merged cells filled in); hidden sheets,
hidden rows, totals and signature lines, blank rows between data rows and formula cells without a
stored result are skipped and listed (io.roster_skips). The workbook's size is checked before it is
opened (io.roster_limits).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional
from zipfile import BadZipFile

from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from fupin_desktop.errors import UserFacingError
from fupin_desktop.io.roster_headers import HEADER_SCAN_ROWS, ColumnMapping, find_header_row, map_headers
from fupin_desktop.io.roster_limits import check_archive, check_shared_strings
from fupin_desktop.io.roster_skips import SkippedItem, row_marker
from fupin_desktop.io.roster_stream import sheet_rows

MEMBER_FIELDS = frozenset({"name", "id_number", "relationship"})
HOUSEHOLD_ONLY_FIELDS = frozenset({"head_name"})


@dataclass
class SheetInfo:
    name: str
    kind: str  # members | households | unknown | hidden
    mapping: Optional[ColumnMapping]
    data_rows: int = 0
    hidden: bool = False

    @property
    def header_row(self) -> Optional[int]:
        return self.mapping.header_row if self.mapping else None


class _UnsizedSheet(ReadOnlyWorksheet):
    """A read-only sheet that skips the size probe: its state is that of ``reset_dimensions()``."""

    def _get_size(self) -> None:
        self._max_row = self._max_column = None


class _ReadOnlyReader(ExcelReader):
    """openpyxl's reader (pinned 3.1.x) with unsized read-only sheets; chart sheets as usual."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            ws = _UnsizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def _load_read_only(path: Path):
    reader = _ReadOnlyReader(path, read_only=True, data_only=True)
    reader.read()
    reader.wb.roster_name = path.name
    try:
        check_shared_strings(reader.shared_strings, path.name)
    except UserFacingError:
        reader.wb.close()
        raise
    return reader.wb


def open_workbook(path: str | Path):
    path = Path(path)
    if not path.exists():
        raise UserFacingError(f"找不到文件：{path}", "file not found")
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserFacingError(
            f"只能导入 .xlsx 格式的表格：{path.name}。旧的 .xls 文件请先用 Excel/WPS 另存为 .xlsx。",
            "only .xlsx workbooks can be imported",
        )
    check_archive(path)
    try:
        return _load_read_only(path)
    except MemoryError as exc:
        raise UserFacingError(f"表格 {path.name} 太大，内存不够打开。请按乡镇拆分成几个表格分别导入。",
                              "out of memory opening the workbook") from exc
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise UserFacingError(f"无法打开表格 {path.name}：文件已损坏或不是 Excel 表格。", str(exc)) from exc


def sheet_kind(mapping: ColumnMapping) -> str:
    fields = set(mapping.field_columns())
    if fields & MEMBER_FIELDS and ("name" in fields or "id_number" in fields):
        return "members"
    if fields & HOUSEHOLD_ONLY_FIELDS or "household_no" in fields:
        return "households"
    return "unknown"


def _rows(ws, min_row: int = 1) -> Iterator[tuple[int, tuple, bool, Optional[tuple]]]:
    for item in sheet_rows(ws, getattr(ws.parent, "roster_name", "")):
        if item[0] >= min_row:
            yield item


def _is_hidden(ws) -> bool:
    return getattr(ws, "sheet_state", "visible") in ("hidden", "veryHidden")


def inspect_sheets(wb, saved: Optional[dict[str, str]] = None) -> list[SheetInfo]:
    """Header row and column mapping of every sheet, from its first rows only. A hidden sheet is
    listed as hidden and not read."""
    out = []
    for ws in wb.worksheets:
        if _is_hidden(ws):
            out.append(SheetInfo(ws.title, "hidden", None, hidden=True))
            continue
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        head = []
        for number, values, _hidden, _formulas in _rows(ws):
            head.append(values)
            if number >= HEADER_SCAN_ROWS:
                break
        index = find_header_row(head, saved)
        if index is None:
            out.append(SheetInfo(ws.title, "unknown", None))
            continue
        mapping = map_headers(head[index], header_row=index + 1, saved=saved)
        out.append(SheetInfo(ws.title, sheet_kind(mapping), mapping))
    return out


def skipped_sheets(sheets: list[SheetInfo]) -> list[SkippedItem]:
    return [SkippedItem(s.name, "hidden_sheet") for s in sheets if s.hidden]


def _blank(values: tuple) -> bool:
    return not any(v is not None and (not isinstance(v, str) or v.strip()) for v in values)


class _Runs:
    """Skipped rows for one sheet; consecutive rows skipped for the same reason become one item."""

    def __init__(self, sheet: SheetInfo, out: list[SkippedItem]):
        self.sheet, self.out, self.open = sheet, out, {}

    def add(self, kind: str, row: int, column: str = "", text: str = "") -> None:
        key = (kind, column)
        item = self.open.get(key)
        if item is not None and not text and item.last_row == row - 1:
            item.last_row = row
            return
        item = SkippedItem(self.sheet.name, kind, row, row, column, text)
        self.open[key] = item
        self.out.append(item)

    def column(self, index: int) -> str:
        headers = self.sheet.mapping.headers
        header = headers[index] if index < len(headers) else ""
        return " ".join(header.split()) or get_column_letter(index + 1)


def iter_data_rows(wb, sheet: SheetInfo, skipped: Optional[list[SkippedItem]] = None) -> Iterator[tuple[int, tuple]]:
    """(Excel row number, cell values) for every row below the header that holds a person.

    Hidden rows, totals and signature lines and blank rows between data rows are left out; each is
    appended to ``skipped`` when given, as are formula cells without a stored result (read as blank)."""
    ws = wb[sheet.name]
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    runs = _Runs(sheet, skipped if skipped is not None else [])
    blank_from = None
    # A row with an ID and a relationship (a households sheet: a number and a head) is a person:
    # only the other rows are looked at for 合计/签字 words (every cell of 200,000 rows costs seconds).
    columns = sheet.mapping.field_columns()
    person_keys = ("id_number", "relationship") if sheet.kind == "members" else ("household_no", "head_name")
    person_cells = [columns[k] for k in person_keys if k in columns]
    need = 1 + max(person_cells, default=-1)
    for number, values, hidden, formulas in _rows(ws, sheet.mapping.header_row + 1):
        if _blank(values):
            if formulas:
                for index in formulas:
                    runs.add("formula", number, runs.column(index))
            elif blank_from is None:
                blank_from = number
            continue
        if blank_from is not None:  # blank rows between data rows; trailing blank rows are not listed
            for row in range(blank_from, number):
                runs.add("blank", row)
            blank_from = None
        if hidden:
            runs.add("hidden_row", number)
            continue
        is_person = person_cells and len(values) >= need and all(values[i] is not None for i in person_cells)
        marker = None if is_person else row_marker(values)
        if marker is not None:
            runs.add(marker[0], number, text=marker[1])
            continue
        if formulas:
            for index in formulas:
                runs.add("formula", number, runs.column(index))
        yield number, values


def first_rows(path: str | Path, limit: int = 50, saved: Optional[dict[str, str]] = None) -> list[tuple[SheetInfo, list[tuple[int, tuple]]]]:
    """A quick look for the mapping dialog: each sheet's mapping and its first data rows."""
    wb = open_workbook(path)
    try:
        sheets = inspect_sheets(wb, saved)
        out = []
        for sheet in sheets:
            rows = []
            if sheet.mapping is not None:
                for item in iter_data_rows(wb, sheet):
                    rows.append(item)
                    if len(rows) >= limit:
                        break
            out.append((sheet, rows))
        return out
    finally:
        wb.close()
