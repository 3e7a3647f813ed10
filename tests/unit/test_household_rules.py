"""Register rules found by walking through as a cadre (issue 11 §2.7, §2.8, §2.10): phone numbers,
income not yet known, a school-age child marked 非在校生, a new household's 两不愁三保障."""

from __future__ import annotations

from datetime import date

import pytest

from fupin_desktop.domain.household_rules import check_household, check_member, contact_findings
from fupin_desktop.domain.phone import normalize_phone, phone_problem
from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.services.register.records import new_household, validate
from tests.unit.register_data import TODAY, code, family, person


def rules(findings):
    return {(f.rule, f.severity) for f in findings}


# --- phone numbers (§2.7) -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["13812345678", "19912345678", "0376-1234567", "03761234567", "010-12345678",
                                  "0371-12345678", "（0376）1234567", "０３７６－１２３４５６７", " 138 1234 5678 ", ""])
def test_mobiles_and_landlines_with_area_code_are_accepted(text):
    assert phone_problem(text) is None


@pytest.mark.parametrize("text, words", [
    ("1234567", ("7 位", "区号")),          # a landline without its area code
    ("12345678", ("8 位", "区号")),
    ("1381234567", ("11 位", "10 位")),     # a mobile missing a digit
    ("12812345678", ("第二位",)),           # 12x is no mobile prefix
    ("0376-12345", ("区号", "7 至 8 位")),
    ("电话13812345678", ("数字以外",)),
])
def test_bad_numbers_are_refused_with_the_reason(text, words):
    problem = phone_problem(text)
    assert problem is not None
    for word in words:
        assert word in problem, problem


def test_service_lines_only_where_a_public_number_is_asked_for():
    assert phone_problem("12317") is not None
    assert phone_problem("12317", allow_service=True) is None
    assert normalize_phone("（0376）123 4567") == "0376-1234567"


def test_the_household_and_member_forms_refuse_a_seven_digit_phone(villages_free_draft):
    draft = villages_free_draft
    draft.phone = "1234567"
    draft.members[1].phone = "7654321"
    found = validate(draft, TODAY)
    assert ("household.phone_invalid", "error") in rules(found)
    member = [f for f in found if f.rule == "member.phone_invalid"]
    assert [f.member_id for f in member] == [draft.members[1].id] and member[0].field == "phone"
    assert "7 位" in member[0].message
    draft.phone, draft.members[1].phone = "0376-1234567", "13912345678"
    assert not contact_findings(draft, draft.members)


# --- income not known yet (§2.8) ------------------------------------------------------------------
@pytest.fixture
def villages_free_draft():
    return family("village-id")


def test_a_household_without_income_is_a_warning_not_an_error(villages_free_draft):
    draft = villages_free_draft
    draft.wage_income = draft.planting_income = draft.production_expenses = 0.0
    found = validate(draft, TODAY)
    income = [f for f in found if f.field == "per_capita_income"]
    assert [(f.rule, f.severity) for f in income] == [("household.income_missing", "warning")]
    assert "0 至" not in income[0].message and "尚未填写收入" in income[0].message
    assert not any(f.is_error for f in found), [f.message for f in found if f.is_error]


def test_negative_and_too_high_income_are_errors_that_do_not_contradict_themselves(villages_free_draft):
    draft = villages_free_draft
    draft.wage_income, draft.planting_income, draft.production_expenses = 0.0, 0.0, 900.0
    negative = [f for f in validate(draft, TODAY) if f.rule == "household.per_capita_range"]
    assert [f.severity for f in negative] == ["error"] and "负数" in negative[0].message
    draft.wage_income = 3 * (thresholds().per_capita_max + 1000) + 900
    high = [f for f in validate(draft, TODAY) if f.rule == "household.per_capita_range"]
    assert [f.severity for f in high] == ["error"] and "上限 100,000 元" in high[0].message
    for f in negative + high:
        assert "0 至" not in f.message


# --- a school-age child marked 非在校生 (§2.10) ----------------------------------------------------
def test_an_eleven_year_old_marked_not_a_student_gets_a_warning():
    child = person("王小", "之子", date(TODAY.year - 11, 1, 5), 21, labour=code("labour_skill", "无劳动力"),
                   school_status=code("school_status", "非在校生"))
    found = [f for f in check_member(child, TODAY) if f.rule == "member.not_student_at_school_age"]
    assert [(f.severity, f.field) for f in found] == [("warning", "school_status")]
    assert "11岁" in found[0].message and "非在校生" in found[0].message
    child.school_status = code("school_status", "小学")
    assert not [f for f in check_member(child, TODAY) if f.rule == "member.not_student_at_school_age"]


def test_adults_and_toddlers_marked_not_a_student_get_no_such_warning():
    for years in (3, 17, 40):
        p = person("李", "之子", date(TODAY.year - years, 1, 5), 31, labour=code("labour_skill", "无劳动力"))
        assert not [f for f in check_member(p, TODAY) if f.rule == "member.not_student_at_school_age"], years


def test_a_new_household_starts_with_two_worries_three_guarantees_unticked():
    draft = new_household("village-id")
    assert not any((draft.food_clothing_ok, draft.compulsory_education_ok, draft.medical_insurance_ok,
                    draft.housing_safe_ok, draft.drinking_water_safe))


# --- the thresholds file ---------------------------------------------------------------------------
def test_thresholds_name_catalogue_items_and_sane_amounts():
    t = thresholds()
    assert set(t.item_usual_max) <= set(catalogue().codes)
    assert 0 < t.measure_usual_max < t.plan_usual_max < t.amount_input_max
    assert t.usual_max("relocation") > t.usual_max("skills_training") == t.measure_usual_max


def test_check_household_still_checks_members():
    draft = family("village-id")
    assert not [f for f in check_household(draft, draft.members, TODAY) if f.is_error]
