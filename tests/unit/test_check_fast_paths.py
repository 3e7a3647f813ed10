"""`fupin check`'s fast paths say exactly what the full rules say (issue 14 §2: speed without a
changed finding). Each fast path is compared with the full rule on every record of a demo county,
on damaged copies of those records, and on hand-picked tricky cases."""

from __future__ import annotations

import random
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlmodel import select
from stdnum.iso7064 import mod_11_2

from fupin_desktop.domain import household_rules, idnumber
from fupin_desktop.services.demo import generate_demo
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Member
from tests.unit.test_idnumber import INVALID, VALID

YEAR = 2025
TODAY = date(YEAR, 7, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("fast") / "demo.db")
    generate_demo(db, households=300, seed=3, year=YEAR)
    with db.session() as s:
        households = list(s.exec(select(Household)))
        members = list(s.exec(select(Member)))
        for row in households + members:
            s.expunge(row)
    yield SimpleNamespace(households=households, members=members)
    db.close()


def _with_check(first17: str) -> str:
    return first17 + mod_11_2.calc_check_digit(first17)


def _tricky(ident: str) -> list[str]:
    """Damaged and unusual forms of one valid demo number."""
    wrong = ident[:17] + ("0" if ident[17] != "0" else "1")
    x_number = next(n for n in (_with_check(ident[:14] + f"{i:03d}") for i in range(1000)) if n.endswith("X"))
    return [
        ident, wrong, x_number, x_number.lower(), ident[:6] + ident[8:17], ident + "23", ident + "14A1",
        "".join(chr(ord(c) + 0xFEE0) for c in ident), f" {ident} ", ident[:6] + " " + ident[6:], ident + "\n",
        ident[:17], ident[:17] + "x", ident[:16] + "X" + ident[17], ident.replace(ident[:2], "99", 1),
    ]


TRICKY = [
    _with_check("41032719000101001"),  # 1 January 1900: the earliest allowed
    _with_check("41032718991231001"),  # 1899
    _with_check("41032719000229001"),  # 1900 was no leap year
    _with_check("41032720000229001"),  # 2000 was
    _with_check("41032719400229003"),  # an elderly villager's leap day
    _with_check("41032720010229001"),
    _with_check("41032719561131001"),  # 31 November
    _with_check("41032719561300001"),  # month 13
    _with_check("41032719560015001"),  # month 0
    _with_check(f"410327{TODAY:%Y%m%d}001"),  # born today
    _with_check(f"410327{TODAY + timedelta(days=1):%Y%m%d}001"),  # tomorrow
    "410102196003151237",  # born before the county code existed (stdnum.cn.ric rejects it)
    _with_check("41999919800101001"),  # unknown county: a warning, still valid
    _with_check("99999919700101001"),  # placeholder
    _with_check("99010119700101001"),  # no such province
    _with_check("11010119300101002"),
    "", "ABCDEFGHIJKLMNOPQR", "4101021960031512X7", "41010219600315123７", "٤١٠١٠٢١٩٦٠٠٣١٥١٢٣٧",
]


def _agrees(number: str, today: date) -> None:
    fast = idnumber.valid_birth_sex(number, today)
    info = idnumber.parse(number, today)
    clean_and_valid = info.valid and info.kind == "resident" and info.normalized == number
    assert (fast is not None) == clean_and_valid, (number, fast, info)
    if fast is not None:
        assert fast == (info.birth_date, info.sex), number


def test_fast_id_check_agrees_with_the_full_validator_on_every_demo_id(demo):
    numbers = [m.id_number for m in demo.members]
    assert len(numbers) > 800
    for number in numbers:
        _agrees(number, TODAY)
        assert idnumber.valid_birth_sex(number, TODAY) is not None  # the demo's numbers are valid


def test_fast_id_check_agrees_on_damaged_demo_ids(demo):
    for m in demo.members[:200]:
        for number in _tricky(m.id_number):
            _agrees(number, TODAY)


@pytest.mark.parametrize("number", TRICKY + [n for n, *_ in VALID if isinstance(n, str)]
                         + [n for n, _ in INVALID if isinstance(n, str)])
def test_fast_id_check_agrees_on_tricky_ids(number):
    _agrees(number, TODAY)
    _agrees(number, date(2026, 11, 28))


def test_fast_id_check_agrees_on_random_numbers():
    rng = random.Random(14)
    for _ in range(20000):
        birth = date(1890, 1, 1) + timedelta(days=rng.randrange(0, 140 * 366))
        first17 = rng.choice(["410327", "410102", "419999", "999999", "990101", "110101"]) + \
            rng.choice([f"{birth:%Y%m%d}", f"{rng.randrange(1880, 2040)}{rng.randrange(0, 14):02d}{rng.randrange(0, 33):02d}"]) + \
            f"{rng.randrange(1000):03d}"
        last = rng.choice([mod_11_2.calc_check_digit(first17), rng.choice("0123456789X")])
        _agrees(first17 + last, TODAY)


def test_fast_check_character_is_iso_7064_as_stdnum_computes_it():
    rng = random.Random(7)
    for _ in range(5000):
        birth = date(1900, 1, 1) + timedelta(days=rng.randrange(0, 120 * 365))
        first17 = f"410327{birth:%Y%m%d}{rng.randrange(1000):03d}"
        right = mod_11_2.calc_check_digit(first17)
        for last in "0123456789X":
            assert (idnumber.valid_birth_sex(first17 + last, TODAY) is not None) == (last == right), first17 + last


def _damaged_members(members):
    """Copies of demo members with the fields the member rules read changed in every way that matters."""
    rng = random.Random(3)
    out = []
    for i, m in enumerate(members):
        values = {k: getattr(m, k) for k in ("id", "name", "sex", "id_number", "birth_date", "relationship",
                                             "health", "labour_skill", "school_status", "deleted")}
        out.append(SimpleNamespace(**values))
        tricky = _tricky(m.id_number)
        damaged = dict(values, id_number=tricky[i % len(tricky)])
        if i % 3 == 0:
            damaged["birth_date"] = None
        elif i % 3 == 1:
            damaged["birth_date"] = m.birth_date + timedelta(days=1)
        damaged["sex"] = rng.choice(["male", "female", ""])
        damaged["labour_skill"] = rng.choice(["lost", "none", "ordinary", "skilled", ""])
        damaged["health"] = rng.choice(["healthy", "", "chronic", "healthy,chronic"])
        damaged["school_status"] = rng.choice(["not_student", "", "primary", "junior", "college"])
        out.append(SimpleNamespace(**damaged))
        out.append(SimpleNamespace(**dict(values, id_number=TRICKY[i % len(TRICKY)], birth_date=None)))
    return out


def test_member_rules_say_the_same_with_and_without_the_fast_id_check(demo, monkeypatch):
    members = _damaged_members(demo.members)
    fast = [household_rules.check_member(m, TODAY, household_id="h") for m in members]
    monkeypatch.setattr(idnumber, "valid_birth_sex", lambda _text, _today: None)  # parse() decides every number
    full = [household_rules.check_member(m, TODAY, household_id="h") for m in members]
    assert fast == full
    rules = {f.rule for found in full for f in found}
    assert {"member.id_invalid", "member.birth_vs_id", "member.sex_vs_id"} <= rules  # the damage showed
