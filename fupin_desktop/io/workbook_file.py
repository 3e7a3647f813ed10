"""Saving a workbook onto a stick: built in memory, then written in one go through store.medium.

openpyxl writes straight into a zip file on the target; when the stick fills up part-way, its zip
stays open and the zip's finaliser later prints a traceback on stderr after our one-line message.
Building the file in memory first means the only write that can fail is a plain file write, which
``store.medium.writing`` turns into "U盘写保护/已满" and cleans up.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook

from fupin_desktop.store.medium import writing


def save_workbook(wb: Workbook, path: str | Path) -> None:
    buffer = io.BytesIO()
    wb.save(buffer)
    with writing(path) as tmp:
        tmp.write_bytes(buffer.getvalue())
