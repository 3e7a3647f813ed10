"""Opening the SQLite database: checks first, settings, migrations; sessions from store.session.

Order at open: a read-only look (is it SQLite? intact? which schema version?) so that a damaged
file or one from a newer app is refused without a single byte changed; then the real engine
(WAL, foreign keys, synchronous=NORMAL, busy timeout); then creation or migration.
The integrity check reads the whole file; after a clean close it is skipped when the file still
matches the verification marker written at that close (see ``store/integrity.py``), and the caller
may run it later with :meth:`Database.run_deferred_check`, which refuses writes when it fails.
Opening an existing file of the current version needs no SQLAlchemy: plain reads
(:meth:`Database.reader`, ``store.reader``) serve the start-up's first screen while SQLAlchemy's
engine is made on first use (:attr:`Database.engine`), and sqlmodel, the ORM and the tables with
the first session (``store.session``): together about half a second of imports nobody waits for.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from fupin_desktop.errors import DatabaseBusy, DatabaseDamaged, DatabaseError, DatabaseTooNew
from fupin_desktop.store import integrity
from fupin_desktop.store.copies import automatic_backup
from fupin_desktop.store.driver_errors import named_database_error
from fupin_desktop.store.migrations import CURRENT_VERSION, pending_steps
from fupin_desktop.store.reader import Reader, keep_open, sqlite_reader

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.exc import OperationalError

    from fupin_desktop.store.session import StampingSession

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 10_000
# Execution option on the engine that write transactions use: their BEGIN takes the write lock at
# once (BEGIN IMMEDIATE), so a writer waits out the busy timeout for another writer. A deferred
# BEGIN that reads first and then writes gets SQLITE_BUSY at once, whatever the timeout says.
WRITE_OPTION = "fupin_write"


@dataclass
class WriteGuard:
    """Set once a damaged file is found while open: from then on every write is refused."""

    refusal: DatabaseDamaged | None = None


def _busy_error() -> DatabaseBusy:
    seconds = BUSY_TIMEOUT_MS // 1000
    return DatabaseBusy(
        f"另一个程序（或本软件的另一个窗口）正在写入这个数据库，等了 {seconds} 秒仍未结束。"
        "请等它完成或关闭它后再试；这次的修改没有保存。",
        "another program holds the database; nothing was saved",
    )


def _is_busy(exc: OperationalError) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in message or "database is busy" in message


def _plain(exc: OperationalError) -> Exception | None:
    """The error a person reads instead of SQLAlchemy's (which quotes the SQL), or None."""
    return _busy_error() if _is_busy(exc) else named_database_error(exc)


def _damaged_error(path: Path, problems: list[str]) -> DatabaseDamaged:
    return DatabaseDamaged(
        f"数据库文件已损坏（完整性检查未通过）：{path}。已拒绝写入；请从备份恢复。",
        "integrity check failed; restore from a backup", detail="; ".join(problems[:3]),
    )


@dataclass
class Database:
    path: Path
    device_id: str
    schema_version: int = CURRENT_VERSION
    info: dict = field(default_factory=dict)
    checked_at: float = 0.0  # when the last full integrity check of this file passed
    check_skipped: bool = False  # True when a verification marker stood in for the check at open
    guard: WriteGuard = field(default_factory=WriteGuard)
    closed: bool = False
    _engine: Engine | None = field(default=None, repr=False)
    _engine_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _keeper: sqlite3.Connection | None = field(default=None, repr=False)  # store.reader.keep_open

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine for this file, made on first use (from any thread)."""
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = _make_engine(self.path, self.guard)
                engine = self._engine
        return engine

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """A plain read (``store.reader``): one snapshot, SQL text with ``:name`` parameters."""
        with sqlite_reader(self.path, BUSY_TIMEOUT_MS) as reader:
            yield reader

    @property
    def write_refusal(self) -> DatabaseDamaged | None:
        return self.guard.refusal

    def _writable(self) -> None:
        if self.guard.refusal is not None:
            raise self.guard.refusal

    def run_deferred_check(self) -> DatabaseDamaged | None:
        """The full integrity check skipped at open (safe off the GUI thread: its own read-only
        connection). On failure every later write is refused and the error is returned."""
        started = time.time()
        problems = integrity.verify_file(self.path)
        if problems == ["ok"]:
            self.checked_at = started
            return None
        log.error("integrity check of %s failed: %s", self.path, problems[:5])
        self.refuse_writes(_damaged_error(self.path, problems))
        return self.guard.refusal

    def refuse_writes(self, error: DatabaseDamaged) -> None:
        self.guard.refusal = error
        integrity.forget(self.path)

    @property
    def write_engine(self) -> Engine:
        """The same pool, but every transaction begins with BEGIN IMMEDIATE."""
        return self.engine.execution_options(**{WRITE_OPTION: True})

    def session(self, **info) -> StampingSession:
        """A new session for reading (deferred BEGIN); objects stay usable after commit."""
        from fupin_desktop.store.session import StampingSession  # the ORM and every table, on first use

        session = StampingSession(self.engine, expire_on_commit=False)
        session.info.update(info)
        return session

    @contextmanager
    def read(self, **info) -> Iterator[StampingSession]:
        """A read: one deferred transaction (a consistent snapshot), always rolled back."""
        with self.session(**info) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, **info) -> Iterator[StampingSession]:
        """One unit of work that writes: takes the write lock first (waiting out another writer for
        the busy timeout), commits on success, rolls back everything on any error."""
        self._writable()
        from fupin_desktop.store.session import StampingSession  # the ORM and every table, on first use

        session = StampingSession(self.write_engine, expire_on_commit=False)
        session.info.update(info)
        with session:
            from sqlalchemy.exc import OperationalError  # loaded with the session above

            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                plain = _plain(exc)
                if plain is not None:
                    raise plain from exc
                raise
            except BaseException:
                session.rollback()
                raise

    transaction = write  # the name most services use

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection in one write transaction (BEGIN IMMEDIATE), for bulk paths."""
        self._writable()
        from sqlalchemy.exc import OperationalError  # loaded with the engine

        try:
            with self.write_engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            plain = _plain(exc)
            if plain is not None:
                raise plain from exc
            raise

    def reopen(self) -> None:
        """After ``close()`` and the file replaced underneath (a restore, or one that failed): this
        process holds the file and keeps it open again, as after ``open_database``. No full check
        vouches for what is there now, so no verification marker is left at the next close."""
        if not self.closed:
            return
        integrity.hold(self.path)
        try:
            self._keeper = keep_open(self.path)
        except BaseException:
            integrity.release(self.path)
            raise
        self.closed = False
        self.checked_at = 0.0

    def close(self) -> None:
        """Close every pooled connection; after a clean session, leave the verification marker."""
        with self._engine_lock:
            if self._engine is not None:
                self._engine.dispose()
        if self.closed:
            return
        self.closed = True
        if self._keeper is not None:
            self._keeper.close()
        integrity.release(self.path)  # the hold taken at open; the marker below reads the file
        if self.guard.refusal is None and self.checked_at:
            integrity.record_clean_close(self.path, self.checked_at)


def _preflight(path: Path, recheck_after: float | None = None) -> tuple[int | None, float | None]:
    """Read-only look at an existing file. Returns its schema version (None for an empty file) and,
    when a verification marker stood in for the full integrity check, when that check last passed.
    ``recheck_after`` (seconds): a marker whose check is older than that does not stand in."""
    if not path.exists() or path.stat().st_size == 0:
        return None, None
    trusted_since = integrity.trusted_since(path)
    if trusted_since is not None and recheck_after is not None and time.time() - trusted_since > recheck_after:
        trusted_since = None
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    try:
        return _look(path, trusted_since)
    except DatabaseError:
        # A read-only connection to a WAL file creates -wal/-shm it cannot remove; a refused file
        # is left exactly as it was found.
        for sidecar, was_there in zip(sidecars, existed):
            if not was_there:
                _remove_empty_sidecar(sidecar)
        raise


def _remove_empty_sidecar(path: Path) -> None:
    try:
        if path.name.endswith("-shm") or path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass


def _look(path: Path, trusted_since: float | None) -> tuple[int | None, float | None]:
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseDamaged(f"无法打开数据库文件：{path}", "cannot open database file", detail=str(exc)) from exc
    try:
        try:
            result = integrity.full_check(con) if trusted_since is None else ["ok"]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            has_tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamaged(
                f"数据库文件已损坏或不是本软件的数据库：{path}。请从备份恢复，不要继续在此文件上录入。",
                "database file is damaged or not a database", detail=str(exc),
            ) from exc
    finally:
        con.close()
    if result != ["ok"]:
        raise _damaged_error(path, result)
    if version > CURRENT_VERSION:
        raise DatabaseTooNew(
            f"此数据库由较新版本的软件创建（结构版本 {version}，本软件支持到 {CURRENT_VERSION}），请升级软件后再打开。文件未被修改。",
            f"database schema {version} is newer than this app supports ({CURRENT_VERSION}); file left untouched",
        )
    if version == 0 and has_tables:
        raise DatabaseDamaged(
            f"此文件不是扶贫帮扶数据库：{path}", "file is an SQLite database of another program"
        )
    return (version if has_tables else None), trusted_since


def _make_engine(path: Path, guard: WriteGuard) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path.as_posix()}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,  # errors and logs may show a statement, never names or ID numbers
    )

    # Every connection is counted while open, so that store.integrity never opens the file itself
    # meanwhile (that would release SQLite's locks, see store/integrity.py).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        integrity.hold(path)
        try:
            # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.close()
        except BaseException:
            integrity.release(path)  # the pool closes this connection without a "close" event
            raise

    @event.listens_for(engine, "close")
    def _on_close(_dbapi_conn, _record):
        integrity.release(path)

    @event.listens_for(engine, "close_detached")
    def _on_close_detached(_dbapi_conn):
        integrity.release(path)

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn, record, _proxy):
        # Once the file is known to be damaged, SQLite itself refuses writes on every connection.
        if guard.refusal is not None and not record.info.get("query_only"):
            dbapi_conn.execute("PRAGMA query_only=1")
            record.info["query_only"] = True

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

    return engine


@contextmanager
def scratch_copy(db: Database) -> Iterator[Engine]:
    """A private copy of the database for work that writes but must keep nothing (a dry-run
    import): copied with SQLite's online backup inside a read transaction, so the real file's write
    lock is never taken; the copy is deleted afterwards."""
    fd, name = tempfile.mkstemp(prefix=f".{db.path.stem}-scratch-", suffix=".db", dir=db.path.parent)
    os.close(fd)
    scratch = Path(name)
    try:
        with db.engine.connect() as conn:
            source = conn.connection.driver_connection
            assert source is not None  # an open connection has its driver connection
            target = sqlite3.connect(scratch)
            try:
                source.backup(target)
            finally:
                target.close()
        engine = _make_engine(scratch, WriteGuard())
        try:
            yield engine
        finally:
            engine.dispose()
    finally:
        for leftover in (scratch, scratch.with_name(scratch.name + "-wal"), scratch.with_name(scratch.name + "-shm")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass


def _create_schema(engine: Engine) -> None:
    from sqlalchemy import text
    from sqlmodel import SQLModel

    import fupin_desktop.store.models  # noqa: F401  (registers every table on SQLModel.metadata)

    with engine.begin() as conn:
        SQLModel.metadata.create_all(conn)
        conn.execute(
            text("INSERT INTO device_state (id, device_id, seq, hlc_wall_ms, hlc_counter) VALUES (1, :d, 0, 0, 0)"),
            {"d": uuid.uuid4().hex[:16]},
        )
        conn.exec_driver_sql(f"PRAGMA user_version = {CURRENT_VERSION}")


def _migrate(engine: Engine, path: Path, from_version: int) -> None:
    steps = pending_steps(from_version)
    if not steps:
        return
    backup = automatic_backup(path, f"pre-migration-v{from_version}")
    log.info("migrating %s from v%s to v%s (backup %s)", path, from_version, CURRENT_VERSION, backup)
    with engine.begin() as conn:
        for version, step in steps:
            step(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {version + 1}")


def open_database(path: str | Path, *, create: bool = True, recheck_after: float | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``.

    ``recheck_after``: run the full integrity check at open when the last one is older than this
    many seconds, even if a verification marker vouches for the file (the CLI, which has no
    background check, uses it so that bit rot under a valid marker is found within a day).
    Raises DatabaseDamaged or DatabaseTooNew with a message for the user; the file is then unchanged.
    """
    path = Path(path).expanduser().resolve()
    started = time.time()
    if path.exists() and path.is_file() and path.stat().st_size == 0:
        # Never made by this program (a new database is written at once): a copy that did not
        # finish or a disk error. Writing a fresh database into it would hide that.
        raise DatabaseDamaged(
            f"数据库文件是空的（0 字节）：{path}。可能没有拷贝完或磁盘出错；请从备份恢复，"
            "或删除这个文件后重新开始。文件未被修改。",
            "database file is empty (0 bytes); file left untouched",
        )
    version, trusted_since = _preflight(path, recheck_after)
    if version is None and not create:
        raise DatabaseDamaged(f"数据库不存在：{path}", "database does not exist")
    path.parent.mkdir(parents=True, exist_ok=True)
    integrity.forget(path)  # the file may change from here on: only a clean close vouches for it again
    db = Database(path=path, device_id="", guard=WriteGuard(),
                  checked_at=started if trusted_since is None else trusted_since,
                  check_skipped=trusted_since is not None)
    # Held from now until close, not only while a connection happens to be open: nothing else in
    # this process may open the file meanwhile (store.integrity), and whoever asks sees it is in use.
    integrity.hold(path)
    try:
        if version is None:
            _create_schema(db.engine)
        elif pending_steps(version):
            _migrate(db.engine, path, version)
        db._keeper = keep_open(path)
        with db.reader() as reader:
            device_id = reader.scalar("SELECT device_id FROM device_state WHERE id = 1")
    except BaseException:
        _dispose(db)  # not close(): that would vouch for the file with a marker
        raise
    if not device_id:
        _dispose(db)
        raise DatabaseDamaged(f"此文件不是完整的扶贫帮扶数据库（缺少本机记录）：{path}。请从备份恢复。",
                              "database has no device record")
    db.device_id = device_id
    return db


def _dispose(db: Database) -> None:
    if db._engine is not None:
        db._engine.dispose()
    if db._keeper is not None:
        db._keeper.close()
    integrity.release(db.path)
