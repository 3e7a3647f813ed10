"""Vocabularies, the catalogue and the policy list are consistent data files."""

from __future__ import annotations

import pytest

from fupin_desktop.domain import vocab as vocab_module
from fupin_desktop.domain.vocab import (
    VocabularyError,
    catalogue,
    load_vocabulary_file,
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
]


def test_every_required_vocabulary_exists_and_loads():
    names = vocabulary_names()
    for name in REQUIRED:
        assert name in names
    for name in names:
        v = vocab(name)
        assert v.items and v.version and v.title
        assert len(set(v.codes)) == len(v.codes)
        assert all(it.label for it in v.items)


def test_domain_lists_are_complete():
    assert len(vocab("ethnicity").items) == 56
    assert len(vocab("poverty_cause").items) == 12
    assert vocab("measure_family").codes == ["zhuan", "fu", "ban", "bao", "jiu"]
    assert {it.extra["group"] for it in vocab("income_item").items} == {"wage", "production", "property", "transfer", "expense"}


def test_catalogue_refers_to_known_codes():
    families = set(vocab("measure_family").codes)
    scopes = set(vocab("measure_scope").codes)
    categories = set(vocab("measure_category").codes)
    policy_codes = set(policies().codes)
    items = catalogue().items
    assert len(items) >= 30
    codes = {it.code for it in items}
    for it in items:
        assert it.family in families, it
        assert it.scope in scopes, it
        assert it.category in categories, it
        assert it.policy in policy_codes, it
        assert set(it.conflicts_with) <= codes, it
    assert catalogue().item("microcredit").limits["max_amount"] == 50000
    assert catalogue().for_scope("person") and len(catalogue().for_scope("household")) >= 2


def test_policy_list_is_one_plus_nineteen():
    kinds = [it.extra.get("kind") for it in policies().items]
    assert kinds.count("opinion") == 1 and kinds.count("scheme") == 19


@pytest.mark.parametrize("vocabulary,text,code", [
    ("work_status", "乡(镇)内务工", "in_township"),
    ("work_status", " 乡（镇）内务工 ", "in_township"),
    ("school_status", " 九年级", "grade9"),
    ("poverty_status", "已脱贫（享受政策）", "exited_supported"),
    ("relationship", "户主", "head"),
    ("relationship", "子", "son"),
    ("sex", "Male", "male"),
    ("ethnicity", "汉", "01"),
    ("poverty_cause", "没有这个原因", None),
])
def test_code_for_matches_labels_aliases_brackets_and_spaces(vocabulary, text, code):
    assert vocab(vocabulary).code_for(text) == code


def test_suggest_offers_near_misses():
    assert "因病" in vocab("poverty_cause").suggest("因病致贫")


def test_label_of_unknown_code_is_the_code():
    assert vocab("sex").label("zz") == "zz" and vocab("sex").label("male") == "男"


def test_broken_file_gives_a_clear_error(tmp_path):
    bad = tmp_path / "colours.yaml"
    bad.write_text("name: colours\nitems:\n  - {code: red, label: 红}\n  - {code: red, label: 赤}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="duplicate code 'red'"):
        load_vocabulary_file(bad)
    wrong_name = tmp_path / "shapes.yaml"
    wrong_name.write_text("name: colours\nitems: []\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="must equal the file name"):
        load_vocabulary_file(wrong_name)
    no_label = tmp_path / "sizes.yaml"
    no_label.write_text("name: sizes\nitems:\n  - {code: s}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="needs a code and a label"):
        load_vocabulary_file(no_label)
    assert vocab_module.normalize_text("（Ａ）") == "(a)"
