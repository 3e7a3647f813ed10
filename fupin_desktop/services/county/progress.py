"""Targets and progress: "对照目标找差距,逐村逐户找差距、查原因" (DOMAIN.md §1).

Annual targets per area (county, township or village code): people to lift out of poverty and
villages to exit. Progress compares them with the register and the plans, per village, rolled up
to townships and the county, and drills down to the households behind each figure:

- people exited: members of households whose status is exited and whose exit year is the year;
- villages meeting exit: poverty villages not exited before the year that meet the exit standard;
- households without a confirmed plan: households that still need a plan (not 已脱贫(不再享受政策))
  with no current plan for the year in status confirmed/printed/signed;
- N+2 gaps: current plans where a member has no person measure or the household has < 2 household
  measures (cancelled measures do not count);
- overdue measures: due before today, neither done nor cancelled;
- funds: planned amounts of current measures vs payments booked in the ledger.

One SQL statement aggregates measures and payments per household (GROUP BY in the database);
townships and the county are sums of their villages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from typing import Iterable, Optional

from sqlalchemy import and_, case, func, select

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.county.exit_check import assess_villages, exited_status_codes, poor_status_codes
from fupin_desktop.services.setup.settings import incidence_threshold
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Area, FundEntry, Household, Measure, Member, Plan, Target, Village

try:  # the plan rules' own definitions, so the dashboard and `fupin check` agree
    from fupin_desktop.domain.plan_rules import CANCELLED as MEASURE_CANCELLED
    from fupin_desktop.domain.plan_rules import CONFIRMED_STATUSES as CONFIRMED_PLAN_STATUSES
    from fupin_desktop.domain.plan_rules import DONE as MEASURE_DONE
    from fupin_desktop.domain.plan_rules import NPlus2
except ImportError:  # pragma: no cover - plan rules not in this build
    CONFIRMED_PLAN_STATUSES = ("confirmed", "printed", "signed")
    MEASURE_DONE = "done"
    MEASURE_CANCELLED = "cancelled"
    NPlus2 = None
NO_PLAN_NEEDED_LABELS = ("已脱贫(不再享受政策)",)
METRICS = ("households", "remaining_poor", "exited", "no_plan", "n2_gap", "overdue")


# --- targets -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetRow:
    id: str
    year: int
    area_code: str
    people_target: int
    villages_target: int
    note: str

    def as_dict(self) -> dict:
        return asdict(self)


def list_targets(db: Database, year: Optional[int] = None) -> list[TargetRow]:
    query = select(Target).where(Target.deleted == False).order_by(Target.year, Target.area_code)  # noqa: E712
    if year is not None:
        query = query.where(Target.year == year)
    with db.session() as session:
        return [TargetRow(t.id, t.year, t.area_code, t.people_target, t.villages_target, t.note)
                for t in session.scalars(query)]


def set_target(db: Database, year: int, area_code: str, people: int, villages: int, note: str = "") -> str:
    """Create or change the target of one area for one year."""
    if people < 0 or villages < 0:
        raise UserFacingError("目标数不能为负数", "targets must not be negative")
    if not (area_code.isdigit() and len(area_code) == 12):
        raise UserFacingError(f"区划代码“{area_code}”应为12位数字", "area code must have 12 digits")
    with db.transaction() as session:
        existing = session.scalars(select(Target).where(Target.year == year, Target.area_code == area_code,
                                                     Target.deleted == False)).first()  # noqa: E712
        if existing is None:
            existing = Target(year=year, area_code=area_code)
            session.add(existing)
        existing.people_target = int(people)
        existing.villages_target = int(villages)
        existing.note = note
        session.flush()
        record_event(session, "target.save", "target", existing.id,
                     {"year": year, "area_code": area_code, "people": people, "villages": villages})
        return existing.id


def delete_target(db: Database, target_id: str) -> None:
    with db.transaction() as session:
        target = session.get(Target, target_id)
        if target is not None and not target.deleted:
            target.deleted = True
            record_event(session, "target.delete", "target", target_id,
                         {"year": target.year, "area_code": target.area_code})


# --- per-household facts -----------------------------------------------------------------------
@dataclass
class HouseholdFacts:
    id: str
    village_id: str
    status: str
    exit_year: Optional[int]
    members: int
    plan_id: Optional[str]
    plan_status: Optional[str]
    covered_members: int
    household_measures: int
    overdue_measures: int
    funds_planned: float
    funds_paid: float

    @property
    def has_confirmed_plan(self) -> bool:
        return self.plan_status in CONFIRMED_PLAN_STATUSES

    @property
    def n2_gap(self) -> bool:
        """A current plan that misses N (a member without a person measure) or +2 (< 2 household measures).

        The counts come from SQL; the judgement is the plan rules' NPlus2 when present."""
        if self.plan_id is None:
            return False
        if NPlus2 is not None:
            return not NPlus2(self.members, min(self.covered_members, self.members), self.household_measures, ()).ok
        return self.covered_members < self.members or self.household_measures < 2


@cache
def _no_plan_needed() -> tuple[str, ...]:
    v = vocab("poverty_status")
    return tuple(c for c in (v.code_for(label) for label in NO_PLAN_NEEDED_LABELS) if c)


def household_facts(db: Database, year: int, today: Optional[date] = None,
                    village_ids: Optional[Iterable[str]] = None) -> list[HouseholdFacts]:
    """Per live household: members, current plan of the year, measure and payment aggregates.

    Four GROUP BY queries joined by key in Python: one big outer join of grouped subqueries makes
    SQLite scan every current plan per household (quadratic at county scale).
    """
    today = today or date.today()
    village_filter = list(village_ids) if village_ids is not None else None
    hq = select(Household.id, Household.village_id, Household.status, Household.exit_year).where(
        Household.deleted == False)  # noqa: E712
    mq = (select(Member.household_id, func.count()).where(Member.deleted == False)  # noqa: E712
          .group_by(Member.household_id))
    pq = select(Plan.id, Plan.household_id, Plan.status).where(
        Plan.deleted == False, Plan.is_current == True, Plan.year == year)  # noqa: E712
    if village_filter is not None:
        in_villages = select(Household.id).where(Household.village_id.in_(village_filter))
        hq = hq.where(Household.village_id.in_(village_filter))
        mq = mq.where(Member.household_id.in_(in_villages))
        pq = pq.where(Plan.household_id.in_(in_villages))
    plans = pq.subquery()
    live = and_(Measure.deleted == False, Measure.status != MEASURE_CANCELLED)  # noqa: E712
    measure_q = (
        select(
            Measure.plan_id,
            func.count(func.distinct(case((and_(live, Measure.scope == "person", Member.deleted == False),  # noqa: E712
                                           Measure.member_id)))),
            func.sum(case((and_(live, Measure.scope == "household"), 1), else_=0)),
            func.sum(case((and_(live, Measure.status != MEASURE_DONE, Measure.due_date < today), 1), else_=0)),
            func.sum(case((live, func.coalesce(Measure.amount, 0.0)), else_=0.0)),
        )
        .join(plans, plans.c.id == Measure.plan_id)
        .outerjoin(Member, Member.id == Measure.member_id)
        .group_by(Measure.plan_id)
    )
    paid_q = (
        select(Measure.plan_id, func.sum(FundEntry.amount))
        .join(Measure, Measure.id == FundEntry.measure_id)
        .join(plans, plans.c.id == Measure.plan_id)
        .where(FundEntry.deleted == False, Measure.deleted == False)  # noqa: E712
        .group_by(Measure.plan_id)
    )
    with db.engine.connect() as conn:
        households = conn.execute(hq).all()
        members = dict(conn.execute(mq).all())
        plan_of = {hid: (pid, status) for pid, hid, status in conn.execute(pq)}
        measures = {pid: rest for pid, *rest in conn.execute(measure_q)}
        paid = dict(conn.execute(paid_q).all())
    out = []
    no_measures = (0, 0, 0, 0.0)
    for hid, vid, status, exit_year in households:
        pid, plan_status = plan_of.get(hid, (None, None))
        covered, hh, overdue, planned = measures.get(pid, no_measures) if pid else no_measures
        out.append(HouseholdFacts(hid, vid, status, exit_year, members.get(hid, 0), pid, plan_status,
                                  covered or 0, hh or 0, overdue or 0, planned or 0.0, paid.get(pid, 0.0) or 0.0))
    return out


# --- progress per area -------------------------------------------------------------------------
@dataclass
class AreaProgress:
    code: str
    name: str
    level: str  # county | township | village
    people_target: int = 0
    villages_target: int = 0
    people_exited: int = 0
    poverty_villages: int = 0  # poverty villages still to exit this year (or exiting this year)
    villages_meeting: int = 0
    households: int = 0
    members: int = 0
    remaining_poor: int = 0
    households_need_plan: int = 0
    households_without_plan: int = 0
    n2_gap_households: int = 0
    overdue_measures: int = 0
    funds_planned: float = 0.0
    funds_paid: float = 0.0
    village_ids: list[str] = field(default_factory=list, repr=False)
    children: list["AreaProgress"] = field(default_factory=list)

    @property
    def people_rate(self) -> Optional[float]:
        return self.people_exited / self.people_target if self.people_target else None

    @property
    def villages_rate(self) -> Optional[float]:
        return self.villages_meeting / self.villages_target if self.villages_target else None

    @property
    def paid_rate(self) -> Optional[float]:
        return self.funds_paid / self.funds_planned if self.funds_planned else None

    def add(self, other: "AreaProgress") -> None:
        for name in ("people_exited", "poverty_villages", "villages_meeting", "households", "members",
                     "remaining_poor", "households_need_plan", "households_without_plan", "n2_gap_households",
                     "overdue_measures", "funds_planned", "funds_paid"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.village_ids.extend(other.village_ids)

    def as_dict(self) -> dict:
        return {
            "code": self.code, "name": self.name, "level": self.level,
            "people_target": self.people_target, "people_exited": self.people_exited,
            "villages_target": self.villages_target, "villages_meeting": self.villages_meeting,
            "poverty_villages": self.poverty_villages,
            "households": self.households, "members": self.members, "remaining_poor": self.remaining_poor,
            "households_need_plan": self.households_need_plan,
            "households_without_plan": self.households_without_plan,
            "n2_gap_households": self.n2_gap_households, "overdue_measures": self.overdue_measures,
            "funds_planned": round(self.funds_planned, 2), "funds_paid": round(self.funds_paid, 2),
            "children": [c.as_dict() for c in self.children],
        }


@dataclass
class ProgressReport:
    year: int
    today: date
    threshold: float
    roots: list[AreaProgress]  # normally one county

    def find(self, code: str) -> Optional[AreaProgress]:
        stack = list(self.roots)
        while stack:
            node = stack.pop()
            if node.code == code:
                return node
            stack.extend(node.children)
        return None

    def as_dict(self) -> dict:
        return {"year": self.year, "today": self.today.isoformat(), "threshold": self.threshold,
                "areas": [r.as_dict() for r in self.roots]}


def _village_progress(facts: list[HouseholdFacts], year: int) -> AreaProgress:
    node = AreaProgress("", "", "village")
    poor, exited, no_plan = set(poor_status_codes()), set(exited_status_codes()), set(_no_plan_needed())
    for f in facts:
        node.households += 1
        node.members += f.members
        if f.status in poor:
            node.remaining_poor += f.members
        if f.status in exited and f.exit_year == year:
            node.people_exited += f.members
        if f.status not in no_plan:
            node.households_need_plan += 1
            if not f.has_confirmed_plan:
                node.households_without_plan += 1
        node.n2_gap_households += f.n2_gap
        node.overdue_measures += f.overdue_measures
        node.funds_planned += f.funds_planned or 0.0
        node.funds_paid += f.funds_paid or 0.0
    return node


def compute_progress(db: Database, year: int, today: Optional[date] = None) -> ProgressReport:
    """Targets and progress for every village, township and county of the register."""
    today = today or date.today()
    facts = household_facts(db, year, today)
    by_village: dict[str, list[HouseholdFacts]] = {}
    for f in facts:
        by_village.setdefault(f.village_id, []).append(f)
    assessments = {a.village_id: a for a in assess_villages(db)}
    with db.engine.connect() as conn:
        areas = {code: (name, level, parent) for code, name, level, parent in conn.execute(
            select(Area.code, Area.name, Area.level, Area.parent_code).where(Area.deleted == False))}  # noqa: E712
        villages = conn.execute(select(Village.id, Village.code, Village.name, Village.township_code,
                                       Village.is_poverty_village, Village.exit_year)
                                .where(Village.deleted == False).order_by(Village.code)).all()  # noqa: E712
    targets = {t.area_code: t for t in list_targets(db, year)}
    townships: dict[str, AreaProgress] = {}
    for vid, code, name, tcode, is_poor, exit_year in villages:
        node = _village_progress(by_village.get(vid, []), year)
        node.code, node.name, node.village_ids = code, name, [vid]
        if is_poor and (exit_year is None or exit_year >= year):
            node.poverty_villages = 1
            node.villages_meeting = int(assessments[vid].meets) if vid in assessments else 0
        if tcode not in townships:
            townships[tcode] = AreaProgress(tcode, areas.get(tcode, (tcode,))[0] or tcode, "township")
        townships[tcode].children.append(node)
    counties: dict[str, AreaProgress] = {}
    for tcode, township in sorted(townships.items()):
        for child in township.children:
            township.add(child)
        parent = areas.get(tcode, (None, None, None))[2] or tcode[:6] + "000000"
        if parent not in counties:
            counties[parent] = AreaProgress(parent, areas.get(parent, (parent,))[0] or parent, "county")
        counties[parent].children.append(township)
        counties[parent].add(township)
    report = ProgressReport(year, today, incidence_threshold(db), list(counties.values()))
    stack = list(report.roots)
    while stack:
        node = stack.pop()
        target = targets.get(node.code)
        if target is not None:
            node.people_target, node.villages_target = target.people_target, target.villages_target
        stack.extend(node.children)
    return report


# --- drill-down --------------------------------------------------------------------------------
@dataclass(frozen=True)
class HouseholdLine:
    id: str
    village_code: str
    village_name: str
    group_name: str
    household_no: str
    head_name: str
    size: int
    status_label: str
    plan_status: str
    reason: str  # why the household is in this list

    def as_dict(self) -> dict:
        return asdict(self)


def _reason(metric: str, f: HouseholdFacts) -> str:
    if metric == "no_plan":
        return "没有本年度帮扶计划" if f.plan_id is None else "计划尚未确认"
    if metric == "n2_gap":
        parts = []
        if f.covered_members < f.members:
            parts.append(f"{f.members - f.covered_members} 名成员没有到人措施")
        if f.household_measures < 2:
            parts.append(f"到户措施 {f.household_measures} 项（少于 2 项）")
        return "；".join(parts)
    if metric == "overdue":
        return f"{f.overdue_measures} 项措施逾期未完成"
    if metric == "exited":
        return f"{f.exit_year} 年脱贫"
    return ""


def _matches(metric: str, f: HouseholdFacts, year: int) -> bool:
    if metric == "households":
        return True
    if metric == "remaining_poor":
        return f.status in poor_status_codes()
    if metric == "exited":
        return f.status in exited_status_codes() and f.exit_year == year
    if metric == "no_plan":
        return f.status not in _no_plan_needed() and not f.has_confirmed_plan
    if metric == "n2_gap":
        return f.n2_gap
    if metric == "overdue":
        return f.overdue_measures > 0
    raise ValueError(f"unknown metric {metric!r}; one of {METRICS}")


def drill_down(db: Database, year: int, area_code: str, metric: str,
               today: Optional[date] = None, limit: Optional[int] = None) -> list[HouseholdLine]:
    """The households behind one figure of one area (county, township or village code)."""
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; one of {METRICS}")
    with db.engine.connect() as conn:
        vq = select(Village.id, Village.code, Village.name).where(Village.deleted == False)  # noqa: E712
        if area_code.endswith("000000"):
            vq = vq.where(Village.code.like(area_code[:6] + "%"))
        elif area_code.endswith("000"):
            vq = vq.where(Village.township_code == area_code)
        else:
            vq = vq.where(Village.code == area_code)
        villages = {vid: (code, name) for vid, code, name in conn.execute(vq)}
    facts = [f for f in household_facts(db, year, today, villages) if _matches(metric, f, year)]
    if not facts:
        return []
    wanted = {f.id: f for f in facts}
    status_vocab = vocab("poverty_status")
    out = []
    with db.engine.connect() as conn:
        ids = list(wanted)
        for start in range(0, len(ids), 900):
            for hid, vid, group, no, head, size, status in conn.execute(
                select(Household.id, Household.village_id, Household.group_name, Household.household_no,
                       Household.head_name, Household.size, Household.status)
                .where(Household.id.in_(ids[start:start + 900]))
            ):
                f = wanted[hid]
                vcode, vname = villages[vid]
                out.append(HouseholdLine(hid, vcode, vname, group, no, head, f.members or size,
                                         status_vocab.label(status) if status else "", f.plan_status or "",
                                         _reason(metric, f)))
    out.sort(key=lambda h: (h.village_code, h.group_name, h.household_no))
    return out[:limit] if limit else out


def export_progress_pdf(db: Database, year: int, path, today: Optional[date] = None) -> ProgressReport:
    """Compute progress and the exit check, write the PDF report, record the print in the audit trail."""
    from pathlib import Path

    from fupin_desktop.pdf.progress_report import write_progress_report
    from fupin_desktop.services.county.exit_check import exit_check
    from fupin_desktop.services.setup.settings import get_setting

    report = compute_progress(db, year, today)
    write_progress_report(report, path, exit_check(db, year=year), unit=get_setting(db, "unit", ""))
    with db.transaction() as session:
        record_event(session, "print.progress_report", "progress", "", {"year": year, "file": Path(path).name})
    return report
