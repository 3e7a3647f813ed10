"""Hostile and broken packages. Every case is refused with its own message and leaves the
receiving database byte-identical (checked on the file after a clean close)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fupin_desktop.store.engine import open_database
from fupin_desktop.store.migrations import CURRENT_VERSION
from fupin_desktop.store.models import Household, Village
from fupin_desktop.sync import envelope
from fupin_desktop.sync.container import MANIFEST
from fupin_desktop.sync.errors import SyncError
from fupin_desktop.sync.exporter import export_package, targets_from_county
from fupin_desktop.sync.importer import STATUS_ALREADY, import_package
from fupin_desktop.sync.keys import DeviceKeys, make_join_request, read_join_request
from fupin_desktop.sync.trust import revoke, trusted_keys
from tests.unit.sync.helpers import (
    VILLAGES,
    closed_sha,
    content,
    edit,
    enrol,
    export_to,
    first,
    make_county,
    new_site,
    repack,
    unpack,
)

V1, V2 = VILLAGES
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def world(tmp_path):
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(county, lap, [V1], stick)
    v1 = first(lap, Village, code=V1)
    h = first(lap, Household, village_id=v1.id)
    edit(lap, Household, h.id, phone="13800000000", note="村里改的")
    good = export_to(lap, county, stick / "good.fpkg").path
    yield county, lap, stick, good
    county.db.close()
    lap.db.close()


def refused(site, path, code, **kw) -> SyncError:
    before = closed_sha(site)
    with pytest.raises(SyncError) as err:
        import_package(site.db, path, **kw)
    assert err.value.code == code, str(err.value)
    assert closed_sha(site) == before
    assert "\n" not in str(err.value)
    return err.value


def crafted(world, mutate, name="bad.fpkg", **kw) -> Path:
    county, lap, stick, good = world
    manifest, members = unpack(good, county.keys)
    members = mutate(manifest, members) or members
    return repack(stick / name, manifest, members, lap.keys, county.keys, **kw)


def _part(members, table):
    return next(i for i, (n, _) in enumerate(members) if n == f"data/{table}.jsonl")


# --- the file itself ------------------------------------------------------------------------

def test_the_good_package_imports(world):
    county, lap, _, good = world
    assert import_package(county.db, good, dry_run=True).changed >= 1


def test_truncation_anywhere(world):
    county, _, stick, good = world
    data = good.read_bytes()
    header_end = data.index(b"\n")
    cuts = {0, 1, 4, 10, header_end // 2, header_end, header_end + 1, header_end + 50, len(data) // 2, len(data) - 1}
    for cut in sorted(cuts):
        path = stick / f"cut-{cut}.fpkg"
        path.write_bytes(data[:cut])
        err = refused(county, path, "incomplete")
        assert "不完整" in str(err) or "空" in str(err)


def test_flipped_byte_anywhere(world):
    county, _, stick, good = world
    data = good.read_bytes()
    header_end = data.index(b"\n")
    positions = list(range(0, header_end + 1, 7)) + [header_end + 1 + k * (len(data) - header_end - 2) // 25
                                                       for k in range(26)]
    allowed = {"damaged", "not_a_package", "not_for_us", "incomplete", "too_new", "wrong_key"}
    seen = set()
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 0x20 if 0x41 <= flipped[pos] <= 0x7a else 0x01
        path = stick / "flip.fpkg"
        path.write_bytes(bytes(flipped))
        before = closed_sha(county)
        with pytest.raises(SyncError) as err:
            import_package(county.db, path)
        assert err.value.code in allowed, (pos, str(err.value))
        assert closed_sha(county) == before
        seen.add(err.value.code)
    assert "damaged" in seen  # any body byte: the SHA-256 of the ciphertext catches it


def test_trailing_garbage_and_other_files(world):
    county, _, stick, good = world
    (stick / "extra.fpkg").write_bytes(good.read_bytes() + b"x")
    refused(county, stick / "extra.fpkg", "damaged")
    (stick / "photo.fpkg").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    refused(county, stick / "photo.fpkg", "not_a_package")
    (stick / "future.fpkg").write_bytes(good.read_bytes().replace(b"FPKG/1 ", b"FPKG/9 ", 1))
    refused(county, stick / "future.fpkg", "too_new")


# --- keys and signatures --------------------------------------------------------------------

def test_package_for_another_office(world, tmp_path):
    county, lap, stick, good = world
    other = new_site(tmp_path, "other")
    err = refused(other, good, "not_for_us")
    assert "不是发给本机" in str(err)
    other.db.close()


def test_recipient_line_forged_to_name_us(world):
    county, lap, stick, good = world
    stranger = DeviceKeys.generate()
    manifest, members = unpack(good, county.keys)
    path = repack(stick / "x.fpkg", manifest, members, lap.keys, stranger)
    env, ciphertext = envelope.parse(path.read_bytes(), envelope.KIND_PACKAGE)
    forged = envelope.envelope_line(envelope.KIND_PACKAGE, env.package_id, [county.keys.fingerprint], bytes(ciphertext))
    path.write_bytes(forged + bytes(ciphertext))
    refused(county, path, "wrong_key")


def test_unknown_signer(world):
    county, lap, stick, good = world
    stranger = DeviceKeys.generate()
    manifest, members = unpack(good, county.keys)
    manifest["sender"].update(fingerprint=stranger.fingerprint, signing_key=stranger.public.signing_key,
                              age_recipient=stranger.public.age_recipient)
    path = repack(stick / "x.fpkg", manifest, members, stranger, county.keys)
    refused(county, path, "unknown_signer")


def test_signature_by_another_key_than_the_named_sender(world):
    county, lap, stick, good = world
    manifest, members = unpack(good, county.keys)
    path = repack(stick / "x.fpkg", manifest, members, DeviceKeys.generate(), county.keys)
    refused(county, path, "bad_signature")


def test_revoked_signer(world):
    county, lap, _, good = world
    [key] = [k for k in trusted_keys(county.db) if k.role == "laptop"]
    revoke(county.db, key.fingerprint)
    refused(county, good, "revoked_signer")


def test_laptop_refuses_a_second_county(world, tmp_path):
    county, lap, stick, _ = world
    rogue_root = tmp_path / "rogue"
    rogue = make_county(rogue_root)
    request = read_join_request(make_join_request(lap.keys, lap.db.device_id, "lap", "", ""))
    [target] = targets_from_county(rogue.db, [V1], join_request=request)
    pkg = export_package(rogue.db, stick, target)
    err = refused(lap, pkg.path, "unknown_signer")
    assert "另一个县级密钥" in str(err)
    rogue.db.close()


# --- the zip inside -------------------------------------------------------------------------

def test_manifest_hash_mismatch(world):
    county = world[0]

    def mutate(manifest, members):
        i = _part(members, "household")
        name, blob = members[i]
        members[i] = (name, blob.replace("村里改的".encode(), "别人改的".encode()))
    refused(county, crafted(world, mutate, fix_parts=False), "hash_mismatch")


def test_manifest_count_mismatch(world):
    county = world[0]

    def mutate(manifest, members):
        for part in manifest["parts"]:
            part["records"] += 1
    refused(county, crafted(world, mutate, fix_parts=False), "count_mismatch")


def test_undeclared_members(world):
    county = world[0]
    refused(county, crafted(world, lambda m, ms: ms + [("data/visit.jsonl", b"")]), "undeclared_member")
    refused(county, crafted(world, lambda m, ms: ms + [("readme.txt", b"hi")]), "undeclared_member")


@pytest.mark.parametrize("name", ["../evil.jsonl", "/etc/passwd", "data/../../x.jsonl", "C:/x.jsonl", "data\\x.jsonl"])
def test_paths_that_climb_or_start_at_a_root(world, name):
    refused(world[0], crafted(world, lambda m, ms: ms + [(name, b"[]\n")]), "path_traversal")


def test_zip_bomb(world):
    def mutate(manifest, members):
        i = _part(members, "household")
        members[i] = (members[i][0], b" " * (64 * 1024 * 1024) + b"\n")
    refused(world[0], crafted(world, mutate), "zip_bomb")


def test_duplicate_manifest(world):
    county, lap, stick, good = world

    def extra(zf):
        zf.writestr(MANIFEST, b"{}")
    manifest, members = unpack(good, county.keys)
    with pytest.warns(UserWarning):
        path = repack(stick / "dup.fpkg", manifest, members, lap.keys, county.keys, extra=extra)
    refused(county, path, "duplicate_member")


def test_malformed_json_line(world):
    def mutate(manifest, members):
        i = _part(members, "household")
        members[i] = (members[i][0], b'["not closed"\n')
    refused(world[0], crafted(world, mutate), "malformed_json")


def test_nan_and_wrong_types_are_invalid_rows(world):
    county = world[0]

    def bad_value(value):
        def mutate(manifest, members):
            part = next(p for p in manifest["parts"] if p["table"] == "household")
            i = _part(members, "household")
            row = json.loads(members[i][1].splitlines()[0])
            row[part["columns"].index("military_family")] = value
            members[i] = (members[i][0], json.dumps(row, ensure_ascii=False).encode() + b"\n")
        return mutate
    err = refused(county, crafted(world, bad_value("yes")), "invalid_row")
    assert "household" in str(err) and "第 1 行" in str(err)

    def nan(manifest, members):
        bad_value("__NAN__")(manifest, members)
        i = _part(members, "household")
        members[i] = (members[i][0], members[i][1].replace(b'"__NAN__"', b"NaN"))
    refused(county, crafted(world, nan), "malformed_json")


def test_oversized_line(world):
    def mutate(manifest, members):
        i = _part(members, "household")
        part = next(p for p in manifest["parts"] if p["table"] == "household")
        row = json.loads(members[i][1].splitlines()[0])
        row[part["columns"].index("note")] = os.urandom(700_000).hex()
        members[i] = (members[i][0], json.dumps(row).encode() + b"\n")
    refused(world[0], crafted(world, mutate), "oversized_line")


def test_reference_to_a_parent_that_is_nowhere(world):
    def mutate(manifest, members):
        i = _part(members, "household")
        part = next(p for p in manifest["parts"] if p["table"] == "household")
        row = json.loads(members[i][1].splitlines()[0])
        row[part["columns"].index("id")] = "f" * 32
        row[part["columns"].index("responsible_cadre_id")] = "e" * 32
        members[i] = (members[i][0], members[i][1] + json.dumps(row, ensure_ascii=False).encode() + b"\n")
    refused(world[0], crafted(world, mutate), "missing_parent")


def test_same_record_twice_in_a_part(world):
    def mutate(manifest, members):
        i = _part(members, "household")
        members[i] = (members[i][0], members[i][1] + members[i][1])
    refused(world[0], crafted(world, mutate), "duplicate_record")


def test_changes_outside_the_laptops_villages(world):
    county, lap, stick, _ = world
    v2 = first(lap, Village, code=V2)  # reference data: every laptop knows every village's name
    with lap.db.transaction() as s:
        s.add(Household(village_id=v2.id, head_name="越权新增"))
    pkg = export_to(lap, county, stick / "scope.fpkg")
    refused(county, pkg.path, "out_of_scope")


# --- versions, clocks, replays --------------------------------------------------------------

def test_newer_schema_is_refused_with_the_version_needed(world):
    def mutate(manifest, members):
        manifest["schema_version"] = CURRENT_VERSION + 1
    err = refused(world[0], crafted(world, mutate), "too_new")
    assert str(CURRENT_VERSION + 1) in str(err)


def test_older_schema_is_upgraded_in_memory(world):
    county = world[0]

    def mutate(manifest, members):
        manifest["schema_version"] = 1
        part = next(p for p in manifest["parts"] if p["table"] == "household")
        drop = part["columns"].index("note")  # pretend v1 packages had no `note`
        del part["columns"][drop]
        i = _part(members, "household")
        rows = [json.loads(line) for line in members[i][1].splitlines()]
        for row in rows:
            del row[drop]
        members[i] = (members[i][0], b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows))
    report = import_package(county.db, crafted(world, mutate))
    assert report.status == "imported" and report.changed >= 1


def test_clock_skew_of_years(world, tmp_path):
    county, lap, stick, _ = world
    years = int(5 * 365.25 * 24 * 3600 * 1000)
    with lap.db.connect() as conn:
        conn.exec_driver_sql(f"UPDATE device_state SET hlc_wall_ms = hlc_wall_ms + {years}")
    edit(lap, Household, first(lap, Household, village_id=first(lap, Village, code=V1).id).id, phone="1")
    pkg = export_to(lap, county, stick / "skew.fpkg")
    err = refused(county, pkg.path, "clock_skew")
    assert "年" in str(err)
    assert import_package(county.db, pkg.path, accept_clock_skew=True).status == "imported"


def test_replay_of_an_imported_package(world):
    county, _, _, good = world
    first_time = import_package(county.db, good)
    before = closed_sha(county)
    again = import_package(county.db, good)
    assert again.status == STATUS_ALREADY and again.imported_at == first_time.imported_at
    assert closed_sha(county) == before


def test_every_refusal_has_its_own_message(world):
    county, lap, stick, good = world
    messages = {}
    data = good.read_bytes()
    (stick / "t.fpkg").write_bytes(data[: len(data) // 2])
    cases = {
        "incomplete": stick / "t.fpkg",
        "hash_mismatch": crafted(world, lambda m, ms: ms.__setitem__(_part(ms, "household"), (
            ms[_part(ms, "household")][0], ms[_part(ms, "household")][1].replace(b"1380", b"1390"))), "a", fix_parts=False),
        "undeclared_member": crafted(world, lambda m, ms: ms + [("readme.txt", b"")], "b"),
        "path_traversal": crafted(world, lambda m, ms: ms + [("../x", b"")], "c"),
        "malformed_json": crafted(world, lambda m, ms: ms.__setitem__(_part(ms, "household"), (
            ms[_part(ms, "household")][0], b"{\n")), "d"),
        "too_new": crafted(world, lambda m, ms: m.__setitem__("schema_version", CURRENT_VERSION + 5), "e"),
    }
    for code, path in cases.items():
        messages[code] = str(refused(county, path, code))
    assert len(set(messages.values())) == len(messages)


# --- a crash in the middle ------------------------------------------------------------------

CRASH = """
import os, signal, sys
from fupin_desktop.store.engine import open_database
from fupin_desktop.sync import importer
original = importer._Apply._apply_batch
calls = []
def crash_after_second_batch(self, *args, **kwargs):
    original(self, *args, **kwargs)
    calls.append(1)
    if len(calls) == 2:
        print("KILLING", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
importer._Apply._apply_batch = crash_after_second_batch
db = open_database(sys.argv[1])
importer.import_package(db, sys.argv[2])
print("FINISHED", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_process_killed_mid_import_leaves_no_partial_state(tmp_path):
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "fresh")
    request = read_join_request(make_join_request(lap.keys, lap.db.device_id, "fresh", "", ""))
    [target] = targets_from_county(county.db, [V1, V2], join_request=request)
    pkg = export_package(county.db, tmp_path, target)
    before_content = content(lap.db)
    before = closed_sha(lap)
    lap.db.close()
    proc = subprocess.run([sys.executable, "-c", CRASH, str(lap.path), str(pkg.path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert "KILLING" in proc.stdout and "FINISHED" not in proc.stdout, proc.stdout + proc.stderr
    assert proc.returncode == -signal.SIGKILL
    lap.db = open_database(lap.path)
    assert content(lap.db) == before_content
    assert closed_sha(lap) == before
    # And the package still imports cleanly afterwards.
    assert import_package(lap.db, pkg.path).new > 0
    lap.db.close()
    county.db.close()


def test_same_record_twice_across_batches_into_a_new_installation(tmp_path, monkeypatch):
    from fupin_desktop.sync import importer

    county = make_county(tmp_path)
    fresh = new_site(tmp_path, "fresh")
    request = read_join_request(make_join_request(fresh.keys, fresh.db.device_id, "fresh", "", ""))
    [target] = targets_from_county(county.db, [V1], join_request=request)
    pkg = export_package(county.db, tmp_path, target)
    manifest, members = unpack(pkg.path, fresh.keys)
    i = _part(members, "household")
    members[i] = (members[i][0], members[i][1] + members[i][1].splitlines(keepends=True)[0])
    path = repack(tmp_path / "dup.fpkg", manifest, members, county.keys, fresh.keys)
    monkeypatch.setattr(importer, "BATCH", 1)  # the copies land in different batches
    refused(fresh, path, "duplicate_record")
    fresh.db.close()
    county.db.close()
