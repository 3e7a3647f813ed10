"""回收站: households and members that were deleted (tombstones), and putting them back.

A deleted household keeps its members as they were, so restoring it brings the whole family back.
A member removed from a household in the form is a tombstone of its own and can be restored into
its household. Restoring never creates a duplicate person: if someone with the same ID number was
registered meanwhile, the restore is refused with a reference to that person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from fupin_desktop.domain import idnumber
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.register.records import HOUSEHOLD_DERIVED, derive, draft_from_session, load_household
from fupin_desktop.services.register.save import PersonRef, _people_by_ids
from fupin_desktop.services.register.search import index_households
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Member

HOUSEHOLD, MEMBER = "household", "member"


@dataclass(frozen=True)
class BinEntry:
    kind: str  # household | member
    id: str
    name: str  # head name for a household, the person's name for a member
    household_id: str
    household_label: str  # 村 组 户主 (户编号)
    deleted_at: str
    people: int = 0  # members a household brings back
    id_masked: str = ""


@dataclass
class RestoreResult:
    restored: bool
    message: str  # Chinese
    conflicts: list[PersonRef] = field(default_factory=list)


def list_bin(db: Database, limit: Optional[int] = None) -> list[BinEntry]:
    """Deleted households, and deleted members of households that are not deleted; newest first."""
    limit_sql = f" LIMIT {int(limit)}" if limit else ""
    with db.engine.connect() as conn:
        households = conn.exec_driver_sql(
            "SELECT h.id, h.head_name, v.name, h.group_name, h.household_no, coalesce(h.deleted_at, ''),"
            " (SELECT count(*) FROM member m WHERE m.household_id = h.id AND +m.deleted = 0)"
            " FROM household h JOIN village v ON v.id = h.village_id WHERE h.deleted = 1"
            " ORDER BY h.deleted_at DESC" + limit_sql).all()
        members = conn.exec_driver_sql(
            "SELECT m.id, m.name, m.id_number, h.id, h.head_name, v.name, h.group_name, h.household_no,"
            " coalesce(m.deleted_at, '')"
            " FROM member m JOIN household h ON h.id = m.household_id JOIN village v ON v.id = h.village_id"
            " WHERE m.deleted = 1 AND +h.deleted = 0 ORDER BY m.deleted_at DESC" + limit_sql).all()
    out = [BinEntry(HOUSEHOLD, hid, head, hid, f"{village}{group} {head}（{number}）", at, people)
           for hid, head, village, group, number, at, people in households]
    out += [BinEntry(MEMBER, mid, name, hid, f"{village}{group} {head}（{number}）", at,
                     id_masked=idnumber.mask(ident) if ident else "")
            for mid, name, ident, hid, head, village, group, number, at in members]
    out.sort(key=lambda e: e.deleted_at, reverse=True)
    return out


def restore_household(db: Database, household_id: str) -> RestoreResult:
    draft = load_household(db, household_id)
    wanted = [(m.id_number, m.id) for m in draft.members if m.id_number]
    with db.transaction() as session:
        conflicts = [p for p in _people_by_ids(session.connection(), wanted, household_id, ())
                     if not p.household_deleted]
        if conflicts:
            return RestoreResult(False, "不能恢复：其中有人已在别的农户中登记。"
                                 + "；".join(p.describe() for p in conflicts), conflicts)
        household = session.get(Household, household_id)
        if household is None or not household.deleted:
            return RestoreResult(False, "该户不在回收站中。")
        household.deleted = False
        record_event(session, "household.restore", "household", household_id, {"head": household.head_name})
    return RestoreResult(True, f"已恢复农户“{draft.head_name}”（{len(draft.members)} 人）。")


def restore_member(db: Database, member_id: str) -> RestoreResult:
    with db.transaction() as session:
        member = session.get(Member, member_id)
        if member is None or not member.deleted:
            return RestoreResult(False, "该成员不在回收站中。")
        household = session.get(Household, member.household_id)
        if household is None or household.deleted:
            return RestoreResult(False, "该成员所在的农户已删除，请先恢复农户。")
        if member.id_number:
            conflicts = [p for p in _people_by_ids(session.connection(), [(member.id_number, member.id)], "", (member.id,))
                         if not p.household_deleted]
            if conflicts:
                return RestoreResult(False, "不能恢复：" + "；".join(p.describe() for p in conflicts), conflicts)
        member.deleted = False
        session.flush()
        # Size, head name and per-capita income follow the members again.
        draft = derive(draft_from_session(session, household.id))
        for name in HOUSEHOLD_DERIVED:
            if getattr(household, name) != getattr(draft, name):
                setattr(household, name, getattr(draft, name))
        record_event(session, "member.restore", "member", member_id,
                     {"name": member.name, "household_id": household.id})
        session.flush()
        index_households(session.connection(), [household.id])
        name, head = member.name, household.head_name
    return RestoreResult(True, f"已将“{name}”恢复到户主为“{head}”的农户。")
