"""Plain reads: SQL text with ``:name`` parameters in, rows as tuples out, one snapshot per read.

The screens a person waits for at start-up (the area tree, the list's first page, the summary, the
role) read through this instead of SQLAlchemy, whose import alone takes about a fifth of a second:
SQLite is read with the standard library's ``sqlite3`` directly. The SQL is the same text a Core
``text()`` takes, so another dialect (the county server's PostgreSQL) can serve the same reads
through its engine; that difference lives here and in ``store.engine``, nowhere else.

Each read is its own connection in one deferred transaction (a consistent snapshot), opened with
``query_only`` so it can never write, and rolled back and closed at the end. Connections are counted
with ``store.integrity`` like the engine's: nothing in this process may open the file by other means
while SQLite has it open (see that module).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from fupin_desktop.store import integrity
from fupin_desktop.store.driver_errors import named_driver_error

Params = Mapping[str, Any]


class Reader:
    """One read transaction. ``rows``/``scalars``/``scalar`` run one statement each."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection

    def rows(self, sql: str, params: Params | None = None) -> list[tuple]:
        return self._connection.execute(sql, params or {}).fetchall()

    def scalars(self, sql: str, params: Params | None = None) -> list:
        return [row[0] for row in self._connection.execute(sql, params or {})]

    def scalar(self, sql: str, params: Params | None = None) -> Any:
        """The first column of the first row, or None when there is no row."""
        row = self._connection.execute(sql, params or {}).fetchone()
        return None if row is None else row[0]


def in_list(name: str, values: Sequence[Any], params: dict[str, Any]) -> str:
    """``(:name0, :name1, …)`` for ``values``, which are added to ``params``: an IN list as
    named parameters, which every dialect's reads take alike."""
    marks = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
        marks.append(f":{name}{i}")
    return "(" + ", ".join(marks) + ")"


@contextmanager
def sqlite_reader(path: Path, busy_timeout_ms: int) -> Iterator[Reader]:
    """A read of the SQLite file at ``path`` (see the module's docstring)."""
    integrity.hold(path)  # before the file is opened, so it is never unaccounted for
    try:
        try:
            connection = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None,
                                         check_same_thread=False)
        except sqlite3.Error as exc:
            _raise_plain(exc)
        try:
            connection.execute("PRAGMA query_only=1")
            connection.execute("BEGIN")
            yield Reader(connection)
        except sqlite3.Error as exc:
            _raise_plain(exc)
        finally:
            try:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")  # a read keeps nothing
            except sqlite3.Error:
                pass  # closing ends the transaction as well
            connection.close()
    finally:
        integrity.release(path)


def keep_open(path: Path) -> sqlite3.Connection:
    """An idle connection for an open Database's lifetime: as while the engine's pool kept one, the
    file's write-ahead log and shared memory stay in place between reads and writes, and another
    program (the CLI) sees that the file is in use. It never holds a transaction."""
    try:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        _raise_plain(exc)
    try:
        connection.execute("PRAGMA query_only=1")
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # opens the log now
    except BaseException as exc:
        connection.close()  # not left open behind a refused open, whose hold on the file ends
        if isinstance(exc, sqlite3.Error):
            _raise_plain(exc)
        raise
    return connection


def _raise_plain(exc: sqlite3.Error) -> None:
    """Raise the error a person can act on (disk full, I/O error, …) instead, if there is one."""
    named = named_driver_error(exc, reading=True)
    if named is None:
        raise exc
    raise named from exc
