"""Bulk inserts of synced rows with SQLAlchemy Core, stamped as one block (for imports).

The ORM is an order of magnitude slower at county scale; these rows carry every column with its
model default, and the stamps the before_flush hook would have given them.
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from sqlalchemy.engine import Connection

from fupin_desktop.store.models import SyncedRecord, new_id
from fupin_desktop.store.stamps import reserve_stamps, wall_time_iso

CHUNK = 5000


@cache
def model_defaults(model: type[SyncedRecord]) -> dict:
    out = {}
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            out[name] = None
        else:
            out[name] = None if info.default is ... else info.default
    return out


def new_row(model: type[SyncedRecord], **values) -> dict:
    row = dict(model_defaults(model))
    row.update(values)
    if not row.get("id"):
        row["id"] = new_id()
    return row


class StampedWriter:
    """Streams stamped rows into several tables in the caller's transaction, a chunk at a time.

    Stamps for ``total`` rows are reserved up front; rows are buffered per table and flushed
    parents first (``order``), so foreign keys hold and memory stays flat at county scale.
    """

    def __init__(self, conn: Connection, order: Sequence[type[SyncedRecord]], total: int):
        self.conn = conn
        self.order = list(order)
        self.buffers: dict[type[SyncedRecord], list[dict]] = {m: [] for m in self.order}
        self.device_id, stamps = reserve_stamps(conn, total)
        self.stamps = iter(stamps)
        self.wall = wall_time_iso()
        self.written = 0

    def add(self, model: type[SyncedRecord], row: dict) -> None:
        seq, hlc = next(self.stamps)
        row.update(device_id=self.device_id, seq=seq, hlc=hlc, origin_hlc=hlc, field_stamps="{}",
                   created_at=self.wall, updated_at=self.wall, deleted=False)
        buffer = self.buffers[model]
        buffer.append(row)
        if len(buffer) >= CHUNK:
            self.flush(upto=model)

    def flush(self, upto: type[SyncedRecord] | None = None) -> None:
        """Write the buffers of every table up to ``upto`` (all when None), parents first."""
        for model in self.order:
            rows = self.buffers[model]
            if rows:
                self.conn.execute(model.__table__.insert(), rows)
                self.written += len(rows)
                self.buffers[model] = []
            if model is upto:
                break
