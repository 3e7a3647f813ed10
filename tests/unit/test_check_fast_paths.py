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
from fupin_desktop.services.setup.demo import generate_demo
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


def test_duplicate_ids_same_with_and_without_the_shortcut(demo, monkeypatch):
    rng = random.Random(11)
    rows = [(m.id_number, m.id, m.household_id, m.name) for m in demo.members]
    extra = []
    for i, (number, _mid, hid, name) in enumerate(rows[:120]):
        variants = _tricky(number) + [number, None, "", 410102600315123.0, 410102600315123, number.lower()]
        extra.append((variants[i % len(variants)], f"x{i}", hid, name + "乙"))
    extra += [("410102196003151237", "a", "h1", "甲"), ("４１０１０２１９６００３１５１２３７", "b", "h2", "乙"),
              ("410102 19600315 1237", "c", "h3", "丙"), ("410102600315123", "d", "h4", "丁"),
              ("410102600315123", "e", "h5", "戊")]
    mixed = rows + extra
    rng.shuffle(mixed)
    fast = household_rules.duplicate_id_findings(mixed)
    monkeypatch.setattr(household_rules, "_may_meet", lambda rows: rows)
    full = household_rules.duplicate_id_findings(mixed)
    assert fast == full
    assert len(full) > 40  # the variants did meet their originals
    assert household_rules.duplicate_id_findings(iter(mixed)) == full  # any iterable, as before


# --- the whole `fupin check` against the plain composition of the rules -----------------------------
def _damage(db) -> None:
    """Break a demo county in every way the register and plan rules look at (plain SQL, as another
    program or an old version might have left it)."""
    with db.connect() as conn:
        sql = conn.exec_driver_sql
        members = sql("SELECT id, id_number, sex FROM member ORDER BY id").all()
        for i, (mid, number, sex) in enumerate(members):
            k = i % 9
            if k == 0:
                tricky = _tricky(number) + TRICKY
                sql("UPDATE member SET id_number = ? WHERE id = ?", (tricky[(i // 9) % len(tricky)], mid))
                if i % 2:
                    sql("UPDATE member SET birth_date = NULL WHERE id = ?", (mid,))
            elif k == 1:
                sql("UPDATE member SET birth_date = date(birth_date, '+1 day') WHERE id = ?", (mid,))
            elif k == 2:
                sql("UPDATE member SET sex = ? WHERE id = ?", ({"male": "female"}.get(sex, "male") if i % 2 else "", mid))
            elif k == 3:
                sql("UPDATE member SET labour_skill = ?, health = ? WHERE id = ?",
                    (["lost", "none", "ordinary", "skilled"][i % 4], ["healthy", "", "chronic", "healthy,chronic"][i % 3], mid))
            elif k == 4:
                sql("UPDATE member SET school_status = ? WHERE id = ?",
                    (["not_student", "", "primary", "junior", "college"][i % 5], mid))
            elif k == 5:
                sql("UPDATE member SET name = '', deleted = ? WHERE id = ?", (i % 2, mid))
            elif k == 6:
                sql("UPDATE member SET relationship = 'head', id_number = ? WHERE id = ?", (members[i - 30][1], mid))
        households = [r[0] for r in sql("SELECT id FROM household ORDER BY id")]
        for i, hid in enumerate(households):
            k = i % 8
            if k == 0:
                sql("UPDATE household SET main_cause = '', per_capita_income = 0 WHERE id = ?", (hid,))
            elif k == 1:
                sql("UPDATE household SET other_cause_1 = main_cause, per_capita_income = -5 WHERE id = ?", (hid,))
            elif k == 2:
                sql("UPDATE household SET attribute = 'dibao', dibao_income = 0, planting_income = 500, "
                    "production_expenses = 0, per_capita_income = 9e9 WHERE id = ?", (hid,))
            elif k == 3:
                sql("UPDATE member SET deleted = 1 WHERE household_id = ?", (hid,))
            elif k == 4:
                sql("UPDATE household SET deleted = 1 WHERE id = ?", (hid,))
            elif k == 5:
                sql("UPDATE household SET status = 'exited_no_policy' WHERE id = ?", (hid,))
        sql("UPDATE plan SET deleted = 1 WHERE rowid % 11 = 0")
        sql("UPDATE plan SET status = 'signed' WHERE rowid % 11 = 1")
        changes = [("item_code", "''"), ("item_code", "'no_such_item'"), ("scope", "'village'"),
                   ("scope", "CASE scope WHEN 'person' THEN 'household' ELSE 'person' END"),
                   ("member_id", "NULL"), ("member_id", "(SELECT MIN(id) FROM member)"), ("start_date", "NULL"),
                   ("due_date", "'2020-01-01'"), ("due_date", "'2031-01-01'"), ("responsible_name", "''"),
                   ("responsible_cadre_id", "NULL"), ("amount", "NULL"), ("amount", "-5"), ("amount", "9999999"),
                   ("fund_source", "''"), ("fund_source", "'nowhere'"), ("fund_source", "'none'"),
                   ("status", "'cancelled'"), ("cancel_reason", "'已搬迁'"), ("done_date", "NULL"),
                   ("status", "'in_progress'"), ("deleted", "1"), ("detail", "'理由：特殊情况'"),
                   ("item_code", "(SELECT item_code FROM measure ORDER BY rowid LIMIT 1)")]
        for n, (column, value) in enumerate(changes):
            sql(f"UPDATE measure SET {column} = {value} WHERE rowid % 31 = {n}")
        sql("UPDATE measure SET responsible_cadre_id = NULL WHERE rowid % 31 = 9")
        sql("UPDATE fund_entry SET amount = amount * 3 + 1000 WHERE rowid % 7 = 0")
        for n, over in ((1, 0.006), (2, 0.004), (3, 0.0)):  # just above, within and at the half fen
            sql(f"UPDATE fund_entry SET amount = (SELECT COALESCE(amount, 0) FROM measure "
                f"WHERE measure.id = fund_entry.measure_id) + {over} WHERE rowid % 7 = {n}")
        sql("UPDATE fund_entry SET deleted = 1 WHERE rowid % 13 = 0")


@pytest.fixture(scope="module")
def damaged_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("damaged") / "damaged.db")
    generate_demo(db, households=300, seed=5, year=YEAR)
    _damage(db)
    yield db
    db.close()


def _plan_rules(household, members, measures) -> list:
    """plan_check spelled out: every rule function on every measure, no shortcut."""
    from fupin_desktop.domain import plan_rules as r
    from fupin_desktop.domain.money_rules import measure_amount_findings, plan_amount_findings
    from fupin_desktop.domain.vocab import catalogue

    hid = household.id
    by_id = {m.id: m for m in members}
    out, live = [], []
    for m in measures:
        if m.status in (r.CANCELLED, r.DONE):
            out.extend(r.status_findings(m, hid))
            if m.status == r.CANCELLED:
                continue
        live.append(m)
        out.extend(r.five_counts_findings(m, by_id, hid))
        out.extend(measure_amount_findings(m, hid))
        item = catalogue().item(m.item_code)
        if item is None:
            continue
        member = by_id.get(m.member_id) if m.scope == r.PERSON else None
        out.extend(r.requirement_findings(item, household, member, TODAY, stated_reason=m.detail or "",
                                          household_id=hid, measure_id=m.id))
        out.extend(r.limit_findings(item, m, hid))
    out.extend(plan_amount_findings(live, hid))
    out.extend(r.conflict_findings(live, hid))
    out.extend(r.duplicate_findings(live, by_id, hid))
    return r.n_plus_2_findings(members, live, hid) + out


def _reference(db, village_code=None) -> list:
    """check_register spelled out plainly over ORM objects: each household's register rules, the
    duplicate IDs, then each household's latest current plan (or its absence) and its payments."""
    from fupin_desktop.domain.household_rules import check_household, duplicate_id_findings
    from fupin_desktop.domain.money_rules import paid_over_plan_findings
    from fupin_desktop.services.register.checks import no_plan_needed
    from fupin_desktop.store.models import FundEntry, Measure, Plan, Village

    with db.session() as s:  # objects stay loaded after it closes
        households = [h for h in s.exec(select(Household).where(Household.deleted == False))]  # noqa: E712
        if village_code:
            village = s.exec(select(Village).where(Village.code == village_code)).one()
            households = [h for h in households if h.village_id == village.id]
        live_members = list(s.exec(select(Member).where(Member.deleted == False)))  # noqa: E712
        plans = list(s.exec(select(Plan).where(Plan.deleted == False, Plan.is_current == True)))  # noqa: E712
        measures = list(s.exec(select(Measure).where(Measure.deleted == False)))  # noqa: E712
        entries = list(s.exec(select(FundEntry).where(FundEntry.deleted == False)))  # noqa: E712
    ids = {h.id for h in households}
    out = []
    for h in households:
        out.extend(check_household(h, [m for m in live_members if m.household_id == h.id], TODAY))
    out.extend(f for f in duplicate_id_findings((m.id_number, m.id, m.household_id, m.name) for m in live_members)
               if f.household_id in ids)
    paid: dict = {}
    for e in entries:
        paid[e.measure_id] = paid.get(e.measure_id, 0.0) + e.amount
    for h in households:
        mine = [p for p in plans if p.household_id == h.id]
        if not mine:
            if h.status not in no_plan_needed():
                out.append(("plan.missing", h.id))
            continue
        plan = max(mine, key=lambda p: p.year)
        rows = [m for m in measures if m.plan_id == plan.id]
        out.extend(_plan_rules(h, [m for m in live_members if m.household_id == h.id], rows))
        for m in rows:
            if m.id in paid:
                out.extend(paid_over_plan_findings(m, paid[m.id], h.id))
    return out


def _comparable(findings) -> list:
    return sorted((f if isinstance(f, tuple) else (f.rule, f.household_id, f.member_id, f.measure_id, f.severity,
                                                   f.message, f.field) for f in findings), key=repr)


@pytest.mark.parametrize("whole", [True, False])
def test_fupin_check_finds_what_the_plain_rules_find_on_a_damaged_county(damaged_db, whole, monkeypatch):
    from fupin_desktop.services.register.checks import check_register
    from fupin_desktop.store.models import Village

    village_code = None
    if not whole:
        with damaged_db.read() as s:
            village_code = sorted(v.code for v in s.exec(select(Village)))[1]
    report = check_register(damaged_db, village_code=village_code, today=TODAY)
    found = [("plan.missing", f.household_id) if f.rule == "plan.missing" else f for f in report.findings]
    monkeypatch.setattr(idnumber, "valid_birth_sex", lambda _text, _today: None)  # parse() decides every number
    monkeypatch.setattr(household_rules, "_may_meet", lambda rows: rows)  # every number normalized and compared
    expected = _reference(damaged_db, village_code)
    assert _comparable(found) == _comparable(expected)
    assert found == expected  # and in the same order
    rules = {f.rule for f in report.findings}
    assert len(rules) >= (40 if whole else 25), sorted(rules)  # the damage reached most rules
    assert "measure.paid_over_plan" in rules and "member.duplicate_id" in rules
    # Within each household, the order is the rules' own.
    for hid in {f.household_id for f in report.findings}:
        assert [f for f in found if not isinstance(f, tuple) and f.household_id == hid] == \
            [f for f in expected if not isinstance(f, tuple) and f.household_id == hid]
