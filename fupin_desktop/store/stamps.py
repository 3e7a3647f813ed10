"""Stamping every write to a synced table: device id, per-device sequence, HLC, field stamps.

It happens in one place, a ``before_flush`` hook on the sessions that ``Database.session()``
hands out, so no service can forget it. Bulk Core inserts call :func:`reserve_stamps`.
Sessions whose ``info["sync_apply"]`` is true (the sync importer, which writes other
devices' stamps) are left alone.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from typing import Iterable

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlmodel import Session

from fupin_desktop.store.hlc import Hlc, format_hlc, next_after_receive, next_local
from fupin_desktop.store.models.base import SYNC_COLUMNS, SyncedRecord


def now_ms() -> int:
    return int(time.time() * 1000)


def wall_time_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def reserve_stamps(conn: Connection, count: int, now: int | None = None) -> tuple[str, list[tuple[int, str]]]:
    """Reserve ``count`` consecutive (seq, hlc) pairs for this device inside the caller's transaction.

    The UPDATE comes first so the write lock is taken before the state is read.
    """
    if count <= 0:
        row = conn.execute(text("SELECT device_id FROM device_state WHERE id = 1")).one()
        return row[0], []
    conn.execute(text("UPDATE device_state SET seq = seq + :n WHERE id = 1"), {"n": count})
    device_id, seq_end, wall, counter = conn.execute(
        text("SELECT device_id, seq, hlc_wall_ms, hlc_counter FROM device_state WHERE id = 1")
    ).one()
    first_seq = seq_end - count + 1
    now = now_ms() if now is None else now
    stamps: list[tuple[int, str]] = []
    for i in range(count):
        wall, counter = next_local(wall, counter, now)
        stamps.append((first_seq + i, format_hlc(wall, counter, device_id)))
    conn.execute(
        text("UPDATE device_state SET hlc_wall_ms = :w, hlc_counter = :c WHERE id = 1"),
        {"w": wall, "c": counter},
    )
    return device_id, stamps


def observe_remote(conn: Connection, remote: Hlc) -> None:
    """Move this device's clock past a stamp received from another device."""
    wall, counter = conn.execute(text("SELECT hlc_wall_ms, hlc_counter FROM device_state WHERE id = 1")).one()
    wall, counter = next_after_receive(wall, counter, remote, now_ms())
    conn.execute(
        text("UPDATE device_state SET hlc_wall_ms = :w, hlc_counter = :c WHERE id = 1"), {"w": wall, "c": counter}
    )


def content_fields(model: type[SyncedRecord]) -> list[str]:
    return [name for name in model.model_fields if name not in SYNC_COLUMNS]


def _changed_fields(obj: SyncedRecord) -> list[str]:
    attrs = inspect(obj).attrs
    return [name for name in content_fields(type(obj)) if attrs[name].history.has_changes()]


def _deleted_flag_changed(obj: SyncedRecord) -> bool:
    return inspect(obj).attrs["deleted"].history.has_changes()


def stamp_session(session: Session, flush_context=None, instances: Iterable | None = None) -> None:
    """before_flush hook: stamp new and changed synced records."""
    if session.info.get("sync_apply"):
        return
    for obj in session.deleted:
        if isinstance(obj, SyncedRecord) and not session.info.get("allow_hard_delete"):
            raise RuntimeError(f"{type(obj).__name__} rows are tombstoned (deleted=True), never hard-deleted")
    new = [o for o in session.new if isinstance(o, SyncedRecord)]
    dirty = []
    for obj in session.dirty:
        if isinstance(obj, SyncedRecord) and session.is_modified(obj, include_collections=False):
            fields = _changed_fields(obj)
            delete_toggled = _deleted_flag_changed(obj)
            if fields or delete_toggled:
                dirty.append((obj, fields, delete_toggled))
    if not new and not dirty:
        return
    conn = session.connection()
    device_id, stamps = reserve_stamps(conn, len(new) + len(dirty))
    wall = wall_time_iso()
    it = iter(stamps)
    for obj in new:
        seq, hlc = next(it)
        obj.device_id, obj.seq, obj.hlc, obj.origin_hlc = device_id, seq, hlc, hlc
        obj.field_stamps = obj.field_stamps or "{}"
        obj.created_at = obj.created_at or wall
        obj.updated_at = wall
        if obj.deleted and not obj.deleted_at:
            obj.deleted_at = wall
    for obj, fields, delete_toggled in dirty:
        seq, hlc = next(it)
        field_stamps = json.loads(obj.field_stamps or "{}")
        for name in fields:
            field_stamps[name] = hlc
        if delete_toggled:  # tombstoned, or restored from the 回收站
            field_stamps["deleted"] = hlc
            obj.deleted_at = wall if obj.deleted else None
        obj.field_stamps = json.dumps(field_stamps, separators=(",", ":"), sort_keys=True)
        obj.device_id, obj.seq, obj.hlc = device_id, seq, hlc
        obj.updated_at = wall


def field_stamp(obj: SyncedRecord, field: str) -> str:
    """The HLC of the last write of one field of a record."""
    return json.loads(obj.field_stamps or "{}").get(field, obj.origin_hlc)
