"""Listing households for the CLI (`fupin households`) and other plain-data callers."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional

from sqlalchemy import func, select

from fupin_desktop.errors import UserFacingError
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Household, Member, Village


@dataclass(frozen=True)
class HouseholdSummary:
    id: str
    village: str  # village code
    group: str
    household_no: str
    head: str
    members: int
    status: str

    def as_dict(self) -> dict:
        return asdict(self)


def list_households(db: Database, village_code: Optional[str] = None, limit: Optional[int] = None) -> list[HouseholdSummary]:
    member_count = (
        select(Member.household_id, func.count().label("n"))
        .where(Member.deleted == False)  # noqa: E712
        .group_by(Member.household_id)
        .subquery()
    )
    query = (
        select(Household.id, Village.code, Household.group_name, Household.household_no, Household.head_name,
               func.coalesce(member_count.c.n, 0), Household.status)
        .join(Village, Village.id == Household.village_id)
        .outerjoin(member_count, member_count.c.household_id == Household.id)
        .where(Household.deleted == False)  # noqa: E712
        .order_by(Village.code, Household.group_name, Household.household_no)
    )
    if village_code:
        query = query.where(Village.code == village_code)
    if limit:
        query = query.limit(limit)
    with db.engine.connect() as conn:
        rows = [HouseholdSummary(*row) for row in conn.execute(query)]
        if not rows and village_code and conn.execute(
                select(Village.id).where(Village.code == village_code, Village.deleted == False)  # noqa: E712
        ).first() is None:
            # An empty list would read as "a village with no households": say the code is wrong.
            raise UserFacingError(f"找不到村代码 {village_code}（应为12位统计用区划代码）",
                                  f"no village with code {village_code}")
    return rows
