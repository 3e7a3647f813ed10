"""Rejected roster rows written back to an .xlsx for fixing: original cells plus the errors.

Each sheet of the source keeps its header; every rejected row follows with two leading columns,
原行号 (the row number in the source) and 错误 (all of the row's errors). After fixing, the file
can be imported as it is: the importer ignores these two columns. Every column keeps a header (a
column the source left unnamed is called 第N列), every cell wraps inside its column instead of
running over its neighbours, and the sheet prints like the other exports (io.xlsx_sheets.print_setup).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Protocol, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from fupin_desktop.io.roster_reader import SheetInfo, iter_data_rows, open_workbook
from fupin_desktop.io.workbook_file import save_workbook
from fupin_desktop.io.xlsx_sheets import print_setup

ERROR_HEADER = "错误"
ROW_HEADER = "原行号"
_ERROR_FILL = PatternFill("solid", fgColor="F8D7D7")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")


def _width(texts) -> float:
    """Column width from the longest line of its texts (CJK counts double), 8 to 40 characters."""
    longest = 0
    for t in texts:
        for line in str(t if t is not None else "").splitlines() or [""]:
            longest = max(longest, sum(2 if ord(ch) > 0x2E7F else 1 for ch in line))
    return float(min(40, max(8, longest + 2)))


class RejectedRow(Protocol):
    @property
    def sheet(self) -> str: ...
    @property
    def row(self) -> int: ...
    @property
    def errors(self) -> list[str]: ...


class RejectedRows(Protocol):
    """What is read of a roster preview (services.excel.roster_import.RosterPreview): the file, its
    sheets and the rejected rows. A protocol, so this file-format module needs no use case."""

    @property
    def path(self) -> Path: ...
    @property
    def sheets(self) -> Sequence[SheetInfo]: ...
    @property
    def rejected(self) -> Sequence[RejectedRow]: ...


def export_rejected(preview: RejectedRows, out_path: str | Path) -> int:
    """Write every rejected row of ``preview`` to ``out_path``; returns the number of rows written."""
    out_path = Path(out_path)
    wanted: dict[str, dict[int, list[str]]] = defaultdict(dict)
    for problem in preview.rejected:
        wanted[problem.sheet][problem.row] = problem.errors
    source = open_workbook(preview.path)
    out = Workbook(write_only=True)
    written = 0
    try:
        for sheet in preview.sheets:
            rows = wanted.get(sheet.name)
            if not rows or sheet.mapping is None:
                continue
            kept = [(number, cells, rows[number]) for number, cells in iter_data_rows(source, sheet)
                    if number in rows]
            if not kept:
                continue
            ws = out.create_sheet(sheet.name[:31])
            source_headers = list(sheet.mapping.headers)
            span = max([len(source_headers)] + [len(cells) for _, cells, _ in kept])
            names = [str(h).strip() if h not in (None, "") else f"第{i}列"
                     for i, h in enumerate(source_headers + [None] * (span - len(source_headers)), start=1)]
            headers = [ROW_HEADER, ERROR_HEADER, *names]
            widths = [8.0, 48.0] + [_width([names[i]] + [c[i] if i < len(c) else "" for _, c, _ in kept])
                                    for i in range(span)]
            for i, width in enumerate(widths, start=1):
                ws.column_dimensions[get_column_letter(i)].width = width
            ws.freeze_panes = "C2"
            print_setup(ws, sum(widths))
            header_cells = []
            for text in headers:
                cell = WriteOnlyCell(ws, value=text)
                cell.font, cell.fill, cell.alignment = _BOLD, _HEADER_FILL, _WRAP
                header_cells.append(cell)
            ws.append(header_cells)
            for number, cells, errors in kept:
                error_cell = WriteOnlyCell(ws, value="；".join(errors))
                error_cell.fill = _ERROR_FILL
                error_cell.alignment = _WRAP
                row = [number, error_cell]
                for value in cells:
                    cell = WriteOnlyCell(ws, value=value)
                    cell.alignment = _WRAP
                    row.append(cell)
                ws.append(row)
                written += 1
    finally:
        source.close()
    save_workbook(out, out_path)
    return written
