"""Reading the audit trail: who changed, exported or printed what and when; filters and export.

Writing events is `services.audit.record_event`; this module only reads them (for the audit view
and its Excel export, which is itself audited).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from sqlalchemy import func, or_, select

from fupin_desktop.services.audit import record_event
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import AuditEvent

# Chinese names of action families for the view; an unknown action shows as written.
ACTION_GROUPS = {
    "export": "导出",
    "print": "打印",
    "import": "导入",
    "household": "农户",
    "member": "成员",
    "plan": "帮扶计划",
    "measure": "帮扶措施",
    "fund": "资金",
    "rectification": "整改",
    "target": "目标",
    "sync": "同步",
    "village": "村",
    "settings": "设置",
}

# Chinese names of the detail keys services write; others show as written.
DETAIL_KEYS = {
    "file": "文件", "rows": "行数", "year": "年度", "households": "户数", "members": "人数", "problem": "问题",
    "source": "来源", "status": "状态", "evidence_note": "佐证", "village_id": "村", "area_code": "区划代码",
    "people": "减贫人数", "villages": "退出村数", "rejected_rows": "未通过行数", "new_villages": "新建村数",
    "items": "事项数", "total": "合计", "village": "村",
}


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
    id: str
    at: str
    user: str
    action: str
    action_group: str
    entity: str
    entity_id: str
    detail: str  # readable "key: value" pairs

    def as_dict(self) -> dict:
        return asdict(self)


def _readable(detail: str) -> str:
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return str(data)
    return "；".join(f"{DETAIL_KEYS.get(k, k)}: {v}" for k, v in data.items() if v not in (None, ""))


def action_group(action: str) -> str:
    return ACTION_GROUPS.get(action.split(".", 1)[0], action)


def list_events(db: Database, filt: Optional[AuditFilter] = None) -> list[AuditLine]:
    filt = filt or AuditFilter()
    query = select(AuditEvent.id, AuditEvent.at, AuditEvent.user, AuditEvent.action, AuditEvent.entity,
                   AuditEvent.entity_id, AuditEvent.detail).where(AuditEvent.deleted == False)  # noqa: E712
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
        return [AuditLine(i, at, user, action, action_group(action), entity, eid, _readable(detail))
                for i, at, user, action, entity, eid, detail in conn.execute(query)]


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

    from fupin_desktop.io.xlsx_export import Column, new_sheet

    path = Path(path)
    columns = [Column("时间", 20), Column("操作人", 10), Column("类别", 10), Column("操作", 22), Column("对象", 14),
               Column("对象编号", 34), Column("详情", 60)]
    wb = Workbook(write_only=True)
    ws = new_sheet(wb, "操作记录", columns)
    for line in lines:
        ws.append([line.at, line.user, line.action_group, line.action, line.entity, line.entity_id, line.detail])
    tmp = path.with_name(path.name + ".partial")
    wb.save(tmp)
    tmp.replace(path)
    with db.transaction() as session:
        record_event(session, "export.xlsx", "audit", "", {"file": path.name, "rows": len(lines)})
    return len(lines)
