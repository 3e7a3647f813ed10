"""A damaged index is damage: the check at open compares every index with its rows.

``PRAGMA quick_check`` reads every page but does not compare indexes with rows, so a file whose
index disagrees with its table passed it and was then written to (making it worse).
"""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from fupin_desktop.cli import main
from fupin_desktop.errors import DatabaseDamaged
from fupin_desktop.store import integrity
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Village


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _file_with_a_stale_index(path):
    db = open_database(path)
    with db.transaction() as s:
        for i in range(30):
            s.add(Village(code=f"4115251002{i:02d}", name=f"村{i}", township_code="411525100000"))
    db.close()
    integrity.forget(path)  # as after a copy or a crash: nothing vouches for the file
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA writable_schema=ON")  # the index's definition no longer matches its entries
    con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_village_township_code ON village (name)'"
                " WHERE name = 'ix_village_township_code'")
    con.execute("PRAGMA writable_schema=OFF")
    con.close()
    probe = sqlite3.connect(path)
    assert probe.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # what the old check saw
    probe.close()
    return path


def test_open_refuses_a_file_whose_index_disagrees_with_its_rows(tmp_path):
    path = _file_with_a_stale_index(tmp_path / "stale.db")
    before = _sha(path)
    with pytest.raises(DatabaseDamaged) as err:
        open_database(path)
    assert "损坏" in str(err.value) and "备份" in str(err.value)
    assert _sha(path) == before
    assert not path.with_name(path.name + "-wal").exists() and not path.with_name(path.name + "-shm").exists()


def test_every_command_refuses_it_read_only_ones_included(tmp_path, capsys):
    path = _file_with_a_stale_index(tmp_path / "stale.db")
    before = _sha(path)
    for argv in (["stats", "--json"], ["check", "--json"], ["households", "--json"]):
        code = main(["--db", str(path), *argv])
        _out, err = capsys.readouterr()
        assert code == 1, argv
        assert "损坏" in err and "Traceback" not in err and "意外故障" not in err, err
    assert _sha(path) == before


def test_the_background_check_finds_it_too(tmp_path):
    path = _file_with_a_stale_index(tmp_path / "stale.db")
    assert integrity.verify_file(path) != ["ok"]


def test_the_cli_rechecks_a_file_whose_marker_vouches_for_an_old_check(tmp_path, capsys):
    """Bit rot under a valid marker: the GUI finds it in its background check, the CLI at open once
    the last full check is more than a day old."""
    import time

    path = _file_with_a_stale_index(tmp_path / "rot.db")
    assert integrity.record_clean_close(path, time.time() - 2 * 86400)  # a marker that matches the file
    assert integrity.trusted_since(path) is not None
    db = open_database(path)  # what the GUI does: trusts the marker, checks in the background
    assert db.check_skipped
    db.close()  # its marker vouches for the old check it trusted; written again below all the same
    assert integrity.record_clean_close(path, time.time() - 2 * 86400)
    before = _sha(path)
    code = main(["--db", str(path), "stats", "--json"])
    _out, err = capsys.readouterr()
    assert code == 1 and "损坏" in err
    assert _sha(path) == before


def test_the_cli_trusts_a_marker_from_a_recent_check(tmp_path, capsys):
    import time

    db = open_database(tmp_path / "fresh.db")
    db.close()
    path = tmp_path / "fresh.db"
    assert integrity.record_clean_close(path, time.time() - 3600)
    calls = []
    real = integrity.full_check
    integrity.full_check = lambda con: calls.append(1) or real(con)
    try:
        assert main(["--db", str(path), "stats", "--json"]) == 0
    finally:
        integrity.full_check = real
    capsys.readouterr()
    assert calls == []


def test_an_empty_file_is_refused_by_every_opener(tmp_path, capsys):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as err:
        open_database(path)  # what the GUI calls
    assert "0 字节" in str(err.value)
    for argv in (["stats"], ["init", "--role", "village", "--name", "张三"]):
        assert main(["--db", str(path), *argv]) == 1
        assert "0 字节" in capsys.readouterr().err
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]
