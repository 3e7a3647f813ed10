"""Encrypted backups to a stick, restore on a fresh install, damaged backups, daily rotation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Village
from fupin_desktop.sync.backups import daily_backup, inspect_backup, make_backup, restore_backup
from fupin_desktop.sync.errors import KeyProblem, SyncError
from fupin_desktop.sync.importer import import_package
from fupin_desktop.sync.keys import load_device_keys
from fupin_desktop.sync.trust import trusted_keys
from tests.unit.sync.helpers import (
    VILLAGES,
    closed_sha,
    edit,
    enrol,
    export_to,
    file_sha,
    first,
    make_county,
    new_site,
    seed_county,
)

PASS = "长城长城长城123"


def dump(path: Path, skip=("device_state", "peer_watermark")) -> dict:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"'))) for t in tables if t not in skip}
    finally:
        con.close()


@pytest.fixture
def laptop(tmp_path):
    site = new_site(tmp_path, "lap")
    seed_county(site.db, households=4)
    yield site
    site.db.close()


@pytest.fixture
def enrolled(tmp_path):
    county = make_county(tmp_path / "world")
    lap = new_site(tmp_path / "world", "lap")
    enrol(county, lap, [VILLAGES[0]], tmp_path)
    yield county, lap
    county.db.close()
    lap.db.close()


def test_restore_on_a_fresh_install_equals_the_original(laptop, tmp_path):
    result = make_backup(laptop.db, tmp_path / "stick" / "b.fbak", passphrase=PASS)
    assert result.info.counts["household"] == 8 and result.info.recipients == ["passphrase"]
    original_fp = laptop.keys.fingerprint
    old_device = laptop.db.device_id
    laptop.db.close()
    original = dump(laptop.path)

    fresh = tmp_path / "new-laptop" / "fupin.db"
    open_database(fresh).close()  # a new installation with its own (empty) database and keys
    load_device_keys(fresh)
    info = inspect_backup(fresh, result.path, passphrase=PASS)
    assert info.counts == result.info.counts and info.device_id == old_device
    restored = restore_backup(fresh, result.path, passphrase=PASS)
    assert dump(fresh) == original
    assert load_device_keys(fresh).fingerprint == original_fp  # the laptop keeps its identity
    con = sqlite3.connect(fresh)
    new_device = con.execute("SELECT device_id FROM device_state").fetchone()[0]
    received = con.execute("SELECT device_id FROM peer_watermark WHERE direction = 'received'").fetchall()
    con.close()
    assert new_device == restored.new_device_id != old_device  # never reuse the old stamps
    assert received == [(old_device,)]
    assert restored.previous_copy and restored.previous_copy.exists()
    db = open_database(fresh)
    assert db.device_id == new_device
    db.close()
    with pytest.raises(SyncError) as err:
        inspect_backup(fresh, result.path, passphrase="wrong passphrase")
    assert err.value.code == "wrong_key"
    laptop.db = open_database(laptop.path)


def test_damaged_backup_is_refused_and_current_data_stays(enrolled, tmp_path):
    county, lap = enrolled
    result = make_backup(lap.db, tmp_path / "b.fbak")
    target = lap.path
    before = closed_sha(lap)
    lap.db.close()
    data = bytearray(result.path.read_bytes())
    for pos in (10, 60, len(data) // 3, len(data) - 5):
        broken = bytearray(data)
        broken[pos] ^= 0x01
        (tmp_path / "broken.fbak").write_bytes(bytes(broken))
        with pytest.raises(SyncError) as err:
            restore_backup(target, tmp_path / "broken.fbak")
        assert err.value.code in ("damaged", "not_a_package"), str(err.value)
        assert file_sha(target) == before
    (tmp_path / "half.fbak").write_bytes(bytes(data[: len(data) // 2]))
    with pytest.raises(SyncError) as err:
        restore_backup(target, tmp_path / "half.fbak")
    assert err.value.code == "incomplete" and file_sha(target) == before
    assert not list(target.parent.glob("*.restoring"))
    lap.db = open_database(target)


def test_backup_without_county_keys_needs_a_passphrase(laptop, tmp_path):
    with pytest.raises(KeyProblem, match="口令"):
        make_backup(laptop.db, tmp_path / "b.fbak")


def test_enrolled_laptop_backup_restores_elsewhere_with_the_escrow_key(tmp_path):
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    enrol(county, lap, [VILLAGES[0]], tmp_path)
    (tmp_path / "stick").mkdir()
    result = make_backup(lap.db, tmp_path / "stick", passphrase=None)
    assert result.path.suffix == ".fbak" and len(result.info.recipients) == 3  # laptop, county, escrow
    assert "AGE-SECRET" not in result.path.read_bytes()[:400].decode("latin-1")
    fresh = tmp_path / "replacement" / "fupin.db"
    with pytest.raises(SyncError) as err:
        inspect_backup(fresh, result.path)
    assert err.value.code == "not_for_us"
    restored = restore_backup(fresh, result.path, identity_files=[tmp_path / "escrow" / "escrow-identity.txt"])
    assert restored.info.counts["household"] == 3

    # The restored laptop carries on: same key, new device id; the county follows it.
    lap.db.close()
    replacement = type(lap)("lap", fresh, open_database(fresh))
    h = first(replacement, Household, village_id=first(replacement, Village, code=VILLAGES[0]).id)
    edit(replacement, Household, h.id, phone="1")
    report = import_package(county.db, export_to(replacement, county, tmp_path / "p.fpkg").path)
    assert report.changed >= 1
    [key] = [k for k in trusted_keys(county.db) if k.role == "laptop"]
    assert key.device_id == replacement.db.device_id
    replacement.db.close()
    county.db.close()


def test_restore_backs_up_the_current_state_first(enrolled, tmp_path):
    county, lap = enrolled
    result = make_backup(lap.db, tmp_path / "b.fbak")
    h = first(lap, Household)
    edit(lap, Household, h.id, note="after the backup")
    lap.db.close()
    current = dump(lap.path)
    restored = restore_backup(lap.path, result.path)  # this laptop's own key opens it
    assert dump(restored.previous_copy) == current
    lap.db = open_database(lap.path)
    assert first(lap, Household, id=h.id).note == ""


def test_daily_backup_once_a_day(laptop):
    first_copy = daily_backup(laptop.db)
    assert first_copy is not None and first_copy.exists()
    assert daily_backup(laptop.db) is None
    con = sqlite3.connect(first_copy)
    assert con.execute("SELECT count(*) FROM household").fetchone()[0] == 8
    con.close()


def test_backup_keeps_database_byte_identical(enrolled, tmp_path):
    lap = enrolled[1]
    before = closed_sha(lap)
    make_backup(lap.db, tmp_path / "b.fbak")
    assert closed_sha(lap) == before
