"""Plain reads (store.reader): the start-up's first screen is read without SQLAlchemy, each read is one
snapshot that can never write, and an open Database keeps the file held and in use between reads."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from fupin_desktop.errors import DatabaseUnwritable
from fupin_desktop.services.register.area_tree import area_tree
from fupin_desktop.services.register.query import HouseholdFilter, household_ids, household_rows
from fupin_desktop.services.register.summary import household_summary
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store import integrity
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.reader import in_list

REPO = Path(__file__).resolve().parents[2]

# In a fresh process (this one imported SQLAlchemy long ago): open the file and read the register's
# first screen as the window does, then say which heavy modules that took.
FIRST_SCREEN = r"""
import json, sys
from fupin_desktop.store.engine import open_database
from fupin_desktop.errors import DatabaseUnwritable
from fupin_desktop.services.register.area_tree import area_tree, village_count
from fupin_desktop.services.register.query import HouseholdFilter, household_ids, household_rows
from fupin_desktop.services.register.summary import household_summary
from fupin_desktop.services.setup.first_start import needs_first_start
from fupin_desktop.services.setup.settings import role

db = open_database(sys.argv[1])
ids = household_ids(db, HouseholdFilter()).ids
rows = household_rows(db, ids[:50])
summary = household_summary(db, ids[0])
print(json.dumps({
    "villages": village_count(db), "tree_households": sum(r.households for r in area_tree(db)),
    "ids": len(ids), "first_heads": [r.head_name for r in rows[:3]], "summary_head": summary.head_name,
    "summary_members": len(summary.members), "role": role(db), "first_start": needs_first_start(db),
    "loaded": [m for m in ("sqlalchemy", "sqlmodel", "pydantic", "fupin_desktop.store.models") if m in sys.modules],
}, ensure_ascii=False))
db.close()
"""


@pytest.fixture()
def demo_path(tmp_path):
    path = tmp_path / "village.db"
    db = open_database(path)
    generate_demo(db, households=40, seed=5)
    save_profile(db, Profile(role="village", user_name="李强"))
    db.close()
    return path


def test_the_first_screen_is_read_without_sqlalchemy(demo_path):
    result = subprocess.run([sys.executable, "-c", FIRST_SCREEN, str(demo_path)], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["loaded"] == []  # none of SQLAlchemy, sqlmodel, pydantic or the tables

    db = open_database(demo_path)  # the same answers as this process, which has all of them loaded
    try:
        ids = household_ids(db, HouseholdFilter()).ids
        with db.read() as session:
            households = session.execute(text("SELECT count(*) FROM household WHERE deleted = 0")).scalar_one()
            villages = session.execute(text("SELECT count(*) FROM village WHERE deleted = 0")).scalar_one()
        assert seen["ids"] == len(ids) == households == seen["tree_households"]
        assert seen["villages"] == villages >= 1
        assert seen["first_heads"] == [r.head_name for r in household_rows(db, ids[:3])]
        first = household_summary(db, ids[0])
        assert seen["summary_head"] == first.head_name and seen["summary_members"] == len(first.members) > 0
        assert seen["role"] == "village" and seen["first_start"] is False
        assert sum(r.households for r in area_tree(db)) == households
    finally:
        db.close()


def test_a_read_never_writes(demo_path):
    db = open_database(demo_path)
    try:
        with pytest.raises(DatabaseUnwritable):  # SQLite refuses it: the read is query_only
            with db.reader() as reader:
                reader.rows("INSERT INTO setting (key, value) VALUES ('x', 'y')")
        with db.reader() as reader:
            assert reader.scalar("SELECT count(*) FROM setting WHERE key = 'x'") == 0
    finally:
        db.close()


def test_a_read_is_one_snapshot(demo_path):
    db = open_database(demo_path)
    try:
        with db.reader() as reader:
            before = reader.scalar("SELECT count(*) FROM setting")
            with db.connect() as conn:  # another connection commits meanwhile
                conn.execute(text("INSERT INTO setting (key, value) VALUES ('during', '1')"))
            assert reader.scalar("SELECT count(*) FROM setting") == before
        with db.reader() as reader:
            assert reader.scalar("SELECT count(*) FROM setting") == before + 1
    finally:
        db.close()


def test_an_open_database_holds_its_file_between_reads(demo_path):
    db = open_database(demo_path)
    try:
        with db.reader() as reader:
            assert reader.scalar("SELECT count(*) FROM village") >= 1
        assert integrity.held(demo_path)  # no read is running, the database is still open
        assert integrity.read_header(demo_path) is None
        # …and in use for other programs: its write-ahead log stays while it is open.
        assert demo_path.with_name(demo_path.name + "-wal").exists()
    finally:
        db.close()
    assert not integrity.held(demo_path)
    assert integrity.read_header(demo_path) is not None


def test_in_list_gives_named_parameters():
    params: dict = {"other": 1}
    assert in_list("id", ["a", "b", "c"], params) == "(:id0, :id1, :id2)"
    assert params == {"other": 1, "id0": "a", "id1": "b", "id2": "c"}
    con = sqlite3.connect(":memory:")
    assert con.execute("SELECT 'b' IN (:id0, :id1, :id2), :other", params).fetchone() == (1, 1)


def test_an_open_refused_at_the_idle_connection_leaves_no_connection_open(demo_path, monkeypatch):
    # The idle connection (reader.keep_open) fails after it has opened the file (the disk fails, or
    # another program holds it locked): the refused open must close it, not leave it open unaccounted
    # for (the file is no longer held, so the store may open it by other means meanwhile).
    opened: list[sqlite3.Connection] = []

    class FailingRead(sqlite3.Connection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            opened.append(self)

        def execute(self, sql, *args):
            if sql.startswith("SELECT 1 FROM sqlite_master"):
                raise sqlite3.OperationalError("disk I/O error")
            return super().execute(sql, *args)

    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=FailingRead, **k))
    with pytest.raises(DatabaseUnwritable):
        open_database(demo_path)
    assert opened
    for connection in opened:
        with pytest.raises(sqlite3.ProgrammingError):  # closed
            connection.execute("SELECT 2")
    assert not integrity.held(demo_path)


@pytest.mark.parametrize("driver_says, plain", [
    ("disk I/O error", "读取数据库文件时磁盘出错"),
    ("database or disk is full", "磁盘已满"),
    ("attempt to write a readonly database", "只读"),
])
def test_a_failed_read_says_what_failed_and_not_that_a_change_was_lost(demo_path, driver_says, plain):
    # A read (the list, the summary, the role) saves nothing: the person is told what happened and
    # what to do, never "这次的修改没有保存" about a change they did not make.
    db = open_database(demo_path)
    try:
        with pytest.raises(DatabaseUnwritable) as caught:
            with db.reader() as reader:
                reader.scalar("SELECT count(*) FROM village")
                raise sqlite3.OperationalError(driver_says)  # as SQLite raises it from the next step
        error = caught.value
        assert plain in error.zh and "读取" in error.zh
        assert "没有保存" not in error.zh and "nothing was saved" not in error.en
    finally:
        db.close()
