"""Which files belong to a database open in this process (the file dialogs refuse them)."""

from __future__ import annotations

import os

from fupin_desktop.services.setup.database_files import belongs_to, open_database_of
from fupin_desktop.store.engine import open_database


def test_the_database_and_its_companions_belong_to_it_by_any_spelling(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "c.db"
    for name in ("c.db", "c.db-wal", "c.db-shm", "c.db-journal", "c.db-verified"):
        assert belongs_to(folder / name, db), name
    assert belongs_to(folder / "sub" / ".." / "c.db", db)
    os.symlink(folder, tmp_path / "alias")
    assert belongs_to(tmp_path / "alias" / "c.db-wal", db)
    assert belongs_to(folder / "c.db", tmp_path / "alias" / "c.db")
    for name in ("c.db.xlsx", "c.dbx", "d.db", "c.db-wal2", "c.fpkg"):
        assert not belongs_to(folder / name, db), name


def test_a_link_to_the_file_belongs_to_it(tmp_path):
    db = tmp_path / "c.db"
    db.write_bytes(b"")
    os.symlink(db, tmp_path / "link.db")
    os.link(db, tmp_path / "hard.db")
    assert belongs_to(tmp_path / "link.db", db) and belongs_to(tmp_path / "hard.db", db)


def test_only_a_database_open_in_this_process_is_named(tmp_path):
    path = tmp_path / "c.db"
    db = open_database(path)
    try:
        with db.read() as s:
            s.connection()  # a pooled connection: SQLite has the file open
        assert open_database_of(tmp_path / "c.db-shm") == path.resolve()
        assert open_database_of(tmp_path / "x" / ".." / "c.db") == path.resolve()
        assert open_database_of(tmp_path / "other.xlsx") is None
    finally:
        db.close()
    assert open_database_of(path) is None  # closed: nobody's database any more
