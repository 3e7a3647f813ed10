"""A dry-run import never takes the write lock: it previews on a private copy of the database."""

from __future__ import annotations

from fupin_desktop.sync import importer
from fupin_desktop.sync.importer import import_package
from tests.unit.sync.helpers import closed_sha
from tests.unit.sync.test_adversarial import world  # noqa: F401  (fixture)
from tests.write_lock import write_lock_is_free


def test_a_dry_run_leaves_the_write_lock_free_and_the_file_unchanged(world, monkeypatch):  # noqa: F811
    county, _lap, stick, good = world
    before = closed_sha(county)
    seen = []
    real_apply = importer._Apply.run

    def apply_while_probing(self):
        real_apply(self)  # every row written (into the copy), then the lock looked at
        seen.append("free" if write_lock_is_free(county.db.path) else "locked")

    monkeypatch.setattr(importer._Apply, "run", apply_while_probing)
    report = import_package(county.db, good, dry_run=True)
    assert seen == ["free"]
    assert report.status == "dry_run" and report.changed >= 1
    assert closed_sha(county) == before
    assert sorted(p.name for p in county.db.path.parent.iterdir() if "scratch" in p.name) == []


def test_the_dry_run_report_equals_what_the_import_then_does(world):  # noqa: F811
    county, _lap, _stick, good = world
    preview = import_package(county.db, good, dry_run=True)
    real = import_package(county.db, good)
    assert (preview.new, preview.changed, preview.unchanged, preview.conflicts) == \
        (real.new, real.changed, real.unchanged, real.conflicts)
