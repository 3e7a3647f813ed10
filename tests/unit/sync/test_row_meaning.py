"""Signed but meaningless rows are refused like any bad input: the row named, the database unchanged."""

from __future__ import annotations

import json

import pytest

from fupin_desktop.store.models import Household, Plan, Village
from tests.unit.sync.helpers import export_to, first, repack, unpack
from tests.unit.sync.test_adversarial import V1, refused
from tests.unit.sync.test_adversarial import world as adversarial_world  # noqa: F401  (fixture)


@pytest.fixture
def world(adversarial_world):
    """The adversarial suite's laptop and county, the laptop's package carrying a plan too."""
    county, lap, stick, _good = adversarial_world
    household = first(lap, Household, village_id=first(lap, Village, code=V1).id)
    with lap.db.transaction() as s:
        s.add(Plan(household_id=household.id, year=2026))
    return county, lap, stick, export_to(lap, county, stick / "with-plan.fpkg").path


def _crafted(world, table: str, column: str, value, manifest_change=None):
    county, lap, stick, good = world
    manifest, members = unpack(good, county.keys)
    part = next(p for p in manifest["parts"] if p["table"] == table)
    i = next(k for k, (name, _) in enumerate(members) if name == f"data/{table}.jsonl")
    lines = members[i][1].splitlines()
    row = json.loads(lines[0])
    if column:
        row[part["columns"].index(column)] = value
    lines[0] = json.dumps(row, ensure_ascii=False).encode()
    members[i] = (members[i][0], b"\n".join(lines) + b"\n")
    if manifest_change:
        manifest_change(manifest)
    return repack(stick / "bad.fpkg", manifest, members, lap.keys, county.keys)


def test_the_good_package_with_a_plan_imports(world):
    from fupin_desktop.sync.importer import import_package

    county, _lap, _stick, good = world
    assert import_package(county.db, good).status == "imported"


@pytest.mark.parametrize("table, column, value, named", [
    ("plan", "year", -1, "year"),
    ("household", "exit_year", 20260, "exit_year"),
    ("household", "updated_at", "/etc/passwd", "updated_at"),
    ("plan", "confirmed_at", "C:\\Windows\\system32", "confirmed_at"),
    ("household", "attribute", "不存在的属性", "attribute"),
    ("household", "risk_types", "illness,no_such_risk", "risk_types"),
])
def test_a_value_that_means_nothing_is_an_invalid_row(world, table, column, value, named):
    err = refused(world[0], _crafted(world, table, column, value), "invalid_row")
    assert f"data/{table}.jsonl" in str(err) and "第 1 行" in str(err) and named in str(err)


def test_a_dangling_supersedes_id_is_refused(world):
    err = refused(world[0], _crafted(world, "plan", "supersedes_id", "d" * 32), "invalid_row")
    assert "supersedes_id" in str(err)


def test_households_outside_the_villages_the_manifest_names_are_refused(world):
    def claim_other_villages(manifest):
        manifest["villages"] = ["411525100299"]

    err = refused(world[0], _crafted(world, "household", "", None, claim_other_villages), "invalid_row")
    assert V1 in str(err) and "411525100299" in str(err)
