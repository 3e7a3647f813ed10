"""What the register shows beside the list for the selected household: members, causes, plan, cadre.

Labels (not codes) and masked ID numbers, ready to display; ages on ``today``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.household_rules import age_on
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.store.engine import Database


@dataclass(frozen=True)
class MemberLine:
    id: str
    name: str
    relationship: str
    sex: str
    age: Optional[int]
    id_masked: str
    health: str
    labour_skill: str
    school_status: str


@dataclass
class HouseholdSummaryView:
    id: str
    head_name: str
    village_name: str
    group_name: str
    household_no: str
    phone: str
    attribute: str
    status: str
    main_cause: str
    other_causes: list[str]
    size: int
    net_income: float
    per_capita_income: float
    income_year: Optional[int]
    house_grade: str
    plan_year: Optional[int]
    plan_status: str  # label, "" when there is no current plan
    measures: int
    measures_done: int
    cadre_name: str
    cadre_phone: str
    deleted: bool
    members: list[MemberLine] = field(default_factory=list)


def _labels(name: str, codes: str) -> str:
    v = vocab(name)
    return "、".join(v.label(c) for c in (codes or "").split(",") if c)


def household_summary(db: Database, household_id: str, today: Optional[date] = None) -> Optional[HouseholdSummaryView]:
    today = today or date.today()
    params = {"household_id": household_id}
    with db.reader() as reader:
        found = reader.rows(
            "SELECT h.id, h.head_name, v.name, h.group_name, h.household_no, h.phone, h.attribute, h.status,"
            " h.main_cause, h.other_cause_1, h.other_cause_2, h.size, h.net_income, h.per_capita_income,"
            " h.income_year, h.house_grade, coalesce(c.name, ''), coalesce(c.phone, ''), h.deleted"
            " FROM household h JOIN village v ON v.id = h.village_id LEFT JOIN cadre c ON c.id = h.responsible_cadre_id"
            " WHERE h.id = :household_id", params)
        if not found:
            return None
        row = found[0]
        plans = reader.rows(
            "SELECT p.id, p.year, p.status FROM plan p WHERE p.household_id = :household_id AND +p.is_current = 1"
            " AND +p.deleted = 0 ORDER BY p.year DESC LIMIT 1", params)
        plan = plans[0] if plans else None
        measures = done = 0
        if plan is not None:
            measures, done = reader.rows(
                "SELECT count(*), coalesce(sum(status = 'done'), 0) FROM measure WHERE plan_id = :plan_id"
                " AND +deleted = 0", {"plan_id": plan[0]})[0]
        members = reader.rows(
            "SELECT id, name, relationship, sex, birth_date, id_number, health, labour_skill, school_status"
            " FROM member WHERE household_id = :household_id AND +deleted = 0 ORDER BY sort_order, created_at",
            params)
    (hid, head, village, group, number, phone, attribute, status, main_cause, other1, other2, size, net, pci,
     income_year, grade, cadre, cadre_phone, deleted) = row
    causes = vocab("poverty_cause")
    lines = []
    for mid, name, rel, sex, birth, ident, health, labour, school in members:
        birth_date = date.fromisoformat(birth) if isinstance(birth, str) and birth else birth
        lines.append(MemberLine(
            mid, name, vocab("relationship").label(rel), vocab("sex").label(sex), age_on(birth_date, today),
            idnumber.mask(ident) if ident else "", _labels("health", health), vocab("labour_skill").label(labour),
            vocab("school_status").label(school)))
    return HouseholdSummaryView(
        id=hid, head_name=head, village_name=village, group_name=group, household_no=number, phone=phone or "",
        attribute=vocab("household_attribute").label(attribute), status=vocab("poverty_status").label(status),
        main_cause=causes.label(main_cause), other_causes=[causes.label(c) for c in (other1, other2) if c],
        size=size, net_income=net or 0.0, per_capita_income=pci or 0.0, income_year=income_year,
        house_grade=vocab("house_grade").label(grade), plan_year=plan[1] if plan else None,
        plan_status=vocab("plan_status").label(plan[2]) if plan else "", measures=measures, measures_done=done,
        cadre_name=cadre, cadre_phone=cadre_phone, deleted=bool(deleted), members=lines)
