"""N+2 plan rules (DOMAIN.md §1, §4): N+2 completeness, 五对 per measure, catalogue eligibility.

Pure functions over plain data. Inputs are any objects with the store's attribute names (ORM rows,
Core rows, the plan service's dataclasses), so the wizard, `fupin check`, the printed card and the
county dashboard share one implementation. Each rule yields a Finding with a stable id; an error
blocks confirming, a warning does not.

- N   every live member has at least one person measure (一人至少一策);
- +2  the household has at least two household measures;
- 五对 对人 (a member for a person measure), 对事 (a catalogue item of the right scope),
      对时 (start and due date, due not before start), 对责 (a responsible person),
      对账 (an amount, 0 allowed, and a fund source; 0 is stated as 无需资金 or a real source);
- eligibility from the catalogue's ``requires`` and ``limits``; ``conflicts_with`` pairs warn.

Cancelled measures count toward nothing and are only checked for their reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Iterable, Optional

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.household_rules import WORKING_AGE, age_on
from fupin_desktop.domain.money_rules import is_unusual_amount, measure_amount_findings, plan_amount_findings
from fupin_desktop.domain.vocab import CatalogueItem, catalogue, vocab

PERSON = "person"
HOUSEHOLD = "household"
MIN_HOUSEHOLD_MEASURES = 2
CANCELLED = "cancelled"
DONE = "done"
CONFIRMED_STATUSES = ("confirmed", "printed", "signed")
NO_MONEY_SOURCE = "none"  # fund_source code stating that a measure needs no money

# Catalogue ``requires`` keys this module understands; a test keeps the catalogue inside this set.
REQUIREMENT_KEYS = frozenset({
    "household_attribute", "member_student", "member_health", "member_working_age", "member_min_age",
})


@dataclass(frozen=True)
class NPlus2:
    """N+2 status of one plan."""

    members: int
    covered: int  # members with at least one live person measure
    household_measures: int
    missing_member_ids: tuple[str, ...]

    @property
    def n_ok(self) -> bool:
        return self.covered >= self.members and self.members > 0

    @property
    def plus2_ok(self) -> bool:
        return self.household_measures >= MIN_HOUSEHOLD_MEASURES

    @property
    def ok(self) -> bool:
        return self.n_ok and self.plus2_ok


@dataclass(frozen=True)
class _Labels:
    not_student: Optional[str]
    health: dict
    attribute: dict
    fund_sources: frozenset
    items: dict  # catalogue code -> CatalogueItem
    conflicting: frozenset  # codes that conflict with some other item


@cache
def _labels() -> _Labels:
    school = vocab("school_status")
    cat = catalogue()
    return _Labels(
        not_student=school.code_for("非在校生"),
        health={it.code: it.label for it in vocab("health").items},
        attribute={it.code: it.label for it in vocab("household_attribute").items},
        fund_sources=frozenset(vocab("fund_source").codes),
        items={it.code: it for it in cat.items},
        conflicting=frozenset(it.code for it in cat.items if it.conflicts_with),
    )


def _live(measures: Iterable) -> list:
    return [m for m in measures if not getattr(m, "deleted", False) and m.status != CANCELLED]


def _name(member) -> str:
    return (getattr(member, "name", "") or "").strip() or "（未填姓名）"


def _as_date(value) -> Optional[date]:
    if isinstance(value, str):
        return date.fromisoformat(value[:10]) if value else None
    return value


def is_student(member) -> bool:
    status = getattr(member, "school_status", "") or ""
    labels = _labels()
    return bool(status) and status != labels.not_student


def member_health(member) -> set[str]:
    return set(filter(None, (getattr(member, "health", "") or "").split(",")))


# --- N+2 ------------------------------------------------------------------------------------------
def n_plus_2(members: Iterable, measures: Iterable) -> NPlus2:
    live_members = [m for m in members if not getattr(m, "deleted", False)]
    live = _live(measures)
    covered_ids = {m.member_id for m in live if m.scope == PERSON and m.member_id}
    missing = tuple(m.id for m in live_members if m.id not in covered_ids)
    return NPlus2(
        members=len(live_members),
        covered=len(live_members) - len(missing),
        household_measures=sum(1 for m in live if m.scope == HOUSEHOLD),
        missing_member_ids=missing,
    )


def n_plus_2_findings(members: Iterable, measures: Iterable, household_id: Optional[str] = None) -> list[Finding]:
    members = [m for m in members if not getattr(m, "deleted", False)]
    status = n_plus_2(members, measures)
    out = []
    by_id = {m.id: m for m in members}
    for mid in status.missing_member_ids:
        out.append(Finding(
            "plan.member_without_measure", "error",
            f"{_name(by_id[mid])}还没有个人帮扶措施（一人至少一策），请在“一人一策”页至少选择一项。",
            household_id=household_id, member_id=mid))
    if not status.plus2_ok:
        out.append(Finding(
            "plan.household_measures_short", "error",
            f"户措施只有 {status.household_measures} 项，“+2”要求至少 {MIN_HOUSEHOLD_MEASURES} 项，"
            "请在“户策”页补充（如产业扶持、易地搬迁、低保兜底）。",
            household_id=household_id))
    return out


# --- 五对 per measure -------------------------------------------------------------------------------
def measure_label(measure) -> str:
    return catalogue().label(measure.item_code) or "（未选措施）"


def _five_counts_ok(measure, members_by_id: dict, labels: _Labels) -> bool:
    """The common case in one expression: a measure right on all five counts.

    Must agree with five_counts_findings() returning nothing (a property test holds them together);
    it only exists because `fupin check` runs it for every measure of a county."""
    scope = measure.scope
    item = labels.items.get(measure.item_code)
    start, due = measure.start_date, measure.due_date
    amount, source = measure.amount, measure.fund_source
    return (
        item is not None and item.scope == scope
        and ((scope == PERSON and measure.member_id in members_by_id) or (scope == HOUSEHOLD and not measure.member_id))
        and isinstance(start, date) and isinstance(due, date) and due >= start
        and (bool((measure.responsible_name or "").strip()) or bool(measure.responsible_cadre_id))
        and amount is not None and amount >= 0
        and source in labels.fund_sources and not (source == NO_MONEY_SOURCE and amount)
    )


def five_counts_findings(measure, members_by_id: dict, household_id: Optional[str] = None) -> list[Finding]:
    """对人、对事、对时、对责、对账 for one live measure."""
    if _five_counts_ok(measure, members_by_id, _labels()):
        return []
    out: list[Finding] = []
    mid = getattr(measure, "id", None)
    label = measure_label(measure)
    who = ""
    if measure.scope == PERSON and measure.member_id in members_by_id:
        who = _name(members_by_id[measure.member_id]) + "的"

    def add(rule, message, field=None, severity="error"):
        out.append(Finding(rule, severity, message, household_id=household_id,
                           member_id=getattr(measure, "member_id", None) or None, measure_id=mid, field=field))

    # 对事
    item = catalogue().item(measure.item_code) if measure.item_code else None
    if not measure.item_code:
        add("measure.item_missing", "有一项措施未选择具体帮扶措施（对事），请从措施目录中选择。", "item_code")
    elif item is None:
        add("measure.item_unknown", f"措施代码“{measure.item_code}”不在措施目录中（对事），请重新选择。", "item_code")
    elif item.scope != measure.scope and measure.scope in (PERSON, HOUSEHOLD):
        where = "个人措施" if item.scope == PERSON else "户措施"
        add("measure.scope_mismatch", f"“{label}”属于{where}，请放到{'“一人一策”' if item.scope == PERSON else '“户策”'}页。",
            "scope")
    # 对人
    if measure.scope == PERSON:
        if not measure.member_id:
            add("measure.person_missing", f"个人措施“{label}”没有指定帮扶对象（对人），请选择成员。", "member_id")
        elif measure.member_id not in members_by_id:
            add("measure.person_not_in_household", f"个人措施“{label}”的帮扶对象不是本户在册成员（对人），请重新选择。",
                "member_id")
    elif measure.scope == HOUSEHOLD:
        if measure.member_id:
            add("measure.household_with_member", f"户措施“{label}”不应指定个人，请清除帮扶对象或改为个人措施。",
                "member_id", "warning")
    else:
        add("measure.scope_unknown", f"措施“{label}”的对象类型无效，应为个人措施或户措施。", "scope")
    # 对时
    start, due = _as_date(measure.start_date), _as_date(measure.due_date)
    if start is None or due is None:
        missing = "、".join(x for x, v in (("开始日期", start), ("完成时限", due)) if v is None)
        add("measure.time_missing", f"{who}“{label}”未填写{missing}（对时）。", "due_date" if due is None else "start_date")
    elif due < start:
        add("measure.due_before_start", f"{who}“{label}”的完成时限 {due} 早于开始日期 {start}（对时）。", "due_date")
    # 对责
    if not (getattr(measure, "responsible_name", "") or "").strip() and not getattr(measure, "responsible_cadre_id", None):
        add("measure.responsible_missing", f"{who}“{label}”未指定责任人（对责），请填写帮扶责任人。", "responsible_name")
    # 对账
    amount = measure.amount
    source = (measure.fund_source or "").strip()
    labels = _labels()
    if amount is None:
        add("measure.amount_missing", f"{who}“{label}”未填写金额（对账）；不需要资金时填 0 并选择“无需资金”。", "amount")
    elif amount < 0:
        add("measure.amount_negative", f"{who}“{label}”的金额不能为负数（对账）。", "amount")
    if not source:
        add("measure.fund_source_missing", f"{who}“{label}”未选择资金来源（对账）；不需要资金时选择“无需资金”。",
            "fund_source")
    elif source not in labels.fund_sources:
        add("measure.fund_source_unknown", f"{who}“{label}”的资金来源“{source}”不在资金来源目录中（对账）。",
            "fund_source")
    elif source == NO_MONEY_SOURCE and amount:
        add("measure.amount_without_source", f"{who}“{label}”金额为 {amount:g} 元，但资金来源为“无需资金”（对账）。",
            "fund_source")
    return out


# --- eligibility from the catalogue ---------------------------------------------------------------
def adults_only(item: CatalogueItem) -> bool:
    """A job or an insurance for people of working age and over: the catalogue asks for working
    age, or for a minimum age at least its lower bound. Never offered to a child."""
    req = item.requires
    return bool(req.get("member_working_age")) or int(req.get("member_min_age") or 0) >= WORKING_AGE[0]


def too_young_for(item: CatalogueItem, member, today: date) -> bool:
    """The member is a child (under working age) and ``item`` is for adults only."""
    age = age_on(_as_date(getattr(member, "birth_date", None)), today)
    return age is not None and age < WORKING_AGE[0] and adults_only(item)


def requirement_findings(item: CatalogueItem, household, member, today: date, stated_reason: str = "",
                         household_id: Optional[str] = None, measure_id: Optional[str] = None) -> list[Finding]:
    """Does ``item`` fit this household/member? Used for checking and for filtering suggestions."""
    req = item.requires
    if not req:
        return []
    out: list[Finding] = []
    member_id = getattr(member, "id", None) if member is not None else None

    def add(rule, severity, message, field=None):
        out.append(Finding(rule, severity, message, household_id=household_id, member_id=member_id,
                           measure_id=measure_id, field=field))

    attrs = req.get("household_attribute")
    if attrs and getattr(household, "attribute", None) not in attrs and not stated_reason.strip():
        wanted = "或".join(_labels().attribute.get(a, a) for a in attrs)
        add("measure.requires_household_attribute", "error",
            f"“{item.label}”一般只用于{wanted}；本户不是{wanted}，请在措施说明中写明理由或改选其他措施。", "detail")
    if member is None:
        return out
    if req.get("member_student") and not is_student(member):
        add("measure.requires_student", "error",
            f"“{item.label}”只适用于在校生，{_name(member)}不是在校生；请核对在校生状况或改选其他措施。", "item_code")
    health = req.get("member_health")
    if health and member_health(member).isdisjoint(health):
        wanted = "、".join(_labels().health.get(h, h) for h in health)
        add("measure.requires_health", "error",
            f"“{item.label}”只适用于{wanted}的成员，{_name(member)}的健康状况不符；请核对健康状况或改选其他措施。", "item_code")
    if "member_working_age" not in req and "member_min_age" not in req:
        return out
    age = age_on(_as_date(getattr(member, "birth_date", None)), today)
    if age is not None:
        lo, hi = WORKING_AGE
        if req.get("member_working_age") and not lo <= age <= hi:
            add("measure.requires_working_age", "warning",
                f"“{item.label}”一般面向劳动年龄（{lo}–{hi}岁）人口，{_name(member)}现年{age}岁，请核实。", "item_code")
        min_age = req.get("member_min_age")
        if min_age is not None and age < int(min_age):
            add("measure.requires_min_age", "warning",
                f"“{item.label}”一般面向{min_age}岁以上人员，{_name(member)}现年{age}岁，请核实。", "item_code")
    return out


def _years_between(start: date, due: date) -> float:
    return (due - start).days / 365.25


def limit_findings(item: CatalogueItem, measure, household_id: Optional[str] = None) -> list[Finding]:
    limits = item.limits
    if not limits:
        return []
    out = []
    max_amount = limits.get("max_amount")
    if max_amount is not None and measure.amount is not None and measure.amount > float(max_amount):
        out.append(Finding("measure.over_limit_amount", "error",
                           f"“{item.label}”金额 {measure.amount:g} 元超过上限 {float(max_amount):g} 元，请调整金额。",
                           household_id=household_id, measure_id=getattr(measure, "id", None), field="amount"))
    max_years = limits.get("max_years")
    start, due = _as_date(measure.start_date), _as_date(measure.due_date)
    if max_years is not None and start and due and _years_between(start, due) > float(max_years) + 1e-9:
        out.append(Finding("measure.over_limit_years", "error",
                           f"“{item.label}”期限超过 {max_years} 年，请调整完成时限。",
                           household_id=household_id, measure_id=getattr(measure, "id", None), field="due_date"))
    return out


def conflict_findings(measures: Iterable, household_id: Optional[str] = None) -> list[Finding]:
    """Pairs the catalogue marks as conflicting (e.g. 易地搬迁 + 危房改造 of the same house): a warning."""
    cat = catalogue()
    present = {m.item_code for m in _live(measures) if m.item_code}
    out, seen = [], set()
    for code in sorted(present):
        item = cat.item(code)
        if item is None:
            continue
        for other in item.conflicts_with:
            pair = frozenset((code, other))
            if other in present and pair not in seen:
                seen.add(pair)
                out.append(Finding("plan.conflicting_measures", "warning",
                                   f"“{item.label}”与“{cat.label(other)}”同时安排：同一住房一般不能既搬迁又改造，"
                                   "请确认是否为不同住房。", household_id=household_id))
    return out


def duplicate_findings(measures: Iterable, members_by_id: dict, household_id: Optional[str] = None) -> list[Finding]:
    counts = Counter((m.scope, m.member_id or "", m.item_code) for m in _live(measures) if m.item_code)
    out = []
    for (_scope, member_id, code), n in sorted(counts.items()):
        if n > 1:
            who = _name(members_by_id[member_id]) + "的" if member_id in members_by_id else ""
            out.append(Finding("plan.duplicate_measure", "warning",
                               f"{who}“{catalogue().label(code)}”安排了 {n} 次，请合并或删除重复的措施。",
                               household_id=household_id, member_id=member_id or None))
    return out


def status_findings(measure, household_id: Optional[str] = None) -> list[Finding]:
    """Tracking state: a cancelled measure says why; a done measure has its date."""
    out = []
    label = measure_label(measure)
    mid = getattr(measure, "id", None)
    if measure.status == CANCELLED and not (getattr(measure, "cancel_reason", "") or "").strip():
        out.append(Finding("measure.cancel_reason_missing", "error", f"“{label}”已取消，请填写取消原因。",
                           household_id=household_id, measure_id=mid, field="cancel_reason"))
    if measure.status == DONE and not getattr(measure, "done_date", None):
        out.append(Finding("measure.done_date_missing", "warning", f"“{label}”已完成，请填写完成日期。",
                           household_id=household_id, measure_id=mid, field="done_date"))
    return out


def is_overdue(measure, today: date) -> bool:
    due = _as_date(measure.due_date)
    return due is not None and due < today and measure.status not in (DONE, CANCELLED)


def overdue_findings(measures: Iterable, today: date, household_id: Optional[str] = None) -> list[Finding]:
    return [Finding("measure.overdue", "warning",
                    f"“{measure_label(m)}”已过完成时限 {_as_date(m.due_date)}，尚未完成，请跟进或调整时限。",
                    household_id=household_id, measure_id=getattr(m, "id", None), field="due_date")
            for m in measures if not getattr(m, "deleted", False) and is_overdue(m, today)]


# --- the whole plan -------------------------------------------------------------------------------
def plan_check(household, members: Iterable, measures: Iterable, today: date) -> tuple[list[Finding], NPlus2]:
    """Every plan rule for one household's plan, and its N+2 status, in one pass over the measures.

    Not the register rules and not overdue tracking (see overdue_findings)."""
    hid = getattr(household, "id", None)
    members = [m for m in members if not getattr(m, "deleted", False)]
    members_by_id = {m.id: m for m in members}
    labels = _labels()
    items = labels.items
    conflicting = labels.conflicting
    out: list[Finding] = []
    live = []
    # What the N+2 status and the plan-wide rules need, gathered in the same pass.
    covered = set()
    household_measures = 0
    keys = []
    any_conflicting = False
    for measure in measures:
        if getattr(measure, "deleted", False):
            continue
        status = measure.status
        if status == CANCELLED:
            if not (getattr(measure, "cancel_reason", "") or "").strip():  # status_findings' own test
                out.extend(status_findings(measure, hid))
            continue
        if status == DONE and not getattr(measure, "done_date", None):  # most are done and dated: no call
            out.extend(status_findings(measure, hid))
        live.append(measure)
        scope, item_code = measure.scope, measure.item_code
        if scope == PERSON:
            covered.add(measure.member_id)
        elif scope == HOUSEHOLD:
            household_measures += 1
        keys.append((scope, measure.member_id or "", item_code))
        if item_code in conflicting:
            any_conflicting = True
        if not _five_counts_ok(measure, members_by_id, labels):
            out.extend(five_counts_findings(measure, members_by_id, hid))
        if is_unusual_amount(item_code, measure.amount):
            out.extend(measure_amount_findings(measure, hid))
        item = items.get(item_code)
        if item is None:
            continue
        if item.requires:
            member = members_by_id.get(measure.member_id) if scope == PERSON else None
            out.extend(requirement_findings(item, household, member, today, getattr(measure, "detail", "") or "",
                                            hid, getattr(measure, "id", None)))
        if item.limits:
            out.extend(limit_findings(item, measure, hid))
    missing = tuple(m.id for m in members if m.id not in covered)
    status = NPlus2(len(members), len(members) - len(missing), household_measures, missing)
    head = n_plus_2_findings(members, live, hid) if not status.ok else []
    out.extend(plan_amount_findings(live, hid))
    if len(live) > 1:
        if any_conflicting:
            out.extend(conflict_findings(live, hid))
        if len(set(keys)) != len(keys):
            out.extend(duplicate_findings(live, members_by_id, hid))
    return head + out, status


def check_plan(household, members: Iterable, measures: Iterable, today: date) -> list[Finding]:
    """Every plan rule for one household's plan (not the register rules, not overdue tracking)."""
    return plan_check(household, members, measures, today)[0]


FIVE_COUNTS_RULES = frozenset({
    "measure.item_missing", "measure.item_unknown", "measure.scope_mismatch", "measure.person_missing",
    "measure.person_not_in_household", "measure.scope_unknown", "measure.time_missing", "measure.due_before_start",
    "measure.responsible_missing", "measure.amount_missing", "measure.amount_negative",
    "measure.fund_source_missing", "measure.fund_source_unknown", "measure.amount_without_source",
})


def five_counts_incomplete(findings: Iterable[Finding]) -> int:
    """How many measures have at least one 五对 error among ``findings``."""
    return len({f.measure_id for f in findings if f.rule in FIVE_COUNTS_RULES and f.is_error})
