"""Writing .xlsx sheets a clerk prints or hands on: the format shared by every export.

A title row saying what the sheet is (for which county, as of when), Chinese headers, sensible column
widths, a frozen bold header row, real Excel dates, amounts with thousands separators, wrapped rows as tall
as their longest cell, and a print setup on every sheet (A4, landscape when wide, A3 landscape when wider,
fit to the page width while that stays readable, else pages across with the key columns repeated; the
header row repeated on every page, page numbers in the footer). Sheets are written in openpyxl's
write-only mode, which streams rows: a county register of 200,000 people fits in little memory.
"""

from __future__ import annotations

import math
import unicodedata
import weakref
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Sequence

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from fupin_desktop.errors import UserFacingError
from fupin_desktop.io.workbook_file import save_workbook

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
TITLE_FONT = Font(bold=True, size=16)
TITLE_ALIGN = Alignment(horizontal="center", vertical="center")
TITLE_LEFT = Alignment(horizontal="left", vertical="center")
TITLE_HEIGHT = 30.0
OVERDUE_FILL = PatternFill("solid", fgColor="F8D7D7")
WRAP = Alignment(wrap_text=True, vertical="top")
YES, NO = "是", "否"


DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
# Sum of column widths (in characters) that still prints readably on A4 portrait, on A4 landscape.
PORTRAIT_MAX_WIDTH = 110
A4_LANDSCAPE_MAX_WIDTH = 260
# Wider than this, fitting A3 landscape (about 400 mm inside the margins, a width unit about 1.9 mm) to its
# width shrinks 11 pt text below 65%, about 7 pt (the 49-column register printed at 30%, unreadable): the
# sheet runs across pages by width at WIDE_SCALE instead.
A3_LANDSCAPE_MAX_WIDTH = 320
WIDE_SCALE = 80
FOOTER = "第 &P 页，共 &N 页"
# Points per wrapped line at the default 11 pt font (CJK fallback fonts are a little taller than Calibri),
# and Excel's own ceiling for a row's height.
LINE_HEIGHT = 16.0
MAX_ROW_HEIGHT = 409.0


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text | date | money | count: decides the cell's number format


def _header_cells(ws, columns: Sequence[Column]) -> list:
    cells = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col.header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        cells.append(cell)
    return cells


def fits_page_width(total_width: float) -> bool:
    """Whether a table this wide prints readably when fitted to one A3 landscape page width."""
    return total_width <= A3_LANDSCAPE_MAX_WIDTH


def print_setup(ws, total_width: float, title_rows: str = "1:1", title_columns: str | None = None) -> None:
    """Paper, orientation, fit to the page width (as many pages down as needed), the header rows
    repeated on every page and "第 n 页，共 m 页" in the footer: a county register must not print
    on two thousand pages with no header. A table too wide to fit readably prints on A3 landscape
    at WIDE_SCALE across several pages, ``title_columns`` (the row's key: 行政村, 户编号, 姓名)
    repeated at the left of each."""
    wide = total_width > PORTRAIT_MAX_WIDTH
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A3 if total_width > A4_LANDSCAPE_MAX_WIDTH else Worksheet.PAPERSIZE_A4
    if fits_page_width(total_width):
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = WIDE_SCALE
        ws.page_setup.pageOrder = "overThenDown"  # a row's pages follow each other
        if title_columns:
            ws.print_title_cols = title_columns
    ws.print_options.gridLines = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.print_title_rows = title_rows
    ws.oddFooter.center.text = FOOTER
    ws.evenFooter.center.text = FOOTER


def new_sheet(wb: Workbook, title: str, columns: Sequence[Column], heading: str | None = None,
              key_columns: int = 0):
    """A write-only sheet with widths, a frozen bold header row, an auto-filter and a print setup.
    ``heading``: a title row above the header (what, where, as of when), merged across the table;
    the header row below it is the one frozen, filtered and repeated on every printed page.
    ``key_columns``: how many leading columns identify a row; a sheet too wide to fit one page repeats
    them on every page and keeps them in view on screen."""
    ws = wb.create_sheet(title)
    last = get_column_letter(len(columns))
    header_row = 2 if heading else 1
    total_width = sum(c.width for c in columns)
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    keys = key_columns if key_columns and not fits_page_width(total_width) else 0
    ws.freeze_panes = f"{get_column_letter(keys + 1)}{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row}"
    print_setup(ws, total_width, title_rows=f"{header_row}:{header_row}",
                title_columns=f"A:{get_column_letter(keys)}" if keys else None)
    if heading:
        ws.row_dimensions[1].height = TITLE_HEIGHT
        if len(columns) > 1:
            ws.merged_cells.add(f"A1:{last}1")
        cell = WriteOnlyCell(ws, value=heading)
        # centred over a table that runs across pages it would print on a middle page: left there
        cell.font, cell.alignment = TITLE_FONT, TITLE_ALIGN if fits_page_width(total_width) else TITLE_LEFT
        ws.append([cell])
    header_height = wrapped_height(columns, [c.header for c in columns])  # 是否达到退出标准 in a narrow column
    if header_height is not None:
        ws.row_dimensions[header_row].height = header_height
    ws.append(_header_cells(ws, columns))
    _next_row[ws] = header_row + 1
    return ws


# Write-only sheets do not say which row comes next, and a row's height must be set before the row
# is streamed: ``append_row`` counts the rows of every sheet made by ``new_sheet``.
_next_row: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def append_row(ws, columns: Sequence[Column], values: Sequence, fill=None, wrap: bool = False,
               wrap_long: bool = False) -> None:
    """Append ``typed_row``; a wrapped row gets the height of its longest cell, or Excel and LibreOffice
    show one or two lines of it and cut the rest (a row height is not recomputed on open).
    ``wrap_long``: wrap only a row with a cell longer than its column (the plan export and the audit
    log run to 200,000 rows at a county: a one-line row stays plain values, which is fast)."""
    row = _next_row[ws]
    if wrap or wrap_long:
        height = wrapped_height(columns, values)
        if height is not None:
            ws.row_dimensions[row].height = height
            wrap = True
    ws.append(typed_row(ws, columns, values, fill=fill, wrap=wrap))
    _next_row[ws] = row + 1


def text_width(text: str) -> int:
    """Width in column-width units: a CJK (full-width) character takes about two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes when wrapped in a column ``width`` characters wide (a little margin kept)."""
    usable = max(1.0, width - 1)
    return sum(max(1, math.ceil(text_width(part) / usable)) for part in text.split("\n"))


def wrapped_height(columns: Sequence[Column], values: Sequence) -> float | None:
    """Row height in points fitting the longest wrapped text cell; None when one line is enough."""
    # 2 × len is the widest a text can be: most cells are known to fit without measuring each character
    lines = max((wrapped_lines(v, c.width) for c, v in zip(columns, values)
                 if isinstance(v, str) and v and (2 * len(v) > c.width - 1 or "\n" in v)), default=1)
    return None if lines <= 1 else min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT)


_FORMATS = {"date": DATE_FORMAT, "money": MONEY_FORMAT, "count": COUNT_FORMAT}


def typed_row(ws, columns: Sequence[Column], values: Sequence, fill=None, wrap: bool = False) -> list:
    """Cells for one row: dates and amounts as numbers with a display format (Excel can sum and
    sort them); plain values elsewhere, so a 200,000-row register stays fast."""
    out = []
    for col, value in zip(columns, values):
        value = _typed(col.kind, value)
        fmt = _FORMATS.get(col.kind) if value is not None and not isinstance(value, str) else None
        if fmt is None and fill is None and (not wrap or value is None or value == ""):  # nothing to wrap
            out.append(value)
            continue
        out.append(Cell(ws, row=1, column=1, value=value, style_array=_style(ws, fmt, fill, wrap)))
    return out


# Styles registered once per sheet and kind of cell: openpyxl hashes a style object at every
# assignment, a third of the time of a wrapped 200,000-row plan export.
_styles: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _style(ws, fmt, fill, wrap: bool):
    known = _styles.setdefault(ws, {})
    key = (fmt, id(fill), wrap)
    if key not in known:
        cell = WriteOnlyCell(ws)
        if fmt:
            cell.number_format = fmt
        if fill is not None:
            cell.fill = fill
        if wrap:
            cell.alignment = WRAP
        known[key] = (cell._style, fill)  # the fill kept alive: its id is in the key
    return known[key][0]


def _typed(kind: str, value):
    if kind == "date" and isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    if kind == "date" and isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool):
        return YES if value else NO
    return value


def cell_value(value):
    """Booleans as 是/否; dates stay dates (written as Excel dates by ``typed_row``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return YES if value else NO
    return value


def check_destination(path: str | Path) -> Path:
    """Refuse, before any slow work, a file whose folder is missing (a USB stick not plugged in)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserFacingError(f"文件夹不存在：{folder}（请先插入U盘或选择其他文件夹）",
                              f"folder does not exist: {folder}")
    if path.is_dir():
        raise UserFacingError(f"{path} 是一个文件夹，请给出要保存的文件名（如 台账.xlsx）",
                              f"{path} is a folder, not a file name")
    return path


def save_xlsx(wb: Workbook, path: Path) -> None:
    """Save after ``check_destination``; an OSError the medium layer does not name becomes one plain line."""
    check_destination(path)
    try:
        save_workbook(wb, path)
    except OSError as exc:  # not a full or write-protected stick (those are MediumProblem): say what
        raise UserFacingError(f"无法保存 {path}：{exc.strerror or exc}（请检查U盘是否写保护或已满）",
                              f"cannot write {path}: {exc}") from exc
