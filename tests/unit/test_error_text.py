"""Error messages on screen follow the interface language."""

import pytest

from fupin_desktop.errors import UserFacingError
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.error_text import error_text


@pytest.fixture
def english():
    vocab_labels.set_language("en")
    yield
    vocab_labels.set_language("zh_CN")


def test_chinese_interface_shows_the_chinese_text_only():
    assert error_text(UserFacingError("证件号码重复", "duplicate ID number")) == "证件号码重复"


def test_english_interface_shows_the_english_gist_then_the_chinese(english):
    assert error_text(UserFacingError("证件号码重复", "duplicate ID number")) == "duplicate ID number\n证件号码重复"


def test_english_interface_without_a_gist_falls_back_to_chinese(english):
    assert error_text(UserFacingError("证件号码重复")) == "证件号码重复"


def test_other_exceptions_show_their_text():
    assert error_text(ValueError("bad value")) == "bad value"
