"""Small reads and writes of installation state the sync layer needs (settings, audit events),
done on a Core connection inside the caller's transaction. The sync layer sits below services/,
so it does not import them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fupin_desktop.store.models import AuditEvent, Setting, new_id
from fupin_desktop.store.stamps import reserve_stamps, wall_time_iso

ROLE_COUNTY = "county"
ROLE_VILLAGE = "village"
# The short name the county gave this laptop at enrolment ("甲村1号"), learned from its packages.
LAPTOP_LABEL_SETTING = "laptop_label"
_S = Setting.__table__


def get_setting(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute(select(_S.c.value).where(_S.c.key == key)).first()
    return row[0] if row else default


def set_setting(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(_S.c.key).where(_S.c.key == key)).first():
        conn.execute(_S.update().where(_S.c.key == key).values(value=value))
    else:
        conn.execute(_S.insert().values(key=key, value=value))


def role(conn: Connection) -> str:
    return get_setting(conn, "role", ROLE_VILLAGE)


def record_audit(conn: Connection, action: str, entity: str = "", entity_id: str = "",
                 detail: dict[str, Any] | None = None) -> None:
    """One stamped AuditEvent row, written with Core in the caller's transaction."""
    device_id, stamps = reserve_stamps(conn, 1)
    seq, hlc = stamps[0]
    wall = wall_time_iso()
    conn.execute(AuditEvent.__table__.insert().values(
        id=new_id(), device_id=device_id, seq=seq, hlc=hlc, origin_hlc=hlc, field_stamps="{}",
        deleted=False, deleted_at=None, created_at=wall, updated_at=wall,
        at=datetime.now().isoformat(timespec="seconds"), user=get_setting(conn, "user_name"),
        action=action, entity=entity, entity_id=entity_id,
        detail=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str),
    ))
