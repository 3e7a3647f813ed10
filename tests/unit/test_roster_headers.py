"""Header recognition for real-world roster exports: aliases, brackets, line breaks, suffixes, title rows."""

from __future__ import annotations

import json

import pytest

from fupin_desktop.errors import UserFacingError
from fupin_desktop.io.roster_headers import (
    find_header_row,
    load_mapping,
    map_headers,
    normalize_header,
    recognise,
    save_mapping,
)


@pytest.mark.parametrize("header,field", [
    ("镇(乡)", "township_name"),
    ("乡（镇）", "township_name"),
    ("乡镇", "township_name"),
    ("县(市、区、旗)", "county_name"),
    ("县（市、区、旗）", "county_name"),
    ("行政村", "village_name"),
    ("村", "village_name"),
    ("证件号码", "id_number"),
    ("身份证号", "id_number"),
    ("  证件\n号码 ", "id_number"),
    ("劳动能力\n页面（劳动技能）", "labour_skill"),
    ("劳动技能", "labour_skill"),
    ("务工时间（月）", "work_months"),
    ("务工时间【月】", "work_months"),
    ("主要致贫原因", "main_cause"),
    ("致贫原因1", "main_cause"),
    ("联系电话", "household_phone"),
    ("户联系电话", "household_phone"),
    ("人联系电话", "member_phone"),
    ("与户主关系", "relationship"),
    ("姓名0", "name"),
    ("证件号码*", "id_number"),
])
def test_usual_headers_are_recognised(header, field):
    assert recognise(header) == field


@pytest.mark.parametrize("header", ["人编号", "序号", "某县建档立卡贫困人口明细表", "", None, "备注说明栏"])
def test_other_headers_are_not_fields(header):
    assert recognise(header) is None


def test_normalisation_unifies_brackets_and_spaces():
    assert normalize_header("务工时间（月）") == normalize_header(" 务工时间(月)\n") == "务工时间(月)"


def test_title_rows_above_the_header_are_skipped():
    rows = [
        ("XX县建档立卡贫困人口信息表", None, None, None),
        ("导出时间：2023年05月", None, None, None),
        ("序号", "姓名", "证件号码", "与户主关系"),
        (1, "张三", "410102196003151237", "户主"),
    ]
    assert find_header_row(rows) == 2
    assert find_header_row(rows[:2]) is None


def test_suffixed_duplicate_is_ignored_and_reported():
    mapping = map_headers(["姓名", "证件号码", "姓名0", "人编号", "奇怪的列"], header_row=1)
    assert mapping.field_columns() == {"name": 0, "id_number": 1}
    assert mapping.duplicates() == [(2, "name")]
    assert mapping.unmapped_headers() == ["奇怪的列"]


def test_saved_mapping_wins_and_round_trips(tmp_path):
    mapping = map_headers(["户主", "家庭住址代码", "身份证号"], header_row=2)
    assert mapping.columns == ["head_name", "", "id_number"]
    mapping.set_column(1, "village_code")
    mapping.set_column(0, "")  # the user chose not to import it
    path = tmp_path / "m.json"
    save_mapping(mapping, path)
    saved = load_mapping(path)
    # Next year's export: other column order, same headers.
    again = map_headers(["身份证号", "户主", "家庭住址代码"], header_row=1, saved=saved)
    assert again.columns == ["id_number", "", "village_code"]


def test_bad_mapping_files_are_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserFacingError):
        load_mapping(path)
    path.write_text(json.dumps({"format": "fupin-roster-mapping", "columns": {"x": "no_such_field"}}), encoding="utf-8")
    with pytest.raises(UserFacingError, match="no_such_field"):
        load_mapping(path)
