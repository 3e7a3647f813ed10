"""Saving households: one transaction with the members, the audit event and the search keys.

Before anything is written:
- the rules (``domain.household_rules``) run on the derived draft; an error refuses the save;
- an ID number held by a live person of another household refuses the save, naming that person;
- a *new* household whose head has the same name and birth date as a head in the same village
  needs the user's confirmation (``SaveResult.status == "needs_confirmation"``), then
  ``save_household(..., confirmed=True)``.
Deleting is a tombstone (回收站); see ``services.register.recycle_bin`` for listing and restoring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from sqlalchemy import select

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.findings import Finding, has_errors
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.register.records import (
    HOUSEHOLD_FIELDS,
    MEMBER_FIELDS,
    HouseholdDraft,
    head_of,
    validate,
)
from fupin_desktop.services.register.search import index_households
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Member

SAVED, INVALID, DUPLICATE, NEEDS_CONFIRMATION, STALE = "saved", "invalid", "duplicate", "needs_confirmation", "stale"


@dataclass(frozen=True)
class PersonRef:
    """An existing person another record collides with: enough to say who and to open the household."""

    member_id: str
    name: str
    id_masked: str
    household_id: str
    head_name: str
    village_name: str
    group_name: str
    household_no: str
    household_deleted: bool = False
    for_member_id: str = ""  # the member of the draft that collides

    def describe(self) -> str:
        where = f"{self.village_name}{self.group_name}，户主{self.head_name}，户编号{self.household_no}"
        if self.household_deleted:
            where += "（该户在回收站中）"
        return f"{self.name}（{self.id_masked}）已登记在 {where}"


@dataclass(frozen=True)
class SimilarHousehold:
    household_id: str
    head_name: str
    birth_date: Optional[date]
    group_name: str
    household_no: str


@dataclass
class SaveResult:
    status: str
    household_id: str
    findings: list[Finding] = field(default_factory=list)
    duplicates: list[PersonRef] = field(default_factory=list)
    similar: list[SimilarHousehold] = field(default_factory=list)
    message: str = ""  # Chinese, one or two sentences for a message box

    @property
    def saved(self) -> bool:
        return self.status == SAVED


def _id_range(id_number: str) -> tuple[str, str]:
    """Index range covering the 18-character ID and its disability-card forms (ID + 2 digits)."""
    core = idnumber.parse(id_number).base_id
    return core, core + "~"


def find_people_by_id(db: Database, id_number: str, exclude_household_id: str = "",
                      exclude_member_ids: tuple[str, ...] = ()) -> list[PersonRef]:
    """Live people (in live or deleted households) whose ID number is this one (same 18-char core)."""
    normalized = idnumber.normalize(id_number or "")
    if len(normalized) < 15:
        return []
    with db.engine.connect() as conn:
        return _people_by_ids(conn, [(normalized, "")], exclude_household_id, exclude_member_ids)


def _people_by_ids(conn, wanted: list[tuple[str, str]], exclude_household_id: str,
                   exclude_member_ids: tuple[str, ...]) -> list[PersonRef]:
    out = []
    for id_number, for_member in wanted:
        lo, hi = _id_range(id_number)
        rows = conn.exec_driver_sql(
            "SELECT m.id, m.name, m.id_number, h.id, h.head_name, v.name, h.group_name, h.household_no, h.deleted"
            " FROM member m JOIN household h ON h.id = m.household_id JOIN village v ON v.id = h.village_id"
            " WHERE m.id_number >= ? AND m.id_number < ? AND +m.deleted = 0 AND h.id != ?",
            (lo, hi, exclude_household_id)).all()
        for mid, name, ident, hid, head, village, group, number, h_deleted in rows:
            if mid in exclude_member_ids:
                continue
            out.append(PersonRef(mid, name, idnumber.mask(ident), hid, head, village, group, number,
                                 bool(h_deleted), for_member))
    return out


def _similar_heads(conn, draft: HouseholdDraft) -> list[SimilarHousehold]:
    head = head_of(draft)
    if head is None or not head.name or head.birth_date is None:
        return []
    rows = conn.exec_driver_sql(
        "SELECT h.id, h.head_name, m.birth_date, h.group_name, h.household_no FROM household h"
        " JOIN member m ON m.household_id = h.id"
        " WHERE h.village_id = ? AND h.head_name = ? AND +h.deleted = 0 AND h.id != ?"
        " AND +m.deleted = 0 AND m.relationship = ? AND m.name = ? AND m.birth_date = ?",
        (draft.village_id, head.name, draft.id, head.relationship, head.name, head.birth_date.isoformat())).all()
    return [SimilarHousehold(hid, name, date.fromisoformat(b) if isinstance(b, str) else b, group, number)
            for hid, name, b, group, number in rows]


def check_duplicates(db: Database, draft: HouseholdDraft) -> tuple[list[PersonRef], list[SimilarHousehold]]:
    """(people elsewhere holding an ID of the draft, similar heads in the village for a new household)."""
    wanted = [(m.id_number, m.id) for m in draft.members if m.id_number and len(m.id_number) >= 15]
    own = tuple(m.id for m in draft.members)
    with db.engine.connect() as conn:
        people = _people_by_ids(conn, wanted, draft.id, own)
        similar = _similar_heads(conn, draft) if draft.is_new else []
    return people, similar


def _apply(obj, values: dict) -> list[str]:
    changed = []
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def save_household(db: Database, draft: HouseholdDraft, confirmed: bool = False,
                   today: Optional[date] = None, overwrite: bool = False) -> SaveResult:
    """Validate and save the draft with its members in one transaction (see the module doc)."""
    findings = validate(draft, today)
    if has_errors(findings):
        errors = [f for f in findings if f.is_error]
        return SaveResult(INVALID, draft.id, findings, message="有 %d 处错误，请按提示修改后再保存。" % len(errors))
    people, similar = check_duplicates(db, draft)
    live_collisions = [p for p in people if not p.household_deleted]
    if live_collisions:
        return SaveResult(DUPLICATE, draft.id, findings, duplicates=live_collisions,
                          message="证件号码已存在，同一人不能登记两次：" + "；".join(p.describe() for p in live_collisions))
    findings += [Finding("member.id_in_recycle_bin", "warning", p.describe() + "。", draft.id, p.for_member_id,
                         field="id_number") for p in people if p.household_deleted]
    if similar and not confirmed:
        s = similar[0]
        return SaveResult(NEEDS_CONFIRMATION, draft.id, findings, similar=similar,
                          message=f"本村{s.group_name}已有户主“{s.head_name}”（出生日期 {s.birth_date}，"
                                  f"户编号 {s.household_no}），是否确定这是另一户？")
    with db.transaction() as session:
        household = session.get(Household, draft.id)
        values = {name: getattr(draft, name) for name in HOUSEHOLD_FIELDS}
        if household is not None and household.hlc != draft.loaded_hlc and draft.loaded_hlc and not overwrite:
            return SaveResult(STALE, draft.id, findings,
                              message="该户在您编辑期间已被修改（例如导入了同步数据）。请关闭后重新打开再修改。")
        if household is None:
            household = Household(id=draft.id, **values)
            session.add(household)
            changed = sorted(values)
            action = "household.create"
        else:
            changed = _apply(household, values)
            action = "household.update"
        existing = {m.id: m for m in session.execute(
            select(Member).where(Member.household_id == draft.id, Member.deleted == False)  # noqa: E712
        ).scalars()}
        added, updated, removed = [], [], []
        for member in draft.members:
            values = {name: getattr(member, name) for name in MEMBER_FIELDS}
            row = existing.pop(member.id, None)
            if row is None:
                session.add(Member(id=member.id, household_id=draft.id, **values))
                added.append(member.name)
            elif _apply(row, values):
                updated.append(member.name)
        for row in existing.values():
            row.deleted = True
            removed.append(row.name)
        session.flush()
        index_households(session.connection(), [draft.id])
        record_event(session, action, "household", draft.id, {
            "head": draft.head_name, "fields": changed, "members_added": added,
            "members_changed": updated, "members_removed": removed})
        session.flush()
        new_hlc = household.hlc
    draft.is_new = False
    draft.loaded_hlc = new_hlc
    for member in draft.members:
        member.is_new = False
    return SaveResult(SAVED, draft.id, findings, message="已保存。")


def delete_household(db: Database, household_id: str, reason: str = "") -> None:
    """Move the household to the 回收站 (a tombstone that syncs; restorable)."""
    delete_households(db, [household_id], reason)


def delete_households(db: Database, household_ids: list[str], reason: str = "") -> int:
    """Move these households to the 回收站 in one transaction (all or none); returns how many moved."""
    moved = 0
    with db.transaction() as session:
        for household_id in household_ids:
            household = session.get(Household, household_id)
            if household is None or household.deleted:
                continue
            household.deleted = True
            record_event(session, "household.delete", "household", household_id,
                         {"head": household.head_name, "household_no": household.household_no, "reason": reason})
            moved += 1
    return moved
