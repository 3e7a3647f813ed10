"""Bulk inserts of synced rows with SQLAlchemy Core, stamped as one block (for imports).

The ORM is an order of magnitude slower at county scale; these rows carry every column with its
model default, and the stamps the before_flush hook would have given them. Rows go to the
driver's executemany as tuples, each value passed through its column type's bind processor (what
SQLAlchemy does per row, without its per-row parameter bookkeeping, which cost as much as the
inserts themselves).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager, suppress
from functools import cache
from typing import Iterator, Sequence

from sqlalchemy.engine import Connection, Dialect

from fupin_desktop.store.models import SyncedRecord, new_id
from fupin_desktop.store.stamps import reserve_stamps, wall_time_iso

CHUNK = 5000
BULK_CACHE_KIB = 64 * 1024
_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a bulk job builds and keeps hundreds of thousands of objects.

    Each full collection walks every object still alive, so at county scale it cost more than a
    tenth of a roster import. Reference counting still frees everything that is not in a cycle.
    Nested and concurrent pauses are counted; the collector runs again (if it ran before) once the
    last one ends.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


@cache
def model_defaults(model: type[SyncedRecord]) -> dict:
    out: dict[str, object] = {}
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            out[name] = None
        else:
            out[name] = None if info.is_required() else info.default  # required: the caller must give it
    return out


def new_row(model: type[SyncedRecord], **values) -> dict:
    row = dict(model_defaults(model))
    row.update(values)
    if not row.get("id"):
        row["id"] = new_id()
    return row


@contextmanager
def larger_page_cache(conn: Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """SQLite's page cache at ``kib`` for one bulk transaction on ``conn``, then back as it was.

    Inserts with random keys (uuid ids, names, ID numbers in indexes) touch pages all over the
    file; the default 2 MB cache kept writing and re-reading them (about an eighth of the insert
    time at county scale). Pages changed in the transaction stay cached until the commit whatever
    the size, so the old size is set back before it.
    """
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()  # PRAGMA always answers one row
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the job's own error is the one to report
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(old)}")
        raise
    conn.exec_driver_sql(f"PRAGMA cache_size = {int(old)}")


_STAMP_COLUMNS = ("device_id", "seq", "hlc", "origin_hlc", "field_stamps", "created_at", "updated_at", "deleted")


class InsertPlan:
    """One table's INSERT for the driver, and its rows as lists of values in column order.

    A row starts as a copy of the model defaults (already through their bind processors); only
    the values a caller gives pass through a processor (ISO dates, booleans as integers), as
    SQLAlchemy would do for every one of them.
    """

    def __init__(self, model: type[SyncedRecord], dialect: Dialect):
        table = model.__table__
        self.names = tuple(column.name for column in table.columns)
        defaults = model_defaults(model)
        missing = set(self.names) - set(defaults)
        if missing:  # a column the model does not know: its SQL default would be lost
            raise ValueError(f"{table.name}: no model default for {sorted(missing)}")
        self.processors = tuple(column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns)
        self.position = {name: i for i, name in enumerate(self.names)}
        self.template = [self._bind(i, defaults[name]) for i, name in enumerate(self.names)]
        self.id_position = self.position["id"]
        self.stamp_positions = tuple(self.position[name] for name in _STAMP_COLUMNS)
        self.not_deleted = self._bind(self.position["deleted"], False)
        quote = dialect.identifier_preparer.quote
        self.sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in self.names)}) "
                    f"VALUES ({', '.join('?' for _ in self.names)})")

    def _bind(self, i: int, value):
        process = self.processors[i]
        return value if process is None else process(value)

    def row(self, values: dict, extra: dict) -> list:
        row = self.template.copy()
        position, processors = self.position, self.processors
        for source in (values, extra):
            for name, value in source.items():
                i = position[name]
                process = processors[i]
                row[i] = value if process is None else process(value)
        if not row[self.id_position]:
            row[self.id_position] = new_id()
        return row


class StampedWriter:
    """Streams stamped rows into several tables in the caller's transaction, a chunk at a time.

    Stamps for ``total`` rows are reserved up front; rows are buffered per table and flushed
    parents first (``order``), so foreign keys hold and memory stays flat at county scale.
    """

    def __init__(self, conn: Connection, order: Sequence[type[SyncedRecord]], total: int):
        self.conn = conn
        self.order = list(order)
        self.buffers: dict[type[SyncedRecord], list[list]] = {m: [] for m in self.order}
        self.device_id, stamps = reserve_stamps(conn, total)
        self.stamps = iter(stamps)
        self.wall = wall_time_iso()
        self.written = 0
        self.plans = {m: InsertPlan(m, conn.dialect) for m in self.order}

    def add(self, model: type[SyncedRecord], values: dict, **extra) -> str:
        """Queue one row: ``values`` and ``extra`` over the model defaults, a new id unless given,
        and the next stamps. Returns the row's id."""
        plan = self.plans[model]
        row = plan.row(values, extra)
        seq, hlc = next(self.stamps)
        d, s, h, o, f, c, u, x = plan.stamp_positions
        row[d], row[s], row[h], row[o], row[f] = self.device_id, seq, hlc, hlc, "{}"
        row[c] = row[u] = self.wall
        row[x] = plan.not_deleted
        buffer = self.buffers[model]
        buffer.append(row)
        if len(buffer) >= CHUNK:
            self.flush(upto=model)
        return row[plan.id_position]

    def flush(self, upto: type[SyncedRecord] | None = None) -> None:
        """Write the buffers of every table up to ``upto`` (all when None), parents first."""
        for model in self.order:
            rows = self.buffers[model]
            if rows:
                self.conn.exec_driver_sql(self.plans[model].sql, list(map(tuple, rows)))
                self.written += len(rows)
                self.buffers[model] = []
            if model is upto:
                break
