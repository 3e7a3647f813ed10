"""Vocabularies, the catalogue and the policy list are consistent data files."""

from __future__ import annotations

import re

import pytest

from fupin_desktop.domain import plan_rules
from fupin_desktop.domain.vocab import (
    CODE_PATTERN,
    VocabularyError,
    catalogue,
    load_catalogue_file,
    load_vocabulary_file,
    normalize_text,
    policies,
    vocab,
    vocabulary_names,
)

REQUIRED = [
    "household_attribute", "poverty_cause", "poverty_status", "relationship", "education", "school_status",
    "health", "labour_skill", "work_status", "identification_standard", "relocation_mode", "house_grade",
    "access_road_type", "main_fuel", "ethnicity", "political_status", "sex", "id_type", "measure_family",
    "measure_category", "measure_scope", "measure_status", "plan_status", "fund_source", "monitoring_category",
    "risk_type", "rectification_source", "rectification_status", "village_indicator", "income_item", "provinces",
    "monitoring_step",
]
# Codes are lower-case snake_case; house grades (A-D) and province numbers (11-82) are the documented exceptions.
UPPER_OR_DIGIT_CODES = {"house_grade", "provinces"}
SNAKE = re.compile(r"[a-z][a-z0-9_]*")


def test_every_required_vocabulary_exists_and_loads():
    names = vocabulary_names()
    assert not set(REQUIRED) - set(names)
    for name in names:
        v = vocab(name)
        assert v.name == name and v.items and v.version and v.title
        assert len(set(v.codes)) == len(v.codes)
        assert all(it.label for it in v.items)
        if name not in UPPER_OR_DIGIT_CODES:
            assert all(SNAKE.fullmatch(c) for c in v.codes), (name, v.codes)


def test_domain_lists_are_complete():
    assert len(vocab("ethnicity").items) == 56
    assert len(vocab("poverty_cause").items) == 12
    assert len(vocab("relationship").items) == 21
    assert len(vocab("school_status").items) == 16
    assert len(vocab("provinces").items) == 34
    assert vocab("provinces").label("41") == "河南省"
    assert vocab("measure_family").codes == ["zhuan", "fu", "ban", "bao", "jiu"]
    assert vocab("measure_family").item("zhuan").extra["long_label"] == "转移就业"
    assert vocab("identification_standard").codes == ["national", "provincial", "municipal"]
    assert vocab("relocation_mode").codes == ["centralised", "dispersed"]
    assert {c for c in vocab("house_grade").codes if vocab("house_grade").item(c).extra.get("unsafe")} == {"C", "D"}
    assert vocab("measure_status").codes == ["planned", "in_progress", "done", "cancelled"]
    assert vocab("plan_status").codes == ["draft", "confirmed", "printed", "signed"]
    assert vocab("rectification_status").codes == ["open", "in_progress", "closed"]
    assert vocab("village_indicator").codes == [
        "road_hardened", "bus_service", "safe_water", "electricity", "broadcast_tv", "culture_center",
        "clinic_doctor", "broadband", "collective_income"]
    assert vocab("household_attribute").item("dibao").extra["exited_label"] == "低保脱贫户"
    assert vocab("monitoring_step").item("village_notice").extra["min_days"] == 5


def test_income_items_are_the_household_columns():
    items = vocab("income_item").items
    assert {it.extra["group"] for it in items} == {"wage", "production", "property", "transfer", "expense"}
    assert [it.code for it in items if it.extra["group"] == "expense"] == ["production_expenses"]
    from fupin_desktop.store.models.register import Household

    columns = set(Household.model_fields)
    assert {it.code for it in items} <= columns


def test_school_status_age_ranges():
    for it in vocab("school_status").items:
        if it.code != "not_student":
            assert 0 <= it.extra["age_min"] < it.extra["age_max"] <= 30, it


def test_catalogue_refers_to_known_codes():
    families = set(vocab("measure_family").codes)
    scopes = set(vocab("measure_scope").codes)
    categories = set(vocab("measure_category").codes)
    policy_codes = set(policies().codes)
    cat = catalogue()
    assert 35 <= len(cat.items) <= 60
    codes = set(cat.codes)
    for it in cat.items:
        assert it.family in families, it
        assert it.scope in scopes, it
        assert it.category in categories, it
        assert it.policy in policy_codes, it
        assert set(it.conflicts_with) <= codes - {it.code}, it
        assert set(it.requires) <= plan_rules.REQUIREMENT_KEYS, it
        for attribute in it.requires.get("household_attribute", ()):
            assert attribute in vocab("household_attribute").codes, it
        for health in it.requires.get("member_health", ()):
            assert health in vocab("health").codes, it
    assert cat.item("microcredit").limits == {"max_amount": 50000, "max_years": 3}
    assert "house_renovation" in cat.item("relocation").conflicts_with
    assert "relocation" in cat.item("house_renovation").conflicts_with
    assert cat.item("enterprise_led").industry and not cat.item("dibao").industry
    assert cat.item("no_such_measure") is None


def test_catalogue_covers_every_family_and_the_expected_scopes():
    cat = catalogue()
    for family in vocab("measure_family").codes:
        assert cat.for_family(family), family
    person = {it.code for it in cat.for_scope("person")}
    household = {it.code for it in cat.for_scope("household")}
    assert {"skills_training", "family_doctor", "education_aid"} <= person
    assert {"house_renovation", "planting_support", "microcredit", "relocation"} <= household
    assert not person & household
    assert {it.category for it in cat.items} >= {
        "industry", "employment", "finance", "public_job", "housing", "water", "health", "compulsory_education",
        "other_education", "social_security", "social_aid", "relocation", "living_conditions",
        "asset_income", "solar", "eco"}


def test_policy_list_is_one_plus_nineteen():
    pol = policies()
    kinds = [it.extra.get("kind") for it in pol.items]
    assert kinds.count("opinion") == 1 and kinds.count("scheme") == 19
    assert pol.item("impl_opinion").extra["kind"] == "opinion"
    assert all(it.extra.get("department") and it.extra.get("short") for it in pol.items)
    assert pol.label("industry") == "关于产业扶贫的实施方案"
    assert "默认" in pol.note and "replace" in pol.note  # says it is the configurable default set


@pytest.mark.parametrize("vocabulary,text,code", [
    ("work_status", "乡(镇)内务工", "in_township"),
    ("work_status", " 乡（镇）内务工 ", "in_township"),
    ("work_status", "乡（镇）外县内务工", "in_county"),
    ("school_status", " 九年级", "grade9"),
    ("school_status", "初三", "grade9"),
    ("poverty_status", "已脱贫（享受政策）", "exited_supported"),
    ("poverty_status", "已脱贫(享受政策)", "exited_supported"),
    ("relationship", "户主", "head"),
    ("relationship", "子", "son"),
    ("relationship", "spouse", "spouse"),
    ("sex", "Male", "male"),
    ("sex", "男", "male"),
    ("ethnicity", "汉", "han"),
    ("ethnicity", "汉族", "han"),
    ("ethnicity", "01", "han"),
    ("house_grade", "c级", "C"),
    ("house_grade", "D", "D"),
    ("fund_source", "财政专项扶贫资金", "central_special"),
    ("household_attribute", "特困供养户", "tekun"),
    ("health", "长期 慢性病", "chronic"),
    ("poverty_cause", "没有这个原因", None),
    ("poverty_cause", "", None),
    ("poverty_cause", None, None),
])
def test_code_for_matches_labels_aliases_brackets_and_spaces(vocabulary, text, code):
    assert vocab(vocabulary).code_for(text) == code


def test_suggest_offers_near_misses():
    assert "因病" in vocab("poverty_cause").suggest("因病致贫")
    assert "乡（镇）内务工" in vocab("work_status").suggest("乡镇内务工")
    assert len(vocab("relationship").suggest("之孙", n=2)) <= 2
    assert vocab("sex").suggest("") == []


def test_label_and_item():
    assert vocab("sex").label("zz") == "zz" and vocab("sex").label("male") == "男"
    assert vocab("sex").label(None) == "" and vocab("sex").item(None) is None
    assert vocab("sex").item("female").en == "Female"


def test_vocab_is_loaded_once():
    assert vocab("poverty_cause") is vocab("poverty_cause")
    assert catalogue() is catalogue() and policies() is policies()


def test_unknown_vocabulary_is_a_clear_error():
    with pytest.raises(VocabularyError, match="unknown vocabulary 'colours'"):
        vocab("colours")


def _write(tmp_path, stem: str, text: str):
    path = tmp_path / f"{stem}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


HEAD = 'title: 颜色\nversion: "1"\n'


@pytest.mark.parametrize("stem,body,message", [
    ("colours", HEAD + "items:\n  - {code: red, label: 红}\n  - {code: red, label: 赤}\n",
     r"colours\.yaml: item 2 \('red'\): duplicate code 'red'"),
    ("shapes", "name: colours\n" + HEAD + "items:\n  - {code: red, label: 红}\n", "must equal the file name"),
    ("sizes", HEAD + "items:\n  - {code: s}\n", r"sizes\.yaml: item 1 \('s'\): needs a code and a label"),
    ("colours", "items:\n  - {code: red, label: 红}\n", "missing title, version"),
    ("colours", HEAD + "items: []\n", "non-empty list"),
    ("colours", HEAD + "items:\n  - {code: 01, label: 红}\n", "must be a string"),
    ("colours", HEAD + "items:\n  - {code: 红色, label: 红}\n", "ASCII"),
    ("colours", HEAD + "items:\n  - {code: red, label: 红}\n  - {code: crimson, label: 深红, aliases: [红]}\n",
     r"item 2 \('crimson'\): '红' already names 'red'"),
    ("colours", HEAD + "items:\n  - {code: red, label: 红, aliases: 赤}\n", "aliases must be a list"),
    ("colours", HEAD + "items:\n  - just a string\n", "item 1: expected a mapping"),
    ("colours", HEAD + "items:\n  - {code: red, label: [红\n", "cannot read"),
])
def test_broken_file_gives_a_clear_error(tmp_path, stem, body, message):
    if not body.startswith("name:"):
        body = f"name: {stem}\n" + body
    path = _write(tmp_path, stem, body)
    with pytest.raises(VocabularyError, match=message) as err:
        load_vocabulary_file(path)
    assert str(path) in str(err.value)


CATALOGUE_HEAD = 'name: measures\ntitle: 目录\nversion: "1"\nitems:\n'
GOOD_ITEM = "  - {code: training, label: 培训, family: zhuan, scope: person, category: employment, policy: employment"


@pytest.mark.parametrize("items,message", [
    (GOOD_ITEM + ", family: zz}\n", r"item 1 \('training'\): family 'zz' is not one of"),
    (GOOD_ITEM + ", policy: nowhere}\n", "policy 'nowhere'"),
    ("  - {code: training, label: 培训, family: zhuan}\n", "lacks scope, category, policy"),
    (GOOD_ITEM + ", conflicts_with: [relocation]}\n", "conflicts_with names unknown codes 'relocation'"),
    (GOOD_ITEM + ", limits: {max_amount: lots}}\n", "limits must map names to numbers"),
    (GOOD_ITEM + ", colour: red}\n", "unknown keys colour"),
    (GOOD_ITEM + "}\n" + GOOD_ITEM + "}\n", "item 2 .*duplicate code 'training'"),
])
def test_broken_catalogue_gives_a_clear_error(tmp_path, items, message):
    path = _write(tmp_path, "measures", CATALOGUE_HEAD + items)
    with pytest.raises(VocabularyError, match=message):
        load_catalogue_file(path)


def test_good_catalogue_file_loads(tmp_path):
    path = _write(tmp_path, "measures", CATALOGUE_HEAD + GOOD_ITEM + ", requires: {member_working_age: true}}\n")
    cat = load_catalogue_file(path)
    assert cat.item("training").requires == {"member_working_age": True}
    assert cat.for_scope("person") == list(cat.items) and cat.for_scope("household") == []


def test_normalize_text_folds_width_brackets_spaces_and_case():
    assert normalize_text("（Ａ） b\u3000c") == "(a)bc"
    assert normalize_text(None) == ""
    assert CODE_PATTERN.fullmatch("in_township") and not CODE_PATTERN.fullmatch("乡镇")
