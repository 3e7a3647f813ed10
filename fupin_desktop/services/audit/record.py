"""The audit trail: every save, print, export and import writes one event in the same transaction."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Optional

from sqlmodel import Session, select

from fupin_desktop.store.models import AuditEvent, Setting


def _current_user(session: Session) -> str:
    row = session.get(Setting, "user_name")
    return row.value if row is not None else ""


def record_event(
    session: Session,
    action: str,
    entity: str = "",
    entity_id: str = "",
    detail: Optional[dict[str, Any]] = None,
    user: Optional[str] = None,
) -> AuditEvent:
    event = AuditEvent(
        at=datetime.now().isoformat(timespec="seconds"),
        user=user if user is not None else _current_user(session),
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str),
    )
    session.add(event)
    return event


def recent_events(session: Session, limit: int = 200) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).order_by(AuditEvent.at.desc()).limit(limit)))
