"""Village exit assessment over the register: facts per village from SQL, rules from domain.village_exit.

`fupin villages --exit-check`, the exit view and the progress dashboard all use this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Optional

from sqlalchemy import func, select

from fupin_desktop.domain.village_exit import (
    ExitAssessment,
    IndicatorRule,
    ShortfallItem,
    VillageFacts,
    assess_village,
    rules_from_vocab_items,
    shortfall_list,
)
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.services.setup.settings import incidence_threshold
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Member, Village

POOR_STATUS_LABELS = ("未脱贫", "返贫")
EXITED_STATUS_LABELS = ("已脱贫(享受政策)", "已脱贫(不再享受政策)")


@cache
def indicator_rules() -> tuple[IndicatorRule, ...]:
    return tuple(rules_from_vocab_items(vocab("village_indicator").items))


def _codes(name: str, labels: tuple[str, ...]) -> tuple[str, ...]:
    v = vocab(name)
    return tuple(c for c in (v.code_for(label) for label in labels) if c)


@cache
def poor_status_codes() -> tuple[str, ...]:
    """Statuses whose people count as remaining poor (numerator of the incidence)."""
    return _codes("poverty_status", POOR_STATUS_LABELS)


@cache
def exited_status_codes() -> tuple[str, ...]:
    return _codes("poverty_status", EXITED_STATUS_LABELS)


def remaining_poor_by_village(conn, village_ids: Optional[list[str]] = None) -> dict[str, int]:
    """Live members of live households whose status is still poor, per village id."""
    query = (
        select(Household.village_id, func.count(Member.id))
        .join(Member, Member.household_id == Household.id)
        .where(Household.deleted == False, Member.deleted == False,  # noqa: E712
               Household.status.in_(poor_status_codes()))
        .group_by(Household.village_id)
    )
    if village_ids is not None:
        query = query.where(Household.village_id.in_(village_ids))
    return dict(conn.execute(query).all())


def village_facts(db: Database, village_codes: Optional[list[str]] = None) -> list[VillageFacts]:
    rules = indicator_rules()
    fields = sorted({r.field for r in rules})
    columns = [getattr(Village, f) for f in fields]
    query = select(Village.id, Village.code, Village.name, Village.township_code, Village.is_poverty_village,
                   Village.exit_year, Village.registered_population, *columns).where(Village.deleted == False)  # noqa: E712
    if village_codes:
        query = query.where(Village.code.in_(village_codes))
    query = query.order_by(Village.code)
    with db.engine.connect() as conn:
        rows = conn.execute(query).all()
        poor = remaining_poor_by_village(conn)
    out = []
    for row in rows:
        vid, code, name, tcode, pv, exit_year, population, *values = row
        out.append(VillageFacts(vid, code, name, tcode, bool(pv), exit_year, population, poor.get(vid, 0),
                                dict(zip(fields, values))))
    return out


def assess_villages(db: Database, village_codes: Optional[list[str]] = None,
                    threshold: Optional[float] = None) -> list[ExitAssessment]:
    threshold = incidence_threshold(db) if threshold is None else threshold
    rules = indicator_rules()
    return [assess_village(f, rules, threshold) for f in village_facts(db, village_codes)]


@dataclass
class ExitCheckReport:
    threshold: float
    assessments: list[ExitAssessment]
    shortfalls: list[ShortfallItem]

    @property
    def meeting(self) -> int:
        return sum(a.meets for a in self.assessments)

    def as_dict(self) -> dict:
        return {
            "threshold": self.threshold,
            "villages": [a.as_dict() for a in self.assessments],
            "meeting": self.meeting,
            "not_meeting": len(self.assessments) - self.meeting,
            "shortfall_list": [s.as_dict() for s in self.shortfalls],
        }


def exit_check(db: Database, year: Optional[int] = None, village_codes: Optional[list[str]] = None,
               threshold: Optional[float] = None) -> ExitCheckReport:
    threshold = incidence_threshold(db) if threshold is None else threshold
    assessments = assess_villages(db, village_codes, threshold)
    return ExitCheckReport(threshold, assessments, shortfall_list(assessments, year))
