""""Not for this machine" names both laptops in plain words: no device ids, no key fingerprints on
screen (they go to the log, for whoever sorts the package out)."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from fupin_desktop.sync.errors import NotForUs
from fupin_desktop.sync.exporter import export_package, targets_from_county
from fupin_desktop.sync.importer import import_package
from tests.unit.program_text import PROGRAM_TEXT
from tests.unit.sync.helpers import VILLAGES, make_county, new_site
from tests.unit.sync.test_package_names import _request


@pytest.fixture
def two_laptops(tmp_path):
    """甲村1号 and 乙村1号, both enrolled, and a county package for 甲村1号 on the stick."""
    county = make_county(tmp_path)
    one, two = new_site(tmp_path, "one"), new_site(tmp_path, "two")
    stick = tmp_path / "stick"
    stick.mkdir()
    [t1] = targets_from_county(county.db, [VILLAGES[0]], join_request=_request(one), laptop_label="甲村1号")
    import_package(one.db, export_package(county.db, stick, t1).path)
    [t2] = targets_from_county(county.db, [VILLAGES[1]], join_request=_request(two), laptop_label="乙村1号")
    import_package(two.db, export_package(county.db, stick, t2).path)
    [again] = targets_from_county(county.db, to=one.db.device_id)
    # Addressed to 甲村1号 but sealed to 乙村1号's key (a key mixed up at the county): 乙村1号 can open it,
    # and the address check is what refuses it.
    (stick / "mixed").mkdir()
    misaddressed = export_package(county.db, stick / "mixed", replace(again, recipients=t2.recipients)).path
    yield one, two, export_package(county.db, stick, again).path, misaddressed
    for site in (county, one, two):
        site.db.close()


def ids_of(*sites) -> list[str]:
    return [s.db.device_id for s in sites] + [s.keys.fingerprint for s in sites]


def test_opened_here_but_addressed_elsewhere_the_refusal_names_the_laptops_not_their_device_ids(two_laptops, caplog):
    one, two, _for_one, misaddressed = two_laptops
    with caplog.at_level(logging.WARNING, logger="fupin_desktop.sync.package"):
        with pytest.raises(NotForUs) as caught:
            import_package(two.db, misaddressed)
    zh = caught.value.zh
    assert "甲村1号" in zh and "乙村1号" in zh
    assert not PROGRAM_TEXT.search(zh), zh  # was: 设备号 d5f84b687916429a next to each name
    assert not [i for i in ids_of(one, two) if i in zh], zh
    assert one.db.device_id in caplog.text and two.db.device_id in caplog.text  # the log keeps them


def test_not_decryptable_here_the_refusal_names_the_laptops_not_their_keys(two_laptops, caplog):
    one, two, for_one, _misaddressed = two_laptops
    with caplog.at_level(logging.WARNING, logger="fupin_desktop.sync.package"):
        with pytest.raises(NotForUs) as caught:
            import_package(two.db, for_one)
    zh = caught.value.zh
    assert "甲村1号" in zh and "乙村1号" in zh
    assert not [i for i in ids_of(one, two) if i in zh], zh  # was: 收件密钥 YCGF-…，本机密钥 EBV3-…
    assert one.keys.fingerprint in caplog.text
