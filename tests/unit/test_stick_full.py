"""A write-protected or full stick: one clear line ("U盘写保护/已满"), exit 1, never 意外故障 or a
traceback, for packages, backups, PDFs and Excel exports; no unfinished file stays behind, and
unfinished files of an interrupted earlier write are cleared by the next write.

Tests run as root, where chmod does not stop writes: the OSError is raised at the write call."""

from __future__ import annotations

import errno
import os
import time

import pytest

from fupin_desktop.cli import main
from fupin_desktop.store.engine import open_database
from tests.unit.county_data import YEAR, make_county
from tests.unit.sync.helpers import make_county as make_sync_county
from tests.unit.sync.helpers import new_site


def _fail(code):
    def raiser(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(args[0]) if args else "")
    return raiser


def _one_clear_line(capsys, code):
    out, err = capsys.readouterr()
    assert code == 1, err
    assert err.count("\n") == 1 and "U盘写保护/已满" in err, err
    assert "意外故障" not in err and "Traceback" not in err
    return err


@pytest.fixture
def county_db(tmp_path):
    path = tmp_path / "county.db"
    db = open_database(path)
    make_county(db)
    db.close()
    return path


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_excel_and_pdf_onto_a_bad_stick(county_db, tmp_path, capsys, monkeypatch, code):
    stick = tmp_path / "stick"
    stick.mkdir()
    from pathlib import Path

    with monkeypatch.context() as m:
        m.setattr(Path, "write_bytes", _fail(code))  # the workbook's one write onto the stick
        _one_clear_line(capsys, main(["--db", str(county_db), "export-xlsx", "--what", "plans",
                                      "--out", str(stick / "plans.xlsx"), "--year", str(YEAR)]))
    with monkeypatch.context() as m:
        m.setattr(os, "replace", _fail(code))
        _one_clear_line(capsys, main(["--db", str(county_db), "print", "card", "--household", "HA",
                                      "--out", str(stick / "card.pdf")]))
    assert list(stick.iterdir()) == []  # nothing half-written left behind


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_package_and_backup_onto_a_bad_stick(tmp_path, capsys, monkeypatch, code):
    county = make_sync_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    county.db.close()
    lap.db.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--db", str(lap.path), "keys", "request", "--out", str(tmp_path / "req.json")]) == 0
    capsys.readouterr()
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", _fail(code))
        _one_clear_line(capsys, main(["--db", str(county.path), "export", "--for", str(tmp_path / "req.json"),
                                      "--village", "411525100201", "--out", str(stick) + "/"]))
        _one_clear_line(capsys, main(["--db", str(county.path), "backup", "--out", str(stick) + "/"]))
    assert list(stick.iterdir()) == []


def test_an_interrupted_write_leaves_nothing_for_the_next_run(county_db, tmp_path, capsys):
    stick = tmp_path / "stick"
    stick.mkdir()
    old = time.time() - 3600
    leftovers = [stick / "fupin-甲村1号-甲村-上报-20260101-abcdef.fpkg.partial", stick / ".card.pdf.partial",
                 stick / "plans.xlsx.partial"]
    for p in leftovers:
        p.write_bytes(b"half")
        os.utime(p, (old, old))
    other = stick / "notes.txt.partial"  # not ours: left alone
    other.write_bytes(b"x")
    os.utime(other, (old, old))
    assert main(["--db", str(county_db), "export-xlsx", "--what", "plans", "--out", str(stick / "plans.xlsx")]) == 0
    assert sorted(p.name for p in stick.iterdir()) == ["notes.txt.partial", "plans.xlsx"]
