"""Rejected roster rows written back to an .xlsx for fixing: original cells plus the errors.

Each sheet of the source keeps its header; every rejected row follows with two leading columns,
原行号 (the row number in the source) and 错误 (all of the row's errors). After fixing, the file
can be imported as it is: the importer ignores these two columns.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from fupin_desktop.io.roster_import import RosterPreview
from fupin_desktop.io.roster_reader import iter_data_rows, open_workbook

ERROR_HEADER = "错误"
ROW_HEADER = "原行号"
_ERROR_FILL = PatternFill("solid", fgColor="F8D7D7")
_BOLD = Font(bold=True)


def export_rejected(preview: RosterPreview, out_path: str | Path) -> int:
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
            ws = out.create_sheet(sheet.name[:31])
            headers = [ROW_HEADER, ERROR_HEADER, *sheet.mapping.headers]
            ws.column_dimensions["A"].width = 8
            ws.column_dimensions["B"].width = 48
            for i in range(3, len(headers) + 1):
                ws.column_dimensions[get_column_letter(i)].width = 14
            ws.freeze_panes = "C2"
            header_cells = []
            for text in headers:
                cell = WriteOnlyCell(ws, value=text)
                cell.font = _BOLD
                header_cells.append(cell)
            ws.append(header_cells)
            for number, cells in iter_data_rows(source, sheet):
                errors = rows.get(number)
                if errors is None:
                    continue
                error_cell = WriteOnlyCell(ws, value="；".join(errors))
                error_cell.fill = _ERROR_FILL
                error_cell.alignment = Alignment(wrap_text=True, vertical="top")
                ws.append([number, error_cell, *cells])
                written += 1
    finally:
        source.close()
    tmp = out_path.with_name(out_path.name + ".partial")
    out.save(tmp)
    tmp.replace(out_path)
    return written
