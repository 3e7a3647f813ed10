"""Writing one field of one synced record as a new local edit, with Core, stamped like the ORM
hook would stamp it (new seq and HLC for this device, the field's stamp moved to that HLC).

Used to turn a conflict decision into a write that travels, even when the chosen value equals
the value already there (the ORM would see no change and not stamp it).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from fupin_desktop.store.stamps import reserve_stamps, wall_time_iso
from fupin_desktop.sync.errors import SyncError
from fupin_desktop.sync.rows import MERGE_DELETED, canonical_stamps, codecs_by_name


def write_field(conn: Connection, table: str, record_id: str, field: str, value: Any) -> str:
    codec = codecs_by_name()[table]
    if field not in codec.merge_fields:
        raise SyncError("这一项不能在这里修改", "this item cannot be changed here",
                        detail=f"{field} is not a content field of {table}")
    row = conn.execute(text(f'SELECT field_stamps, deleted FROM "{table}" WHERE id = :i'), {"i": record_id}).first()
    if row is None:
        raise SyncError("这条记录在本机不存在", "this record does not exist here", detail=f"{table} {record_id}")
    device_id, stamps = reserve_stamps(conn, 1)
    seq, hlc = stamps[0]
    field_stamps = json.loads(row[0] or "{}")
    field_stamps[field] = hlc
    wall = wall_time_iso()
    values = {"v": value, "fs": canonical_stamps(field_stamps), "d": device_id, "s": seq, "h": hlc, "w": wall,
              "i": record_id}
    extra = ""
    if field == MERGE_DELETED:
        extra = ", deleted_at = :da"
        values["da"] = wall if value else None
    conn.execute(text(
        f'UPDATE "{table}" SET "{field}" = :v, field_stamps = :fs, device_id = :d, seq = :s, hlc = :h, '
        f"updated_at = :w{extra} WHERE id = :i"), values)
    return hlc
