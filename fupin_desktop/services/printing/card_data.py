"""What a printed 帮扶计划 card shows, read from the database into plain dataclasses (a pure read).

Loads households in batches (a village of 1,000 households is a handful of queries, not thousands),
turns codes into labels through the vocabularies and masks ID numbers here, so the PDF layer never
sees a full ID. Plan and Measure rows are read directly: the card prints what is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional, Sequence

from sqlmodel import Session, select

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.vocab import catalogue, policies, vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Area, Cadre, Household, Measure, Member, Plan, Village

CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit

# 两不愁三保障 (+ drinking water) as printed on the card: (label, Household field).
GUARANTEES = (
    ("不愁吃、不愁穿", "food_clothing_ok"),
    ("义务教育有保障", "compulsory_education_ok"),
    ("基本医疗有保障", "medical_insurance_ok"),
    ("住房安全有保障", "housing_safe_ok"),
    ("饮水安全有保障", "drinking_water_safe"),
)


@dataclass(frozen=True)
class CardMeasure:
    id: str
    scope: str  # person | household
    target: str  # the member's name, or 全户 for a household measure
    item: str
    family_code: str
    family: str  # 转/扶/搬/保/救
    category: str
    policy: str
    detail: str
    start: Optional[date]
    due: Optional[date]
    responsible: str
    amount: Optional[float]  # None = not stated (a 五对 gap), 0 = stated as no money
    fund_source_code: str
    fund_source: str
    status: str
    partners: str  # enterprise / cooperative / base of an industry measure


@dataclass(frozen=True)
class CardMember:
    id: str
    name: str
    relationship: str
    sex: str
    age: Optional[int]
    masked_id: str
    labour: str
    occupation: str  # school status for students, work status otherwise
    measures: tuple[str, ...]


@dataclass(frozen=True)
class CardPlan:
    id: str
    year: int
    version: int
    status_code: str
    status: str
    expected_effect: str
    measures: tuple[CardMeasure, ...]

    @property
    def household_measures(self) -> list[CardMeasure]:
        return [m for m in self.measures if m.scope == "household"]

    @property
    def person_measures(self) -> list[CardMeasure]:
        return [m for m in self.measures if m.scope != "household"]


@dataclass(frozen=True)
class CardData:
    household_id: str
    county: str
    township: str
    village: str
    village_code: str
    group: str
    household_no: str
    head_name: str
    size: int
    attribute: str
    status: str
    main_cause: str
    other_causes: tuple[str, ...]
    cause_note: str
    identified_year: Optional[int]
    planned_exit_year: Optional[int]
    per_capita_income: float
    income_year: Optional[int]
    guarantees: tuple[tuple[str, bool], ...]
    cadre_name: str
    cadre_unit: str
    cadre_phone: str
    members: tuple[CardMember, ...]
    plan: Optional[CardPlan]
    sort_key: tuple = field(default=(), compare=False)

    def totals_by_family(self) -> list[tuple[str, float]]:
        """Planned money per 转扶搬保救 family, every family listed in vocabulary order."""
        sums: dict[str, float] = {}
        for m in self.plan.measures if self.plan else ():
            sums[m.family_code] = sums.get(m.family_code, 0.0) + (m.amount or 0.0)
        return [(it.label, sums.get(it.code, 0.0)) for it in vocab("measure_family").items]

    def totals_by_fund(self) -> list[tuple[str, float]]:
        """Planned money per fund source, in vocabulary order, only the sources the plan uses."""
        sums: dict[str, float] = {}
        for m in self.plan.measures if self.plan else ():
            if m.amount:
                sums[m.fund_source_code] = sums.get(m.fund_source_code, 0.0) + m.amount
        order = {code: i for i, code in enumerate(vocab("fund_source").codes)}
        keys = sorted(sums, key=lambda c: (order.get(c, len(order)), c))
        return [(vocab("fund_source").label(c) or "未填来源", sums[c]) for c in keys]

    @property
    def total_amount(self) -> float:
        return sum(m.amount or 0.0 for m in self.plan.measures) if self.plan else 0.0


def natural_key(text: str) -> tuple:
    """第2组 before 第10组; household numbers compare as numbers where they are digits."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text or ""))


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _age(birth: Optional[date], id_number: str, today: date) -> Optional[int]:
    if birth is None and id_number:
        info = idnumber.parse(id_number, today=today)
        birth = info.birth_date
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


class _Labels:
    """Vocabulary lookups used per row, resolved once."""

    def __init__(self):
        self.relationship = vocab("relationship")
        self.sex = vocab("sex")
        self.labour = vocab("labour_skill")
        self.school = vocab("school_status")
        self.work = vocab("work_status")
        self.attribute = vocab("household_attribute")
        self.status = vocab("poverty_status")
        self.cause = vocab("poverty_cause")
        self.family = vocab("measure_family")
        self.fund = vocab("fund_source")
        self.plan_status = vocab("plan_status")
        self.category = vocab("measure_category")
        self.policies = policies()
        self.catalogue = catalogue()
        self.non_student = self.school.code_for("非在校生")


def _measure(row: Measure, labels: _Labels, member_names: dict[str, str], cadres: dict[str, Cadre]) -> CardMeasure:
    item = labels.catalogue.item(row.item_code)
    family_code = row.family or (item.family if item else "")
    responsible = row.responsible_name
    if not responsible and row.responsible_cadre_id in cadres:
        responsible = cadres[row.responsible_cadre_id].name
    partners = "、".join(p for p in (row.enterprise, row.cooperative, row.production_base) if p)
    policy_code = row.policy_ref or (item.policy if item else "")
    return CardMeasure(
        id=row.id,
        scope=row.scope,
        target=member_names.get(row.member_id or "", "") if row.scope != "household" else "全户",
        item=labels.catalogue.label(row.item_code),
        family_code=family_code,
        family=labels.family.label(family_code),
        category=labels.category.label(item.category) if item else "",
        policy=labels.policies.label(policy_code) if policy_code else "",
        detail=row.detail,
        start=row.start_date,
        due=row.due_date,
        responsible=responsible,
        amount=row.amount,
        fund_source_code=row.fund_source,
        fund_source=labels.fund.label(row.fund_source),
        status=vocab("measure_status").label(row.status),
        partners=partners,
    )


def _area_names(session: Session, township_codes: set[str]) -> dict[str, tuple[str, str]]:
    """township code -> (county name, township name)."""
    if not township_codes:
        return {}
    townships = {a.code: a for a in session.exec(select(Area).where(Area.code.in_(township_codes)))}
    county_codes = {a.parent_code for a in townships.values() if a.parent_code}
    counties = {a.code: a.name for a in session.exec(select(Area).where(Area.code.in_(county_codes)))}
    return {code: (counties.get(t.parent_code or "", ""), t.name) for code, t in townships.items()}


def _current_plans(session: Session, household_ids: Sequence[str], year: Optional[int]) -> dict[str, Plan]:
    """household id -> its current plan for ``year`` (or for its latest year when ``year`` is None)."""
    out: dict[str, Plan] = {}
    for chunk in _chunks(household_ids):
        query = select(Plan).where(Plan.household_id.in_(chunk), Plan.is_current == True,  # noqa: E712
                                   Plan.deleted == False)  # noqa: E712
        if year is not None:
            query = query.where(Plan.year == year)
        for plan in session.exec(query):
            best = out.get(plan.household_id)
            if best is None or (plan.year, plan.version) > (best.year, best.version):
                out[plan.household_id] = plan
    return out


def load_cards(db: Database, household_ids: Sequence[str], year: Optional[int] = None,
               today: Optional[date] = None) -> list[CardData]:
    """Cards for the given households, sorted by village, group and household number.

    ``year`` picks the plan year; without it each household's latest current plan is used.
    Households without a plan come back with ``plan=None``; unknown or deleted ids are dropped.
    """
    today = today or date.today()
    labels = _Labels()
    ids = list(dict.fromkeys(household_ids))
    with db.session() as session:
        households: list[Household] = []
        for chunk in _chunks(ids):
            households += session.exec(select(Household).where(Household.id.in_(chunk),
                                                                Household.deleted == False))  # noqa: E712
        hids = [h.id for h in households]
        villages = {v.id: v for v in session.exec(select(Village).where(
            Village.id.in_({h.village_id for h in households})))}
        areas = _area_names(session, {v.township_code for v in villages.values()})
        members: dict[str, list[Member]] = {}
        for chunk in _chunks(hids):
            for m in session.exec(select(Member).where(Member.household_id.in_(chunk),
                                                       Member.deleted == False)):  # noqa: E712
                members.setdefault(m.household_id, []).append(m)
        plans = _current_plans(session, hids, year)
        measures: dict[str, list[Measure]] = {}
        plan_ids = [p.id for p in plans.values()]
        for chunk in _chunks(plan_ids):
            for row in session.exec(select(Measure).where(Measure.plan_id.in_(chunk),
                                                          Measure.deleted == False)):  # noqa: E712
                measures.setdefault(row.plan_id, []).append(row)
        cadre_ids = {h.responsible_cadre_id for h in households if h.responsible_cadre_id}
        cadre_ids |= {m.responsible_cadre_id for rows in measures.values() for m in rows if m.responsible_cadre_id}
        cadres = {c.id: c for c in session.exec(select(Cadre).where(Cadre.id.in_(cadre_ids)))} if cadre_ids else {}
    cards = [_card(h, villages[h.village_id], areas, members.get(h.id, []), plans.get(h.id),
                   measures, cadres, labels, today) for h in households if h.village_id in villages]
    cards.sort(key=lambda c: c.sort_key)
    return cards


def _card(h: Household, village: Village, areas, member_rows: list[Member], plan: Optional[Plan],
          measures: dict[str, list[Measure]], cadres: dict[str, Cadre], labels: _Labels, today: date) -> CardData:
    member_rows = sorted(member_rows, key=lambda m: (m.relationship != "head", m.sort_order, m.name))
    names = {m.id: m.name for m in member_rows}
    card_plan = None
    per_member: dict[str, list[str]] = {}
    if plan is not None:
        rows = sorted(measures.get(plan.id, []), key=lambda m: (m.scope == "household", m.sort_order))
        plan_measures = tuple(_measure(r, labels, names, cadres) for r in rows)
        for row, m in zip(rows, plan_measures):
            if row.scope != "household" and row.member_id:
                per_member.setdefault(row.member_id, []).append(f"{m.item}（{m.family}）" if m.family else m.item)
        card_plan = CardPlan(plan.id, plan.year, plan.version, plan.status, labels.plan_status.label(plan.status),
                             plan.expected_effect, plan_measures)
    members = tuple(
        CardMember(
            id=m.id, name=m.name, relationship=labels.relationship.label(m.relationship),
            sex=labels.sex.label(m.sex), age=_age(m.birth_date, m.id_number, today),
            masked_id=idnumber.mask(m.id_number) if m.id_number else "",
            labour=labels.labour.label(m.labour_skill),
            occupation=_occupation(m, labels),
            measures=tuple(per_member.get(m.id, ())),
        )
        for m in member_rows
    )
    county, township = areas.get(village.township_code, ("", ""))
    cadre = cadres.get(h.responsible_cadre_id or "")
    return CardData(
        household_id=h.id, county=county, township=township, village=village.name, village_code=village.code,
        group=h.group_name, household_no=h.household_no, head_name=h.head_name, size=len(members) or h.size,
        attribute=labels.attribute.label(h.attribute), status=labels.status.label(h.status),
        main_cause=labels.cause.label(h.main_cause),
        other_causes=tuple(labels.cause.label(c) for c in (h.other_cause_1, h.other_cause_2) if c),
        cause_note=h.cause_note, identified_year=h.identified_year, planned_exit_year=h.planned_exit_year,
        per_capita_income=h.per_capita_income, income_year=h.income_year,
        guarantees=tuple((label, bool(getattr(h, name))) for label, name in GUARANTEES),
        cadre_name=cadre.name if cadre else "", cadre_unit=cadre.unit if cadre else "",
        cadre_phone=cadre.phone if cadre else "",
        members=members, plan=card_plan,
        sort_key=(village.code, natural_key(h.group_name), natural_key(h.household_no), h.head_name),
    )


def _occupation(m: Member, labels: _Labels) -> str:
    if m.school_status and m.school_status != labels.non_student:
        return labels.school.label(m.school_status)
    if m.work_status:
        work = labels.work.label(m.work_status)
        return f"{work}{m.work_months:g}个月" if m.work_months else work
    return ""


def load_card(db: Database, household_id: str, year: Optional[int] = None, today: Optional[date] = None) -> CardData:
    cards = load_cards(db, [household_id], year=year, today=today)
    if not cards:
        raise UserFacingError(f"找不到农户 {household_id}", f"no household {household_id}")
    return cards[0]


def find_village(db: Database, code: str) -> Village:
    with db.session() as session:
        village = session.exec(select(Village).where(Village.code == code, Village.deleted == False)).first()  # noqa: E712
    if village is None:
        raise UserFacingError(f"找不到村代码 {code}", f"no village with code {code}")
    return village


def village_household_ids(db: Database, village_code: str, group: Optional[str] = None) -> list[str]:
    """Ids of a village's live households (optionally one 村民小组), in print order."""
    village = find_village(db, village_code)
    with db.session() as session:
        query = select(Household.id, Household.group_name, Household.household_no).where(
            Household.village_id == village.id, Household.deleted == False)  # noqa: E712
        if group:
            query = query.where(Household.group_name == group)
        rows = list(session.exec(query))
    rows.sort(key=lambda r: (natural_key(r[1]), natural_key(r[2])))
    return [r[0] for r in rows]


@dataclass(frozen=True)
class VillageChoice:
    """A village to print for, with its groups (for the print dialogs)."""

    code: str
    name: str
    township: str
    households: int
    groups: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.township} {self.name}（{self.households} 户）" if self.township else self.name


def village_choices(db: Database) -> list[VillageChoice]:
    with db.session() as session:
        villages = list(session.exec(select(Village).where(Village.deleted == False)))  # noqa: E712
        rows = list(session.exec(select(Household.village_id, Household.group_name).where(
            Household.deleted == False)))  # noqa: E712
        townships = {a.code: a.name for a in session.exec(select(Area).where(Area.level == "township"))}
    counts: dict[str, int] = {}
    groups: dict[str, set[str]] = {}
    for vid, group in rows:
        counts[vid] = counts.get(vid, 0) + 1
        if group:
            groups.setdefault(vid, set()).add(group)
    out = [VillageChoice(v.code, v.name, townships.get(v.township_code, ""), counts.get(v.id, 0),
                         tuple(sorted(groups.get(v.id, ()), key=natural_key))) for v in villages]
    return sorted(out, key=lambda c: c.code)
