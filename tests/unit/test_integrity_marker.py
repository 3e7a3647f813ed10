"""The integrity check at open and the verification marker that lets a cleanly closed file skip it."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from fupin_desktop.errors import DatabaseDamaged
from fupin_desktop.store import integrity
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Village


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def checks(monkeypatch):
    """Counts the full integrity checks (the real check still runs)."""
    calls = []
    real = integrity.full_check

    def counting(con):
        calls.append(1)
        return real(con)

    monkeypatch.setattr(integrity, "full_check", counting)
    return calls


def _closed_db(tmp_path: Path, villages: int = 1) -> Path:
    path = tmp_path / "fupin.db"
    db = open_database(path)
    with db.transaction() as s:
        for i in range(villages):
            s.add(Village(code=f"41012210{i:04d}", name=f"村{i}", township_code="410122100000"))
    db.close()
    return path


def _break_pages_after_first(path: Path) -> None:
    """Damage every b-tree page but the first, keeping the size (page 1 and the header stay intact)."""
    data = bytearray(path.read_bytes())
    for page_start in range(4096, len(data), 4096):
        data[page_start: page_start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def _break_table(path: Path, table: str) -> None:
    """Damage the root page of one table, keeping the size; the schema stays readable."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * 4096
    data[start: start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def test_clean_close_leaves_marker_and_next_open_skips_the_check(tmp_path, checks):
    path = _closed_db(tmp_path)
    assert integrity.marker_path(path).exists()
    db = open_database(path)
    assert checks == []
    assert db.check_skipped
    assert not integrity.marker_path(path).exists()  # open: only a clean close vouches again
    with db.transaction() as s:
        assert len(s.exec(select(Village)).all()) == 1
        s.add(Village(code="410122109999", name="乙村", township_code="410122100000"))
    db.close()
    db = open_database(path)  # the marker from this close stands in for the check again
    assert checks == [] and db.check_skipped
    db.close()


def test_without_marker_the_full_check_runs(tmp_path, checks):
    path = _closed_db(tmp_path)
    integrity.marker_path(path).unlink()
    db = open_database(path)
    assert checks == [1]
    assert not db.check_skipped
    db.close()
    assert integrity.marker_path(path).exists()


def test_file_changed_by_another_program_runs_the_full_check(tmp_path, checks):
    path = _closed_db(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE village SET name = '改名村'")
    con.commit()
    con.close()
    db = open_database(path)
    assert checks == [1]
    db.close()


def test_file_damaged_after_clean_close_is_refused_untouched(tmp_path, checks):
    path = _closed_db(tmp_path, villages=40)
    _break_pages_after_first(path)
    before = _sha(path)
    with pytest.raises(DatabaseDamaged) as err:
        open_database(path)
    assert checks == [1]
    assert "损坏" in str(err.value)
    assert _sha(path) == before


def test_unclean_shutdown_runs_the_full_check(tmp_path, checks):
    path = _closed_db(tmp_path)
    other = sqlite3.connect(path)  # a session still open (or crashed): its writes sit in the WAL
    other.execute("UPDATE village SET name = '未关闭'")
    other.commit()
    assert Path(f"{path}-wal").stat().st_size > 0
    try:
        db = open_database(path)
        assert checks == [1] and not db.check_skipped
        db.close()
    finally:
        other.close()


def test_marker_from_the_same_clock_tick_is_not_trusted(tmp_path):
    path = _closed_db(tmp_path)
    assert integrity.trusted_since(path) is not None
    recorded = json.loads(integrity.marker_path(path).read_text())["file"]["mtime_ns"]
    os.utime(integrity.marker_path(path), ns=(recorded, recorded))
    assert integrity.trusted_since(path) is None


def test_an_old_check_is_not_trusted_for_ever(tmp_path):
    path = _closed_db(tmp_path)
    checked = integrity.trusted_since(path)
    assert checked is not None
    assert integrity.trusted_since(path, now=checked + integrity.MAX_TRUST_SECONDS - 60) == checked
    assert integrity.trusted_since(path, now=checked + integrity.MAX_TRUST_SECONDS + 60) is None


def test_marker_of_another_file_is_not_trusted(tmp_path):
    path = _closed_db(tmp_path)
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    os.utime(copy, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    integrity.marker_path(copy).write_bytes(integrity.marker_path(path).read_bytes())
    assert integrity.trusted_since(copy) is None  # same bytes and times, but another file (inode)


def test_damage_at_rest_is_found_by_the_deferred_check_and_writes_are_refused(tmp_path, checks):
    path = _closed_db(tmp_path, villages=40)
    st = path.stat()
    _break_table(path, "village")  # bit rot: the bytes change, the size and times do not
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    before = _sha(path)
    db = open_database(path)
    assert checks == [] and db.check_skipped  # the marker cannot see this ...
    error = db.run_deferred_check()  # ... the check after the window is shown does
    assert checks == [1]
    assert isinstance(error, DatabaseDamaged) and "拒绝写入" in error.zh
    assert db.write_refusal is error
    with pytest.raises(DatabaseDamaged):
        with db.transaction() as s:
            s.add(Village(code="410122109999", name="乙村", township_code="410122100000"))
    with pytest.raises(DatabaseDamaged):
        with db.connect():
            pass
    with pytest.raises(OperationalError):  # even a plain session: SQLite itself is query-only now
        with db.session() as s:
            s.add(Village(code="410122109998", name="丙村", township_code="410122100000"))
            s.commit()
    db.close()
    assert not integrity.marker_path(path).exists()
    assert _sha(path) == before
    with pytest.raises(DatabaseDamaged):  # and the next open checks in full and refuses
        open_database(path)


def test_deferred_check_of_an_intact_file_keeps_it_writable(tmp_path, checks):
    path = _closed_db(tmp_path)
    db = open_database(path)
    first = db.checked_at
    assert db.run_deferred_check() is None
    assert checks == [1] and db.checked_at >= first and db.write_refusal is None
    with db.transaction() as s:
        s.add(Village(code="410122109999", name="乙村", township_code="410122100000"))
    db.close()
    assert integrity.trusted_since(path) == pytest.approx(db.checked_at)


def test_header_is_read_without_sqlite(tmp_path):
    path = _closed_db(tmp_path)
    header = integrity.read_header(path)
    assert header is not None and header.page_size == 4096
    assert header.page_count * header.page_size == path.stat().st_size
    not_db = tmp_path / "x.db"
    not_db.write_bytes(b"this is not sqlite" * 100)
    assert integrity.read_header(not_db) is None


def test_the_cli_closes_its_database_cleanly(tmp_path, capsys, checks):
    from fupin_desktop.cli import main

    path = _closed_db(tmp_path)
    integrity.marker_path(path).unlink()
    assert main(["--db", str(path), "stats", "--json"]) == 0
    assert '"villages": 1' in capsys.readouterr().out
    assert checks == [1]
    assert integrity.marker_path(path).exists()  # so the GUI's next open skips the full check
    assert main(["--db", str(path), "stats", "--json"]) == 0
    assert checks == [1]


HOLDER = """
import sys
from fupin_desktop.store.engine import open_database
db = open_database(sys.argv[1])
with db.read() as s:
    pass
print("open", flush=True)
sys.stdin.readline()
db.close()
"""


def test_the_cli_leaves_no_marker_while_the_window_has_the_file_open(tmp_path, capsys):
    import subprocess
    import sys

    from fupin_desktop.cli import main

    path = _closed_db(tmp_path)
    window = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=Path(__file__).parents[2],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open"
        assert not integrity.marker_path(path).exists()  # the window's open removed it
        assert main(["--db", str(path), "stats", "--json"]) == 0
        assert '"villages": 1' in capsys.readouterr().out
        assert not integrity.marker_path(path).exists(), "marked as closed cleanly while the window has it open"
    finally:
        window.communicate("\n", timeout=60)
    assert main(["--db", str(path), "stats", "--json"]) == 0
    assert integrity.marker_path(path).exists()  # alone with the file, the command does close it cleanly
