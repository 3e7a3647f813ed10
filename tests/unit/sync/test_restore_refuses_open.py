"""Restoring a backup over a database this process still has open is refused, plainly, before anything
changes: swapping the file and deleting its -wal/-shm under an open connection loses its writes."""

from __future__ import annotations

import os

import pytest

from fupin_desktop.errors import UserFacingError
from fupin_desktop.store.models import Household
from fupin_desktop.sync.backups import make_backup, restore_backup
from tests.unit.sync.helpers import edit, first, new_site, seed_county

PASS = "长城长城长城123"


@pytest.fixture
def laptop(tmp_path):
    site = new_site(tmp_path, "lap")
    seed_county(site.db, households=2)
    yield site
    site.db.close()


@pytest.mark.parametrize("through", ["path", "symlink", "dotdot"])
def test_restore_over_an_open_database_is_refused_and_changes_nothing(laptop, tmp_path, through):
    backup = make_backup(laptop.db, tmp_path / "stick" / "b.fbak", passphrase=PASS)
    h = first(laptop, Household)
    edit(laptop, Household, h.id, note="after the backup")  # in the -wal of the open connection
    target = laptop.path
    if through == "symlink":
        target = tmp_path / "alias.db"
        os.symlink(laptop.path, target)
    elif through == "dotdot":
        target = laptop.path.parent / ".." / laptop.path.parent.name / laptop.path.name
    backups_before = set(laptop.path.parent.rglob("*"))

    with pytest.raises(UserFacingError) as err:
        restore_backup(target, backup.path, passphrase=PASS)
    assert "还在使用中" in err.value.zh and "当前数据未改动" in err.value.zh
    assert "restore" in err.value.en.lower() or "restored" in err.value.en.lower()

    assert set(laptop.path.parent.rglob("*")) == backups_before  # no copy, no .restoring, nothing swapped
    assert first(laptop, Household, id=h.id).note == "after the backup"  # the open database goes on
    edit(laptop, Household, h.id, note="and later")
    assert first(laptop, Household, id=h.id).note == "and later"


def test_restore_after_closing_still_works(laptop, tmp_path):
    backup = make_backup(laptop.db, tmp_path / "b.fbak", passphrase=PASS)
    h = first(laptop, Household)
    edit(laptop, Household, h.id, note="after the backup")
    laptop.db.close()
    restored = restore_backup(laptop.path, backup.path, passphrase=PASS)
    assert restored.previous_copy and restored.previous_copy.exists()
    laptop.reopen()
    assert first(laptop, Household, id=h.id).note == ""
