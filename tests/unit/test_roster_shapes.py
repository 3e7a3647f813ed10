"""Rosters shaped the way offices keep them (issue 12 §2, DOMAIN.md §9).

Household columns merged over the member rows or filled only on the first row, totals and
signature lines, households without a 户主 row, hidden rows and sheets, formula cells without a
stored result, and workbooks too large or hostile to open.
"""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook
from sqlmodel import select

from fupin_desktop.errors import UserFacingError
from fupin_desktop.io import roster_limits
from fupin_desktop.services.excel.roster_import import import_roster, preview_roster
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Member
from tests.unit.test_roster_import import HEADER, ident, person

COL = {h: i for i, h in enumerate(HEADER)}
HOUSEHOLD_COLUMNS = ("县(市、区、旗)", "镇（乡）", "行政村", "户编号", "人数", "脱贫属性", "贫困户属性", "主要致贫原因")
FIRST_DATA_ROW = 3  # a title row, the header, then the data


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "county.db")
    yield database
    database.close()


def households():
    """Three households (3, 1 and 2 people), rows as the national export writes them."""
    return [
        [person("H001", "张大山", ident(1), "户主", 3),
         person("H001", "李秀兰", ident(2, male=False), "配偶", 3, sex="女"),
         person("H001", "张小明", ident(3, 2008), "之子", 3)],
        [person("H002", "王建国", ident(4), "户主", 1)],
        [person("H003", "赵四", ident(5), "户主", 2),
         person("H003", "赵五", ident(6, 2001), "之子", 2)],
    ]


def _workbook(groups, merge=False, blank_after_first=False, totals=True):
    """A title row, the header, the households; household columns merged (``merge``) or left blank
    below each household's first row; a 合计 row and signature lines at the bottom."""
    wb = Workbook()
    ws = wb.active
    ws.title = "人员信息"
    ws.append(["金水县建档立卡贫困人口花名册"])
    ws.append(HEADER)
    row = FIRST_DATA_ROW
    for members in groups:
        first = row
        for i, values in enumerate(members):
            values = list(values)
            if i and (merge or blank_after_first):
                for header in HOUSEHOLD_COLUMNS:
                    values[COL[header]] = None
            ws.append(values)
            row += 1
        if merge and len(members) > 1:
            for header in HOUSEHOLD_COLUMNS:
                letter = ws.cell(1, COL[header] + 1).column_letter
                ws.merge_cells(f"{letter}{first}:{letter}{row - 1}")
    if totals:
        total = [None] * len(HEADER)
        total[0], total[COL["姓名"]] = "合计", f"{len(groups)}户{sum(map(len, groups))}人"
        ws.append(total)
        ws.append(["填表人：李会计", None, None, None, "审核人：王主任", None, "日期：2023年5月"])
    return wb


def _save(wb, path):
    wb.save(path)
    return path


@pytest.mark.parametrize("shape", ["merge", "blank_after_first"])
def test_household_columns_merged_or_filled_once_belong_to_the_rows_below(db, tmp_path, shape):
    wb = _workbook(households(), **{shape: True})
    preview = preview_roster(db, _save(wb, tmp_path / f"{shape}.xlsx"))
    assert preview.rejected == []
    assert len(preview.households) == 3 and preview.members == 6
    by_no = {d.household["household_no"]: d for d in preview.households}
    assert sorted(by_no) == ["H001", "H002", "H003"]
    assert [m["name"] for m in by_no["H001"].members] == ["张大山", "李秀兰", "张小明"]
    # The totals row and the signature line are not people; they are listed as skipped.
    kinds = {(s.kind, s.row) for s in preview.skipped}
    assert ("totals", 9) in kinds and ("footer", 10) in kinds
    totals = next(s for s in preview.skipped if s.kind == "totals")
    assert "3户6人" in totals.text and "合计" in totals.describe()
    assert "skipped" in preview.as_dict() and preview.as_dict()["skipped"][0]["kind"] == "totals"
    import_roster(db, preview)
    with db.session() as s:
        assert sorted(h.household_no for h in s.exec(select(Household))) == ["H001", "H002", "H003"]
        assert "3户6人" not in {m.name for m in s.exec(select(Member))}
        h1 = s.exec(select(Household).where(Household.household_no == "H001")).one()
        assert h1.size == 3 and h1.head_name == "张大山"


def test_a_household_without_a_head_is_an_error_not_folded_into_the_one_above(db, tmp_path):
    groups = households()
    groups.insert(1, [person("H009", "孙无主", ident(9), "之子", 2), person("H009", "孙无主二", ident(10), "之女", 2,
                                                                         sex="女")])
    for shape in ("merge", "blank_after_first"):
        preview = preview_roster(db, _save(_workbook(groups, **{shape: True}), tmp_path / f"nohead_{shape}.xlsx"))
        rejected = {p.row: p.errors for p in preview.rejected}
        assert set(rejected) == {6, 7}, shape  # the two rows of H009, nowhere else
        assert all(any("H009" in e and "户主" in e for e in errors) for errors in rejected.values())
        assert sorted(d.household["household_no"] for d in preview.households) == ["H001", "H002", "H003"]
        assert len(next(d for d in preview.households if d.household["household_no"] == "H001").members) == 3


def test_a_second_head_with_a_blank_number_starts_no_silent_household(db, tmp_path):
    groups = households()
    rows = [list(r) for r in groups[0]] + [person(None, "钱多多", ident(11), "户主", 1)]
    preview = preview_roster(db, _save(_workbook([rows], totals=False), tmp_path / "second_head.xlsx"))
    assert [p.row for p in preview.rejected] == [6]
    assert "户编号为空" in preview.rejected[0].errors


def test_hidden_rows_hidden_sheets_and_formula_cells_are_skipped_and_listed(db, tmp_path):
    wb = _workbook(households(), totals=False)
    ws = wb.active
    ws.append(person("H004", "隐藏人", ident(20), "户主", 1))  # row 9, hidden
    ws.row_dimensions[9].hidden = True
    ws.append([None] * len(HEADER))  # row 10: a blank separator
    ws.append(person("H005", "公式户", ident(21), "户主", 1))  # row 11, 人数 by formula, never calculated
    ws.cell(11, COL["人数"] + 1).value = "=COUNTIF(E:E,E11)"
    hidden = wb.create_sheet("旧名单")
    hidden.append(HEADER)
    hidden.append(person("H006", "旧人", ident(22), "户主", 1))
    hidden.sheet_state = "hidden"
    preview = preview_roster(db, _save(wb, tmp_path / "hidden.xlsx"))
    assert preview.rejected == []
    assert sorted(d.household["household_no"] for d in preview.households) == ["H001", "H002", "H003", "H005"]
    skipped = {(s.kind, s.sheet, s.row, s.column) for s in preview.skipped}
    assert ("hidden_row", "人员信息", 9, "") in skipped
    assert ("blank", "人员信息", 10, "") in skipped
    assert ("formula", "人员信息", 11, "人数") in skipped
    assert ("hidden_sheet", "旧名单", None, "") in skipped
    assert [s.kind for s in preview.sheets] == ["members", "hidden"]
    as_json = preview.as_dict()["skipped"]
    assert {item["kind"] for item in as_json} == {"hidden_row", "blank", "formula", "hidden_sheet"}
    assert all(item["reason"] for item in as_json)


def test_a_zip_bomb_is_refused_with_a_clear_message(db, tmp_path):
    plain = _save(_workbook(households()), tmp_path / "plain.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", b" " * (8 * 1024 * 1024) + b"</worksheet>")
            dst.writestr(item, data)
    with pytest.raises(UserFacingError) as refused:
        preview_roster(db, bomb)
    assert "膨胀" in refused.value.zh and "倍" in refused.value.zh


def test_an_over_long_cell_is_refused(db, tmp_path):
    wb = _workbook(households())
    wb.active.cell(3, COL["联系电话"] + 1).value = "LONGCELL"
    plain = _save(wb, tmp_path / "plain.xlsx")
    long = tmp_path / "long.xlsx"  # openpyxl cuts what it writes at 32767 characters: write the XML
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(long, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item).replace(b"LONGCELL", b"1" * 40_000))
    with pytest.raises(UserFacingError) as refused:
        preview_roster(db, long)
    assert "32767" in refused.value.zh and "第 3 行" in refused.value.zh
    with pytest.raises(UserFacingError):  # the same limit on the shared strings Excel writes
        roster_limits.check_shared_strings(["短", "长" * 40_000], "long.xlsx")


def test_too_many_rows_and_too_large_a_workbook_are_refused(db, tmp_path, monkeypatch):
    path = _save(_workbook(households()), tmp_path / "rows.xlsx")
    small = roster_limits.limits().__class__(**{**roster_limits.limits().__dict__, "max_data_rows": 4})
    monkeypatch.setattr(roster_limits, "limits", lambda: small)
    monkeypatch.setattr("fupin_desktop.services.excel.roster_import.limits", lambda: small)
    with pytest.raises(UserFacingError) as refused:
        preview_roster(db, path)
    assert "拆分" in refused.value.zh and "4" in refused.value.zh
    tiny = small.__class__(**{**small.__dict__, "max_data_rows": 100, "max_uncompressed_mb": 0})
    monkeypatch.setattr(roster_limits, "limits", lambda: tiny)
    with pytest.raises(UserFacingError) as refused:
        preview_roster(db, path)
    assert "解压后" in refused.value.zh


def test_household_numbers_from_the_file_are_kept_whatever_the_cell_type(db, tmp_path):
    groups = households()
    for i, members in enumerate(groups):
        for row in members:
            row[COL["户编号"]] = 4115251002010000 + i if i != 1 else f"41152510020100{i:02d}"  # number and text cells
    preview = preview_roster(db, _save(_workbook(groups, blank_after_first=True), tmp_path / "numbers.xlsx"))
    assert preview.rejected == []
    import_roster(db, preview)
    with db.session() as s:
        assert sorted(h.household_no for h in s.exec(select(Household))) == [
            "4115251002010000", "4115251002010001", "4115251002010002"]
        assert all(h.household_no for h in s.exec(select(Household)))


def test_a_damaged_sheet_is_a_clear_message_not_a_crash(db, tmp_path):
    plain = _save(_workbook(households()), tmp_path / "plain.xlsx")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) * 2 // 3]  # cut off in the middle of the rows
            dst.writestr(item, data)
    with pytest.raises(UserFacingError) as refused:
        preview_roster(db, broken)
    assert "损坏" in refused.value.zh and "人员信息" in refused.value.zh


def test_without_household_numbers_a_new_head_name_starts_a_household_even_without_a_head_row(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["乡镇", "行政村", "户主姓名", "姓名", "证件号码", "与户主关系"])
    ws.append(["城关镇", "甲村", "张大山", "张大山", ident(1), "户主"])
    ws.append(["城关镇", "甲村", "张大山", "张小明", ident(3, 2008), "之子"])
    ws.append(["城关镇", "甲村", "李四", "李小四", ident(8, 2010), "之子"])  # 李四's household, no 户主 row
    preview = preview_roster(db, _save(wb, tmp_path / "nonumbers.xlsx"))
    assert [p.row for p in preview.rejected] == [4]
    assert any("户主" in e for e in preview.rejected[0].errors)
    assert [len(d.members) for d in preview.households] == [2]


def test_rows_share_no_messages_by_accident():
    from fupin_desktop.io.roster_rows import RosterRow

    first, second = RosterRow("s", 1, {}), RosterRow("s", 2, {})
    assert first.errors == [] and first.warnings == [] and not first.failed
    with pytest.raises(TypeError):
        first.errors.append("写进了共用的空列表")
    first.add_error("甲")
    first.add_warning("乙")
    assert (first.errors, first.warnings) == (["甲"], ["乙"]) and (second.errors, second.warnings) == ([], [])


def test_a_blank_number_in_another_village_does_not_join_the_household_above(db, tmp_path):
    groups = households()
    stray = person(None, "周游", ident(12), "之子", 1, village="乙村", township="河口乡")
    groups[0].append(stray)
    preview = preview_roster(db, _save(_workbook(groups, totals=False), tmp_path / "stray.xlsx"))
    rejected = {p.row: p.errors for p in preview.rejected}
    assert set(rejected) == {6} and "户编号为空" in rejected[6]
    assert len(next(d for d in preview.households if d.household["household_no"] == "H001").members) == 3
