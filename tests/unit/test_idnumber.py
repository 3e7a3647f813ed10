"""ID number rules (DOMAIN.md §7), table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from fupin_desktop.domain import idnumber

TODAY = date(2026, 11, 28)


def with_check(first17: str) -> str:
    return first17 + idnumber.check_char(first17)


VALID = [
    # (number, sex, birth date)
    ("410102196003151237", "male", date(1960, 3, 15)),  # elderly villager: stdnum.cn.ric rejects it
    (with_check("41152519450101002"), "female", date(1945, 1, 1)),
    (with_check("11010519491231002"), "female", date(1949, 12, 31)),
    (with_check("41152520000229001"), "male", date(2000, 2, 29)),
    (with_check("65010219000101001"), "male", date(1900, 1, 1)),
    (with_check("41999919800101001"), "male", date(1980, 1, 1)),  # unknown county code: never a rejection
]

INVALID = [
    # (number, expected error code)
    ("410102196003151238", "checksum"),
    (with_check("41152519800230001"), "birth_date"),  # 30 February
    (with_check("41152518991231001"), "birth_too_early"),
    (with_check("41152520300101001"), "birth_future"),
    (with_check("99152519800101001"), "province"),
    ("41010219600315123", "length"),
    ("4101021960031512AB", "characters"),
    ("", "empty"),
    (with_check("41152519800101001") + "9", "length"),
    (with_check("41152519800101001") + "89", "disability_format"),  # category 8 does not exist
]


@pytest.mark.parametrize("number,sex,birth", VALID)
def test_valid_numbers(number, sex, birth):
    info = idnumber.parse(number, TODAY)
    assert info.valid, info.errors
    assert info.sex == sex
    assert info.birth_date == birth


@pytest.mark.parametrize("number,code", INVALID)
def test_invalid_numbers(number, code):
    info = idnumber.parse(number, TODAY)
    assert not info.valid
    assert code in [c for c, _ in info.errors]
    assert all(msg for _, msg in info.errors)  # every error says something in Chinese


def test_normalises_full_width_and_lower_case_x():
    number = with_check("41010219600315123")
    x_number = next(with_check(f"4101021960031{i:03d}0")[:17] + "X" for i in range(1000)
                    if idnumber.check_char(f"4101021960031{i:03d}0") == "X")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number)
    assert idnumber.parse(full_width, TODAY).valid
    assert idnumber.parse(x_number.lower(), TODAY).valid
    assert idnumber.normalize(" 4101 0219-6003151237 ") == "410102196003151237"


def test_fifteen_digit_numbers_upgrade():
    upgraded = idnumber.upgrade_15("410102600315123")
    assert upgraded == "410102196003151237"
    info = idnumber.parse("410102600315123", TODAY)
    assert info.valid and info.kind == "legacy15" and info.warnings


def test_disability_card_numbers():
    info = idnumber.parse("410102196003151237" + "24", TODAY)
    assert info.valid and info.kind == "disability_card"
    assert (info.disability_category, info.disability_grade) == ("2", "4")
    assert info.base_id == "410102196003151237"
    assert not idnumber.parse("410102196003151238" + "24", TODAY).valid  # bad checksum inside


def test_make_id_is_valid_and_sexed():
    male = idnumber.make_id("411525", date(1970, 5, 6), 13)
    female = idnumber.make_id("411525", date(1970, 5, 6), 14)
    assert idnumber.parse(male, TODAY).sex == "male"
    assert idnumber.parse(female, TODAY).sex == "female"


def test_mask_keeps_first_six_and_last_four():
    assert idnumber.mask("410102196003151237") == "410102********1237"
    assert idnumber.mask("41010219600315123x") == "410102********123X"


@pytest.mark.parametrize("value", [4.10102196003151e17, 410102196003151000, "4.10102196003151E+17",
                                   "410102196003151000", "410102196003151237.0"])
def test_excel_damage_is_detected(value):
    assert idnumber.looks_damaged_by_excel(value)


@pytest.mark.parametrize("value", ["410102196003151237", "", None, "41010219600315123X"])
def test_good_values_are_not_called_damaged(value):
    assert idnumber.looks_damaged_by_excel(value) is None


def test_placeholder():
    assert idnumber.is_placeholder("999999198001010011")
    assert not idnumber.is_placeholder("410102196003151237")
