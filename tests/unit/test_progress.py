"""Targets and progress on a hand-made county; drill-down; exit check over the register."""

from __future__ import annotations

import pytest

from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.county.exit_check import exit_check
from fupin_desktop.services.county.progress import compute_progress, delete_target, drill_down, list_targets, set_target
from fupin_desktop.services.setup.settings import set_setting
from fupin_desktop.store.engine import open_database
from tests.unit.county_data import COUNTY, TODAY, TOWNSHIP, V1, V2, YEAR, make_county


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "county.db")
    make_county(database)
    yield database
    database.close()


def test_targets_are_created_changed_and_deleted(db):
    tid = set_target(db, YEAR, COUNTY, 10, 1)
    assert set_target(db, YEAR, COUNTY, 12, 2, note="调整") == tid
    set_target(db, YEAR, TOWNSHIP, 5, 1)
    rows = list_targets(db, YEAR)
    assert [(t.area_code, t.people_target, t.villages_target) for t in rows] == [(COUNTY, 12, 2), (TOWNSHIP, 5, 1)]
    delete_target(db, tid)
    assert [t.area_code for t in list_targets(db, YEAR)] == [TOWNSHIP]
    with pytest.raises(UserFacingError):
        set_target(db, YEAR, "4101", 1, 1)
    with pytest.raises(UserFacingError):
        set_target(db, YEAR, COUNTY, -1, 0)


def test_progress_figures_per_village_township_and_county(db):
    set_target(db, YEAR, COUNTY, 10, 1)
    set_target(db, YEAR, V1, 3, 1)
    report = compute_progress(db, YEAR, today=TODAY)
    county = report.find(COUNTY)
    assert county.name == "金水县" and county.level == "county"
    assert (county.people_target, county.villages_target) == (10, 1)
    assert county.households == 4 and county.members == 8
    assert county.people_exited == 3  # HB exited this year
    assert county.remaining_poor == 4  # HA (未脱贫) + HD (返贫)
    assert county.poverty_villages == 1  # 乙村 exited before the year
    assert county.villages_meeting == 1  # 甲村: 2 / 100 = 2 % is not above the threshold
    assert county.households_need_plan == 3 and county.households_without_plan == 2  # HB draft, HD none
    assert county.n2_gap_households == 1  # HB
    assert county.overdue_measures == 1  # HA's March measure; the cancelled one does not count
    assert county.funds_planned == pytest.approx(1000 + 2000 + 500 + 500 + 300)
    assert county.funds_paid == pytest.approx(500)
    township = report.find(TOWNSHIP)
    assert township.name == "城关镇" and [c.code for c in township.children] == [V1, V2]
    v1 = report.find(V1)
    assert (v1.people_target, v1.people_exited, v1.households) == (3, 3, 3)
    assert report.find(V2).remaining_poor == 2
    data = report.as_dict()
    assert data["areas"][0]["children"][0]["children"][1]["code"] == V2


def test_stricter_threshold_changes_villages_meeting(db):
    set_setting(db, "incidence_threshold", "0.01")
    assert compute_progress(db, YEAR, today=TODAY).find(COUNTY).villages_meeting == 0


@pytest.mark.parametrize("metric,area,heads", [
    ("no_plan", COUNTY, ["李乙", "赵丁"]),
    ("no_plan", V2, ["赵丁"]),
    ("n2_gap", TOWNSHIP, ["李乙"]),
    ("overdue", COUNTY, ["张甲"]),
    ("exited", COUNTY, ["李乙"]),
    ("remaining_poor", COUNTY, ["张甲", "赵丁"]),
    ("households", V1, ["张甲", "李乙", "王丙"]),
])
def test_drill_down_lists_the_households_behind_a_figure(db, metric, area, heads):
    lines = drill_down(db, YEAR, area, metric, today=TODAY)
    assert sorted(h.head_name for h in lines) == sorted(heads)
    if metric == "n2_gap":
        assert "2 名成员没有到人措施" in lines[0].reason and "到户措施 1 项" in lines[0].reason


def test_exit_check_and_shortfall_list(db):
    report = exit_check(db, year=YEAR)
    by_code = {a.code: a for a in report.assessments}
    assert by_code[V1].meets and by_code[V1].incidence == pytest.approx(0.02)
    assert not by_code[V2].meets
    assert [s.assessment.code for s in report.shortfalls] == [V2]
    missing = report.shortfalls[0].missing
    assert missing[0].startswith("贫困发生率 4.00%") and "宽带" in missing
    assert report.as_dict()["not_meeting"] == 1


def test_a_deleted_member_covered_by_a_measure_does_not_hide_an_uncovered_one(db):
    from datetime import date as _date

    from sqlmodel import select

    from fupin_desktop.store.models import Household, Member

    with db.transaction() as s:
        ha = s.exec(select(Household).where(Household.household_no == "HA")).one()
        spouse = s.exec(select(Member).where(Member.household_id == ha.id, Member.sort_order == 1)).one()
        spouse.deleted = True  # moved away; her person measure stays in the plan
        s.add(Member(household_id=ha.id, sort_order=2, name="张新", birth_date=_date(2000, 1, 1)))
    report = compute_progress(db, YEAR, today=TODAY)
    v1 = report.find(V1)
    assert v1.members == 2 + 3 + 1  # HA: head and newcomer live; HB 3; HC 1
    assert v1.n2_gap_households == 2  # HA now misses the newcomer, HB as before
    assert "1 名成员没有到人措施" in [h for h in drill_down(db, YEAR, V1, "n2_gap", today=TODAY)
                                   if h.head_name == "张甲"][0].reason
