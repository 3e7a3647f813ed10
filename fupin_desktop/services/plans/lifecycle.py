"""Plan lifecycle: draft -> confirmed -> printed -> signed, with versions (DOMAIN.md §1; issue 4).

- ``open_draft`` resumes the household's unfinished draft for the year, or starts one: version 1
  when there is no plan yet, else a revision of the current confirmed plan (its measures copied).
- ``save_draft`` writes the plan row, its measures, the wizard's page and state, and the register
  corrections made in the wizard, in one transaction. Back and resume never lose input.
- ``confirm`` is refused while any error finding remains. Confirming a revision makes it the
  current version; the old one keeps its status and stays as history; ledger entries follow the
  measures they were booked against. Exactly one version per household and year is current.
Every write records an audit event in the same transaction. Plain dataclasses go in and out.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Iterable, Optional

from sqlmodel import Session, select

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.findings import Finding, has_errors
from fupin_desktop.domain.household_rules import check_household
from fupin_desktop.domain.income import compute_income, expense_fields, income_fields
from fupin_desktop.domain.plan_rules import CONFIRMED_STATUSES, check_plan
from fupin_desktop.domain.vocab import catalogue, vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.plans.data import (
    DIAGNOSIS_FIELDS,
    MEASURE_COLUMNS,
    MEMBER_FIX_FIELDS,
    HouseholdData,
    MeasureData,
    MemberData,
    PlanDraft,
    PlanSummary,
    PlanView,
)
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Area, Cadre, FundEntry, Household, Measure, Member, Plan, Village, new_id

DRAFT = "draft"
NEXT_STATUS = {"confirmed": "printed", "printed": "signed"}


class PlanBlocked(UserFacingError):
    """Confirming refused: ``findings`` holds the errors to fix."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        errors = [f for f in findings if f.is_error]
        super().__init__(f"还有 {len(errors)} 个错误需要修正，不能确认计划：{errors[0].message if errors else ''}",
                         f"{len(errors)} errors block confirming")


# --- reading --------------------------------------------------------------------------------------
def _household_data(session: Session, household_id: str) -> tuple[HouseholdData, list[MemberData]]:
    h = session.get(Household, household_id)
    if h is None or h.deleted:
        raise UserFacingError("找不到该农户（可能已删除）", f"household {household_id} not found")
    village = session.get(Village, h.village_id)
    township = session.exec(select(Area).where(Area.code == village.township_code)).first() if village else None
    cadre = session.get(Cadre, h.responsible_cadre_id) if h.responsible_cadre_id else None
    names = [f for f in HouseholdData.__dataclass_fields__ if hasattr(Household, f)]
    data = HouseholdData(**{f: getattr(h, f) for f in names})
    data.village_name = village.name if village else ""
    data.village_code = village.code if village else ""
    data.township_name = township.name if township else ""
    data.responsible_cadre_name = cadre.name if cadre else ""
    data.income = {f: getattr(h, f) or 0.0 for f in income_fields() + expense_fields()}
    rows = session.exec(select(Member).where(Member.household_id == household_id, Member.deleted == False)  # noqa: E712
                        .order_by(Member.sort_order, Member.name)).all()
    member_fields = [f for f in MemberData.__dataclass_fields__ if hasattr(Member, f)]
    members = [MemberData(**{f: getattr(m, f) for f in member_fields}) for m in rows]
    return data, members


def household_data(db: Database, household_id: str) -> tuple[HouseholdData, list[MemberData]]:
    with db.session() as session:
        return _household_data(session, household_id)


def _measures_of(session: Session, plan_id: str) -> list[MeasureData]:
    rows = session.exec(select(Measure).where(Measure.plan_id == plan_id, Measure.deleted == False)  # noqa: E712
                        .order_by(Measure.sort_order)).all()
    paid = {}
    if rows:
        for mid, amount in session.exec(select(FundEntry.measure_id, FundEntry.amount).where(
                FundEntry.measure_id.in_([m.id for m in rows]), FundEntry.deleted == False)):  # noqa: E712
            paid[mid] = paid.get(mid, 0.0) + (amount or 0.0)
    return [MeasureData(id=m.id, paid=paid.get(m.id, 0.0), **{c: getattr(m, c) for c in MEASURE_COLUMNS}) for m in rows]


def _summary(session: Session, p: Plan) -> PlanSummary:
    count = len(session.exec(select(Measure.id).where(Measure.plan_id == p.id, Measure.deleted == False)).all())  # noqa: E712
    return PlanSummary(p.id, p.household_id, p.year, p.version, p.status, p.is_current, p.supersedes_id,
                       p.confirmed_at, p.confirmed_by, p.printed_at, p.signed_at, count, p.updated_at)


def _plans(session: Session, household_id: str, year: Optional[int] = None) -> list[Plan]:
    q = select(Plan).where(Plan.household_id == household_id, Plan.deleted == False)  # noqa: E712
    if year is not None:
        q = q.where(Plan.year == year)
    return list(session.exec(q.order_by(Plan.year.desc(), Plan.version.desc())))


def _current(session: Session, household_id: str, year: Optional[int]) -> Optional[Plan]:
    plans = [p for p in _plans(session, household_id, year) if p.is_current]
    return plans[0] if plans else None  # newest year first when no year is given


def plan_history(db: Database, household_id: str, year: Optional[int] = None) -> list[PlanSummary]:
    """Every version, newest first (drafts included)."""
    with db.session() as session:
        return [_summary(session, p) for p in _plans(session, household_id, year)]


def _view(session: Session, p: Plan) -> PlanView:
    household, members = _household_data(session, p.household_id)
    return PlanView(_summary(session, p), household, members, _measures_of(session, p.id), p.expected_effect,
                    p.diagnosis_note)


def current_plan(db: Database, household_id: str, year: Optional[int] = None) -> Optional[PlanView]:
    """The current version for the year (or the latest year with a plan); None when there is none."""
    with db.session() as session:
        p = _current(session, household_id, year)
        return _view(session, p) if p else None


def plan_view(db: Database, plan_id: str) -> PlanView:
    with db.session() as session:
        p = session.get(Plan, plan_id)
        if p is None or p.deleted:
            raise UserFacingError("找不到该计划", f"plan {plan_id} not found")
        return _view(session, p)


# --- drafts ---------------------------------------------------------------------------------------
def _draft_from_row(session: Session, p: Plan) -> PlanDraft:
    household, members = _household_data(session, p.household_id)
    state = json.loads(p.wizard_state or "{}")
    measures = _measures_of(session, p.id)
    carried = state.get("carried", {})
    for m in measures:
        m.carried_from = carried.get(m.id)
    return PlanDraft(p.id, household, members, p.year, p.version, p.status, p.supersedes_id, measures,
                     p.expected_effect, p.diagnosis_note, int(state.get("page", 0)), dict(state.get("extra", {})), True,
                     _paid_measures(session, p.supersedes_id))


def _paid_measures(session: Session, plan_id: Optional[str]) -> dict:
    if not plan_id:
        return {}
    return {m.id: (m.item_code, m.paid) for m in _measures_of(session, plan_id) if m.paid}


def open_draft(db: Database, household_id: str, year: Optional[int] = None) -> PlanDraft:
    """Resume the unfinished draft for the year, or start version 1, or a revision of the current plan."""
    year = year or date.today().year
    with db.session() as session:
        plans = _plans(session, household_id, year)
        drafts = [p for p in plans if p.status == DRAFT]
        if drafts:
            return _draft_from_row(session, drafts[0])
        household, members = _household_data(session, household_id)
        current = next((p for p in plans if p.is_current), None)
        if current is None:
            return PlanDraft(new_id(), household, members, year)
        measures = []
        for m in _measures_of(session, current.id):
            copy = MeasureData(**{c: getattr(m, c) for c in MEASURE_COLUMNS})
            copy.carried_from, copy.paid = m.id, m.paid
            measures.append(copy)
        return PlanDraft(new_id(), household, members, year, max(p.version for p in plans) + 1, DRAFT, current.id,
                         measures, current.expected_effect, current.diagnosis_note,
                         carried_paid=_paid_measures(session, current.id))


def _apply_register_edits(session: Session, draft: PlanDraft) -> dict:
    """Write the wizard's corrections of the household and its members; return what changed."""
    changed: dict = {}
    h = session.get(Household, draft.household_id)
    for f in DIAGNOSIS_FIELDS:
        new = getattr(draft.household, f)
        if getattr(h, f) != new:
            setattr(h, f, new)
            changed[f"household.{f}"] = new
    income = draft.household.income
    if any((getattr(h, f) or 0.0) != float(income.get(f) or 0.0) for f in income_fields() + expense_fields()):
        for f in income_fields() + expense_fields():
            setattr(h, f, float(income.get(f) or 0.0))
        size = len(draft.members) or h.size
        h.net_income, h.per_capita_income = compute_income(income, size)
        draft.household.net_income, draft.household.per_capita_income = h.net_income, h.per_capita_income
        changed["household.income"] = h.per_capita_income
        if draft.household.income_year and h.income_year != draft.household.income_year:
            h.income_year = draft.household.income_year
    for md in draft.members:
        m = session.get(Member, md.id)
        if m is None or m.household_id != draft.household_id:
            continue
        for f in MEMBER_FIX_FIELDS:
            new = getattr(md, f)
            if f == "id_number":
                new = idnumber.normalize(new or "")
            if getattr(m, f) != new:
                setattr(m, f, new)
                changed[f"member.{md.id}.{f}"] = "***" if f == "id_number" else new
    return changed


def _write_measures(session: Session, plan_id: str, measures: Iterable[MeasureData]) -> dict:
    cat = catalogue()
    existing = {m.id: m for m in session.exec(select(Measure).where(Measure.plan_id == plan_id,
                                                                    Measure.deleted == False))}  # noqa: E712
    keep = set()
    counts = {"added": 0, "changed": 0, "removed": 0}
    for order, md in enumerate(m for m in measures if not m.deleted):
        md.sort_order = order
        item = cat.item(md.item_code)
        if item is not None:
            md.family = item.family
            md.policy_ref = md.policy_ref or item.policy
        values = {c: getattr(md, c) for c in MEASURE_COLUMNS}
        row = existing.get(md.id)
        keep.add(md.id)
        if row is None:
            session.add(Measure(id=md.id, plan_id=plan_id, **values))
            counts["added"] += 1
        else:
            diff = {c: v for c, v in values.items() if getattr(row, c) != v}
            for c, v in diff.items():
                setattr(row, c, v)
            counts["changed"] += bool(diff)
    for mid, row in existing.items():
        if mid not in keep:
            row.deleted = True
            counts["removed"] += 1
    return counts


def _save(session: Session, draft: PlanDraft) -> Plan:
    p = session.get(Plan, draft.plan_id)
    if p is not None and p.status != DRAFT:
        raise UserFacingError("该计划已确认，修改须生成新版本（请重新打开计划）",
                              "the plan is confirmed; editing it makes a new version")
    if p is None:
        clash = [x for x in _plans(session, draft.household_id, draft.year) if x.status == DRAFT]
        if clash:
            raise UserFacingError("该户本年度已有一份未完成的草稿，请打开那份草稿继续",
                                  "another draft exists for this household and year")
        p = Plan(id=draft.plan_id, household_id=draft.household_id, year=draft.year, version=draft.version,
                 status=DRAFT, is_current=draft.supersedes_id is None, supersedes_id=draft.supersedes_id)
        session.add(p)
        session.flush()
    p.expected_effect = draft.expected_effect
    p.diagnosis_note = draft.diagnosis_note
    carried = {m.id: m.carried_from for m in draft.measures if m.carried_from and not m.deleted}
    p.wizard_state = json.dumps({"page": draft.page, "carried": carried, "extra": draft.state},
                                ensure_ascii=False, sort_keys=True, default=str)
    return p


def save_draft(db: Database, draft: PlanDraft) -> PlanDraft:
    """Save everything the wizard holds; the plan stays a draft."""
    with db.transaction() as session:
        p = _save(session, draft)
        counts = _write_measures(session, p.id, draft.measures)
        changed = _apply_register_edits(session, draft)
        record_event(session, "plan.save_draft", "plan", p.id,
                     {"household": draft.household_id, "year": draft.year, "version": draft.version,
                      "page": draft.page, "measures": counts, "register": changed})
    draft.saved = True
    return draft


def discard_draft(db: Database, plan_id: str) -> None:
    """Throw an unfinished draft away (tombstones); confirmed versions cannot be discarded."""
    with db.transaction() as session:
        p = session.get(Plan, plan_id)
        if p is None or p.deleted:
            return
        if p.status != DRAFT:
            raise UserFacingError("只能放弃草稿，已确认的计划不能删除", "only drafts can be discarded")
        for m in session.exec(select(Measure).where(Measure.plan_id == plan_id, Measure.deleted == False)):  # noqa: E712
            m.deleted = True
        p.deleted = True
        p.is_current = False
        record_event(session, "plan.discard_draft", "plan", plan_id, {"household": p.household_id, "year": p.year})


# --- findings and confirming ----------------------------------------------------------------------
def draft_findings(draft: PlanDraft, today: Optional[date] = None) -> list[Finding]:
    """Everything the 确认 page shows: the register rules for the household, then the plan rules."""
    today = today or date.today()
    live = [m for m in draft.measures if not m.deleted]
    out = check_household(draft.household, draft.members, today)
    out.extend(check_plan(draft.household, draft.members, live, today))
    kept = {m.carried_from for m in live if m.carried_from}
    for old_id, (item_code, paid) in draft.carried_paid.items():  # money booked must stay accounted for
        if old_id not in kept:
            out.append(Finding("plan.removed_paid_measure", "error",
                               f"“{catalogue().label(item_code)}”已有拨付记录 {paid:g} 元，不能删除；"
                               "请保留并把状态改为“已取消”，写明原因。", household_id=draft.household_id,
                               measure_id=old_id))
    return out


def confirm(db: Database, draft: PlanDraft, user: str = "", today: Optional[date] = None) -> PlanView:
    """Save and confirm; refused (PlanBlocked) while errors remain."""
    findings = draft_findings(draft, today)
    if has_errors(findings):
        raise PlanBlocked(findings)
    now = datetime.now().isoformat(timespec="seconds")
    with db.transaction() as session:
        p = _save(session, draft)
        _write_measures(session, p.id, draft.measures)
        changed = _apply_register_edits(session, draft)
        moved = 0
        carried = {m.carried_from: m.id for m in draft.measures if m.carried_from and not m.deleted}
        if carried:
            for entry in session.exec(select(FundEntry).where(FundEntry.measure_id.in_(list(carried)),
                                                              FundEntry.deleted == False)):  # noqa: E712
                entry.measure_id = carried[entry.measure_id]
                moved += 1
        for other in _plans(session, draft.household_id, draft.year):
            if other.id != p.id and other.is_current:
                other.is_current = False
        p.status, p.is_current, p.wizard_state = "confirmed", True, ""
        p.confirmed_at, p.confirmed_by = now, user or p.confirmed_by
        session.flush()
        record_event(session, "plan.confirm", "plan", p.id,
                     {"household": draft.household_id, "year": draft.year, "version": draft.version,
                      "supersedes": draft.supersedes_id, "measures": len([m for m in draft.measures if not m.deleted]),
                      "ledger_entries_moved": moved, "register": changed,
                      "warnings": sum(not f.is_error for f in findings)})
        draft.status, draft.saved = "confirmed", True
        return _view(session, p)


def set_plan_status(db: Database, plan_id: str, status: str) -> PlanSummary:
    """confirmed -> printed -> signed (printing again or signing an already signed plan is fine)."""
    if status not in vocab("plan_status").codes or status == DRAFT:
        raise UserFacingError(f"无效的计划状态：{status}", f"invalid plan status {status}")
    now = datetime.now().isoformat(timespec="seconds")
    with db.transaction() as session:
        p = session.get(Plan, plan_id)
        if p is None or p.deleted:
            raise UserFacingError("找不到该计划", f"plan {plan_id} not found")
        if p.status == DRAFT:
            raise UserFacingError("草稿尚未确认，不能打印或签字", "confirm the draft first")
        order = list(CONFIRMED_STATUSES)
        if order.index(status) < order.index(p.status):
            raise UserFacingError(f"计划已是“{vocab('plan_status').label(p.status)}”，不能退回",
                                  "plan status cannot go back")
        if status == "printed":
            p.printed_at = now
        elif status == "signed":
            p.signed_at = now
            p.printed_at = p.printed_at or now
        old, p.status = p.status, status
        session.flush()
        record_event(session, f"plan.{status}", "plan", p.id, {"household": p.household_id, "from": old})
        return _summary(session, p)


# --- the CLI's JSON -------------------------------------------------------------------------------
def resolve_household(db: Database, key: str) -> str:
    """A household id, or a unique 户编号."""
    with db.session() as session:
        h = session.get(Household, key)
        if h is not None and not h.deleted:
            return h.id
        rows = session.exec(select(Household.id).where(Household.household_no == key,
                                                       Household.deleted == False)).all()  # noqa: E712
    if len(rows) == 1:
        return rows[0]
    if rows:
        raise UserFacingError(f"户编号 {key} 对应多户，请使用农户 ID", f"household number {key} is ambiguous")
    raise UserFacingError(f"找不到农户 {key}", f"household {key} not found")


def plan_as_dict(view: PlanView, today: Optional[date] = None) -> dict:
    today = today or date.today()
    names = {m.id: m.name for m in view.members}
    findings = check_plan(view.household, view.members, view.measures, today)
    return {
        "household": view.summary.household_id,
        "year": view.summary.year,
        "version": view.summary.version,
        "status": view.summary.status,
        "measures": [{
            "scope": m.scope,
            "member": names.get(m.member_id) if m.member_id else None,
            "member_id": m.member_id or None,  # names repeat within families; the id does not
            "item": m.item_code,
            "family": m.family,
            "start": m.start_date.isoformat() if m.start_date else None,
            "due": m.due_date.isoformat() if m.due_date else None,
            "responsible": m.responsible_name,
            "amount": m.amount,
            "fund_source": m.fund_source,
            "status": m.status,
        } for m in view.measures],
        "findings": [f.as_dict() for f in findings],
    }
