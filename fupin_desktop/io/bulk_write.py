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


def insert_stamped(conn: Connection, tables: Sequence[tuple[type[SyncedRecord], list[dict]]]) -> int:
    """Stamp and insert rows of several tables (parents first) in the caller's transaction."""
    total = sum(len(rows) for _, rows in tables)
    if not total:
        return 0
    device_id, stamps = reserve_stamps(conn, total)
    wall = wall_time_iso()
    it = iter(stamps)
    for model, rows in tables:
        for row in rows:
            seq, hlc = next(it)
            row.update(device_id=device_id, seq=seq, hlc=hlc, origin_hlc=hlc, field_stamps="{}",
                       created_at=wall, updated_at=wall, deleted=False)
        for start in range(0, len(rows), CHUNK):
            conn.execute(model.__table__.insert(), rows[start:start + CHUNK])
    return total
