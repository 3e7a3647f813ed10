"""Excel exports: layout (Chinese headers, widths, frozen header) and a lossless register round trip."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.io.roster_headers import header_catalogue
from fupin_desktop.services.county import rectification as rect
from fupin_desktop.services.excel.exports import export, export_register
from fupin_desktop.services.excel.roster_import import import_roster, preview_roster
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Area, AuditEvent, Household, Member, Village
from tests.unit.county_data import YEAR, make_county

MEMBER_FIELDS = [k for k, s in header_catalogue().fields.items() if s.level == "member" and k != "member_phone"] + ["phone"]
HOUSEHOLD_FIELDS = ["group_name", "household_no", "head_name", "size", "phone", "identification_standard", "attribute",
                    "main_cause", "other_cause_1", "other_cause_2", "status", "identified_year", "exit_year",
                    "planned_exit_year", "return_year", "monitoring_category", "risk_eliminated", "relocated",
                    "house_grade", "housing_safe_ok", "drinking_water_safe", "drinking_water_difficult",
                    "military_family", "bank_name", "bank_account", "per_capita_income"]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "county.db")
    make_county(database)
    with database.transaction() as s:  # a richer household: every roster field set
        h = s.exec(select(Household).where(Household.household_no == "HA")).one()
        h.other_cause_1 = vocab("poverty_cause").code_for("缺技术")
        h.other_cause_2 = vocab("poverty_cause").code_for("缺资金")
        h.identified_year, h.planned_exit_year, h.relocated, h.housing_safe_ok = 2014, YEAR, True, False
        h.bank_name, h.bank_account, h.per_capita_income = "农商银行", "6228480012345678901", 4321.5
        h.house_grade = vocab("house_grade").codes[-1]
        h.monitoring_category = vocab("monitoring_category").codes[0]
        m = s.exec(select(Member).where(Member.name == "张甲")).one()
        m.health = ",".join(vocab("health").code_for(x) for x in ("长期慢性病", "残疾"))
        m.work_status = vocab("work_status").codes[0]
        m.dibao, m.phone, m.political_status = True, "13912345678", vocab("political_status").codes[-1]
    yield database
    database.close()


def _snapshot(db):
    with db.session() as s:
        villages = {v.id: (v.code, v.name, v.township_code) for v in s.exec(select(Village))}
        areas = sorted((a.code, a.name, a.level) for a in s.exec(select(Area)))
        households = {}
        for h in s.exec(select(Household)):
            members = sorted(
                (tuple(getattr(m, f) for f in MEMBER_FIELDS) for m in s.exec(select(Member).where(Member.household_id == h.id))),
                key=lambda t: t[MEMBER_FIELDS.index("id_number")])
            households[h.household_no] = (villages[h.village_id], tuple(getattr(h, f) for f in HOUSEHOLD_FIELDS), members)
    return areas, households


def test_register_round_trip_is_lossless(db, tmp_path):
    out = tmp_path / "register.xlsx"
    result = export_register(db, out)
    assert result.rows == 8
    fresh = open_database(tmp_path / "fresh.db")
    try:
        preview = preview_roster(fresh, out)
        assert preview.rejected == [], [p.as_dict() for p in preview.rejected]
        assert not [p for p in preview.warnings if any("不一致" in w for w in p.warnings)]
        assert all(not a.provisional for a in preview.new_areas)
        import_roster(fresh, preview)
        before, after = _snapshot(db), _snapshot(fresh)
        assert after == before
    finally:
        fresh.close()


def test_exports_have_chinese_headers_widths_frozen_rows_and_audit(db, tmp_path):
    rect.create_item(db, source=vocab("rectification_source").codes[0], problem="计划未确认", deadline=date(2020, 1, 1))
    expected = {"register": ("证件号码", 8), "plans": ("对责：责任人", 7), "ledger": ("拨付金额(元)", 2),
                "rectification": ("存在问题", 1)}
    for what, (header, data_rows) in expected.items():
        path = tmp_path / f"{what}.xlsx"
        export(db, what, path, year=YEAR)
        ws = load_workbook(path).active
        headers = [c.value for c in ws[2]]  # row 1 is the sheet's title
        assert header in headers, (what, headers)
        # the register and the plans, too wide for one page, keep their key columns in view too
        assert ws.freeze_panes == {"register": "D3", "plans": "F3"}.get(what, "A3"), what
        assert ws[2][0].font.bold
        assert all(ws.column_dimensions[c].width >= 6 for c in ("A", "B", "C"))
        assert ws.max_row - 2 == data_rows, what
    ws = load_workbook(tmp_path / "plans.xlsx").active
    rows = [dict(zip([c.value for c in ws[2]], r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    household_rows = [r for r in rows if r["对人：措施对象"] == "本户" and r["户主"] == "张甲"]
    assert len(household_rows) == 3  # a cancelled measure is listed too, with its status
    cancelled = vocab("measure_status").label("cancelled")
    assert sorted(r["措施状态"] == cancelled for r in household_rows) == [False, False, True]
    assert {r["对责：责任人"] for r in household_rows} == {"刘干部"}
    with db.session() as s:
        exports = [e.entity for e in s.exec(select(AuditEvent).where(AuditEvent.action == "export.xlsx"))]
    assert sorted(exports) == sorted(expected)


def test_id_numbers_are_written_as_text(db, tmp_path):
    path = tmp_path / "r.xlsx"
    export_register(db, path)
    ws = load_workbook(path).active
    col = [c.value for c in ws[2]].index("证件号码")
    values = [r[col] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert values and all(isinstance(v, str) and len(v) == 18 for v in values)


def test_export_into_a_missing_folder_says_so_in_one_chinese_line_and_leaves_nothing(db, tmp_path):
    from fupin_desktop.errors import UserFacingError

    target = tmp_path / "no-stick" / "plans.xlsx"
    with pytest.raises(UserFacingError) as caught:
        export(db, "plans", target, year=YEAR)
    assert "文件夹不存在" in caught.value.zh and str(tmp_path / "no-stick") in caught.value.zh
    assert not (tmp_path / "no-stick").exists()


def test_export_onto_a_folder_name_is_refused(db, tmp_path):
    from fupin_desktop.errors import UserFacingError

    with pytest.raises(UserFacingError) as caught:
        export(db, "register", tmp_path)
    assert "文件夹" in caught.value.zh
