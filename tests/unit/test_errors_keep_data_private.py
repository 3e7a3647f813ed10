"""A database error never shows personal data: no SQL statement, no parameters, on screen or in the log."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from fupin_desktop import errors
from fupin_desktop.cli import main
from fupin_desktop.store import driver_errors
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Village

SECRET = "王秘密"


@contextmanager
def full_disk(seen: list | None = None):
    """Every INSERT/UPDATE fails inside the driver as on a full disk (on every engine while active)."""

    def fail(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            if seen is not None:
                seen.append(statement)
            raise sqlite3.OperationalError("database or disk is full")
        return statement, parameters

    event.listen(Engine, "before_cursor_execute", fail, retval=True)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", fail)


def test_a_full_disk_is_named_and_quotes_no_statement(tmp_path):
    db = open_database(tmp_path / "full.db")
    try:
        with full_disk(), pytest.raises(errors.DatabaseUnwritable) as info:
            with db.write() as session:
                session.add(Village(code="411525100299", name=SECRET, township_code="411525100000"))
        message = str(info.value)
        assert "磁盘已满" in message and SECRET not in message and "INSERT" not in message
    finally:
        db.close()


def test_driver_message_and_logs_drop_the_parameters(tmp_path, caplog):
    db = open_database(tmp_path / "x.db")
    try:
        with pytest.raises(DBAPIError) as info:
            with db.engine.connect() as conn:
                conn.execute(text("INSERT INTO no_such_table (name) VALUES (:n)"), {"n": SECRET})
        exc = info.value
        with caplog.at_level(logging.ERROR):
            logging.getLogger("probe").error("failed", exc_info=exc)
        line = driver_errors.driver_message(exc)
        assert "no such table" in line and SECRET not in line and "INSERT" not in line
        assert SECRET not in str(exc)  # SQLAlchemy's own text hides the parameters too
        assert SECRET not in caplog.text
    finally:
        db.close()


def test_cli_says_disk_full_in_one_line(tmp_path, capsys):
    path = tmp_path / "c.db"
    assert main(["--db", str(path), "init", "--role", "county", "--name", "张三"]) == 0
    assert main(["--db", str(path), "demo", "--households", "5", "--seed", "1"]) == 0
    capsys.readouterr()
    county = sqlite3.connect(path).execute("SELECT code FROM area WHERE level = 'county'").fetchone()[0]
    writes: list = []
    with full_disk(writes):
        code = main(["--db", str(path), "target", "--year", "2026", "--area", county, "--people", "100"])
    _out, err = capsys.readouterr()
    assert writes, "the command did not write"
    assert code == 1, err
    assert "磁盘已满" in err and len(err.strip().splitlines()) == 1
    assert "INSERT" not in err and "UPDATE" not in err and "意外故障" not in err
