"""Keys: fingerprints, private key files, join requests, county initialisation, revocation."""

from __future__ import annotations

import json
import stat
import sys

import pytest

from fupin_desktop.sync.errors import KeyProblem
from fupin_desktop.sync.keys import (
    DeviceKeys,
    fingerprint,
    key_file_for,
    load_device_keys,
    load_identities,
    make_join_request,
    read_join_request,
)
from fupin_desktop.sync.trust import county_key, escrow_keys, init_county, revoke
from tests.unit.sync.helpers import make_county, new_site


def test_fingerprint_is_short_stable_and_key_specific():
    a, b = DeviceKeys.generate(), DeviceKeys.generate()
    assert a.fingerprint == fingerprint(a.public.signing_key, a.public.age_recipient)
    assert len(a.fingerprint) == 19 and a.fingerprint.count("-") == 3
    assert a.fingerprint != b.fingerprint
    # Swapping in another age key changes the fingerprint: both halves are covered.
    assert fingerprint(a.public.signing_key, b.public.age_recipient) != a.fingerprint


def test_device_keys_are_made_once_and_only_the_owner_can_read_them(tmp_path):
    db_path = tmp_path / "x.db"
    first = load_device_keys(db_path)
    again = load_device_keys(db_path)
    assert first.fingerprint == again.fingerprint
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file_for(db_path).stat().st_mode) == 0o600
    with pytest.raises(KeyProblem):
        load_device_keys(tmp_path / "other.db", create=False)


def test_damaged_key_file_is_reported(tmp_path):
    db_path = tmp_path / "x.db"
    load_device_keys(db_path)
    key_file_for(db_path).write_text("{broken", encoding="utf-8")
    with pytest.raises(KeyProblem, match="损坏"):
        load_device_keys(db_path)


def test_join_request_round_trip_and_tamper_detection():
    keys = DeviceKeys.generate()
    data = make_join_request(keys, "dev1", "李四", "甲村", "13800000000")
    req = read_join_request(data)
    assert (req.device_id, req.user_name, req.fingerprint) == ("dev1", "李四", keys.fingerprint)
    obj = json.loads(data)
    obj["user_name"] = "王五"
    with pytest.raises(KeyProblem, match="签名"):
        read_join_request(json.dumps(obj).encode())
    obj = json.loads(data)
    obj["age_recipient"] = str(DeviceKeys.generate().public.age_recipient)  # someone else's key
    with pytest.raises(KeyProblem):
        read_join_request(json.dumps(obj).encode())
    with pytest.raises(KeyProblem):
        read_join_request(b"not json")


def test_init_county_writes_escrow_elsewhere_and_refuses_twice(tmp_path):
    county = make_county(tmp_path)
    with county.db.engine.connect() as conn:
        ck = county_key(conn)
        [escrow] = escrow_keys(conn)
    assert ck.fingerprint == county.keys.fingerprint
    escrow_file = tmp_path / "escrow" / "escrow-identity.txt"
    [identity] = load_identities(escrow_file)
    assert str(identity.to_public()) == escrow.age_recipient
    assert escrow.fingerprint in escrow_file.read_text(encoding="utf-8")
    # The escrow secret is not kept beside the database.
    assert str(identity) not in key_file_for(county.path).read_text()
    assert not list(county.path.parent.rglob("escrow-identity.txt"))
    with pytest.raises(KeyProblem, match="已经初始化"):
        init_county(county.db, tmp_path / "escrow2")


def test_revoke_marks_key(tmp_path):
    county = make_county(tmp_path)
    laptop = new_site(tmp_path, "lap")
    from tests.unit.sync.helpers import enrol

    enrol(county, laptop, ["411525100201"], tmp_path)
    from fupin_desktop.sync.trust import trusted_keys

    [lap_key] = [k for k in trusted_keys(county.db) if k.role == "laptop"]
    assert lap_key.villages == ["411525100201"] and lap_key.device_id == laptop.db.device_id
    revoke(county.db, lap_key.fingerprint)
    assert [k.revoked for k in trusted_keys(county.db) if k.role == "laptop"] == [True]
    with pytest.raises(KeyProblem):
        revoke(county.db, "NOPE-NOPE-NOPE-NOPE")
