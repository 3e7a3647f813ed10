"""A workbook saved onto a full stick: one plain error, nothing left behind, nothing printed later."""

from __future__ import annotations

import errno
import gc
from pathlib import Path

import pytest
from openpyxl import Workbook

from fupin_desktop.io.workbook_file import save_workbook
from fupin_desktop.store.medium import MediumProblem


def test_a_full_stick_is_one_plain_error_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    for n in range(200):
        ws.append([f"户主{n}", n])
    real_write = Path.write_bytes

    def full(self, data):
        real_write(self, data[: len(data) // 2])  # part of the file reached the stick
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(MediumProblem) as err:
        save_workbook(wb, tmp_path / "花名册.xlsx")
    monkeypatch.undo()
    gc.collect()  # a zip left open by openpyxl would print its traceback now
    assert "U盘写保护/已满" in str(err.value)
    assert list(tmp_path.iterdir()) == []
    assert capsys.readouterr().err == ""


def test_it_saves_a_workbook_that_openpyxl_reads_back(tmp_path):
    from openpyxl import load_workbook

    wb = Workbook()
    wb.active.append(["姓名", "人数"])
    wb.active.append(["张三", 3])
    save_workbook(wb, tmp_path / "a.xlsx")
    assert [list(r) for r in load_workbook(tmp_path / "a.xlsx").active.values] == [["姓名", "人数"], ["张三", 3]]
