"""The paged household list query (filters and sorting in SQL), the area tree and the summary."""

from __future__ import annotations

import pytest

from fupin_desktop.services.register.area_tree import COUNTY, GROUP, TOWNSHIP, VILLAGE, area_tree, find_node
from fupin_desktop.services.register.query import HouseholdFilter, group_names, household_ids, household_rows
from fupin_desktop.services.register.save import delete_household
from fupin_desktop.services.register.summary import household_summary
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Plan
from tests.unit.register_data import (
    COUNTY as COUNTY_CODE,
)
from tests.unit.register_data import (
    TODAY,
    V1,
    V2,
    add_family,
    code,
    make_villages,
)
from tests.unit.register_data import (
    TOWNSHIP as TOWNSHIP_CODE,
)


@pytest.fixture
def setup(tmp_path):
    db = open_database(tmp_path / "q.db")
    villages = make_villages(db)
    h = {
        "a": add_family(db, villages[V1], head="张三", number=V1 + "0010", group="第10组", seq=11),
        "b": add_family(db, villages[V1], head="王五", number=V1 + "0002", group="第2组", seq=21,
                        status=code("poverty_status", "已脱贫(享受政策)")),
        "c": add_family(db, villages[V2], head="艾青", number=V2 + "0001", group="第1组", seq=31,
                        main_cause=code("poverty_cause", "因学")),
        "d": add_family(db, villages[V2], head="孙七", number=V2 + "0002", group="第1组", seq=41),
    }
    with db.transaction() as s:
        s.add(Plan(household_id=h["a"].id, year=2023, status="printed", is_current=True))
        s.add(Plan(household_id=h["a"].id, year=2024, status="draft", is_current=True))
        s.add(Plan(household_id=h["b"].id, year=2024, status="confirmed", is_current=True))
        s.add(Plan(household_id=h["c"].id, year=2024, status="printed", is_current=False))  # an old version
    delete_household(db, h["d"].id)
    yield db, villages, h
    db.close()


def ids(db, **kw):
    return household_ids(db, HouseholdFilter(**kw)).ids


def test_default_order_is_village_group_number_in_natural_order(setup):
    db, _v, h = setup
    assert ids(db) == [h["b"].id, h["a"].id, h["c"].id]  # 第2组 before 第10组; deleted 孙七 left out


def test_filters(setup):
    db, villages, h = setup
    assert ids(db, status=code("poverty_status", "未脱贫")) == [h["a"].id, h["c"].id]
    assert ids(db, main_cause=code("poverty_cause", "因学")) == [h["c"].id]
    assert ids(db, attribute=code("household_attribute", "低保贫困户")) == []
    assert ids(db, plan_state="draft") == [h["a"].id]  # the latest year's current plan counts
    assert ids(db, plan_state="confirmed") == [h["b"].id]
    assert ids(db, plan_state="none") == [h["c"].id]  # only a superseded version
    assert ids(db, village_id=villages[V2]) == [h["c"].id]
    assert ids(db, village_id=villages[V1], group_name="第10组") == [h["a"].id]
    assert ids(db, township_code=TOWNSHIP_CODE) == ids(db, county_code=COUNTY_CODE) == ids(db)
    assert ids(db, county_code="420000000000") == []
    assert group_names(db, HouseholdFilter(village_id=villages[V1])) == ["第2组", "第10组"]


def test_sorting_in_sql(setup):
    db, _v, h = setup
    assert ids(db, sort="head_name") == [h["c"].id, h["b"].id, h["a"].id]  # by pinyin: ai < wang < zhang
    assert ids(db, sort="plan_state") == [h["c"].id, h["b"].id, h["a"].id]  # '' < confirmed < draft
    assert ids(db, sort="group", descending=True) == [h["a"].id, h["b"].id, h["c"].id]


def test_rows_come_back_in_the_order_asked(setup):
    db, _v, h = setup
    rows = household_rows(db, [h["c"].id, "missing", h["a"].id])
    assert [r.head_name for r in rows] == ["艾青", "张三"]
    assert rows[1].plan_state == "draft" and rows[0].plan_state == "" and rows[1].village_name == "甲村"
    assert rows[1].size == 3 and rows[1].per_capita_income > 0


def test_area_tree_counts(setup):
    db, villages, _h = setup
    (county,) = area_tree(db)
    assert (county.kind, county.name, county.households, county.people) == (COUNTY, "测试县", 3, 9)
    (township,) = county.children
    assert (township.kind, township.name) == (TOWNSHIP, "城关镇")
    assert [(v.name, v.households) for v in township.children] == [("甲村", 2), ("乙村", 1)]
    assert [(g.name, g.households) for g in township.children[0].children] == [("第2组", 1), ("第10组", 1)]
    group = find_node([county], GROUP, "第10组", villages[V1])
    assert group.filter_args() == {"village_id": villages[V1], "group_name": "第10组"}
    assert find_node([county], VILLAGE, villages[V2]).filter_args() == {"village_id": villages[V2]}


def test_summary(setup):
    db, _v, h = setup
    s = household_summary(db, h["a"].id, today=TODAY)
    assert (s.head_name, s.village_name, s.group_name, s.size) == ("张三", "甲村", "第10组", 3)
    assert s.main_cause == "因病" and s.status == "未脱贫" and s.plan_status == "草稿" and s.plan_year == 2024
    assert [m.name for m in s.members] == ["张三", "李四", "张小明"]
    assert s.members[0].relationship == "户主" and s.members[0].age == 54 and "*" in s.members[0].id_masked
    assert household_summary(db, "nope") is None
