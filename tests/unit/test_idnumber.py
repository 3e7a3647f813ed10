"""ID number rules (DOMAIN.md §7), table-driven."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
import yaml

from fupin_desktop.domain import idnumber
from fupin_desktop.paths import resource

TODAY = date(2026, 11, 28)


def with_check(first17: str) -> str:
    return first17 + idnumber.check_char(first17)


def x_number() -> str:
    """A valid number whose check character is X."""
    return next(with_check(f"41010219600315{i:03d}") for i in range(1000)
                if idnumber.check_char(f"41010219600315{i:03d}") == "X")


VALID = [
    # (number, sex, birth date, kind)
    ("410102196003151237", "male", date(1960, 3, 15), "resident"),  # elderly villager: stdnum.cn.ric rejects it
    (with_check("41152519450101002"), "female", date(1945, 1, 1), "resident"),
    (with_check("11010519491231002"), "female", date(1949, 12, 31), "resident"),
    (with_check("41152520000229001"), "male", date(2000, 2, 29), "resident"),  # leap day
    (with_check("65010219000101001"), "male", date(1900, 1, 1), "resident"),  # earliest allowed
    (with_check("41152520261128001"), "male", TODAY, "resident"),  # born today
    (with_check("41999919800101001"), "male", date(1980, 1, 1), "resident"),  # unknown county: warning only
    ("４１０１０２１９６００３１５１２３７", "male", date(1960, 3, 15), "resident"),  # full-width digits
    (" 410102 19600315 1237 ", "male", date(1960, 3, 15), "resident"),  # spaces
    ("'410102196003151237", "male", date(1960, 3, 15), "resident"),  # Excel text prefix
    ("410102196003151237\n", "male", date(1960, 3, 15), "resident"),
    ("410102600315123", "male", date(1960, 3, 15), "legacy15"),
    (410102600315123.0, "male", date(1960, 3, 15), "legacy15"),  # 15 digits survive a number cell
    ("410102196003151237" + "24", "male", date(1960, 3, 15), "disability_card"),
    ("410102196003151237" + "71", "male", date(1960, 3, 15), "disability_card"),
    ("410102196003151237" + "14" + "B1", "male", date(1960, 3, 15), "disability_card"),  # reissued card
]

INVALID = [
    # (number, expected error code)
    ("410102196003151238", "checksum"),
    ("410102196003151237".replace("1237", "1273"), "checksum"),  # transposed digits
    (with_check("41152519800230001"), "birth_date"),  # 30 February
    (with_check("41152519810229001"), "birth_date"),  # 29 February in a common year
    (with_check("41152519801301001"), "birth_date"),  # month 13
    (with_check("41152518991231001"), "birth_too_early"),  # 1899
    (with_check("41152520261129001"), "birth_future"),  # tomorrow
    (with_check("41152520300101001"), "birth_future"),
    (with_check("99152519800101001"), "province"),
    (with_check("10010519800101001"), "province"),
    (with_check("99999919800101001"), "placeholder"),
    ("41010219600315123", "length"),
    ("4101021960031512AB", "characters"),
    ("4101021960031512X7", "characters"),  # X only as the last character
    ("", "empty"),
    (None, "empty"),
    (with_check("41152519800101001") + "9", "length"),
    (with_check("41152519800101001") + "89", "disability_format"),  # category 8 does not exist
    (with_check("41152519800101001") + "15", "disability_format"),  # grade 5 does not exist
    (with_check("41152519800101001") + "B1", "disability_format"),  # suffix without category/grade
    ("410102196003151238" + "24", "checksum"),  # disability card around a bad ID
    ("410102601315123", "birth_date"),  # legacy 15 digits, month 13
]


@pytest.mark.parametrize("number,sex,birth,kind", VALID)
def test_valid_numbers(number, sex, birth, kind):
    info = idnumber.parse(number, TODAY)
    assert info.valid, info.errors
    assert not info.errors
    assert info.normalized.isascii() and info.normalized.isalnum()
    assert (info.sex, info.birth_date, info.kind) == (sex, birth, kind)
    assert info.province_code == info.area_code[:2]
    assert idnumber.is_valid(number, TODAY)


@pytest.mark.parametrize("number,code", INVALID)
def test_invalid_numbers(number, code):
    info = idnumber.parse(number, TODAY)
    assert not info.valid
    assert code in [c for c, _ in info.errors]
    assert all(msg and any("\u4e00" <= ch <= "\u9fff" for ch in msg) for _, msg in info.errors)  # Chinese
    assert not idnumber.is_valid(number, TODAY)


def test_elderly_number_is_accepted_where_stdnum_ric_rejects_it():
    from stdnum.cn import ric

    assert not ric.is_valid("410102196003151237")  # the trap DOMAIN.md §7 warns about
    info = idnumber.parse("410102196003151237", TODAY)
    assert info.valid and not info.warnings
    assert (info.area_code, info.province_code) == ("410102", "41")


def test_unknown_county_is_a_warning_never_an_error():
    info = idnumber.parse(with_check("41999919800101001"), TODAY)
    assert info.valid and [c for c, _ in info.warnings] == ["area_unknown"]
    assert idnumber.area_known("410102") and idnumber.area_known("411525") and not idnumber.area_known("419999")


def test_normalises_full_width_and_lower_case_x():
    number = x_number()
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number)
    assert idnumber.normalize(full_width) == number
    assert idnumber.normalize(number.lower()) == number
    assert idnumber.parse(number.lower(), TODAY).valid
    assert idnumber.parse(full_width.lower(), TODAY).normalized == number
    assert idnumber.normalize(" 4101 0219-6003151237 ") == "410102196003151237"
    assert idnumber.normalize(None) == "" and idnumber.normalize(410102600315123.0) == "410102600315123"


def test_fifteen_digit_numbers_upgrade():
    assert idnumber.upgrade_15("410102600315123") == "410102196003151237"
    assert idnumber.upgrade_15("４１０１０２６００３１５１２３") == "410102196003151237"
    info = idnumber.parse("410102600315123", TODAY)
    assert info.valid and info.kind == "legacy15"
    assert info.warnings and "410102196003151237" in info.warnings[0][1]
    with pytest.raises(ValueError):
        idnumber.upgrade_15("410102196003151237")


def test_disability_card_numbers():
    info = idnumber.parse("410102196003151237" + "24", TODAY)
    assert info.valid and info.kind == "disability_card"
    assert (info.disability_category, info.disability_grade) == ("2", "4")
    assert info.base_id == "410102196003151237"
    assert idnumber.parse("410102196003151237", TODAY).disability_category is None
    lower_x = idnumber.parse(x_number().lower() + "13", TODAY)
    assert lower_x.valid and lower_x.base_id == x_number()


def test_info_is_frozen():
    info = idnumber.parse("410102196003151237", TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.valid = False  # type: ignore[misc]


@pytest.mark.parametrize("area,birth,seq", [("411525", date(1970, 5, 6), 13), ("410102", date(1935, 12, 31), 998),
                                            ("411525", date(2024, 2, 29), 1001)])
def test_make_id_is_valid_and_sexed(area, birth, seq):
    number = idnumber.make_id(area, birth, seq)
    info = idnumber.parse(number, TODAY)
    assert info.valid, info.errors
    assert info.area_code == area and info.birth_date == birth
    assert info.sex == ("male" if seq % 2 else "female")
    assert number[14:17] == f"{seq % 1000:03d}"


def test_make_id_refuses_a_bad_area_code():
    with pytest.raises(ValueError):
        idnumber.make_id("4115", date(1970, 1, 1), 1)


def test_mask_keeps_first_six_and_last_four():
    assert idnumber.mask("410102196003151237") == "410102********1237"
    assert idnumber.mask("41010219600315123x") == "410102********123X"
    assert idnumber.mask("410102196003151237" + "24") == "410102**********3724"
    assert idnumber.mask("") == "" and idnumber.mask("12345") == "*****"


@pytest.mark.parametrize("value", [
    4.10102196003151e17,  # read from a number cell
    410102196003151000,  # the same as an int
    41010219600315123724,  # a disability card in a number cell
    "4.10102196003151E+17",  # scientific notation shown as text
    "4.10102196003151e+17",
    "410102196003151000",  # 15 significant digits then zeros, checksum wrong
    "410102196003151237.0",
])
def test_excel_damage_is_detected(value):
    message = idnumber.looks_damaged_by_excel(value)
    assert message and "Excel" in message


def test_lost_x_is_detected():
    message = idnumber.looks_damaged_by_excel(x_number()[:17])
    assert message and "X" in message
    assert idnumber.looks_damaged_by_excel("41010219600315123") is None  # 17 digits, check char not X


@pytest.mark.parametrize("value", ["410102196003151237", "", None, "41010219600315123X", "410102600315123",
                                   410102600315123, 410102600315123.0, "410102196003151237" + "24"])
def test_good_values_are_not_called_damaged(value):
    assert idnumber.looks_damaged_by_excel(value) is None


def test_trailing_000_with_a_correct_checksum_is_not_damage():
    number = next(with_check(f"41010219600315{i:03d}") for i in range(0, 1000, 1)
                  if with_check(f"41010219600315{i:03d}").endswith("000"))
    assert idnumber.parse(number, TODAY).valid
    assert idnumber.looks_damaged_by_excel(number) is None


def test_placeholder():
    assert idnumber.is_placeholder("999999198001010011")
    assert idnumber.is_placeholder(" ９９９９９９198001010011")
    assert not idnumber.is_placeholder("410102196003151237")


def test_province_and_county_data_files():
    provinces = yaml.safe_load(resource("vocab", "provinces.yaml").read_text(encoding="utf-8"))
    codes = [it["code"] for it in provinces["items"]]
    assert len(codes) == 34 and codes[0] == "11" and codes[-1] == "82"
    counties = yaml.safe_load(resource("areas", "henan_counties.yaml").read_text(encoding="utf-8"))
    assert len(counties["items"]) >= 30
    for it in counties["items"]:
        assert it["code"].startswith("41") and len(it["code"]) == 6 and it["label"]
        assert idnumber.area_known(it["code"]), it  # real codes: the demo's IDs raise no warnings
