"""Reading the database file beside SQLite must not drop SQLite's locks (POSIX fcntl locks belong to the
process: closing any descriptor of the file releases them all). Without the locks, the next program to
close the database deletes the -wal/-shm our open connection still writes into, and those writes are lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from fupin_desktop.store import integrity
from fupin_desktop.store.engine import open_database

# Another program: writes, checkpoints and closes (the last one to close deletes -wal/-shm, when it can
# take the exclusive lock that our open connection's shared lock should prevent).
OTHER_WRITER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=10)
con.execute("INSERT INTO setting (key, value) VALUES ('other', '1')")
con.commit()
con.execute("PRAGMA wal_checkpoint(PASSIVE)")
con.close()
"""
READER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=10)
print(",".join(sorted(k for (k,) in con.execute("SELECT key FROM setting WHERE key LIKE 'k_%' OR key = 'other'"))))
con.close()
"""


def _run(code: str, path: Path) -> str:
    return subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True,
                          text=True, timeout=60).stdout.strip()


def _put(db, key: str) -> None:
    with db.write() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES (:k, 'v')"), {"k": key})


def test_reading_the_header_of_an_open_database_keeps_its_writes(tmp_path):
    path = tmp_path / "c.db"
    open_database(path).close()
    db = open_database(path)
    try:
        _put(db, "k_before")
        integrity.read_header(path)  # every way the store reads the file itself
        integrity.trusted_since(path)
        integrity.record_clean_close(path, 0.0, wait=0)
        _run(OTHER_WRITER, path)
        wal, shm = path.with_name("c.db-wal"), path.with_name("c.db-shm")
        assert wal.exists() and shm.exists(), "the other program deleted the log our connection writes into"
        _put(db, "k_after")
        assert _run(READER, path) == "k_after,k_before,other"
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM setting WHERE key = 'other'")).scalar_one() == 1
    finally:
        db.close()


def test_header_of_an_open_database_is_not_read(tmp_path):
    path = tmp_path / "c.db"
    open_database(path).close()
    assert integrity.read_header(path) is not None
    db = open_database(path)
    try:
        assert integrity.held(path)
        assert integrity.read_header(path) is None  # cannot vouch for it: the full check runs instead
    finally:
        db.close()
    assert not integrity.held(path)
    assert integrity.read_header(path) is not None
