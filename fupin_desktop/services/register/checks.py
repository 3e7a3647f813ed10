"""`fupin check`: every rule over the whole database, read in bulk (Core rows, not ORM objects)."""

from __future__ import annotations

import gc
import importlib
from collections import defaultdict, namedtuple
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Optional

from sqlalchemy import select, text

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.household_rules import check_household, duplicate_id_findings
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Member, Village

# Extra checks contributed by other services (e.g. the plan rules):
# each gets (db, context) and returns (findings, totals dict).
EXTRA_CHECKS: list[Callable[[Database, "CheckContext"], tuple[list[Finding], dict]]] = []
# Modules that append to EXTRA_CHECKS when imported; imported on first use (no import cycle).
EXTRA_CHECK_MODULES = ("fupin_desktop.services.register.plan_checks",)


@dataclass
class CheckContext:
    today: date
    village_code: Optional[str] = None
    household_ids: Optional[set[str]] = None
    # Live members per household id as the register check read them (Core rows), for extra checks to reuse.
    members_by_household: Optional[dict] = None
    # Every live household as the register check read it (id, attribute, status and more), in the
    # order of a plain scan; only set when the whole database is checked.
    households: Optional[list] = None


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    totals: dict = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return sum(f.is_error for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(not f.is_error for f in self.findings)

    def as_dict(self) -> dict:
        return {
            "findings": [f.as_dict() for f in self.findings],
            "errors": self.errors,
            "warnings": self.warnings,
            **self.totals,
        }


# Only the household columns the register rules read: a full row is ~90 columns.
HOUSEHOLD_COLUMNS = [
    Household.id, Household.attribute, Household.status, Household.main_cause, Household.other_cause_1,
    Household.other_cause_2, Household.dibao_income, Household.per_capita_income, Household.planting_income,
    Household.breeding_income, Household.forestry_fruit_income, Household.other_production_income,
    Household.production_expenses, Household.deleted,
]
MEMBER_COLUMNS = (Member.id, Member.household_id, Member.name, Member.sex, Member.id_number, Member.birth_date,
                  Member.relationship, Member.health, Member.labour_skill, Member.school_status, Member.deleted)
# Plain records for the rules: attribute access on a namedtuple is far cheaper than on a Core Row
# (the household rules read some 15 attributes per household: 0.4 s of CPU at county scale).
HouseholdRow = namedtuple("HouseholdRow", [c.key for c in HOUSEHOLD_COLUMNS])
MemberRow = namedtuple("MemberRow", [c.key for c in MEMBER_COLUMNS])


def check_register(db: Database, village_code: Optional[str] = None, today: Optional[date] = None) -> CheckReport:
    # Hundreds of thousands of small records and no reference cycles: the cyclic collector would
    # only rescan them again and again while they are built.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _check_register(db, village_code, today)
    finally:
        if was_enabled:
            gc.enable()


def _check_register(db: Database, village_code: Optional[str], today: Optional[date]) -> CheckReport:
    today = today or date.today()
    ctx = CheckContext(today=today, village_code=village_code)
    with db.engine.connect() as conn:
        hq = select(*HOUSEHOLD_COLUMNS).where(Household.deleted == False)  # noqa: E712
        if village_code:
            hq = hq.join(Village, Village.id == Household.village_id).where(Village.code == village_code)
        households = list(map(HouseholdRow._make, conn.execute(hq)))
        ids = {h.id for h in households}
        ctx.household_ids = ids if village_code else None
        members_by_household = defaultdict(list)
        all_ids = []
        make = MemberRow._make
        # "+deleted": a plain scan beats the low-selectivity tombstone index.
        for row in conn.execute(select(*MEMBER_COLUMNS).where(text("+member.deleted = 0"))):
            m = make(row)
            if m.household_id in ids:
                members_by_household[m.household_id].append(m)
            all_ids.append((m.id_number, m.id, m.household_id, m.name))
    ctx.members_by_household = members_by_household
    ctx.households = None if village_code else households
    report = CheckReport()
    for h in households:
        report.findings.extend(check_household(h, members_by_household.get(h.id, ()), today))
    report.findings.extend(f for f in duplicate_id_findings(all_ids) if f.household_id in ids)
    report.totals["households_checked"] = len(households)
    for module in EXTRA_CHECK_MODULES:
        importlib.import_module(module)
    for extra in EXTRA_CHECKS:
        findings, totals = extra(db, ctx)
        report.findings.extend(findings)
        report.totals.update(totals)
    return report
