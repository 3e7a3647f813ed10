"""The export's rows as JSON lines built by SQLite (json_array, floats through float.__repr__) are
the very lines Python's json writes, so every reader reads them as before: same parts, byte for
byte, as the Python way; exact floats; a value SQLite cannot write (an infinite float) or a SQLite
without the JSON functions falls back to the Python way for the whole package. A package over the
in-memory size is written through temporary files beside the database, never held whole."""

from __future__ import annotations

import errno
import io
import tempfile
from pathlib import Path
from typing import BinaryIO

import pytest

from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store.models import PackageLog
from fupin_desktop.sync import exporter, exporter_lines
from fupin_desktop.sync.errors import SyncError
from fupin_desktop.sync.exporter import export_package, targets_from_county
from fupin_desktop.sync.importer import import_package
from fupin_desktop.sync.keys import make_join_request, read_join_request
from fupin_desktop.sync.trust import init_county
from tests.unit.sync.helpers import COMPARED, Site, content, new_site, unpack

TRICKY_TEXT = '他说"好"\\ 第二行\n\t\x01\x7f\u2028 end'
PER_CAPITA = 4566.666666666667  # SQLite's JSON would write 4566.66666666667: another double


@pytest.fixture
def county(tmp_path):
    site = new_site(tmp_path, "county")
    generate_demo(site.db, households=12, seed=5)
    init_county(site.db, tmp_path / "escrow", "固始县扶贫办")
    with site.db.connect() as conn:  # values that JSON writers get wrong when they can
        conn.exec_driver_sql("UPDATE household SET per_capita_income = ?, note = ? WHERE rowid = "
                             "(SELECT min(rowid) FROM household)", (PER_CAPITA, TRICKY_TEXT))
        conn.exec_driver_sql("UPDATE measure SET amount = ? WHERE rowid = (SELECT min(rowid) FROM measure)",
                             (0.1 + 0.2,))
        conn.exec_driver_sql("UPDATE member SET work_months = ?, name = ? WHERE rowid = (SELECT min(rowid) FROM member)",
                             (1 / 3, "阿依古丽·买买提"))
        conn.exec_driver_sql("UPDATE fund_entry SET amount = ? WHERE rowid = (SELECT min(rowid) FROM fund_entry)",
                             (1e16 + 2,))
    yield site
    site.db.close()


def _package(county: Site, root, name: str):
    """A new laptop, the county's enrolment package for it (every village) and the laptop."""
    laptop = new_site(root, name)
    request = read_join_request(make_join_request(laptop.keys, laptop.db.device_id, name, "村委", ""))
    with county.db.engine.connect() as conn:
        codes = [r[0] for r in conn.exec_driver_sql("SELECT code FROM village ORDER BY code")]
    [target] = targets_from_county(county.db, codes, join_request=request)
    stick = root / f"stick-{name}"
    stick.mkdir()
    return laptop, export_package(county.db, stick, target)


def _parts(result, laptop: Site) -> dict:
    manifest, members = unpack(result.path, laptop.keys)
    return {"manifest": {p["name"]: (p["records"], p["sha256"], p["columns"]) for p in manifest["parts"]},
            "bytes": dict(members), "seq_range": manifest["seq_range"]}


def _python_way(monkeypatch) -> None:
    monkeypatch.setattr(exporter, "sql_json_ready", lambda raw: False)


def test_sqlite_writes_the_lines_python_writes(county, tmp_path, monkeypatch):
    python_tables = []
    real = exporter_lines.RowLines._python_lines

    def spy(self, table, sql, params):
        python_tables.append(table.name)
        return real(self, table, sql, params)

    monkeypatch.setattr(exporter_lines.RowLines, "_python_lines", spy)
    lap_sql, by_sqlite = _package(county, tmp_path, "sql")
    assert python_tables == ["household"]  # 28 float columns of 84: the C encoder is cheaper there
    python_tables.clear()
    _python_way(monkeypatch)
    lap_py, by_python = _package(county, tmp_path, "py")
    assert "member" in python_tables and "measure" in python_tables
    sqlite_parts, python_parts = _parts(by_sqlite, lap_sql), _parts(by_python, lap_py)
    assert sqlite_parts == python_parts
    assert by_sqlite.per_table == by_python.per_table and by_sqlite.seq_range == by_python.seq_range
    assert by_sqlite.seq_range[1] > 0
    assert "4566.666666666667".encode() in sqlite_parts["bytes"]["data/household.jsonl"]
    assert b"0.30000000000000004" in sqlite_parts["bytes"]["data/measure.jsonl"]


@pytest.mark.parametrize("way", ["sqlite", "python"])
def test_package_imports_into_a_fresh_laptop_with_the_same_rows(county, tmp_path, monkeypatch, way):
    """The new writer's package and one written the old way (Python's encoder, as every package
    before) both import with the current importer, and the laptop holds exactly the county's rows."""
    if way == "python":
        _python_way(monkeypatch)
    laptop, result = _package(county, tmp_path, way)
    report = import_package(laptop.db, result.path)
    assert report.new == result.records - result.per_table.get("audit_event", 0)
    assert content(laptop.db, tables=COMPARED) == content(county.db, tables=COMPARED)
    with laptop.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM household WHERE per_capita_income = ? AND note = ?",
                                    (PER_CAPITA, TRICKY_TEXT)).scalar_one() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM measure WHERE amount = ?", (0.1 + 0.2,)).scalar_one() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM member WHERE work_months = ?", (1 / 3,)).scalar_one() == 1
    laptop.db.close()


def test_a_value_sqlite_cannot_write_sends_the_package_the_python_way(county, tmp_path, monkeypatch):
    with county.db.connect() as conn:
        conn.exec_driver_sql("UPDATE measure SET amount = ? WHERE rowid = (SELECT max(rowid) FROM measure)",
                             (float("inf"),))
    lap_sql, by_sqlite = _package(county, tmp_path, "sql")
    _python_way(monkeypatch)
    lap_py, by_python = _package(county, tmp_path, "py")
    sqlite_parts = _parts(by_sqlite, lap_sql)
    assert sqlite_parts == _parts(by_python, lap_py)
    assert b"Infinity" in sqlite_parts["bytes"]["data/measure.jsonl"]  # as before; the importer refuses it


def test_probe_refuses_json_that_loses_digits(monkeypatch):
    import sqlite3

    assert exporter_lines.sql_json_ready(sqlite3.connect(":memory:"))
    # Floats written with SQLite's own 15 digits would not give 0.1 + 0.2 back: the probe says no.
    monkeypatch.setattr(exporter_lines, "_json_real", lambda v: "null" if v is None else "%.15g" % v)
    assert not exporter_lines.sql_json_ready(sqlite3.connect(":memory:"))


def _spy_temporary_files(monkeypatch, make=None) -> list[Path]:
    made: list[Path] = []
    real = tempfile.TemporaryFile

    def temporary_file(*args, **kwargs):
        made.append(Path(kwargs["dir"]))
        return (make or real)(*args, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", temporary_file)
    return made


def test_a_large_export_goes_through_files_beside_the_database(county, tmp_path, monkeypatch):
    made = _spy_temporary_files(monkeypatch)
    _lap, small = _package(county, tmp_path, "small")
    assert made == []  # a small package stays in memory
    monkeypatch.setattr(exporter, "IN_MEMORY_BYTES", 4096)
    before = {p.name for p in county.path.parent.iterdir()}
    laptop, large = _package(county, tmp_path, "large")
    assert large.size > 4096 * 4
    assert made == [county.path.parent, county.path.parent]  # the zip, then the ciphertext
    assert {p.name for p in county.path.parent.iterdir()} == before  # nothing left behind
    assert _parts(large, laptop)["manifest"] == _parts(small, _lap)["manifest"]
    import_package(laptop.db, large.path)
    assert content(laptop.db, tables=COMPARED) == content(county.db, tables=COMPARED)
    laptop.db.close()


class _Full(io.BytesIO):
    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("full_at", ["zip", "ciphertext"])
def test_a_full_disk_beside_the_database_is_one_line_and_records_nothing(county, tmp_path, monkeypatch, full_at):
    """The disk fills while the zip is written, or while it is sealed (the second file)."""
    real = tempfile.TemporaryFile
    made: list[BinaryIO] = []

    def make(*args, **kwargs):
        made.append(_Full() if full_at == "zip" or len(made) == 1 else real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(tempfile, "TemporaryFile", make)
    monkeypatch.setattr(exporter, "IN_MEMORY_BYTES", 4096)
    with pytest.raises(SyncError) as err:
        _package(county, tmp_path, "full")
    assert err.value.code == "write_failed" and "磁盘已满" in str(err.value) and "\n" not in str(err.value)
    assert len(made) == (1 if full_at == "zip" else 2)
    assert list((tmp_path / "stick-full").iterdir()) == []
    with county.db.engine.connect() as conn:
        assert conn.execute(PackageLog.__table__.select()).first() is None
