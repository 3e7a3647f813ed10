"""Three installations (the county office and two laptops sharing a village) edit the same
records while packages are lost, duplicated and delivered out of order. Once packages flow
again, every copy holds the same records, field by field, stamp by stamp, and the same
conflict list."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Member
from fupin_desktop.sync.conflicts import KEEP_LOSER, list_conflicts, resolve_conflict
from fupin_desktop.sync.importer import import_package
from tests.unit.sync.helpers import VILLAGES, Site, conflict_set, content, enrol, export_to, make_county, new_site

V1 = VILLAGES[0]
NAMES = ("county", "lapA", "lapB")
EDGES = {("lapA", "county"), ("county", "lapA"), ("lapB", "county"), ("county", "lapB")}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("three")
    county = make_county(root, households=2)
    a, b = new_site(root, "lapA"), new_site(root, "lapB")
    stick = root / "stick"
    stick.mkdir()
    enrol(county, a, [V1], stick)
    enrol(county, b, [V1], stick)
    for site in (county, a, b):
        site.db.close()
    shutil.rmtree(stick)
    return root


class World:
    def __init__(self, template: Path):
        self.root = Path(tempfile.mkdtemp(prefix="fupin-conv-"))
        for name in NAMES + ("escrow",):
            shutil.copytree(template / name, self.root / name)
        self.sites = {n: Site(n, self.root / n / f"{n}.db", open_database(self.root / n / f"{n}.db")) for n in NAMES}
        self.stick = self.root / "stick"
        self.stick.mkdir()
        self.in_flight: list[tuple[str, Path]] = []  # (receiver, package)
        self.serial = 0
        with self.sites["county"].db.session() as s:
            self.households = sorted(h.id for h in s.exec(select(Household)) if h.household_no.startswith(V1))

    def close(self):
        for site in self.sites.values():
            site.db.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def run(self, step):
        kind = step[0]
        if kind == "edit":
            _, who, h, field, value = step
            with self.sites[who].db.transaction() as s:
                obj = s.get(Household, self.households[h % len(self.households)])
                if obj is not None:
                    setattr(obj, field, value)
        elif kind == "add_member":
            _, who, h = step
            self.serial += 1
            with self.sites[who].db.transaction() as s:
                s.add(Member(household_id=self.households[h % len(self.households)], name=f"新成员{self.serial}",
                             id_number=make_id("411525", date(1990, 1, 1), 500 + self.serial)))
        elif kind == "delete_member":
            _, who, h = step
            with self.sites[who].db.transaction() as s:
                live = s.exec(select(Member).where(Member.household_id == self.households[h % len(self.households)],
                                                   Member.deleted == False)).all()  # noqa: E712
                if live:
                    live[0].deleted = True
        elif kind == "export":
            _, sender, receiver = step
            self.serial += 1
            pkg = export_to(self.sites[sender], self.sites[receiver], self.stick / f"p{self.serial}.fpkg")
            self.in_flight.append((receiver, pkg.path))
        elif kind == "deliver":
            if self.in_flight:
                receiver, path = self.in_flight[step[1] % len(self.in_flight)]
                import_package(self.sites[receiver].db, path, make_backup=False)
        elif kind == "resolve":
            open_conflicts = list_conflicts(self.sites["county"].db)
            if open_conflicts:
                resolve_conflict(self.sites["county"].db, open_conflicts[0].id, KEEP_LOSER)

    def exchange(self, sender: str, receiver: str):
        self.serial += 1
        pkg = export_to(self.sites[sender], self.sites[receiver], self.stick / f"f{self.serial}.fpkg")
        return import_package(self.sites[receiver].db, pkg.path, make_backup=False)


who = st.sampled_from(NAMES)
steps = st.one_of(
    st.tuples(st.just("edit"), who, st.integers(0, 1), st.sampled_from(["phone", "note", "head_name"]),
              st.sampled_from(["甲", "乙", "丙"])),
    st.tuples(st.just("add_member"), who, st.integers(0, 1)),
    st.tuples(st.just("delete_member"), who, st.integers(0, 1)),
    st.sampled_from(sorted(EDGES)).map(lambda e: ("export",) + e),
    st.tuples(st.just("deliver"), st.integers(0, 50)),
    st.just(("resolve",)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.lists(steps, min_size=4, max_size=30))
def test_three_copies_converge_with_the_same_conflicts(template, plan):
    world = World(template)
    try:
        for step in plan:
            world.run(step)
        for _ in range(2):
            for sender, receiver in (("lapA", "county"), ("lapB", "county"), ("county", "lapA"), ("county", "lapB")):
                world.exchange(sender, receiver)
        dbs = {n: s.db for n, s in world.sites.items()}
        event(f"conflicts: {min(len(conflict_set(dbs['county'])), 3)}")
        reference = content(dbs["county"], [V1])
        assert content(dbs["lapA"], [V1]) == reference
        assert content(dbs["lapB"], [V1]) == reference
        assert conflict_set(dbs["lapA"]) == conflict_set(dbs["lapB"]) == conflict_set(dbs["county"])
        # A settled world stays settled: one more round changes nothing anywhere.
        for sender, receiver in (("lapA", "county"), ("lapB", "county"), ("county", "lapA"), ("county", "lapB")):
            report = world.exchange(sender, receiver)
            assert report.changed == 0 and report.conflicts == 0
            assert set(report.per_table) <= {"audit_event"} or all(
                c.new == 0 for t, c in report.per_table.items() if t != "audit_event")
    finally:
        world.close()
