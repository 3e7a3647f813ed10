"""services.register.cadres (帮扶责任人: default from first start, retire) and the yearly poverty lines in the settings."""

from __future__ import annotations

import pytest

from fupin_desktop.cli import main as fupin
from fupin_desktop.services.county.household_exit import poverty_line_for, poverty_line_rows, save_poverty_lines
from fupin_desktop.services.register import cadres as svc
from fupin_desktop.services.register.villages import cadres_for_village
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.engine import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "v.db")
    yield database
    database.close()


def test_first_start_makes_the_village_cadre_the_default_once(db):
    save_profile(db, Profile(role="village", user_name="李强", unit="县农业农村局", phone="13800001111"))
    default = svc.default_cadre_id(db)
    assert [(c.name, c.unit, c.phone, c.is_default) for c in svc.list_cadres(db)] == [
        ("李强", "县农业农村局", "13800001111", True)]
    save_profile(db, Profile(role="village", user_name="李强", unit="县农业农村局"))  # 设置 saved again
    assert svc.default_cadre_id(db) == default and len(svc.list_cadres(db)) == 1


def test_a_county_profile_makes_no_cadre(db):
    save_profile(db, Profile(role="county", user_name="王芳"))
    assert svc.list_cadres(db) == [] and svc.default_cadre_id(db) == ""


def test_retired_cadres_are_kept_for_their_records_only(db):
    save_profile(db, Profile(role="village", user_name="李强"))
    default = svc.default_cadre_id(db)
    other = svc.save_cadre(db, svc.CadreDraft(name="王芳", phone="0376-1234567")).id
    assert not svc.save_cadre(db, svc.CadreDraft(name="", phone="1234567")).saved
    svc.set_retired(db, default)
    assert svc.default_cadre_id(db) == ""  # nobody's default any more
    assert [c.name for c in svc.list_cadres(db)] == ["王芳", "李强"]  # active first
    assert [c.id for c in cadres_for_village(db, "")] == [other]
    assert {c.id for c in cadres_for_village(db, "", keep=default)} == {other, default}


def test_cli_init_makes_the_default_cadre(tmp_path):
    path = tmp_path / "cli.db"
    assert fupin(["--db", str(path), "init", "--role", "village", "--name", "张三", "--unit", "乡政府"]) == 0
    database = open_database(path)
    try:
        assert [c.name for c in svc.list_cadres(database) if c.is_default] == ["张三"]
    finally:
        database.close()


def test_poverty_lines_per_year(db):
    rows = {r.year: r for r in poverty_line_rows(db, 2024)}
    assert rows[2021].amount == 6000 and rows[2021].default.source == "table" and not rows[2021].set_locally
    assert rows[2024].default.source == "carried" and max(rows) == 2024
    save_poverty_lines(db, {2024: 6000.0, 2020: 4000.0, 2019: 3800.0})
    assert poverty_line_for(db, 2024).source == "setting"  # confirmed for a year the table lacks
    assert poverty_line_for(db, 2020).source == "table"  # the table's own figure is not copied
    assert poverty_line_for(db, 2019).amount == 3800
    save_poverty_lines(db, {2019: None})
    assert poverty_line_for(db, 2019).amount == 3747
    save_poverty_lines(db, {2030: 8000.0})
    assert max(r.year for r in poverty_line_rows(db, 2024)) == 2030  # a later year set locally is listed
