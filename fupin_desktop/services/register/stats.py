"""Counts for the status bar, `fupin stats` and the dashboard header."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Measure, Member, Plan, Village


@dataclass(frozen=True)
class Stats:
    villages: int
    households: int
    members: int
    plans: int
    measures: int

    def as_dict(self) -> dict:
        return asdict(self)


def _live_count(conn, model) -> int:
    return conn.execute(select(func.count()).select_from(model).where(model.deleted == False)).scalar_one()  # noqa: E712


def database_stats(db: Database) -> Stats:
    with db.engine.connect() as conn:
        plans = conn.execute(
            select(func.count()).select_from(Plan).where(Plan.deleted == False, Plan.is_current == True)  # noqa: E712
        ).scalar_one()
        measures = conn.execute(
            select(func.count())
            .select_from(Measure)
            .join(Plan, Plan.id == Measure.plan_id)
            .where(Measure.deleted == False, Plan.deleted == False, Plan.is_current == True)  # noqa: E712
        ).scalar_one()
        return Stats(
            villages=_live_count(conn, Village),
            households=_live_count(conn, Household),
            members=conn.execute(
                select(func.count())
                .select_from(Member)
                .join(Household, Household.id == Member.household_id)
                .where(Member.deleted == False, Household.deleted == False)  # noqa: E712
            ).scalar_one(),
            plans=plans,
            measures=measures,
        )
