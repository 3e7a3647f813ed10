"""What a public notice (公示) of a village shows, read from the database (a pure read).

Only the head's name, the group, the household size and the matter leave this module (DOMAIN.md §8):
the row type has no field that could carry an ID number, a phone, a bank account or health.
Which measure categories may be named, the wording and the default period are data in
resources/print/notice.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Optional

import yaml
from sqlmodel import select

from fupin_desktop.domain.phone import phone_problem
from fupin_desktop.domain.plan_rules import CONFIRMED_STATUSES
from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.errors import UserFacingError
from fupin_desktop.paths import resource
from fupin_desktop.services.printing.card_data import find_village, natural_key
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Area, Household, Measure, Plan


@dataclass(frozen=True)
class NoticeRow:
    group: str
    name: str
    size: int
    matter: str


@dataclass(frozen=True)
class NoticeData:
    kind: str
    title: str
    intro: str
    closing: str
    county: str
    township: str
    village: str
    village_code: str
    year: int
    start: date
    end: date
    days: int
    phone: str
    rows: tuple[NoticeRow, ...]
    # Households of the village left off the notice, as 户主（户编号）：reason (the batch's skipped)
    left_out: tuple[str, ...] = ()

    @property
    def people(self) -> int:
        return sum(r.size for r in self.rows)


@dataclass(frozen=True)
class NoticeKind:
    code: str
    label: str


@cache
def notice_config() -> dict:
    with open(resource("print", "notice.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def notice_kinds() -> list[NoticeKind]:
    return [NoticeKind(k["code"], k["label"]) for k in notice_config()["kinds"]]


def _kind(code: str) -> dict:
    for kind in notice_config()["kinds"]:
        if kind["code"] == code:
            return kind
    raise UserFacingError(f"未知的公示类型 {code}", f"unknown notice kind {code}")


def public_measure_labels(item_codes: list[str]) -> list[str]:
    """Catalogue labels of the measures a notice may name, in order, without repeats."""
    allowed = set(notice_config()["public_categories"])
    cat = catalogue()
    out: list[str] = []
    for code in item_codes:
        item = cat.item(code)
        if item is not None and item.category in allowed and item.label not in out:
            out.append(item.label)
    return out


def load_notice(db: Database, village_code: str, year: Optional[int] = None, kind: str = "plan",
                start: Optional[date] = None, days: Optional[int] = None, phone: str = "",
                group: Optional[str] = None) -> NoticeData:
    config = notice_config()
    spec = _kind(kind)
    days = int(days if days is not None else config["default_days"])
    if days < int(config["min_days"]):
        raise UserFacingError(f"公示期不得少于 {config['min_days']} 天", f"notice period under {config['min_days']} days")
    phone = (phone or "").strip()
    if not phone:
        raise UserFacingError("请填写异议（监督）电话", "an objection phone number is required on a notice")
    problem = phone_problem(phone, allow_service=True)
    if problem:
        raise UserFacingError(f"异议（监督）电话有误：{problem}", "the objection phone is neither a mobile nor a "
                              "landline with its area code")
    village = find_village(db, village_code)
    start = start or date.today()
    with db.session() as session:
        query = select(Household).where(Household.village_id == village.id, Household.deleted == False)  # noqa: E712
        if group:
            query = query.where(Household.group_name == group)
        households = list(session.exec(query))
        plans = list(session.exec(select(Plan).where(
            Plan.household_id.in_([h.id for h in households]), Plan.is_current == True,  # noqa: E712
            Plan.deleted == False))) if households else []  # noqa: E712
        if year is None:
            year = max((p.year for p in plans), default=start.year)
        plans = {p.household_id: p for p in sorted(plans, key=lambda p: p.version) if p.year == year}
        items: dict[str, list[str]] = {}
        plan_ids = [p.id for p in plans.values()]
        for offset in range(0, len(plan_ids), 500):
            for plan_id, item_code in session.exec(
                    select(Measure.plan_id, Measure.item_code).where(
                        Measure.plan_id.in_(plan_ids[offset:offset + 500]), Measure.deleted == False,  # noqa: E712
                        Measure.status != "cancelled").order_by(Measure.plan_id, Measure.sort_order)):
                items.setdefault(plan_id, []).append(item_code)
        township = session.exec(select(Area).where(Area.code == village.township_code)).first()
        county = session.exec(select(Area).where(Area.code == township.parent_code)).first() if township else None
    left_out: list[str] = []
    if spec.get("select") == "planned_exit":
        statuses = set(spec.get("statuses") or ())
        chosen = [h for h in households if h.planned_exit_year == year and h.status in statuses]
    else:
        # Only confirmed plans go on the board (the statuses the village batch prints); a draft is
        # still under discussion. The rest are reported, as the batch reports what it leaves out.
        chosen = [h for h in households if h.id in plans and plans[h.id].status in CONFIRMED_STATUSES]
        for h in sorted(households, key=lambda h: (natural_key(h.group_name), natural_key(h.household_no))):
            plan = plans.get(h.id)
            if plan is None or plan.status not in CONFIRMED_STATUSES:
                left_out.append(f"{h.head_name}（{h.household_no}）：{'草稿未确认' if plan else '没有计划'}")
    rows = []
    for h in sorted(chosen, key=lambda h: (natural_key(h.group_name), natural_key(h.household_no))):
        plan = plans.get(h.id)
        labels = public_measure_labels(items.get(plan.id, [])) if plan else []
        template = spec["matter"] if labels else spec["matter_without_measures"]
        rows.append(NoticeRow(h.group_name, h.head_name, h.size, template.format(year=year, measures="、".join(labels))))
    fields = dict(village=village.name, year=year)
    return NoticeData(
        kind=kind, title=spec["title"].format(**fields), intro=spec["intro"].format(**fields),
        closing=config.get("closing", ""), county=county.name if county else "",
        township=township.name if township else "", village=village.name, village_code=village.code, year=year,
        start=start, end=start + timedelta(days=days - 1), days=days, phone=phone, rows=tuple(rows),
        left_out=tuple(left_out))
