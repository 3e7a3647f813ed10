"""`fupin roster import`, `export-xlsx`, `target`, `progress`, `villages --exit-check` end to end (in process)."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fupin_desktop.cli import main
from fupin_desktop.store.engine import open_database
from tests.unit.county_data import COUNTY, V2, YEAR, make_county
from tests.unit.test_roster_import import _save, bad_rows, good_rows


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _households(path) -> int:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM household").scalar()
    finally:
        db.close()


def test_roster_import_rejects_lists_rows_and_writes_nothing(tmp_path, capsys):
    dbp = str(tmp_path / "c.db")
    bad = bad_rows()
    roster = _save(good_rows() + [r for r, _ in bad], tmp_path / "r.xlsx")
    code, out, _ = _run(capsys, "--db", dbp, "roster", "import", str(roster), "--json")
    assert code != 0
    data = json.loads(out)
    assert data["written"] is False
    rows = {r["row"]: r["errors"] for r in data["rejected"]}
    assert set(rows) >= {10, 11, 13, 14, 15, 16, 17}
    assert all(isinstance(e, list) and e for e in rows.values())
    # Values in no code list are not row errors (issue 12 §2.5): each is listed once, to be decided,
    # and the rows of its household wait (row 18 is the 户主 of 19's household).
    needed = {(d["field_label"], d["value"]): d for d in data["decisions_needed"]}
    assert {("文化程度", "初中毕业"), ("与户主关系", "外星人"), ("健康状况", "很健康")} <= set(needed)
    assert needed[("文化程度", "初中毕业")]["rows"] == {"人员信息": [12]}
    assert needed[("文化程度", "初中毕业")]["suggestions"][0]["label"] == "初中"
    assert {r["row"] for r in data["held_back"]} == {12, 18, 19}
    assert not set(rows) & {12, 18, 19}
    assert _households(dbp) == 0

    code, out, _ = _run(capsys, "--db", dbp, "roster", "import", str(roster), "--json", "--accept-valid", "--dry-run")
    assert code == 0 and json.loads(out)["written"] is False and _households(dbp) == 0

    rejected = tmp_path / "rejected.xlsx"
    code, out, _ = _run(capsys, "--db", dbp, "roster", "import", str(roster), "--json", "--accept-valid",
                        "--rejected-out", str(rejected))
    assert code == 0
    data = json.loads(out)
    assert data["written"] is True and data["imported"]["households"] == 2
    assert _households(dbp) == 2
    assert load_workbook(rejected).active.max_row == len(rows) + 1


def test_roster_import_text_output_and_success(tmp_path, capsys):
    dbp = str(tmp_path / "c.db")
    roster = _save(good_rows(), tmp_path / "r.xlsx")
    code, out, err = _run(capsys, "--db", dbp, "roster", "import", str(roster))
    assert code == 0, err
    assert "已导入 3 户 6 人" in out and "将新建村：甲村" in out


@pytest.fixture
def county_db(tmp_path):
    path = tmp_path / "county.db"
    db = open_database(path)
    make_county(db)
    db.close()
    return str(path)


def test_export_target_progress_and_exit_check(county_db, tmp_path, capsys):
    out_file = tmp_path / "plans.xlsx"
    code, out, err = _run(capsys, "--db", county_db, "export-xlsx", "--what", "plans", "--out", str(out_file))
    assert code == 0, err
    assert "已导出 7 行" in out and out_file.exists()

    assert _run(capsys, "--db", county_db, "target", "--year", str(YEAR), "--area", COUNTY, "--people", "10",
                "--villages", "1")[0] == 0
    pdf = tmp_path / "progress.pdf"
    code, out, err = _run(capsys, "--db", county_db, "progress", "--year", str(YEAR), "--json", "--pdf", str(pdf))
    assert code == 0, err
    data = json.loads(out)
    county = data["areas"][0]
    assert county["code"] == COUNTY and county["people_target"] == 10 and county["people_exited"] == 3
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "减贫目标" in text and "补短板清单" in text

    code, out, err = _run(capsys, "--db", county_db, "villages", "--exit-check", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert [v["code"] for v in report["shortfall_list"]] == [V2]
    assert report["villages"][0]["meets"] is True


def test_bad_file_is_one_clean_line(tmp_path, capsys):
    code, _, err = _run(capsys, "--db", str(tmp_path / "c.db"), "roster", "import", str(tmp_path / "missing.xlsx"))
    assert code == 1 and err.startswith("错误: 找不到文件")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    code, _, err = _run(capsys, "--db", str(tmp_path / "c.db"), "roster", "import", str(tmp_path / "old.xls"))
    assert code == 1 and ".xlsx" in err


def test_exit_check_reasons_write_people_as_the_table_does(county_db, capsys):
    """"户籍人口 1700 人" sat beside "20,000 元" and the table's 1,700: every count has its separator."""
    from fupin_desktop.services.setup.settings import set_setting

    db = open_database(county_db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE village SET registered_population = 1250 WHERE code = ?", (V2,))
    set_setting(db, "incidence_threshold", "0.001")
    db.close()
    code, out, err = _run(capsys, "--db", county_db, "villages", "--exit-check")
    assert code == 0, err
    [line] = [line for line in out.splitlines() if line.startswith(V2)]
    assert "户籍人口 1,250 人" in line, line


@pytest.mark.parametrize("what,header", [("ledger", "资金来源"), ("plans", "对账：资金来源")])
def test_fund_source_column_holds_its_longest_label(county_db, tmp_path, capsys, what, header):
    """资金台账 printed 中央财政专项扶贫资 and 地方财政专项扶贫资: the column was cut before 金."""
    from openpyxl.utils import get_column_letter

    from fupin_desktop.domain.vocab import vocab

    out_file = tmp_path / f"{what}.xlsx"
    code, _, err = _run(capsys, "--db", county_db, "export-xlsx", "--what", what, "--out", str(out_file))
    assert code == 0, err
    sheet = load_workbook(out_file).active
    column = next(c.column for c in sheet[2] if c.value == header)  # below the title row
    longest = max(len(item.label) for item in vocab("fund_source").items)
    width = sheet.column_dimensions[get_column_letter(column)].width
    assert width >= longest * 2 + 1, (width, longest)  # a Chinese character takes about two widths
