"""整改清单: problems found by inspections, assigned and closed ("确保问题整改不留死角").

Each item has a source (vocabulary ``rectification_source``: 省级检查, 市级督查, 巡查, 自查), a
village and optionally a household, problem, action, responsible person, deadline and status
(``rectification_status``: open → in progress → closed, closing needs an evidence note). Items are
synced records with a village, so they travel to the laptops of that village and come back.
Every change writes an audit event in the same transaction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Optional

from sqlalchemy import or_, select

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Rectification, Village

STATUS_OPEN = "open"
STATUS_CLOSED = "closed"
EDITABLE = ("source", "village_id", "household_id", "problem", "action", "responsible", "deadline")


@dataclass(frozen=True)
class RectificationItem:
    id: str
    source: str
    source_label: str
    village_id: Optional[str]
    village_code: str
    village_name: str
    township_code: str
    household_id: Optional[str]
    household_head: str
    household_no: str
    problem: str
    action: str
    responsible: str
    deadline: Optional[date]
    status: str
    status_label: str
    evidence_note: str
    closed_date: Optional[date]
    overdue: bool
    days_overdue: int

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class RectificationFilter:
    source: Optional[str] = None
    status: Optional[str] = None  # a status code, or "not_closed"
    village_code: Optional[str] = None
    township_code: Optional[str] = None
    overdue_only: bool = False
    text: str = ""


def _check_code(vocab_name: str, code: str, what: str) -> None:
    if code not in vocab(vocab_name).codes:
        raise UserFacingError(f"{what}“{code}”不在代码表中", f"unknown {vocab_name} code {code!r}")


def _query():
    return (
        select(Rectification, Village.code, Village.name, Village.township_code, Household.head_name,
               Household.household_no)
        .outerjoin(Village, Village.id == Rectification.village_id)
        .outerjoin(Household, Household.id == Rectification.household_id)
        .where(Rectification.deleted == False)  # noqa: E712
    )


def _item(row, today: date) -> RectificationItem:
    r, vcode, vname, tcode, head, hno = row
    overdue = r.deadline is not None and r.deadline < today and r.status != STATUS_CLOSED
    return RectificationItem(
        id=r.id, source=r.source, source_label=vocab("rectification_source").label(r.source),
        village_id=r.village_id, village_code=vcode or "", village_name=vname or "", township_code=tcode or "",
        household_id=r.household_id, household_head=head or "", household_no=hno or "", problem=r.problem,
        action=r.action, responsible=r.responsible, deadline=r.deadline, status=r.status,
        status_label=vocab("rectification_status").label(r.status), evidence_note=r.evidence_note,
        closed_date=r.closed_date, overdue=overdue, days_overdue=(today - r.deadline).days if overdue else 0,
    )


def list_items(db: Database, filt: Optional[RectificationFilter] = None, today: Optional[date] = None) -> list[RectificationItem]:
    """Items matching the filter, overdue first, then by deadline."""
    today = today or date.today()
    filt = filt or RectificationFilter()
    query = _query()
    if filt.source:
        query = query.where(Rectification.source == filt.source)
    if filt.status == "not_closed":
        query = query.where(Rectification.status != STATUS_CLOSED)
    elif filt.status:
        query = query.where(Rectification.status == filt.status)
    if filt.village_code:
        query = query.where(Village.code == filt.village_code)
    if filt.township_code:
        query = query.where(Village.township_code == filt.township_code)
    if filt.overdue_only:
        query = query.where(Rectification.deadline < today, Rectification.status != STATUS_CLOSED)
    if filt.text.strip():
        like = f"%{filt.text.strip()}%"
        query = query.where(or_(Rectification.problem.like(like), Rectification.action.like(like),
                                Rectification.responsible.like(like), Village.name.like(like),
                                Household.head_name.like(like)))
    with db.session() as session:
        items = [_item(row, today) for row in session.exec(query)]
    items.sort(key=lambda i: (not i.overdue, i.status == STATUS_CLOSED, i.deadline or date.max, i.village_code))
    return items


def get_item(db: Database, item_id: str, today: Optional[date] = None) -> RectificationItem:
    with db.session() as session:
        row = session.exec(_query().where(Rectification.id == item_id)).first()
    if row is None:
        raise UserFacingError("整改事项不存在或已删除", f"rectification {item_id} not found")
    return _item(row, today or date.today())


def _resolve_place(session, village_id: Optional[str], household_id: Optional[str]) -> Optional[str]:
    if household_id:
        household = session.get(Household, household_id)
        if household is None or household.deleted:
            raise UserFacingError("所选农户不存在", "household not found")
        if village_id and household.village_id != village_id:
            raise UserFacingError("所选农户不属于所选的村", "household is not in that village")
        return household.village_id
    if village_id:
        village = session.get(Village, village_id)
        if village is None or village.deleted:
            raise UserFacingError("所选的村不存在", "village not found")
    return village_id


def create_item(
    db: Database,
    *,
    source: str,
    problem: str,
    village_id: Optional[str] = None,
    household_id: Optional[str] = None,
    action: str = "",
    responsible: str = "",
    deadline: Optional[date] = None,
    status: str = STATUS_OPEN,
) -> str:
    _check_code("rectification_source", source, "问题来源")
    _check_code("rectification_status", status, "整改状态")
    if not problem.strip():
        raise UserFacingError("请填写问题描述", "problem is required")
    if status == STATUS_CLOSED:
        raise UserFacingError("新建的整改事项不能直接销号，请先保存再填写整改佐证后销号", "cannot create closed")
    with db.transaction() as session:
        village_id = _resolve_place(session, village_id, household_id)
        item = Rectification(source=source, village_id=village_id, household_id=household_id,
                             problem=problem.strip(), action=action.strip(), responsible=responsible.strip(),
                             deadline=deadline, status=status)
        session.add(item)
        session.flush()
        record_event(session, "rectification.create", "rectification", item.id,
                     {"source": source, "village_id": village_id, "problem": problem.strip()[:80]})
        return item.id


def update_item(db: Database, item_id: str, **changes) -> None:
    """Change editable fields (source, village, household, problem, action, responsible, deadline)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    if "source" in changes:
        _check_code("rectification_source", changes["source"], "问题来源")
    if "problem" in changes and not str(changes["problem"]).strip():
        raise UserFacingError("请填写问题描述", "problem is required")
    with db.transaction() as session:
        item = session.get(Rectification, item_id)
        if item is None or item.deleted:
            raise UserFacingError("整改事项不存在或已删除", "rectification not found")
        if "village_id" in changes or "household_id" in changes:
            household_id = changes.get("household_id", item.household_id)
            changes["village_id"] = _resolve_place(session, changes.get("village_id", item.village_id), household_id)
        changed = {}
        for key, value in changes.items():
            if isinstance(value, str) and key not in ("village_id", "household_id"):
                value = value.strip()
            if getattr(item, key) != value:
                setattr(item, key, value)
                changed[key] = value
        if changed:
            record_event(session, "rectification.update", "rectification", item.id, changed)


def set_status(
    db: Database,
    item_id: str,
    status: str,
    evidence_note: Optional[str] = None,
    closed_date: Optional[date] = None,
) -> None:
    """Move an item along; closing (销号) needs an evidence note and records the closing date."""
    _check_code("rectification_status", status, "整改状态")
    with db.transaction() as session:
        item = session.get(Rectification, item_id)
        if item is None or item.deleted:
            raise UserFacingError("整改事项不存在或已删除", "rectification not found")
        if evidence_note is not None:
            item.evidence_note = evidence_note.strip()
        if status == STATUS_CLOSED:
            if not item.evidence_note:
                raise UserFacingError("销号前请填写整改佐证说明（做了什么、有何材料）", "closing needs an evidence note")
            item.closed_date = closed_date or item.closed_date or date.today()
        else:
            item.closed_date = None
        item.status = status
        record_event(session, "rectification.status", "rectification", item.id,
                     {"status": status, "evidence_note": item.evidence_note[:80]})


def delete_item(db: Database, item_id: str) -> None:
    with db.transaction() as session:
        item = session.get(Rectification, item_id)
        if item is None or item.deleted:
            return
        item.deleted = True
        record_event(session, "rectification.delete", "rectification", item.id, {"problem": item.problem[:80]})


@dataclass(frozen=True)
class RectificationSummary:
    total: int
    open: int
    closed: int
    overdue: int

    def as_dict(self) -> dict:
        return asdict(self)


def summary(items: list[RectificationItem]) -> RectificationSummary:
    return RectificationSummary(
        total=len(items),
        open=sum(i.status != STATUS_CLOSED for i in items),
        closed=sum(i.status == STATUS_CLOSED for i in items),
        overdue=sum(i.overdue for i in items),
    )


def village_choices(db: Database) -> list[tuple[str, str]]:
    """(village id, "乡镇 村 (code)") for the item form."""
    from fupin_desktop.store.models import Area

    with db.engine.connect() as conn:
        townships = {c: n for c, n in conn.execute(select(Area.code, Area.name).where(Area.deleted == False))}  # noqa: E712
        rows = conn.execute(select(Village.id, Village.code, Village.name, Village.township_code)
                            .where(Village.deleted == False).order_by(Village.code)).all()  # noqa: E712
    return [(vid, f"{townships.get(t, '')} {name}（{code}）".strip()) for vid, code, name, t in rows]


def household_choices(db: Database, village_id: str) -> list[tuple[str, str]]:
    """(household id, "户主 · 组 · 户编号") of one village."""
    with db.engine.connect() as conn:
        rows = conn.execute(select(Household.id, Household.head_name, Household.group_name, Household.household_no)
                            .where(Household.deleted == False, Household.village_id == village_id)  # noqa: E712
                            .order_by(Household.group_name, Household.household_no)).all()
    return [(hid, " · ".join(p for p in (head, group, no) if p)) for hid, head, group, no in rows]


def print_items(db: Database, items: list[RectificationItem], path, today: Optional[date] = None) -> None:
    """The listed items as a PDF; the print is recorded in the audit trail."""
    from pathlib import Path

    from fupin_desktop.pdf.rectification_list import write_rectification_list
    from fupin_desktop.services.setup.settings import get_setting

    write_rectification_list(items, path, today=today, unit=get_setting(db, "unit", ""))
    with db.transaction() as session:
        record_event(session, "print.rectification_list", "rectification", "",
                     {"items": len(items), "file": Path(path).name})
