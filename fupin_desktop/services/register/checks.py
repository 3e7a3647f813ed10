"""`fupin check`: every rule over the whole database (or one village), read in bulk as plain records.

The register rules (``domain.household_rules``) run on every live household and its members; then the
plan rules (N+2 and 五对, ``domain.plan_rules``, the same functions the wizard uses) on each household's
current plan of the latest year, with the households and members the register part read. Households
that still need a plan (all but 已脱贫(不再享受政策)) and have none get a warning. Core rows turned into
namedtuples, no ORM objects: attribute access on a namedtuple is far cheaper at county scale.
"""

from __future__ import annotations

import gc
from collections import defaultdict, namedtuple
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Callable, Optional

from sqlalchemy import case, func, select

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.household_rules import check_household, duplicate_id_findings
from fupin_desktop.domain.money_rules import CENT, paid_over_plan_findings
from fupin_desktop.domain.plan_rules import CANCELLED, CONFIRMED_STATUSES, DONE, five_counts_incomplete, plan_check
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.store.dialect import scan_is_false
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import FundEntry, Household, Measure, Member, Plan, Village

NO_PLAN_NEEDED_LABELS = ("已脱贫(不再享受政策)",)
FINISHED = (DONE, CANCELLED)  # the overdue count: plan_rules.is_overdue, inlined for the county loop

# Only the columns the rules read: a full household row is ~90 columns.
HOUSEHOLD_COLUMNS = [
    Household.id, Household.attribute, Household.status, Household.main_cause, Household.other_cause_1,
    Household.other_cause_2, Household.dibao_income, Household.per_capita_income, Household.planting_income,
    Household.breeding_income, Household.forestry_fruit_income, Household.other_production_income,
    Household.production_expenses, Household.deleted,
    # Not for the rules: how a clerk knows the household (户编号, 户主, village) in `fupin check`'s output.
    Household.household_no, Household.head_name, Household.village_id,
]
MEMBER_COLUMNS = (Member.id, Member.household_id, Member.name, Member.sex, Member.id_number, Member.birth_date,
                  Member.relationship, Member.health, Member.labour_skill, Member.school_status, Member.deleted)
PLAN_COLUMNS = (Plan.id, Plan.household_id, Plan.year, Plan.version, Plan.status)
MEASURE_COLUMNS = (Measure.id, Measure.plan_id, Measure.scope, Measure.member_id, Measure.item_code,
                   Measure.start_date, Measure.due_date, Measure.responsible_name, Measure.responsible_cadre_id,
                   Measure.amount, Measure.fund_source, Measure.status, Measure.cancel_reason, Measure.done_date,
                   Measure.detail)
# Plain records for the rules, one kind per table for both parts: attribute access on a namedtuple is far
# cheaper than on a Core Row (the household rules read some 15 attributes per household: 0.4 s of CPU at
# county scale).
HouseholdRow = namedtuple("HouseholdRow", [c.key for c in HOUSEHOLD_COLUMNS])
MemberRow = namedtuple("MemberRow", [c.key for c in MEMBER_COLUMNS])
PlanRow = namedtuple("PlanRow", [c.key for c in PLAN_COLUMNS])
MeasureRow = namedtuple("MeasureRow", [c.key for c in MEASURE_COLUMNS])
# Every live member and measure, read by a plain scan: nearly all rows are live, so on SQLite the
# low-selectivity tombstone index only adds a lookup per row (store.dialect.scan_is_false).
LIVE_MEMBERS = select(*MEMBER_COLUMNS).where(scan_is_false(Member.deleted))
LIVE_MEASURES = select(*MEASURE_COLUMNS).where(scan_is_false(Measure.deleted))

# One household's line in `fupin check --json` ("plan_results").
PlanCheckResult = namedtuple("PlanCheckResult", [
    "household", "plan", "year", "version", "status", "members", "members_covered", "household_measures",
    "n_plus_2_ok", "measures", "five_counts_incomplete", "errors", "warnings"])


@cache
def no_plan_needed() -> frozenset[str]:
    v = vocab("poverty_status")
    return frozenset(c for c in (v.code_for(label) for label in NO_PLAN_NEEDED_LABELS) if c)


@dataclass
class CheckContext:
    today: date
    village_code: Optional[str] = None
    household_ids: Optional[set[str]] = None
    # Live members per household id as the register check read them (MemberRow), for the plan part to reuse.
    members_by_household: Optional[dict] = None
    # Every live household as the register check read it (id, attribute, status and more), in the
    # order of a plain scan; only set when the whole database is checked.
    households: Optional[list] = None


# How a person knows a household: its village's name, 户编号 and 户主.
HouseholdLabel = namedtuple("HouseholdLabel", ["village", "household_no", "head_name"])


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    totals: dict = field(default_factory=dict)
    # Every checked household by internal id, for naming it in text and beside the id in JSON.
    labels: dict[str, HouseholdLabel] = field(default_factory=dict)

    def household_text(self, household_id: Optional[str]) -> str:
        """The household as a clerk finds it: "村名 户编号 户主" (the internal id is left to --json)."""
        label = self.labels.get(household_id) if household_id else None
        if label is None:
            return ""
        return " ".join(part for part in label if part)

    def _finding_dict(self, f: Finding) -> dict:
        d = f.as_dict()
        label = self.labels.get(f.household_id) if f.household_id else None
        if label is not None:
            d["village"], d["household_no"], d["head_name"] = label
        return d

    @property
    def errors(self) -> int:
        return sum(f.is_error for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(not f.is_error for f in self.findings)

    def as_dict(self) -> dict:
        return {
            "findings": [self._finding_dict(f) for f in self.findings],
            "errors": self.errors,
            "warnings": self.warnings,
            **self.totals,
        }


@contextmanager
def _gc_paused():
    """Hundreds of thousands of small records and no reference cycles: the cyclic collector would
    only rescan them again and again (about a third of the run at county scale)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_register(db: Database, village_code: Optional[str] = None, today: Optional[date] = None) -> CheckReport:
    with _gc_paused():
        return _check_register(db, village_code, today)


def _check_register(db: Database, village_code: Optional[str], today: Optional[date]) -> CheckReport:
    today = today or date.today()
    ctx = CheckContext(today=today, village_code=village_code)
    with db.engine.connect() as conn:
        hq = select(*HOUSEHOLD_COLUMNS).where(Household.deleted == False)  # noqa: E712
        if village_code:
            hq = hq.join(Village, Village.id == Household.village_id).where(Village.code == village_code)
        households = list(map(HouseholdRow._make, conn.execute(hq)))
        ids = {h.id for h in households}
        village_names = dict(conn.execute(select(Village.id, Village.name)).all())
        ctx.household_ids = ids if village_code else None
        members_by_household = defaultdict(list)
        all_ids = []
        make = MemberRow._make
        for row in conn.execute(LIVE_MEMBERS):
            m = make(row)
            if m.household_id in ids:
                members_by_household[m.household_id].append(m)
            all_ids.append((m.id_number, m.id, m.household_id, m.name))
    ctx.members_by_household = members_by_household
    ctx.households = None if village_code else households
    report = CheckReport()
    report.labels = {h.id: HouseholdLabel(village_names.get(h.village_id, ""), h.household_no, h.head_name)
                     for h in households}
    for h in households:
        report.findings.extend(check_household(h, members_by_household.get(h.id, ()), today))
    report.findings.extend(f for f in duplicate_id_findings(all_ids) if f.household_id in ids)
    report.totals["households_checked"] = len(households)
    for extra in EXTRA_CHECKS:
        findings, totals = extra(db, ctx)
        report.findings.extend(findings)
        report.totals.update(totals)
    return report


def check_plans(db: Database, ctx: CheckContext) -> tuple[list[Finding], dict]:
    with _gc_paused():
        return _check_plans(db, ctx)


def _check_plans(db: Database, ctx: CheckContext) -> tuple[list[Finding], dict]:
    wanted = ctx.household_ids  # None: every household
    with db.engine.connect() as conn:
        households = ctx.households  # shared by the register check when it read the whole database
        if households is None:
            hq = select(*HOUSEHOLD_COLUMNS).where(Household.deleted == False)  # noqa: E712
            households = [h for h in map(HouseholdRow._make, conn.execute(hq)) if wanted is None or h.id in wanted]
        plans = {}
        for p in map(PlanRow._make, conn.execute(select(*PLAN_COLUMNS)
                                                 .where(Plan.deleted == False, Plan.is_current == True))):  # noqa: E712
            if wanted is not None and p.household_id not in wanted:
                continue
            best = plans.get(p.household_id)
            if best is None or p.year > best.year:
                plans[p.household_id] = p
        members = ctx.members_by_household  # shared by the register check when it ran first
        if members is None:
            members = defaultdict(list)
            for row in conn.execute(select(*MEMBER_COLUMNS).where(Member.deleted == False)):  # noqa: E712
                members[row[1]].append(MemberRow._make(row))
        plan_ids = {p.id for p in plans.values()}
        measures = defaultdict(list)
        # One plain scan, filtered here by plan: an "IN (current plans)" subquery made SQLite walk
        # the plan_id index and cost five times as much at county scale.
        make = MeasureRow._make
        for row in conn.execute(LIVE_MEASURES):
            if row[1] in plan_ids:
                measures[row[1]].append(make(row))
        # Money booked per measure (the ledger): more than planned stays a warning (issue 11 §2.2).
        # Only the sums above plan come back (HAVING: the same test as paid_over_plan_findings, on
        # the same sums); the loop below still applies that test itself.
        planned = (select(case((Measure.status == CANCELLED, 0.0), else_=func.coalesce(Measure.amount, 0.0)))
                   .where(Measure.id == FundEntry.measure_id).scalar_subquery())
        paid_sum = func.sum(FundEntry.amount)
        paid = dict(conn.execute(select(FundEntry.measure_id, paid_sum)
                                 .where(FundEntry.deleted == False).group_by(FundEntry.measure_id)  # noqa: E712
                                 .having(paid_sum > planned + CENT)).all())
    findings: list[Finding] = []
    results: list[PlanCheckResult] = []
    skip = no_plan_needed()
    today = ctx.today
    confirmed = ok = missing = drafts = overdue = incomplete_measures = without_plan = 0
    for h in households:
        hid = h.id
        p = plans.get(hid)
        people = members.get(hid, ())
        if p is None:
            if h.status in skip:
                continue
            missing += 1
            without_plan += 1
            findings.append(Finding("plan.missing", "warning", "该户还没有帮扶计划，请制定 N+2 帮扶计划。",
                                    household_id=h.id))
            results.append(PlanCheckResult(h.id, None, None, None, None, len(people), 0, 0, False, 0, 0, 0, 1))
            continue
        rows = measures.get(p.id, ())
        found, status = plan_check(h, people, rows, today)
        if paid:
            for m in rows:
                if m.id in paid:
                    # paid_over_plan_findings' own test first: most measures are paid within plan,
                    # and 180,000 calls that return nothing cost a tenth of a second.
                    amount = paid[m.id]
                    if not amount <= (0.0 if m.status == CANCELLED else (m.amount or 0.0)) + CENT:
                        found.extend(paid_over_plan_findings(m, amount, hid))
        is_confirmed = p.status in CONFIRMED_STATUSES
        confirmed += is_confirmed
        drafts += not is_confirmed
        n_plus_2_ok = status.ok
        if n_plus_2_ok:
            ok += 1
        elif h.status not in skip:
            missing += 1
        if found:
            findings.extend(found)
            incomplete = five_counts_incomplete(found)
            incomplete_measures += incomplete
            errors = sum(f.is_error for f in found)
        else:
            incomplete = errors = 0
        if is_confirmed:
            overdue += sum(1 for m in rows if m.due_date is not None and m.due_date < today
                           and m.status not in FINISHED)
        results.append(PlanCheckResult(hid, p.id, p.year, p.version, p.status, status.members, status.covered,
                                       status.household_measures, n_plus_2_ok, len(rows), incomplete, errors,
                                       len(found) - errors))
    totals = {
        "plans_confirmed": confirmed,
        "plans_draft": drafts,
        "n_plus_2_ok": ok,
        "n_plus_2_missing": missing,
        "households_without_plan": without_plan,
        "measures_five_counts_incomplete": incomplete_measures,
        "measures_overdue": overdue,
        "plan_results": [r._asdict() for r in results],
    }
    return findings, totals


# What runs after the register rules, on what they read: (db, context) -> (findings, totals).
EXTRA_CHECKS: list[Callable[[Database, CheckContext], tuple[list[Finding], dict]]] = [check_plans]
