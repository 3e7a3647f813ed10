"""The suggestion rules file and the ranking, table-driven on hand-made households and members."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Optional

import pytest
import yaml

from fupin_desktop.domain import suggestions as sg
from fupin_desktop.domain.plan_rules import requirement_findings
from fupin_desktop.domain.vocab import VocabularyError, catalogue
from fupin_desktop.paths import resource

TODAY = date(2024, 7, 1)


@dataclass(frozen=True)
class H:
    id: str = "h"
    main_cause: str = "other"
    other_cause_1: str = ""
    other_cause_2: str = ""
    attribute: str = "general"
    house_grade: str = "A"
    arable_mu: float = 0.0
    forest_mu: float = 0.0
    sanitary_toilet: bool = True
    drinking_water_safe: bool = True
    drinking_water_difficult: bool = False


@dataclass(frozen=True)
class M:
    id: str = "m"
    name: str = "张三"
    birth_date: Optional[date] = date(1984, 1, 1)  # 40
    health: str = "healthy"
    school_status: str = "not_student"
    labour_skill: str = "ordinary"
    medical_insurance: bool = True
    pension_insurance: bool = True
    work_status: str = ""


def codes(suggestions):
    return [s.item_code for s in suggestions]


# --- the file itself ---------------------------------------------------------------------------------
def test_file_loads_and_every_rule_is_valid():
    rules = sg.suggestion_rules()
    assert len(rules.rules) >= 20
    cat = catalogue()
    for rule in rules.rules:
        assert rule.reason and rule.weight > 0
        for code in rule.items:
            assert cat.item(code).scope == rule.scope, (rule.id, code)


def test_every_person_item_can_be_suggested_somewhere():
    """Catalogue items with no rule at all are fine, but the common ones must be reachable."""
    suggested = {code for rule in sg.suggestion_rules().rules for code in rule.items}
    for code in ("family_doctor", "medical_relief", "compulsory_education_aid", "education_aid", "job_transfer",
                 "skills_training", "pension_insurance", "disability_subsidy", "microcredit", "dibao",
                 "house_renovation", "relocation", "drinking_water"):
        assert code in suggested, code


BAD_RULES = [
    ({"id": "x", "scope": "person", "when": {}, "items": ["planting_support"], "reason": "r"}, "household measure"),
    ({"id": "x", "scope": "person", "when": {}, "items": ["no_such"], "reason": "r"}, "not in the catalogue"),
    ({"id": "x", "scope": "person", "when": {"moon_phase": ["full"]}, "items": ["family_doctor"], "reason": "r"},
     "unknown condition"),
    ({"id": "x", "scope": "person", "when": {"cause": ["因病"]}, "items": ["family_doctor"], "reason": "r"},
     "unknown codes"),
    ({"id": "x", "scope": "household", "when": {"member_health": ["chronic"]}, "items": ["dibao"], "reason": "r"},
     "member condition"),
    ({"id": "x", "scope": "person", "when": {}, "items": ["family_doctor"], "reason": ""}, "no reason"),
    ({"id": "x", "scope": "person", "when": {}, "items": [], "reason": "r"}, "no items"),
    ({"id": "x", "scope": "person", "when": {"member_age": 60}, "items": ["family_doctor"], "reason": "r"}, "min, max"),
    ({"id": "x", "scope": "village", "when": {}, "items": ["family_doctor"], "reason": "r"}, "scope"),
    ({"id": "x", "scope": "person", "when": {}, "items": ["family_doctor"], "reason": "r", "weight": 0}, "weight"),
    ({"id": "x", "scope": "person", "when": {}, "items": ["family_doctor"], "reason": "{causes}"}, "cause condition"),
    ({"id": "x", "scope": "person", "when": {"cause": ["illness"]}, "items": ["family_doctor"], "reason": "{cause}"},
     "only use"),
]


@pytest.mark.parametrize("rule,message", BAD_RULES)
def test_broken_rules_are_refused_naming_the_problem(tmp_path: Path, rule, message):
    path = tmp_path / "suggestions.yaml"
    path.write_text(yaml.safe_dump({"name": "suggestions", "rules": [rule]}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(VocabularyError, match=message):
        sg.load_rules(path)


def test_duplicate_rule_ids_are_refused(tmp_path: Path):
    rule = {"id": "x", "scope": "person", "when": {}, "items": ["family_doctor"], "reason": "r"}
    path = tmp_path / "suggestions.yaml"
    path.write_text(yaml.safe_dump({"rules": [rule, rule]}), encoding="utf-8")
    with pytest.raises(VocabularyError, match="duplicate"):
        sg.load_rules(path)


def test_the_shipped_file_is_the_one_loaded():
    assert resource(*sg.RULES_FILE).exists()


# --- person suggestions --------------------------------------------------------------------------------
@pytest.mark.parametrize("household,member,top,absent", [
    # 因病 + chronic illness -> family doctor and medical relief first
    (H(main_cause="illness"), M(health="chronic", labour_skill="weak"), ["family_doctor", "medical_relief"],
     ["compulsory_education_aid"]),
    # a pupil -> compulsory education aid first
    (H(), M(birth_date=date(2012, 9, 1), school_status="grade7", labour_skill="none"), ["compulsory_education_aid"],
     ["job_transfer", "education_aid"]),
    (H(), M(birth_date=date(2007, 9, 1), school_status="senior2", labour_skill="none"), ["education_aid"], []),
    (H(), M(birth_date=date(2006, 9, 1), school_status="vocational3", labour_skill="none"), ["yulu_plan"], []),
    (H(), M(birth_date=date(2004, 9, 1), school_status="college", labour_skill="none"), ["student_loan"], []),
    # an able-bodied adult -> job transfer / training
    (H(), M(), ["job_transfer"], ["disability_subsidy", "elderly_care", "medical_relief"]),
    # 缺技术 lifts training above job transfer
    (H(main_cause="lack_skills"), M(), ["skills_training"], []),
    # disabled -> disability subsidy
    (H(main_cause="disability"), M(health="disabled", labour_skill="lost"), ["disability_subsidy"], ["job_transfer"]),
    # old and without labour -> care; 居家养老 only from 60
    (H(), M(birth_date=date(1945, 1, 1), labour_skill="none", health="chronic"), ["family_doctor", "elderly_care"],
     ["job_transfer"]),
    (H(), M(birth_date=date(1990, 1, 1), labour_skill="lost", health="disabled"), ["disability_subsidy"],
     ["elderly_care", "job_transfer", "forest_ranger"]),
    # uninsured -> 参保资助 first
    (H(), M(medical_insurance=False), ["medical_insurance_aid"], []),
    # weak labour of working age -> public-welfare jobs
    (H(), M(labour_skill="weak"), ["cleaner"], ["job_transfer"]),
])
def test_member_suggestions(household, member, top, absent):
    result = sg.suggest_for_member(household, member, TODAY)
    assert codes(result)[: len(top)] == top, [(s.item_code, s.score) for s in result]
    for code in absent:
        assert code not in codes(result)


def test_every_member_gets_at_least_one_suggestion():
    for member in (M(), M(birth_date=date(2022, 1, 1), labour_skill="none"), M(birth_date=date(1930, 1, 1))):
        assert sg.suggest_for_member(H(), member, TODAY)


def test_suggestions_are_eligible_only():
    """Nothing the catalogue's requirements question (error or warning) is suggested, whatever the rules say."""
    households = [H(), H(main_cause="schooling", attribute="dibao", house_grade="D")]
    members = [M(), M(birth_date=date(2012, 1, 1), school_status="grade7"), M(health="disabled,chronic"),
               M(birth_date=date(1940, 1, 1), labour_skill="none", pension_insurance=False)]
    cat = catalogue()
    for household in households:
        for member in members:
            for s in sg.suggest_for_member(household, member, TODAY):
                assert requirement_findings(cat.item(s.item_code), household, member, TODAY) == [], s
        for s in sg.suggest_for_household(household, TODAY):
            assert requirement_findings(cat.item(s.item_code), household, None, TODAY) == [], s


def test_reasons_are_shown_and_ranked_by_summed_weight():
    result = sg.suggest_for_member(H(main_cause="illness"), M(health="chronic"), TODAY)
    first = result[0]
    assert first.item_code == "family_doctor"
    assert "因病 + 患慢性病或大病" in first.reasons and "长期慢性病" in first.reasons
    assert [s.score for s in result] == sorted((s.score for s in result), reverse=True)
    lines = sg.suggestion_lines(result[:2])
    assert lines[0].startswith("因病 + 患慢性病或大病 → ") and "家庭医生签约服务" in lines[0] and "医疗救助" in lines[0]


def test_main_cause_counts_more_than_another_cause():
    main = sg.suggest_for_member(H(main_cause="illness"), M(health="chronic"), TODAY)[0]
    other = sg.suggest_for_member(H(main_cause="other", other_cause_1="illness"), M(health="chronic"), TODAY)[0]
    assert main.item_code == other.item_code and main.score - other.score == sg.suggestion_rules().main_cause_bonus


def test_limit():
    assert len(sg.suggest_for_member(H(main_cause="illness"), M(health="chronic"), TODAY, limit=2)) == 2


# --- household suggestions ------------------------------------------------------------------------------
@pytest.mark.parametrize("household,top,present,absent", [
    (H(attribute="dibao"), ["dibao"], [], ["tekun_support"]),
    (H(attribute="tekun"), ["tekun_support"], [], ["dibao"]),
    (H(), [], ["planting_support", "breeding_support"], ["dibao", "tekun_support", "house_renovation"]),
    (H(house_grade="D"), ["house_renovation"], [], ["relocation"]),
    # poor transport as the main cause tips an unsafe house towards relocation
    (H(house_grade="C", main_cause="poor_transport"), ["relocation", "house_renovation"], [], []),
    (H(main_cause="lack_funds"), ["microcredit"], [], []),
    (H(drinking_water_safe=False), ["drinking_water"], [], []),
    (H(main_cause="lack_labour"), [], ["asset_income", "solar_income"], []),
    (H(arable_mu=3.0), ["planting_support"], [], []),
    (H(sanitary_toilet=False), [], ["living_conditions"], []),
])
def test_household_suggestions(household, top, present, absent):
    result = codes(sg.suggest_for_household(household, TODAY))
    assert result[: len(top)] == top, result
    for code in present:
        assert code in result
    for code in absent:
        assert code not in result


@pytest.mark.parametrize("household,reason", [
    (H(main_cause="disability"), "因残，家庭负担重"),
    (H(main_cause="illness"), "因病，家庭负担重"),
    (H(main_cause="other", other_cause_1="disability", other_cause_2="illness"), "因病、因残，家庭负担重"),
])
def test_a_reason_names_the_households_causes_the_measure_answers(household, reason):
    """资产收益扶贫 answers 因病 and 因残; for a household with only 因残 the reason says 因残 alone."""
    asset = next(s for s in sg.suggest_for_household(household, TODAY) if s.item_code == "asset_income")
    assert reason in asset.reasons, asset.reasons
    assert not any("{" in r for r in asset.reasons)


def test_relocation_reason_names_the_households_own_cause():
    relocation = next(s for s in sg.suggest_for_household(H(house_grade="D", main_cause="disaster"), TODAY)
                      if s.item_code == "relocation")
    assert "危房 + 因灾（可考虑易地搬迁）" in relocation.reasons, relocation.reasons
    assert not any("缺土地" in r or "交通" in r for r in relocation.reasons)


def test_every_household_gets_at_least_two_household_suggestions():
    """The +2 needs two household measures: the suggestions must always offer two."""
    for household in (H(), H(attribute="tekun", main_cause="lack_labour"), H(house_grade="D")):
        assert len(sg.suggest_for_household(household, TODAY)) >= 2


@pytest.mark.parametrize("actual,expected,result", [
    (3.0, {"min": 1}, True), (0.5, {"min": 1}, False), (5, {"min": 1, "max": 4}, False),
    (None, {"min": 1}, False), ("x", {"max": 1}, False),
    ("a", ["a", "b"], True), ("c", ["a", "b"], False),
    (0, False, True), (1, False, False), ("in_province", "in_province", True),
])
def test_value_matching(actual, expected, result):
    assert sg._value_matches(actual, expected) is result


def test_member_condition_on_a_field_value():
    assert "employment_subsidy" in codes(sg.suggest_for_member(H(), M(work_status="out_of_province"), TODAY))
    assert "employment_subsidy" not in codes(sg.suggest_for_member(H(), replace(M(), work_status="in_township"), TODAY))
