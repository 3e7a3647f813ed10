"""Round trip: the county enrols two laptops, both edit (one field of one household on both),
export, the county imports both, resolves the conflict, sends corrections back, and both
laptops end equal to the county for their villages."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.store.models import Household, Member, Village
from fupin_desktop.sync.conflicts import NEW_VALUE, list_conflicts, resolve_conflict
from fupin_desktop.sync.duplicates import possible_duplicates
from fupin_desktop.sync.history import package_history
from fupin_desktop.sync.importer import STATUS_ALREADY, import_package
from tests.unit.sync.helpers import (
    VILLAGES,
    closed_sha,
    conflict_set,
    content,
    edit,
    enrol,
    export_to,
    first,
    make_county,
    new_site,
    ship,
)

V1, V2 = VILLAGES


@pytest.fixture
def world(tmp_path):
    county = make_county(tmp_path)
    a = new_site(tmp_path, "lapA")
    b = new_site(tmp_path, "lapB")
    stick = tmp_path / "stick"
    stick.mkdir()
    ra = enrol(county, a, [V1], stick)
    rb = enrol(county, b, [V1, V2], stick)
    assert ra.first_contact and rb.first_contact
    yield county, a, b, stick
    for site in (county, a, b):
        site.db.close()


def _village_id(site, code):
    return first(site, Village, code=code).id


def test_enrolment_gives_each_laptop_its_villages_only(world):
    county, a, b, _ = world
    assert content(a.db, [V1]) == content(county.db, [V1])
    assert content(b.db, [V1, V2]) == content(county.db, [V1, V2])
    with a.db.session() as s:
        villages_of_households = {h.village_id for h in s.exec(select(Household)).all()}
    assert villages_of_households == {_village_id(county, V1)}


def test_full_round_trip_with_a_conflict(world):
    county, a, b, stick = world
    shared = first(a, Household, village_id=_village_id(a, V1))
    member = first(a, Member, household_id=shared.id)
    edit(a, Household, shared.id, phone="13900000001", note="A改")
    edit(a, Member, member.id, deleted=True)  # a tombstone travels too
    edit(b, Household, shared.id, phone="13900000002")
    other = first(b, Household, village_id=_village_id(b, V2))
    edit(b, Household, other.id, head_name="新户主")

    ra = ship(a, county, stick)
    assert ra.changed >= 2 and ra.conflicts == 0
    rb = ship(b, county, stick)
    assert rb.conflicts == 1

    [conflict] = list_conflicts(county.db)
    assert conflict.field == "phone" and conflict.table == "household"
    assert {conflict.winner.value, conflict.loser.value} == {"13900000001", "13900000002"}
    # The provisional winner is the later stamp, and that is what the county holds now.
    assert conflict.winner.stamp > conflict.loser.stamp
    assert first(county, Household, id=shared.id).phone == conflict.winner.value
    assert {conflict.winner.device_id, conflict.loser.device_id} == {a.db.device_id, b.db.device_id}
    assert conflict.winner.device_label and conflict.winner.when

    resolve_conflict(county.db, conflict.id, NEW_VALUE, "13900000003")
    assert list_conflicts(county.db) == []
    assert first(county, Household, id=shared.id).phone == "13900000003"

    for laptop in (a, b):
        report = ship(county, laptop, stick)
        assert report.status == "imported"
    assert content(a.db, [V1]) == content(county.db, [V1])
    assert content(b.db, [V1, V2]) == content(county.db, [V1, V2])
    assert first(a, Household, id=shared.id).phone == "13900000003"
    assert first(b, Member, id=member.id).deleted
    assert first(a, Household, id=other.id) is None  # V2 never reaches laptop A
    # The decision reached everyone as resolved.
    assert conflict_set(a.db) == conflict_set(b.db) == conflict_set(county.db)
    assert all(c[-1] for c in conflict_set(a.db))

    # Nothing left to say: the laptops' next packages change nothing at the county.
    for laptop in (a, b):
        again = ship(laptop, county, stick)
        assert again.changed == again.conflicts == 0
        assert again.new == again.per_table.get("audit_event").new  # only the laptop's own log of the import


def test_lost_stick_loses_nothing_and_old_package_changes_nothing(world):
    county, a, _, stick = world
    h = first(a, Household, village_id=_village_id(a, V1))
    edit(a, Household, h.id, phone="1")
    lost = export_to(a, county, stick / "lost.fpkg")
    edit(a, Household, h.id, note="second edit")
    later = export_to(a, county, stick / "later.fpkg")
    assert later.per_table.get("household", 0) >= 1
    report = import_package(county.db, later.path)
    assert report.changed >= 1
    got = first(county, Household, id=h.id)
    assert (got.phone, got.note) == ("1", "second edit")
    before = content(county.db)
    old = import_package(county.db, lost.path)  # found the lost stick after all
    assert old.status == "imported" and old.changed == old.new == 0
    assert content(county.db) == before


def test_reimport_says_when_and_changes_nothing(world):
    county, a, _, stick = world
    edit(a, Household, first(a, Household, village_id=_village_id(a, V1)).id, phone="5")
    pkg = export_to(a, county, stick)
    first_report = import_package(county.db, pkg.path)
    digest = closed_sha(county)
    again = import_package(county.db, pkg.path)
    assert again.status == STATUS_ALREADY and again.imported_at == first_report.imported_at
    assert closed_sha(county) == digest
    history = package_history(county.db)
    assert [e.direction for e in history if e.package_id == pkg.package_id] == ["imported"]


def test_dry_run_counts_are_the_real_counts_and_change_nothing(world):
    county, a, _, stick = world
    h = first(a, Household, village_id=_village_id(a, V1))
    edit(a, Household, h.id, phone="7")
    pkg = export_to(a, county, stick)
    digest = closed_sha(county)
    preview = import_package(county.db, pkg.path, dry_run=True)
    assert closed_sha(county) == digest
    real = import_package(county.db, pkg.path)
    assert (preview.new, preview.changed, preview.unchanged, preview.conflicts) == \
        (real.new, real.changed, real.unchanged, real.conflicts)
    assert preview.status == "dry_run" and real.status == "imported" and real.backup_path


def test_same_id_number_twice_is_listed_never_merged(world):
    county, a, _, stick = world
    with a.db.session() as s:
        households = [h.id for h in s.exec(select(Household).where(Household.village_id == _village_id(a, V1)))]
    existing = first(a, Member, household_id=households[0])
    with a.db.transaction() as s:
        s.add(Member(household_id=households[1], name="重复的人", id_number=existing.id_number))
        s.add(Member(household_id=households[1], name="新人", id_number=make_id("411525", date(2001, 1, 1), 901)))
    report = ship(a, county, stick)
    assert report.duplicates == 1
    [group] = possible_duplicates(county.db)
    assert group.id_number == existing.id_number and len(group.members) == 2
    assert {m.name for m in group.members} == {existing.name, "重复的人"}
    assert group.masked.startswith("411525") and "*" in group.masked
