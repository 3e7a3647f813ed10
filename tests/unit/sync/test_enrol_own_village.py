"""A cadre adds the village (所属乡镇 typed) before the laptop joins the county that holds the same
township and village: the enrolment package adopts the laptop's records (the county's ids), the
laptop's households follow, and the laptop's first package imports at the county."""

from __future__ import annotations

import sqlite3
from datetime import date

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.services.villages import new_village, save_village
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
