"""Package file names say which laptop and which village (the short name the clerk gave the laptop
at enrolment), never a person's name; "not for this machine" names the laptop."""

from __future__ import annotations

import pytest

from fupin_desktop.cli import main
from fupin_desktop.store.models import Household
from fupin_desktop.sync.errors import NotForUs
from fupin_desktop.sync.exporter import export_package, target_to_county, targets_from_county
from fupin_desktop.sync.importer import import_package
from fupin_desktop.sync.keys import make_join_request, read_join_request
from tests.unit.sync.helpers import VILLAGES, edit, first, make_county, new_site

V1 = VILLAGES[0]


def _request(site, person="王德福"):
    return read_join_request(make_join_request(site.keys, site.db.device_id, person, "城关镇", "13800000000"))


def test_file_names_name_laptop_and_village_never_the_person(tmp_path):
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        [target] = targets_from_county(county.db, [V1], join_request=_request(lap), laptop_label="甲村1号")
        down = export_package(county.db, stick, target)
        assert "甲村1号" in down.path.name and "第1村" in down.path.name and "下发" in down.path.name
        assert "王德福" not in down.path.name
        import_package(lap.db, down.path)
        edit(lap, Household, first(lap, Household).id, phone="13912345678")
        up = export_package(lap.db, stick, target_to_county(lap.db))
        assert "甲村1号" in up.path.name and "第1村" in up.path.name and "上报" in up.path.name
        assert "王德福" not in up.path.name
        report = import_package(county.db, up.path)
        assert report.sender_label == "甲村1号"
    finally:
        county.db.close()
        lap.db.close()


def test_default_names_count_up_and_the_cli_takes_a_label(tmp_path, capsys):
    county = make_county(tmp_path)
    a, b, c = (new_site(tmp_path, n) for n in ("a", "b", "c"))
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        [ta] = targets_from_county(county.db, [V1], join_request=_request(a))
        [tb] = targets_from_county(county.db, [V1], join_request=_request(b, "李四"))
        assert (ta.label, tb.label) == ("第1村1号电脑", "第1村2号电脑")
        request = tmp_path / "c.req"
        request.write_bytes(make_join_request(c.keys, c.db.device_id, "张三", "", ""))
        county.db.close()
        code = main(["--db", str(county.path), "export", "--for", str(request), "--village", V1,
                     "--label", "乙村 2号/", "--out", str(stick)])
        out = capsys.readouterr().out
        assert code == 0, out
        assert [p.name for p in stick.glob("*乙村2号*下发*.fpkg")], list(stick.iterdir())
        county.reopen()
    finally:
        for site in (county, a, b, c):
            site.db.close()


def test_not_for_this_machine_names_the_laptops(tmp_path):
    county = make_county(tmp_path)
    one, two = new_site(tmp_path, "one"), new_site(tmp_path, "two")
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        [t1] = targets_from_county(county.db, [V1], join_request=_request(one), laptop_label="甲村1号")
        import_package(one.db, export_package(county.db, stick, t1).path)
        [t2] = targets_from_county(county.db, [VILLAGES[1]], join_request=_request(two), laptop_label="乙村1号")
        import_package(two.db, export_package(county.db, stick, t2).path)
        [again] = targets_from_county(county.db, to=one.db.device_id)
        for_one = export_package(county.db, stick, again).path
        with pytest.raises(NotForUs) as caught:
            import_package(two.db, for_one)
        assert "甲村1号" in caught.value.zh and "乙村1号" in caught.value.zh
    finally:
        for site in (county, one, two):
            site.db.close()
