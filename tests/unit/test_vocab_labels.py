"""Screen labels of codes follow the interface language (gui/vocab_labels.py has no Qt in it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fupin_desktop.domain.vocab import catalogue, vocab, vocabulary_names
from fupin_desktop.gui import vocab_labels as vl


@pytest.fixture
def english():
    vl.set_language("en")
    yield
    vl.set_language(vl.SOURCE_LANGUAGE)


def test_no_qt_is_imported():
    code = "import sys, fupin_desktop.gui.vocab_labels; print(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


SHOWN = [n for n in vocabulary_names() if n != "provinces"]  # provinces only check ID numbers, never on screen


@pytest.mark.parametrize("name", SHOWN)
def test_every_vocabulary_item_has_an_english_name(name):
    assert [it.code for it in vocab(name).items if not it.en] == []


def test_every_measure_has_an_english_name():
    assert [it.code for it in catalogue().items if not it.en] == []


def test_chinese_by_default():
    assert not vl.is_english()
    assert vl.label("household_attribute", "dibao") == "低保贫困户"
    assert vl.labels("health", "chronic,disabled") == "长期慢性病、残疾"
    assert vl.measure_label("microcredit") == "扶贫小额信贷"
    assert vl.relabel("poverty_status", "未脱贫") == "未脱贫"


def test_english(english):
    assert vl.label("household_attribute", "dibao") == vocab("household_attribute").item("dibao").en
    assert vl.labels("health", "chronic,disabled") == "Long-term chronic illness, Disabled"
    assert vl.measure_label("microcredit") == "Poverty-alleviation microcredit"
    assert dict(vl.items("sex")) == {"male": "Male", "female": "Female"}
    # Labels a service already put in Chinese, one or several joined with 、
    assert vl.relabel("poverty_status", "未脱贫") == vocab("poverty_status").item("not_exited").en
    assert vl.relabel("health", "长期慢性病、残疾") == "Long-term chronic illness, Disabled"
    assert vl.relabel_measure("扶贫小额信贷") == "Poverty-alleviation microcredit"


def test_unknown_codes_and_texts_are_kept(english):
    assert vl.label("household_attribute", "no_such_code") == "no_such_code"
    assert vl.measure_label("no_such_measure") == "no_such_measure"
    assert vl.relabel("poverty_status", "不是标签") == "不是标签"
    assert vl.label("household_attribute", "") == "" and vl.label("household_attribute", None) == ""
