"""A cadre adds the village (所属乡镇 typed) before the laptop joins the county that holds the same
township and village: the enrolment package adopts the laptop's records (the county's ids), the
laptop's households follow, and the laptop's first package imports at the county."""

from __future__ import annotations

import sqlite3
from datetime import date

from sqlmodel import select

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.services.register.villages import new_village, save_village
from fupin_desktop.store.models import Household, Member, Village
from tests.unit.sync.helpers import VILLAGES, enrol, first, make_county, new_site, ship

CODE = VILLAGES[0]  # 城关镇 411525100000 / 第1村 at the county


def test_enrolment_adopts_the_laptops_own_township_and_village(tmp_path):
    laptop = new_site(tmp_path, "lap")
    county = make_county(tmp_path)
    try:
        draft = new_village(code=CODE, name="第一村")
        draft.township_name = "城关镇"
        assert save_village(laptop.db, draft).saved
        own_village = draft.id
        with laptop.db.transaction() as s:
            h = Household(village_id=own_village, household_no=f"{CODE}0901", head_name="王德福", size=1,
                          group_name="第1组", main_cause="illness")
            s.add(h)
            s.flush()
            s.add(Member(household_id=h.id, sort_order=0, name="王德福", relationship="head", sex="male",
                         id_number=make_id("410102", date(1960, 3, 15), 123)))
            household_id = h.id
        (tmp_path / "stick").mkdir()

        report = enrol(county, laptop, [CODE], tmp_path / "stick")

        assert report.status == "imported"
        county_village = first(county, Village, code=CODE)
        con = sqlite3.connect(laptop.path)
        try:
            assert con.execute("SELECT id FROM village WHERE code = ?", (CODE,)).fetchall() == [(county_village.id,)]
            assert con.execute("SELECT count(*) FROM area WHERE code = '411525100000'").fetchone() == (1,)
            assert con.execute("SELECT village_id FROM household WHERE id = ?", (household_id,)).fetchone() == (
                county_village.id,)  # the laptop's household followed its village
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            con.close()

        (tmp_path / "stick2").mkdir()
        assert ship(laptop, county, tmp_path / "stick2").status == "imported"  # the county takes it in
        assert first(county, Household, id=household_id).village_id == county_village.id
    finally:
        county.db.close()
        laptop.db.close()


def test_enrolment_keeps_the_laptops_values_where_the_county_left_its_placeholder_blank(tmp_path):
    """The cadre types 贫困村 ✓, 退出年度 2019, 户籍人口 1200 for 石桥村; later the county clerk creates
    石桥村 blank (only to enrol the laptop) and enrols it. Nothing is lost and nothing is asked: the laptop
    keeps its values, and its next package brings them to the county."""
    from fupin_desktop.sync.trust import init_county
    from tests.unit.sync.helpers import conflict_set

    laptop = new_site(tmp_path, "lap")
    county = new_site(tmp_path, "county")
    try:
        draft = new_village(code=CODE, name="石桥村")
        draft.township_name = "城关镇"
        draft.is_poverty_village, draft.exit_year, draft.registered_population = True, 2019, 1200
        assert save_village(laptop.db, draft).saved
        with laptop.db.transaction() as s:
            s.add(Household(village_id=draft.id, household_no=f"{CODE}0901", head_name="王德福", size=1,
                            group_name="第1组", main_cause="illness"))
        init_county(county.db, tmp_path / "escrow", "固始县扶贫办")
        placeholder = new_village(code=CODE, name="石桥村")  # after the laptop's entries: later stamps
        placeholder.township_name = "城关镇"
        assert save_village(county.db, placeholder).saved
        (tmp_path / "stick").mkdir()

        report = enrol(county, laptop, [CODE], tmp_path / "stick")

        assert report.status == "imported"
        assert report.conflicts == 0 and conflict_set(laptop.db) == set()
        mine = first(laptop, Village, code=CODE)
        assert mine.id == placeholder.id
        assert (mine.is_poverty_village, mine.exit_year, mine.registered_population) == (True, 2019, 1200)

        (tmp_path / "stick2").mkdir()
        back = ship(laptop, county, tmp_path / "stick2")
        assert back.status == "imported" and back.conflicts == 0 and conflict_set(county.db) == set()
        theirs = first(county, Village, code=CODE)
        assert (theirs.is_poverty_village, theirs.exit_year, theirs.registered_population) == (True, 2019, 1200)
    finally:
        county.db.close()
        laptop.db.close()


def test_two_filled_values_that_differ_are_still_a_conflict_on_enrolment(tmp_path):
    """户籍人口 filled on both sides, differently: a conflict; 退出年度 blank at the county: the laptop's."""
    laptop = new_site(tmp_path, "lap")
    county = make_county(tmp_path, households=0)  # 第1村, 户籍人口 filled at the county below
    try:
        draft = new_village(code=CODE, name="第1村")
        draft.township_name = "城关镇"
        draft.registered_population, draft.exit_year = 1200, 2019
        assert save_village(laptop.db, draft).saved
        with county.db.transaction() as s:
            v = s.exec(select(Village).where(Village.code == CODE)).one()
            v.registered_population = 1100  # the county knows another figure: a person decides
        (tmp_path / "stick").mkdir()

        report = enrol(county, laptop, [CODE], tmp_path / "stick")

        assert report.status == "imported"
        mine = first(laptop, Village, code=CODE)
        assert mine.exit_year == 2019  # blank at the county: the laptop's
        with sqlite3.connect(laptop.path) as con:
            fields = [r[0] for r in con.execute("SELECT field FROM sync_conflict")]
        assert fields == ["registered_population"]
    finally:
        county.db.close()
        laptop.db.close()
