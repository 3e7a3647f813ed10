"""Writes wait for another writer instead of failing: reads and writes are different calls.

A deferred transaction that reads and then writes gets SQLITE_BUSY at once when another
connection holds the write lock (SQLite does not call the busy handler for that upgrade), so
``Database.write()`` begins with BEGIN IMMEDIATE and waits out the busy timeout.
"""

from __future__ import annotations

import time

import pytest
from sqlmodel import select

from fupin_desktop.errors import DatabaseBusy
from fupin_desktop.services.setup.settings import get_setting, set_setting
from fupin_desktop.store import engine as engine_module
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Village
from tests.write_lock import hold_write_lock

HOLD_SECONDS = 3.0


def test_a_write_that_reads_first_waits_for_another_writer_and_succeeds(tmp_path):
    db = open_database(tmp_path / "a.db")
    try:
        with db.read() as session:  # a read before the other writer: the snapshot starts old
            assert session.exec(select(Village)).all() == []
        holder = hold_write_lock(db.path, HOLD_SECONDS, change=True)
        began = time.monotonic()
        with db.write() as session:
            session.exec(select(Village)).all()  # reads first, as almost every write path does
            session.add(Village(code="411525100201", name="测试村", township_code="411525100000"))
        waited = time.monotonic() - began
        holder.join()
        assert waited >= HOLD_SECONDS * 0.5  # it waited for the other writer rather than failing
        with db.read() as session:
            assert [v.name for v in session.exec(select(Village)).all()] == ["测试村"]
    finally:
        db.close()


def test_settings_write_through_the_service_waits_too(tmp_path):
    db = open_database(tmp_path / "b.db")
    try:
        holder = hold_write_lock(db.path, 1.5, change=True)
        set_setting(db, "probe", "值")
        holder.join()
        assert get_setting(db, "probe") == "值"
    finally:
        db.close()


def test_a_writer_held_past_the_timeout_gives_a_plain_busy_error_and_saves_nothing(tmp_path, monkeypatch):
    db = open_database(tmp_path / "c.db")
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout=300")  # this pooled connection only
        monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
        holder = hold_write_lock(db.path, 2.0, change=True)
        with pytest.raises(DatabaseBusy) as info:
            with db.write() as session:
                session.add(Village(code="411525100202", name="不应保存", township_code="411525100000"))
        holder.join()
        assert "另一个程序" in str(info.value) and "没有保存" in str(info.value)
        with db.read() as session:
            assert session.exec(select(Village)).all() == []
    finally:
        db.close()


def test_reads_take_no_write_lock(tmp_path):
    db = open_database(tmp_path / "d.db")
    try:
        holder = hold_write_lock(db.path, 1.0, change=True)
        began = time.monotonic()
        with db.read() as session:
            session.exec(select(Village)).all()
        assert time.monotonic() - began < 0.9  # WAL: a reader never waits for the writer
        holder.join()
    finally:
        db.close()
