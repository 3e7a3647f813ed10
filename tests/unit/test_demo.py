"""The demo generator makes believable households: distinct names, measures that fit each member."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from sqlmodel import select

from fupin_desktop.domain.household_rules import WORKING_AGE, age_on
from fupin_desktop.domain.plan_rules import adults_only, requirement_findings
from fupin_desktop.domain.vocab import catalogue, vocab
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Measure, Member, Plan

YEAR = 2025
REFERENCE = date(YEAR, 7, 1)  # ages are exact on this date for a year other than the current one


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    generate_demo(db, households=400, seed=7, year=YEAR)
    with db.session() as s:
        households = list(s.exec(select(Household)))
        members = list(s.exec(select(Member)))
        measures = list(s.exec(select(Measure).where(Measure.scope == "person")))
        plans = {p.id: p for p in s.exec(select(Plan))}
    yield {"db": db, "households": households, "members": members, "measures": measures, "plans": plans}
    db.close()


def _by_household(members):
    out = defaultdict(list)
    for m in members:
        out[m.household_id].append(m)
    return out


def test_names_within_a_household_are_distinct(demo):
    families = _by_household(demo["members"])
    assert len(families) == 400
    for members in families.values():
        names = [m.name for m in members]
        assert len(set(names)) == len(names), names


def test_a_son_never_carries_his_fathers_given_name(demo):
    rel = vocab("relationship")
    head, spouse, son = rel.code_for("户主"), rel.code_for("配偶"), rel.code_for("之子")
    male = vocab("sex").code_for("男")
    sons_seen = 0
    for members in _by_household(demo["members"]).values():
        fathers = [m for m in members if m.relationship in (head, spouse) and m.sex == male]
        for s in (m for m in members if m.relationship == son):
            sons_seen += 1
            for father in fathers:
                assert s.name[1:] != father.name[1:], (s.name, father.name)
    assert sons_seen > 100


def test_no_child_gets_a_measure_for_working_age_and_no_measure_misfits_its_member(demo):
    cat = catalogue()
    members = {m.id: m for m in demo["members"]}
    households = {h.id: h for h in demo["households"]}
    children = 0
    for measure in demo["measures"]:
        assert demo["plans"][measure.plan_id].year == YEAR
        member = members[measure.member_id]
        today = REFERENCE
        item = cat.item(measure.item_code)
        age = age_on(member.birth_date, today)
        if age < WORKING_AGE[0]:
            children += 1
            assert not adults_only(item), (member.name, age, item.label)
        findings = requirement_findings(item, households[member.household_id], member, today)
        assert not findings, [f.message for f in findings]
    assert children > 50
