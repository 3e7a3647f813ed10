"""Plan rules, table-driven: N+2, 五对 per measure, catalogue eligibility and limits, conflicts, tracking,
and the household exit assessment with its poverty-line table."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Optional

import pytest

from fupin_desktop.domain import exit_rules, plan_rules
from fupin_desktop.domain.findings import has_errors
from fupin_desktop.domain.vocab import catalogue

TODAY = date(2024, 7, 1)


@dataclass(frozen=True)
class M:  # member
    id: str
    name: str
    birth_date: Optional[date] = date(1980, 5, 1)
    health: str = "healthy"
    school_status: str = "not_student"
    labour_skill: str = "ordinary"
    medical_insurance: bool = True
    deleted: bool = False


@dataclass(frozen=True)
class X:  # measure
    scope: str
    item_code: str
    member_id: Optional[str] = None
    id: Optional[str] = None
    start_date: Optional[date] = date(2024, 3, 1)
    due_date: Optional[date] = date(2024, 10, 1)
    responsible_name: str = "王书记"
    responsible_cadre_id: Optional[str] = None
    amount: Optional[float] = 1000.0
    fund_source: str = "local_special"
    status: str = "planned"
    cancel_reason: str = ""
    done_date: Optional[date] = None
    detail: str = ""
    deleted: bool = False


@dataclass(frozen=True)
class H:  # household
    id: str = "h1"
    attribute: str = "general"
    per_capita_income: float = 8000.0
    food_clothing_ok: bool = True
    compulsory_education_ok: bool = True
    medical_insurance_ok: bool = True
    housing_safe_ok: bool = True
    house_grade: str = "A"
    drinking_water_safe: bool = True
    drinking_water_difficult: bool = False


A = M("a", "张大")
B = M("b", "李二", birth_date=date(1983, 2, 2))
STUDENT = M("s", "张小", birth_date=date(2012, 9, 1), school_status="grade7", labour_skill="none")
MEMBERS = [A, B]


def _complete(members=MEMBERS):
    return [X("person", "job_transfer", m.id, id=f"p{m.id}") for m in members] + [
        X("household", "planting_support", id="h1m"), X("household", "breeding_support", id="h2m")]


def rules_of(findings):
    return sorted(f.rule for f in findings)


# --- N+2 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("measures,expected", [
    (_complete(), []),
    (_complete()[1:], ["plan.member_without_measure"]),
    (_complete()[:2] + _complete()[3:], ["plan.household_measures_short"]),
    ([], ["plan.household_measures_short", "plan.member_without_measure", "plan.member_without_measure"]),
    # a cancelled measure counts for nothing
    ([replace(_complete()[0], status="cancelled", cancel_reason="外出")] + _complete()[1:],
     ["plan.member_without_measure"]),
    # a deleted (tombstoned) measure counts for nothing
    ([replace(_complete()[0], deleted=True)] + _complete()[1:], ["plan.member_without_measure"]),
    # two person measures for one member and none for the other
    ([X("person", "job_transfer", "a"), X("person", "skills_training", "a")] + _complete()[2:],
     ["plan.member_without_measure"]),
])
def test_n_plus_2(measures, expected):
    assert rules_of(plan_rules.n_plus_2_findings(MEMBERS, measures, "h1")) == sorted(expected)


def test_n_plus_2_status_counts_and_deleted_members():
    gone = replace(B, deleted=True)
    status = plan_rules.n_plus_2([A, gone], _complete([A]))
    assert (status.members, status.covered, status.household_measures, status.ok) == (1, 1, 2, True)
    status = plan_rules.n_plus_2(MEMBERS, _complete([A]))
    assert status.missing_member_ids == ("b",) and not status.n_ok and status.plus2_ok


def test_missing_member_message_names_the_member():
    finding = plan_rules.n_plus_2_findings(MEMBERS, _complete([A]), "h1")[0]
    assert finding.member_id == "b" and "李二" in finding.message and finding.is_error


# --- 五对 -------------------------------------------------------------------------------------------
BASE = X("person", "job_transfer", "a", id="m1")


@pytest.mark.parametrize("change,expected", [
    ({}, []),
    ({"item_code": ""}, ["measure.item_missing"]),
    ({"item_code": "no_such_item"}, ["measure.item_unknown"]),
    ({"item_code": "planting_support"}, ["measure.scope_mismatch"]),  # household item as a person measure
    ({"member_id": None}, ["measure.person_missing"]),
    ({"member_id": "stranger"}, ["measure.person_not_in_household"]),
    ({"scope": "village"}, ["measure.scope_unknown"]),
    ({"start_date": None}, ["measure.time_missing"]),
    ({"due_date": None}, ["measure.time_missing"]),
    ({"due_date": date(2024, 2, 1)}, ["measure.due_before_start"]),
    ({"responsible_name": "  "}, ["measure.responsible_missing"]),
    ({"responsible_name": "", "responsible_cadre_id": "c1"}, []),
    ({"amount": None}, ["measure.amount_missing"]),
    ({"amount": -5.0}, ["measure.amount_negative"]),
    ({"fund_source": ""}, ["measure.fund_source_missing"]),
    ({"fund_source": "piggy_bank"}, ["measure.fund_source_unknown"]),
    ({"fund_source": "none"}, ["measure.amount_without_source"]),
    ({"fund_source": "none", "amount": 0.0}, []),  # 0 allowed when stated
    ({"amount": 0.0}, []),  # 0 from a real source is stated too
])
def test_five_counts(change, expected):
    measure = replace(BASE, **change)
    findings = plan_rules.five_counts_findings(measure, {m.id: m for m in MEMBERS}, "h1")
    assert rules_of(findings) == sorted(expected)
    assert all(f.is_error for f in findings)
    assert all(f.measure_id == "m1" for f in findings)


def test_household_measure_naming_a_member_is_a_warning():
    findings = plan_rules.five_counts_findings(X("household", "planting_support", "a"), {"a": A})
    assert rules_of(findings) == ["measure.household_with_member"] and not has_errors(findings)


def test_five_counts_incomplete_counts_measures_not_findings():
    members = {m.id: m for m in MEMBERS}
    bad = replace(BASE, responsible_name="", amount=None)
    findings = plan_rules.five_counts_findings(bad, members) + plan_rules.five_counts_findings(
        replace(BASE, id="m2", fund_source=""), members)
    assert plan_rules.five_counts_incomplete(findings) == 2


# --- eligibility ------------------------------------------------------------------------------------
def _check(household, members, measures):
    return rules_of(f for f in plan_rules.check_plan(household, members, measures, TODAY)
                    if f.rule.startswith("measure.requires") or f.rule.startswith("measure.over"))


@pytest.mark.parametrize("attribute,detail,expected", [
    ("dibao", "", []),
    ("general", "", ["measure.requires_household_attribute"]),
    ("general", "重病支出大，经村民代表评议纳入低保", []),  # a stated reason lets it pass
    ("tekun", "", ["measure.requires_household_attribute"]),
])
def test_dibao_needs_dibao_household_or_a_reason(attribute, detail, expected):
    measures = _complete() + [X("household", "dibao", detail=detail, fund_source="department")]
    assert _check(H(attribute=attribute), MEMBERS, measures) == expected


@pytest.mark.parametrize("member,item,expected", [
    (STUDENT, "compulsory_education_aid", []),
    (A, "compulsory_education_aid", ["measure.requires_student"]),
    (A, "education_aid", ["measure.requires_student"]),
    (replace(A, school_status=""), "yulu_plan", ["measure.requires_student"]),
    (A, "disability_subsidy", ["measure.requires_health"]),
    (replace(A, health="chronic,disabled"), "disability_subsidy", []),
    (A, "medical_relief", ["measure.requires_health"]),
    (replace(A, health="serious"), "medical_relief", []),
    (STUDENT, "job_transfer", ["measure.requires_working_age"]),  # a warning
    (A, "elderly_care", ["measure.requires_min_age"]),  # a warning
    (replace(A, birth_date=date(1950, 1, 1)), "elderly_care", []),
])
def test_member_requirements(member, item, expected):
    measures = [X("person", item, member.id)] + _complete([])
    assert _check(H(), [member], measures) == expected


@pytest.mark.parametrize("rule,severity", [
    ("measure.requires_student", "error"), ("measure.requires_health", "error"),
    ("measure.requires_working_age", "warning"), ("measure.requires_min_age", "warning"),
    ("measure.requires_household_attribute", "error"),
])
def test_requirement_severity(rule, severity):
    cases = {
        "measure.requires_student": ("education_aid", A, H()),
        "measure.requires_health": ("disability_subsidy", A, H()),
        "measure.requires_working_age": ("job_transfer", STUDENT, H()),
        "measure.requires_min_age": ("elderly_care", A, H()),
        "measure.requires_household_attribute": ("dibao", None, H()),
    }
    code, member, household = cases[rule]
    findings = plan_rules.requirement_findings(catalogue().item(code), household, member, TODAY)
    assert [(f.rule, f.severity) for f in findings] == [(rule, severity)]


def test_every_catalogue_requirement_is_understood():
    for item in catalogue().items:
        assert set(item.requires) <= plan_rules.REQUIREMENT_KEYS, item.code


@pytest.mark.parametrize("amount,due,expected", [
    (50000.0, date(2027, 3, 1), []),  # at both limits
    (50000.01, date(2026, 3, 1), ["measure.over_limit_amount"]),
    (30000.0, date(2027, 3, 2), ["measure.over_limit_years"]),
    (80000.0, date(2029, 1, 1), ["measure.over_limit_amount", "measure.over_limit_years"]),
])
def test_microcredit_limits(amount, due, expected):
    loan = X("household", "microcredit", amount=amount, start_date=date(2024, 3, 1), due_date=due,
             fund_source="credit")
    assert _check(H(), MEMBERS, _complete() + [loan]) == expected


# --- plan-level warnings -------------------------------------------------------------------------------
@pytest.mark.parametrize("extra,expected", [
    ([X("household", "relocation"), X("household", "house_renovation")], ["plan.conflicting_measures"]),
    ([X("household", "relocation")], []),
    ([X("household", "relocation"), X("household", "house_renovation", status="cancelled", cancel_reason="已搬迁")], []),
    ([X("person", "job_transfer", "a")], ["plan.duplicate_measure"]),
    ([X("household", "planting_support")], ["plan.duplicate_measure"]),
])
def test_conflicts_and_duplicates_warn(extra, expected):
    findings = plan_rules.check_plan(H(), MEMBERS, _complete() + extra, TODAY)
    assert rules_of(f for f in findings if f.rule.startswith("plan.")) == expected
    assert not has_errors(findings)


@pytest.mark.parametrize("change,expected,blocks", [
    ({"status": "cancelled"}, ["measure.cancel_reason_missing"], True),
    ({"status": "cancelled", "cancel_reason": "已外出务工"}, [], False),
    ({"status": "done"}, ["measure.done_date_missing"], False),
    ({"status": "done", "done_date": date(2024, 6, 1)}, [], False),
])
def test_status_rules(change, expected, blocks):
    measure = replace(BASE, **change)
    findings = plan_rules.status_findings(measure, "h1")
    assert rules_of(findings) == expected and has_errors(findings) is blocks


@pytest.mark.parametrize("status,due,overdue", [
    ("planned", date(2024, 6, 30), True),
    ("in_progress", date(2024, 6, 30), True),
    ("done", date(2024, 6, 30), False),
    ("cancelled", date(2024, 6, 30), False),
    ("planned", date(2024, 7, 1), False),  # due today is not overdue yet
    ("planned", None, False),
])
def test_overdue(status, due, overdue):
    measure = replace(BASE, status=status, due_date=due, cancel_reason="x")
    assert plan_rules.is_overdue(measure, TODAY) is overdue
    assert bool(plan_rules.overdue_findings([measure], TODAY)) is overdue


def test_a_complete_plan_has_no_findings():
    assert plan_rules.check_plan(H(), MEMBERS + [STUDENT], _complete(MEMBERS) + [
        X("person", "compulsory_education_aid", "s")], TODAY) == []


def test_cancelled_measures_skip_five_counts():
    cancelled = replace(BASE, id="c", status="cancelled", cancel_reason="不再需要", responsible_name="", amount=None)
    assert plan_rules.check_plan(H(), MEMBERS, _complete() + [cancelled], TODAY) == []


# --- household exit -------------------------------------------------------------------------------
LINE = exit_rules.PovertyLine(2020, 4000.0, exit_rules.SOURCE_TABLE, 2020)
KID = M("k", "王小", birth_date=date(2010, 3, 1), school_status="not_student", labour_skill="none")


@pytest.mark.parametrize("household,members,unmet", [
    (H(), MEMBERS, []),
    (H(per_capita_income=4000.0), MEMBERS, ["income"]),  # at the line is not above it
    (H(per_capita_income=4000.5), MEMBERS, []),
    (H(food_clothing_ok=False), MEMBERS, ["food_clothing"]),
    (H(compulsory_education_ok=False), MEMBERS, ["education"]),
    (H(), MEMBERS + [KID], ["education"]),  # a 10-year-old out of school is a drop-out
    (H(), MEMBERS + [replace(KID, school_status="primary")], []),
    (H(), MEMBERS + [replace(KID, birth_date=date(2004, 1, 1))], []),  # 16: past compulsory age
    (H(), [A, replace(B, medical_insurance=False)], ["medical"]),
    (H(medical_insurance_ok=False), MEMBERS, ["medical"]),
    (H(house_grade="C"), MEMBERS, ["housing"]),
    (H(house_grade="D", housing_safe_ok=False), MEMBERS, ["housing"]),
    (H(house_grade="B"), MEMBERS, []),
    (H(housing_safe_ok=False), MEMBERS, ["housing"]),
    (H(drinking_water_safe=False), MEMBERS, ["water"]),
    (H(drinking_water_difficult=True), MEMBERS, ["water"]),
    (H(per_capita_income=100.0, house_grade="D", drinking_water_safe=False), MEMBERS, ["housing", "income", "water"]),
])
def test_household_exit(household, members, unmet):
    result = exit_rules.assess_household_exit(household, members, 2020, LINE, today=date(2020, 11, 1))
    assert sorted(c.code for c in result.criteria if not c.met) == unmet
    assert result.eligible is (not unmet)
    assert sorted(f.rule for f in result.findings) == [f"exit.{u}" for u in unmet]
    assert all(f.is_error and f.message for f in result.findings)
    assert [c.code for c in result.criteria] == ["income", "food_clothing", "education", "medical", "housing", "water"]


def test_exit_finding_names_the_uninsured_member():
    result = exit_rules.assess_household_exit(H(), [A, replace(B, medical_insurance=False)], 2020, LINE)
    finding = result.findings[0]
    assert finding.member_id == "b" and "李二" in finding.message


@pytest.mark.parametrize("year,setting,amount,source,basis", [
    (2020, None, 4000.0, "table", 2020),
    (2014, "", 2800.0, "table", 2014),
    (2020, "4200", 4200.0, "setting", 2020),
    (2026, None, 6000.0, "carried", 2021),  # after the table: the latest earlier year, flagged
    (2026, "7500.5", 7500.5, "setting", 2026),
    (2020, "abc", 4000.0, "table", 2020),  # a broken setting falls back to the table
    (2020, "-1", 4000.0, "table", 2020),
    (2010, None, 2800.0, "carried", 2014),  # before the table: its first year
])
def test_poverty_line(year, setting, amount, source, basis):
    line = exit_rules.poverty_line(year, setting)
    assert (line.amount, line.source, line.basis_year) == (amount, source, basis)
    assert str(year) in line.note


def test_poverty_line_table_is_increasing():
    lines = exit_rules.exit_policy().lines
    years = sorted(lines)
    assert [lines[y] for y in years] == sorted(lines[y] for y in years)
    assert lines[2020] == 4000.0


# --- the fast path of `fupin check` agrees with the full rule ------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_dates = st.one_of(st.none(), st.dates(date(2023, 1, 1), date(2025, 12, 31)), st.just("2024-05-01"))


@settings(max_examples=400, deadline=None)
@given(scope=st.sampled_from(["person", "household", "village"]),
       item=st.sampled_from(["job_transfer", "planting_support", "", "nope", "dibao"]),
       member=st.sampled_from([None, "a", "stranger"]), start=_dates, due=_dates,
       responsible=st.sampled_from(["", " ", "王书记"]), cadre=st.sampled_from([None, "c1"]),
       amount=st.sampled_from([None, -1.0, 0.0, 500.0]),
       source=st.sampled_from(["", "none", "local_special", "bogus"]))
def test_fast_path_agrees_with_five_counts(scope, item, member, start, due, responsible, cadre, amount, source):
    measure = X(scope, item, member, start_date=start, due_date=due, responsible_name=responsible,
                responsible_cadre_id=cadre, amount=amount, fund_source=source)
    members = {m.id: m for m in MEMBERS}
    if plan_rules._five_counts_ok(measure, members, plan_rules._labels()):
        assert plan_rules.five_counts_findings(measure, members) == []
    else:
        assert [f for f in plan_rules.five_counts_findings(measure, members) if f.is_error] or \
            isinstance(start, str) or isinstance(due, str) or (scope == "household" and member)
