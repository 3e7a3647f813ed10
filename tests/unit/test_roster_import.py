"""Excel roster import: a workbook made here with good rows and every kind of bad row.

Exactly the good households are imported; each bad row is reported with its Excel row number
and all of its errors; nothing is written while rows are rejected unless the user accepts.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func
from sqlmodel import select

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.io.roster_rejects import ERROR_HEADER, export_rejected
from fupin_desktop.services.excel.roster_import import ImportRefused, import_roster, preview_roster
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Area, AuditEvent, Household, Member, Village

HEADER = ["序号", "县(市、区、旗)", "镇（乡）", "行政村", "户编号", "人编号", "姓名", "性别", "证件号码",
          "人数", "与户主关系", "民族", "文化程度", "在校生状况", "健康状况", "劳动能力\n页面（劳动技能）",
          "务工状况", "务工时间（月）", "是否参加新农合", "脱贫属性", "贫困户属性", "主要致贫原因",
          "脱贫年度", "联系电话", "首次识别时间"]
AREA6 = "410102"


def ident(n: int, year: int = 1970, male: bool = True) -> str:
    return make_id(AREA6, date(year, 1 + n % 12, 1 + n % 27), (n * 2 + (1 if male else 0)) % 1000 or 1)


def person(hno, name, id_value, relationship, size, village="甲村", township="城关镇", education="初中",
           health="健康", labour="普通劳动力", insured="是", status="未脱贫", cause="因病", exit_year=None,
           sex="男", identified=20140501):
    return [None, "金水县", township, village, hno, None, name, sex, id_value, size, relationship, "汉族",
            education, " 非在校生", health, labour, "省外务工", 10.0, insured, status, "一般贫困户", cause,
            exit_year, "13800000000", identified]


def _save(rows, path, title_rows=2):
    wb = Workbook()
    ws = wb.active
    ws.title = "人员信息"
    if title_rows >= 1:
        ws.append(["金水县建档立卡贫困人口信息表"])
    if title_rows >= 2:
        ws.append(["导出时间：2023年05月"])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def good_rows():
    return [
        person("H001", "张大山", ident(1), "户主", 3),                                   # row 4
        person("H001", "李秀兰", ident(2, male=False), "配偶", 3, sex="女"),             # row 5
        person("H001", "张小明", ident(3, 2008), "之子", 3, education="初中"),           # row 6
        person("H002", "王建国", ident(4), "户主", 1, status="已脱贫(享受政策)", exit_year=202312,
               identified="2014年05月"),                                                  # row 7
        person("H003", "赵四", ident(5), "户主", 2, village="乙村", township="河口乡"),    # row 8
        person("H003", "赵五", ident(6) + " ", "之子", 2, village="乙村", township="河口乡",
               health="长期慢性病、残疾", labour="弱劳动力或半劳动力"),                  # row 9
    ]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "county.db")
    yield database
    database.close()


def _count(db, model):
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_good_roster_creates_areas_households_and_members(db, tmp_path):
    path = _save(good_rows(), tmp_path / "good.xlsx")
    preview = preview_roster(db, path)
    assert preview.rejected == []
    assert len(preview.households) == 3 and preview.members == 6
    assert sorted(a.name for a in preview.new_villages) == ["乙村", "甲村"]
    assert sorted(a.name for a in preview.new_townships) == ["城关镇", "河口乡"]
    assert preview.sheets[0].header_row == 3
    result = import_roster(db, preview)
    assert (result.households, result.members, result.villages, result.townships) == (3, 6, 2, 2)
    status = vocab("poverty_status")
    with db.session() as s:
        head = s.exec(select(Household).where(Household.household_no == "H002")).one()
        assert head.head_name == "王建国" and head.size == 1
        assert head.status == status.code_for("已脱贫(享受政策)") and head.exit_year == 2023
        assert head.identified_year == 2014
        son = s.exec(select(Member).where(Member.name == "赵五")).one()
        assert son.id_number == ident(6)
        assert son.health == ",".join(vocab("health").code_for(x) for x in ("长期慢性病", "残疾"))
        assert son.school_status == vocab("school_status").code_for("非在校生")  # " 非在校生" trimmed
        assert son.sex == vocab("sex").code_for("男") and son.birth_date is not None
        county = s.exec(select(Area).where(Area.level == "county")).one()
        assert county.name == "金水县" and county.code.startswith(AREA6)
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "import.roster")).one()
        assert all(v.seq > 0 and v.hlc for v in s.exec(select(Village)))


def bad_rows():
    """(row values, expected error fragments) — rows start at Excel row 4."""
    return [
        (person("B001", "钱坏号", ident(10)[:-1] + ("0" if ident(10)[-1] != "0" else "1"), "户主", 1),
         ["证件号码"]),
        (person("B002", "孙数字", float(ident(11)[:17] + "0") if ident(11)[-1] == "X" else float(ident(11)), "户主", 1),
         ["Excel"]),
        (person("B003", "周学历", ident(12), "户主", 1, education="初中毕业"), ["文化程度", "初中毕业", "是否为"]),
        (person("B004", "吴重复", ident(1), "户主", 1), ["重复"]),
        (person("B005", "", ident(13)[:-1] + "Z", "户主", 1, health="很健康", insured="也许"),
         ["姓名为空", "证件号码", "健康状况", "是否参加新农合"]),
        (person("B006", "郑无村", ident(14), "户主", 1, village=None, township=None), ["行政村"]),
        (person("B007", "冯无主", ident(15), "之子", 1), ["没有“户主”行"]),
        (person("B008", "陈日期", ident(16), "户主", 1, identified="去年"), ["首次识别时间"]),
        (person("B009", "褚家长", ident(17), "户主", 2), []),  # good row, but its household has a bad row
        (person("B009", "褚家人", ident(18), "外星人", 2), ["与户主关系", "外星人"]),
    ]


def test_every_bad_row_is_reported_with_its_row_number_and_all_errors(db, tmp_path):
    good = good_rows()
    bad = bad_rows()
    path = _save(good + [r for r, _ in bad], tmp_path / "mixed.xlsx")
    preview = preview_roster(db, path)
    by_row = {p.row: p.errors for p in preview.rejected}
    first_bad = 4 + len(good)
    duplicate_first = 4  # ident(1) is also on the first good row
    expected_rows = {first_bad + i for i in range(len(bad))} | {duplicate_first}
    # The first good household shares an ID with a bad row: all three of its rows are held back.
    expected_rows |= {5, 6}
    assert set(by_row) == expected_rows
    for i, (_, fragments) in enumerate(bad):
        text = "；".join(by_row[first_bad + i])
        for fragment in fragments:
            assert fragment in text, (first_bad + i, fragment, text)
    multi = by_row[first_bad + 4]
    assert len(multi) >= 4  # every error of the row at once, not only the first
    assert any("整户" in e for e in by_row[first_bad + 8])
    assert any("第 4 行" in e for e in by_row[first_bad + 3])

    with pytest.raises(ImportRefused):
        import_roster(db, preview)
    assert _count(db, Household) == 0 and _count(db, Member) == 0

    result = import_roster(db, preview, accept_valid=True)
    assert (result.households, result.members) == (2, 3)
    with db.session() as s:
        assert sorted(h.household_no for h in s.exec(select(Household))) == ["H002", "H003"]

    out = tmp_path / "rejected.xlsx"
    assert export_rejected(preview, out) == len(expected_rows)
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("原行号", ERROR_HEADER)
    assert sorted(r[0] for r in rows[1:]) == sorted(expected_rows)
    assert all(r[1] for r in rows[1:])


def test_unknown_village_is_an_error_once_the_register_has_villages(db, tmp_path):
    with db.transaction() as s:
        s.add(Area(code="410102001000", name="城关镇", level="township", parent_code="410102000000"))
        s.add(Village(code="410102001201", name="甲村", township_code="410102001000"))
    rows = [person("K1", "甲一", ident(30), "户主", 1), person("K2", "乙一", ident(31), "户主", 1, village="甲寸")]
    preview = preview_roster(db, _save(rows, tmp_path / "v.xlsx", title_rows=0))
    assert preview.new_areas == []
    assert [p.row for p in preview.rejected] == [3]
    assert "甲寸" in preview.rejected[0].errors[0] and "甲村" in preview.rejected[0].errors[0]
    assert len(preview.households) == 1 and preview.households[0].household["household_no"] == "K1"


def test_nothing_written_on_dry_run_and_reimport_is_refused_as_duplicates(db, tmp_path):
    path = _save(good_rows(), tmp_path / "g.xlsx", title_rows=1)
    preview_roster(db, path)
    assert _count(db, Household) == 0
    import_roster(db, preview_roster(db, path))
    again = preview_roster(db, path)
    assert len(again.rejected) == 6 and not again.households
    assert all(any("已在数据库中" in e for e in p.errors) for p in again.rejected)


def test_two_sheet_layout_households_and_members(db, tmp_path):
    wb = Workbook()
    hs = wb.active
    hs.title = "户信息"
    # 脱贫属性 on the households sheet only: a column every household needs may be on either sheet.
    hs.append(["乡镇", "行政村", "户编号", "户主姓名", "贫困户属性", "主要致贫原因", "脱贫属性", "人均纯收入"])
    hs.append(["城关镇", "甲村", "X1", "刘一", "低保贫困户", "因残", "未脱贫", 5200.5])
    hs.append(["城关镇", "甲村", "X2", "刘二", "一般贫困户", "缺技术", "返贫", 6100])
    ms = wb.create_sheet("成员信息")
    ms.append(["户编号", "姓名", "身份证号", "与户主关系", "出生日期"])
    ms.append(["X1", "刘一", ident(40), "户主", datetime(1970, 2, 3)])
    ms.append(["X1", "刘小一", ident(41, 2010), "之子", "20100304"])
    ms.append(["X2", "刘二", ident(42), "户主", None])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    preview = preview_roster(db, path)
    assert preview.rejected == []
    assert [s.kind for s in preview.sheets] == ["households", "members"]
    import_roster(db, preview)
    with db.session() as s:
        x1 = s.exec(select(Household).where(Household.household_no == "X1")).one()
        assert x1.attribute == vocab("household_attribute").code_for("低保贫困户")
        assert x1.per_capita_income == 5200.5 and x1.size == 2
        assert x1.status == vocab("poverty_status").code_for("未脱贫")
        assert s.exec(select(Village)).one().name == "甲村"


def test_card_numbers_date_shapes_and_yes_no_values(db, tmp_path):
    card20 = ident(50) + "42"  # ID + disability category 4 + grade 2
    card22 = ident(51) + "12B1"  # 20-character card + reissue suffix
    rows = [
        person("C1", "马一", card20, "户主", 3, identified=202304.0, exit_year="2023年05月", insured=" 否 "),
        person("C1", "马二", card22, "配偶", 3, identified="20230415", sex="男"),
        person("C1", "马三", ident(52, 2012), "之女", 3, sex="女"),  # sex disagrees with the ID: a warning
        person("C2", "牛一", ident(50), "户主", 1),  # the same person as the 20-character card
    ]
    preview = preview_roster(db, _save(rows, tmp_path / "c.xlsx"))
    assert [p.row for p in preview.rejected] == [4, 5, 6, 7]  # row 4's household is held back whole
    assert "重复" in preview.rejected[0].errors[0] and "重复" in preview.rejected[3].errors[0]
    assert any("性别" in w for w in preview.rejected[2].warnings)

    rows = rows[:3]
    preview = preview_roster(db, _save(rows, tmp_path / "c2.xlsx"))
    assert preview.rejected == []
    draft = preview.households[0]
    assert draft.household["identified_year"] == 2023 and draft.household["exit_year"] == 2023
    head, spouse, daughter = draft.members
    assert head["id_number"] == card20 and head["id_type"] == "disability_card"
    assert spouse["id_number"] == card22
    assert head["medical_insurance"] is False
    assert head["birth_date"] is not None and daughter["sex"] == vocab("sex").code_for("女")


def test_excel_damaged_ids_are_reported_never_fixed(db, tmp_path):
    good = ident(60)
    rows = [person("D1", "甲", float(good[:15] + "000"), "户主", 1),
            person("D2", "乙", int(good[:15] + "000"), "户主", 1),
            person("D3", "丙", "4.10102E+17", "户主", 1)]
    preview = preview_roster(db, _save(rows, tmp_path / "d.xlsx"))
    assert [p.row for p in preview.rejected] == [4, 5, 6]
    for problem in preview.rejected:
        assert "Excel" in problem.errors[0]
    assert preview.households == []
