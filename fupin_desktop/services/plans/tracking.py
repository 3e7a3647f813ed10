"""Tracking a confirmed plan (issue 4 §5): measure status, the fund ledger (对账), visits, overdue list.

Every write records an audit event in its transaction; readers return plain dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import and_
from sqlalchemy import select as core_select
from sqlmodel import select

from fupin_desktop.domain.plan_rules import CANCELLED, CONFIRMED_STATUSES, DONE
from fupin_desktop.domain.vocab import catalogue, vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Cadre, FundEntry, Household, Measure, Member, Plan, Village, Visit


@dataclass(frozen=True)
class CadreRow:
    id: str
    name: str
    unit: str
    post: str
    phone: str


@dataclass(frozen=True)
class FundEntryRow:
    id: str
    measure_id: str
    item_label: str
    entry_date: date
    amount: float
    fund_source: str
    voucher_no: str
    note: str


@dataclass(frozen=True)
class MeasureMoney:
    measure_id: str
    item_label: str
    member_name: str
    planned: float
    paid: float
    fund_source: str


@dataclass(frozen=True)
class Ledger:
    entries: list[FundEntryRow]
    measures: list[MeasureMoney]

    @property
    def planned_total(self) -> float:
        return round(sum(m.planned for m in self.measures), 2)

    @property
    def paid_total(self) -> float:
        return round(sum(e.amount for e in self.entries), 2)

    def by_source(self) -> dict[str, tuple[float, float]]:
        """fund source -> (planned, paid)."""
        out: dict[str, list[float]] = {}
        for m in self.measures:
            out.setdefault(m.fund_source, [0.0, 0.0])[0] += m.planned
        for e in self.entries:
            out.setdefault(e.fund_source, [0.0, 0.0])[1] += e.amount
        return {k: (round(a, 2), round(b, 2)) for k, (a, b) in out.items()}


@dataclass(frozen=True)
class VisitRow:
    id: str
    household_id: str
    visit_date: date
    cadre_id: Optional[str]
    cadre_name: str
    notes: str
    findings: str


@dataclass(frozen=True)
class OverdueRow:
    measure_id: str
    plan_id: str
    household_id: str
    village_code: str
    village_name: str
    group_name: str
    household_no: str
    head_name: str
    member_name: str
    item_label: str
    due_date: date
    days_overdue: int
    responsible: str
    status: str


def list_cadres(db: Database, village_id: Optional[str] = None) -> list[CadreRow]:
    """Cadres of a village first (if given), then the rest, by name."""
    with db.session() as session:
        rows = session.exec(select(Cadre).where(Cadre.deleted == False, Cadre.retired == False)  # noqa: E712
                            .order_by(Cadre.name)).all()  # retired cadres stay on old records only
    rows = sorted(rows, key=lambda c: (village_id is not None and c.village_id != village_id, c.name))
    return [CadreRow(c.id, c.name, c.unit, c.post, c.phone) for c in rows]


def _tracked_measure(session, measure_id: str) -> tuple[Measure, Plan]:
    m = session.get(Measure, measure_id)
    if m is None or m.deleted:
        raise UserFacingError("找不到该措施", f"measure {measure_id} not found")
    p = session.get(Plan, m.plan_id)
    if p.status not in CONFIRMED_STATUSES:
        raise UserFacingError("计划尚未确认，确认后才能登记进展和资金", "confirm the plan before tracking it")
    if not p.is_current:
        raise UserFacingError("这是历史版本，请在当前版本中登记", "this plan version is history")
    return m, p


def set_measure_status(db: Database, measure_id: str, status: str, done_date: Optional[date] = None,
                       cancel_reason: str = "", today: Optional[date] = None) -> None:
    """planned / in progress / done (with its date) / cancelled (with its reason)."""
    if status not in vocab("measure_status").codes:
        raise UserFacingError(f"无效的措施状态：{status}", f"invalid measure status {status}")
    if status == CANCELLED and not cancel_reason.strip():
        raise UserFacingError("取消措施须写明原因", "a cancelled measure needs a reason")
    today = today or date.today()
    if status == DONE:
        done_date = done_date or today
        if done_date > today:
            raise UserFacingError("完成日期不能晚于今天", "done date is in the future")
    with db.transaction() as session:
        m, p = _tracked_measure(session, measure_id)
        old = m.status
        m.status = status
        m.done_date = done_date if status == DONE else None
        m.cancel_reason = cancel_reason.strip() if status == CANCELLED else ""
        record_event(session, "measure.status", "measure", m.id,
                     {"plan": p.id, "household": p.household_id, "from": old, "to": status,
                      "done_date": m.done_date, "reason": m.cancel_reason})


def add_fund_entry(db: Database, measure_id: str, entry_date: date, amount: float, fund_source: str,
                   voucher_no: str = "", note: str = "") -> str:
    if amount is None or amount <= 0:
        raise UserFacingError("拨付金额必须大于 0", "amount must be positive")
    if fund_source not in vocab("fund_source").codes:
        raise UserFacingError("请选择资金来源", "unknown fund source")
    with db.transaction() as session:
        m, p = _tracked_measure(session, measure_id)
        entry = FundEntry(measure_id=m.id, entry_date=entry_date, amount=round(float(amount), 2),
                          fund_source=fund_source, voucher_no=voucher_no.strip(), note=note.strip())
        session.add(entry)
        session.flush()
        record_event(session, "ledger.add", "fund_entry", entry.id,
                     {"measure": m.id, "plan": p.id, "household": p.household_id, "amount": entry.amount,
                      "date": entry_date, "voucher": entry.voucher_no})
        return entry.id


def delete_fund_entry(db: Database, entry_id: str) -> None:
    with db.transaction() as session:
        entry = session.get(FundEntry, entry_id)
        if entry is None or entry.deleted:
            return
        entry.deleted = True
        record_event(session, "ledger.delete", "fund_entry", entry.id,
                     {"measure": entry.measure_id, "amount": entry.amount, "voucher": entry.voucher_no})


def ledger(db: Database, plan_id: str) -> Ledger:
    cat = catalogue()
    with db.session() as session:
        measures = session.exec(select(Measure).where(Measure.plan_id == plan_id, Measure.deleted == False)  # noqa: E712
                                .order_by(Measure.sort_order)).all()
        names = dict(session.exec(select(Member.id, Member.name).where(
            Member.id.in_([m.member_id for m in measures if m.member_id]))).all())
        entries = session.exec(select(FundEntry).where(
            FundEntry.measure_id.in_([m.id for m in measures]), FundEntry.deleted == False)  # noqa: E712
            .order_by(FundEntry.entry_date, FundEntry.created_at)).all()
    label = {m.id: cat.label(m.item_code) for m in measures}
    paid: dict[str, float] = {}
    for e in entries:
        paid[e.measure_id] = paid.get(e.measure_id, 0.0) + e.amount
    return Ledger(
        [FundEntryRow(e.id, e.measure_id, label[e.measure_id], e.entry_date, e.amount, e.fund_source, e.voucher_no,
                      e.note) for e in entries],
        [MeasureMoney(m.id, label[m.id], names.get(m.member_id, "") if m.member_id else "",
                      0.0 if m.status == CANCELLED else (m.amount or 0.0), round(paid.get(m.id, 0.0), 2),
                      m.fund_source) for m in measures])


def add_visit(db: Database, household_id: str, visit_date: date, cadre_name: str, notes: str,
              findings: str = "", cadre_id: Optional[str] = None, today: Optional[date] = None) -> str:
    _check_visit(visit_date, cadre_name, notes, cadre_id, today)
    with db.transaction() as session:
        h = session.get(Household, household_id)
        if h is None or h.deleted:
            raise UserFacingError("找不到该农户", f"household {household_id} not found")
        if cadre_id and not cadre_name.strip():
            cadre = session.get(Cadre, cadre_id)
            cadre_name = cadre.name if cadre else ""
        visit = Visit(household_id=household_id, visit_date=visit_date, cadre_id=cadre_id,
                      cadre_name=cadre_name.strip(), notes=notes.strip(), findings=findings.strip())
        session.add(visit)
        session.flush()
        record_event(session, "visit.add", "visit", visit.id, {"household": household_id, "date": visit_date})
        return visit.id


def _check_visit(visit_date: date, cadre_name: str, notes: str, cadre_id: Optional[str], today: Optional[date]) -> None:
    if visit_date > (today or date.today()):
        raise UserFacingError("走访日期不能晚于今天", "visit date is in the future")
    if not cadre_name.strip() and not cadre_id:
        raise UserFacingError("请填写走访干部", "who visited?")
    if not notes.strip():
        raise UserFacingError("请填写走访记录", "notes are empty")


def _live_visit(session, visit_id: str) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted:
        raise UserFacingError("找不到该走访记录，可能已被删除", f"visit {visit_id} not found")
    return visit


def update_visit(db: Database, visit_id: str, visit_date: date, cadre_name: str, notes: str,
                 findings: str = "", cadre_id: Optional[str] = None, today: Optional[date] = None) -> None:
    """Correct a recorded visit; the audit event names what changed."""
    _check_visit(visit_date, cadre_name, notes, cadre_id, today)
    with db.transaction() as session:
        visit = _live_visit(session, visit_id)
        if cadre_id and not cadre_name.strip():
            cadre = session.get(Cadre, cadre_id)
            cadre_name = cadre.name if cadre else ""
        new = {"visit_date": visit_date, "cadre_id": cadre_id, "cadre_name": cadre_name.strip(),
               "notes": notes.strip(), "findings": findings.strip()}
        changed = [k for k, v in new.items() if getattr(visit, k) != v and k != "cadre_id"]
        for key, value in new.items():
            setattr(visit, key, value)
        record_event(session, "visit.update", "visit", visit.id,
                     {"household": visit.household_id, "date": visit_date, "fields": changed})


def delete_visit(db: Database, visit_id: str) -> None:
    """Soft delete (syncs as a tombstone, stays in the database); the audit event says whose visit of which day."""
    with db.transaction() as session:
        visit = _live_visit(session, visit_id)
        visit.deleted = True
        record_event(session, "visit.delete", "visit", visit.id,
                     {"household": visit.household_id, "date": visit.visit_date, "cadre": visit.cadre_name})


def list_visits(db: Database, household_id: str) -> list[VisitRow]:
    with db.session() as session:
        rows = session.exec(select(Visit).where(Visit.household_id == household_id, Visit.deleted == False)  # noqa: E712
                            .order_by(Visit.visit_date.desc(), Visit.created_at.desc())).all()
    return [VisitRow(v.id, v.household_id, v.visit_date, v.cadre_id, v.cadre_name, v.notes, v.findings) for v in rows]


def overdue_measures(db: Database, village_code: Optional[str] = None, household_id: Optional[str] = None,
                     today: Optional[date] = None) -> list[OverdueRow]:
    """Measures of current confirmed plans past their due date and neither done nor cancelled."""
    today = today or date.today()
    cat = catalogue()
    q = (core_select(Measure.id, Measure.plan_id, Plan.household_id, Village.code, Village.name, Household.group_name,
                     Household.household_no, Household.head_name, Member.name, Measure.item_code, Measure.due_date,
                     Measure.responsible_name, Measure.status)
         .join(Plan, Plan.id == Measure.plan_id)
         .join(Household, Household.id == Plan.household_id)
         .join(Village, Village.id == Household.village_id)
         .outerjoin(Member, Member.id == Measure.member_id)
         .where(Measure.deleted == False, Plan.deleted == False, Plan.is_current == True,  # noqa: E712
                Plan.status.in_(CONFIRMED_STATUSES), Household.deleted == False,  # noqa: E712
                Measure.status.notin_((DONE, CANCELLED)), and_(Measure.due_date != None, Measure.due_date < today))  # noqa: E711
         .order_by(Measure.due_date, Village.code, Household.household_no))
    if village_code:
        q = q.where(Village.code == village_code)
    if household_id:
        q = q.where(Plan.household_id == household_id)
    with db.engine.connect() as conn:
        rows = conn.execute(q).all()
    out = []
    for r in rows:
        due = r[10] if isinstance(r[10], date) else date.fromisoformat(str(r[10]))
        out.append(OverdueRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "", cat.label(r[9]), due,
                              (today - due).days, r[11], r[12]))
    return out

