"""Reading the audit trail: who changed, exported or printed what and when; filters and export.

Writing events is `services.audit.record.record_event`; this module only reads them (for the audit view
and its Excel export, which is itself audited).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from sqlalchemy import func, or_, select

from fupin_desktop.services.audit import labels as audit_labels
from fupin_desktop.services.audit.labels import action_group  # noqa: F401  (the view's filter names)
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import AuditEvent


@dataclass
class AuditFilter:
    user: str = ""
    action_prefix: str = ""  # e.g. "export" matches export.xlsx and export.pdf
    since: Optional[date] = None
    until: Optional[date] = None  # inclusive
    text: str = ""  # in entity, entity id or detail
    limit: int = 5000


@dataclass(frozen=True)
class AuditLine:
    """One event as a clerk reads it; ``action`` and ``entity`` keep the program keys for filters and JSON."""

    id: str
    at: str
    user: str
    action: str
    action_group: str  # 同步
    entity: str
    entity_id: str
    detail: str  # readable "名称: 值" pairs, in Chinese
    action_label: str = ""  # 同步·处理冲突
    entity_label: str = ""  # 农户
    object_label: str = ""  # 农户 王德福户（李庄村）
    device_label: str = ""  # the laptop the event was made on: 本机, or its label and villages

    def as_dict(self) -> dict:
        return asdict(self)


def list_events(db: Database, filt: Optional[AuditFilter] = None) -> list[AuditLine]:
    filt = filt or AuditFilter()
    query = select(AuditEvent.id, AuditEvent.at, AuditEvent.user, AuditEvent.action, AuditEvent.entity,
                   AuditEvent.entity_id, AuditEvent.detail, AuditEvent.device_id).where(AuditEvent.deleted == False)  # noqa: E712
    if filt.user:
        query = query.where(AuditEvent.user == filt.user)
    if filt.action_prefix:
        query = query.where(or_(AuditEvent.action == filt.action_prefix,
                                AuditEvent.action.like(filt.action_prefix + ".%")))
    if filt.since:
        query = query.where(AuditEvent.at >= filt.since.isoformat())
    if filt.until:
        query = query.where(AuditEvent.at < (filt.until + timedelta(days=1)).isoformat())
    if filt.text.strip():
        like = f"%{filt.text.strip()}%"
        query = query.where(or_(AuditEvent.entity.like(like), AuditEvent.entity_id.like(like),
                                AuditEvent.detail.like(like), AuditEvent.action.like(like)))
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.seq.desc()).limit(filt.limit)
    with db.engine.connect() as conn:
        rows = list(conn.execute(query))
        namer = audit_labels.Namer(conn)
        parsed = [audit_labels.parse_detail(row[6]) for row in rows]
        namer.load_households(i for (_, _, _, _, entity, eid, _, _), d in zip(rows, parsed)
                              for i in audit_labels.household_ids(entity, eid, d))
        return [AuditLine(i, at, user, action, audit_labels.action_group(action), entity, eid,
                          audit_labels.readable_detail(namer, entity, detail),
                          action_label=audit_labels.action_label(action),
                          entity_label=audit_labels.entity_label(entity),
                          object_label=audit_labels.object_label(namer, entity, eid, d),
                          device_label=namer.device(device))
                for (i, at, user, action, entity, eid, detail, device), d in zip(rows, parsed)]


def users_and_actions(db: Database) -> tuple[list[str], list[str]]:
    """Distinct users and action families, for the filter drop-downs."""
    with db.engine.connect() as conn:
        users = [u for (u,) in conn.execute(select(AuditEvent.user).distinct().order_by(AuditEvent.user)) if u]
        actions = [a for (a,) in conn.execute(select(AuditEvent.action).distinct())]
    families = sorted({a.split(".", 1)[0] for a in actions})
    return users, families


def count_events(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


def export_events(db: Database, lines: list[AuditLine], path: str | Path) -> int:
    """Write the listed events to .xlsx (the export itself is recorded too)."""
    from openpyxl import Workbook

    from fupin_desktop.io.xlsx_sheets import Column, append_row, new_sheet

    path = Path(path)
    columns = [Column("时间", 20), Column("操作人", 10), Column("电脑", 24), Column("类别", 10), Column("操作", 22), Column("对象", 30),
               Column("详情", 60)]
    wb = Workbook(write_only=True)
    from fupin_desktop.services.excel.sheet_titles import sheet_heading

    with db.engine.connect() as conn:
        heading = sheet_heading(conn, "audit")
    ws = new_sheet(wb, "操作记录", columns, heading=heading)
    for line in lines:
        append_row(ws, columns, [line.at.replace("T", " "), line.user, line.device_label, line.action_group,
                                 line.action_label, line.object_label, line.detail], wrap_long=True)  # 详情 runs long
    from fupin_desktop.io.workbook_file import save_workbook

    save_workbook(wb, path)
    with db.transaction() as session:
        record_event(session, "export.xlsx", "audit", "", {"file": path.name, "rows": len(lines)})
    return len(lines)
