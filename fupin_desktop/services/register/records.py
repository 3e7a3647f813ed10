"""A household and its members as plain editable drafts: load, derive, validate (no writing here).

The drafts carry exactly the register's content columns (made from the models, so a new column
needs no change here) plus the record ids. New households and members get their final id when
the draft is made, so findings can point at a row of the form before anything is saved.
Derived fields are computed in one place, :func:`derive`: 户主姓名 and 家庭人口 from the members,
sex and birth date from a valid ID number, 家庭纯收入 and 人均纯收入 from the income columns.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Optional

from sqlalchemy import select

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.household_rules import check_household, check_member, contact_findings, duplicate_id_findings
from fupin_desktop.domain.income import compute_income, expense_fields, income_fields
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Member, Village, new_id
from fupin_desktop.store.stamps import content_fields

# Columns the form never edits directly: they follow from other values (see derive()).
HOUSEHOLD_DERIVED = ("head_name", "size", "net_income", "per_capita_income")
MEMBER_SKIP = ("household_id",)


def _default(model, name: str) -> Any:
    info = model.model_fields[name]
    if info.default_factory is not None:
        return info.default_factory()
    return None if info.is_required() else info.default


def _draft_fields(model, skip=()) -> list[tuple[str, Any, Any]]:
    return [(name, Any, field(default=_default(model, name)))
            for name in content_fields(model) if name not in skip]


MemberDraft = dataclasses.make_dataclass(
    "MemberDraft",
    [("id", str, field(default_factory=new_id)), ("is_new", bool, field(default=True)),
     *_draft_fields(Member, MEMBER_SKIP)],
    namespace={"__doc__": "One member as the form edits it (content columns of Member, plus id/is_new)."},
)

_HouseholdBase = dataclasses.make_dataclass(
    "_HouseholdBase",
    [("id", str, field(default_factory=new_id)), ("is_new", bool, field(default=True)),
     *_draft_fields(Household)],
)


@dataclass
class HouseholdDraft(_HouseholdBase):
    """A household with its live members, as the form edits it."""

    members: list = field(default_factory=list)
    loaded_hlc: str = ""  # the record's stamp when loaded (to notice writes by others)

    def member(self, member_id: str):
        return next((m for m in self.members if m.id == member_id), None)


HOUSEHOLD_FIELDS: tuple[str, ...] = tuple(content_fields(Household))
MEMBER_FIELDS: tuple[str, ...] = tuple(f for f in content_fields(Member) if f not in MEMBER_SKIP)


@cache
def _codes() -> dict[str, str]:
    return {"head": vocab("relationship").code_for("户主"), "male": vocab("sex").code_for("男"),
            "female": vocab("sex").code_for("女"), "disability_card": vocab("id_type").code_for("残疾人证") or ""}


def head_code() -> str:
    return _codes()["head"]


def new_member(**values) -> Any:
    member = MemberDraft()
    for name, value in values.items():
        setattr(member, name, value)
    return member


# 两不愁三保障 and safe water of a new household: unknown until a cadre assesses them, so not ticked as 已达到.
NEW_HOUSEHOLD_UNASSESSED = ("food_clothing_ok", "compulsory_education_ok", "medical_insurance_ok", "housing_safe_ok",
                            "drinking_water_safe")


def new_household(village_id: str, group_name: str = "", household_no: str = "", **values) -> HouseholdDraft:
    draft = HouseholdDraft(village_id=village_id, group_name=group_name, household_no=household_no,
                           **{name: False for name in NEW_HOUSEHOLD_UNASSESSED})
    for name, value in values.items():
        setattr(draft, name, value)
    return draft


def next_household_no(db: Database, village_id: str) -> str:
    """Village code + a 4-digit running number, one past the highest in use (deleted ones count)."""
    with db.engine.connect() as conn:
        code = conn.execute(select(Village.code).where(Village.id == village_id)).scalar_one()
        numbers = conn.execute(select(Household.household_no).where(Household.village_id == village_id)).scalars()
        highest = 0
        for number in numbers:
            if number and number.startswith(code) and number[len(code):].isdigit():
                highest = max(highest, int(number[len(code):]))
    return f"{code}{highest + 1:04d}"


def load_household(db: Database, household_id: str) -> HouseholdDraft:
    """The household and its live members as a draft. Raises KeyError if there is no such record."""
    with db.session() as session:
        return draft_from_session(session, household_id)


def draft_from_session(session, household_id: str) -> HouseholdDraft:
    """The same, read through an open session (inside a caller's transaction)."""
    household = session.get(Household, household_id)
    if household is None:
        raise KeyError(household_id)
    members = session.execute(
        select(Member).where(Member.household_id == household_id, Member.deleted == False)  # noqa: E712
        .order_by(Member.sort_order, Member.created_at)
    ).scalars().all()
    draft = HouseholdDraft(id=household.id, is_new=False, loaded_hlc=household.hlc,
                           **{name: getattr(household, name) for name in HOUSEHOLD_FIELDS})
    draft.members = [MemberDraft(id=m.id, is_new=False, **{name: getattr(m, name) for name in MEMBER_FIELDS})
                     for m in members]
    return draft


def copy_draft(draft: HouseholdDraft) -> HouseholdDraft:
    """A deep copy (the form edits a copy and compares it with the original to know if it is dirty)."""
    clone = dataclasses.replace(draft, members=[dataclasses.replace(m) for m in draft.members])
    return clone


def draft_values(draft: HouseholdDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in HOUSEHOLD_FIELDS}


def member_values(member) -> dict[str, Any]:
    return {name: getattr(member, name) for name in MEMBER_FIELDS}


def same_content(a: HouseholdDraft, b: HouseholdDraft) -> bool:
    """True when saving ``a`` over ``b`` would change nothing (derived fields included)."""
    if draft_values(a) != draft_values(b) or len(a.members) != len(b.members):
        return False
    return all(x.id == y.id and member_values(x) == member_values(y) for x, y in zip(a.members, b.members))


def derive_member(member) -> None:
    """Normalise the ID number; a valid one decides sex and birth date."""
    member.name = (member.name or "").strip()
    member.id_number = idnumber.normalize(member.id_number or "")
    if not member.id_number:
        return
    info = idnumber.parse(member.id_number)
    if info.kind == "disability_card" and _codes()["disability_card"]:
        member.id_type = _codes()["disability_card"]
    if info.valid:
        member.birth_date = info.birth_date
        member.sex = _codes()["male"] if info.sex == "male" else _codes()["female"]


def derive(draft: HouseholdDraft) -> HouseholdDraft:
    """Fill the derived fields in place (and return the draft)."""
    head = head_code()
    for order, member in enumerate(draft.members):
        derive_member(member)
        member.sort_order = order
    heads = [m for m in draft.members if m.relationship == head]
    draft.head_name = heads[0].name if heads else ""
    draft.size = len(draft.members)
    amounts = {name: getattr(draft, name) for name in income_fields() + expense_fields()}
    draft.net_income, draft.per_capita_income = compute_income(amounts, draft.size)
    return draft


def validate(draft: HouseholdDraft, today: Optional[date] = None) -> list[Finding]:
    """Every household and member rule for the draft (after deriving), duplicates inside it included."""
    today = today or date.today()
    derive(draft)
    findings = check_household(draft, draft.members, today)
    findings.extend(contact_findings(draft, draft.members))
    findings.extend(duplicate_id_findings(
        (idnumber.parse(m.id_number).base_id if m.id_number else "", m.id, draft.id, m.name or "（未填姓名）")
        for m in draft.members))
    return findings


def member_findings(member, today: Optional[date] = None, household_id: Optional[str] = None) -> list[Finding]:
    """The person rules for one member (after deriving), for the member editor's inline messages."""
    derive_member(member)
    findings = check_member(member, today or date.today(), household_id=household_id)
    findings.extend(contact_findings(None, [member], household_id=household_id))
    return findings


def id_problems(text: str) -> tuple[list[str], list[str]]:
    """(errors, warnings) in Chinese for an ID number as typed; empty lists when it is valid and clean."""
    if not (text or "").strip():
        return [], []
    info = idnumber.parse(text)
    return [msg for _code, msg in info.errors], [msg for _code, msg in info.warnings]


def head_of(draft: HouseholdDraft):
    head = head_code()
    return next((m for m in draft.members if m.relationship == head), None)


def set_head(draft: HouseholdDraft, member_id: str, former_head_relationship: str = "") -> None:
    """Make ``member_id`` the 户主; the former head gets ``former_head_relationship`` (the form asks)."""
    head = head_code()
    for member in draft.members:
        if member.relationship == head and member.id != member_id:
            member.relationship = former_head_relationship
    target = draft.member(member_id)
    if target is None:
        raise KeyError(member_id)
    target.relationship = head
    draft.members.sort(key=lambda m: m.relationship != head)  # the head first, others keep their order


@dataclass(frozen=True)
class FieldMessage:
    """A finding placed at a field: ``member_id`` is None for household fields."""

    field: str
    member_id: Optional[str]
    severity: str
    message: str


def messages_by_field(findings: list[Finding]) -> list[FieldMessage]:
    return [FieldMessage(f.field or "", f.member_id, f.severity, f.message) for f in findings]
