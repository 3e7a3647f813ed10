"""Value decisions and historical labels of the roster import (issue 12 §2.5-6).

Office spellings (妻, 长子) are decided once per value, with suggestions by meaning, kept in the
mapping file and reused; labels of earlier national-system exports import without a decision.
"""

from __future__ import annotations

import json

import pytest
import yaml
from sqlmodel import select

from fupin_desktop.cli import main
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.io.roster_aliases import alias_vocabularies, known_code, normalize_value, suggested_codes
from fupin_desktop.io.roster_decisions import load_value_decisions, remembered_value_decisions
from fupin_desktop.io.roster_headers import remember_mapping, save_mapping
from fupin_desktop.paths import DATA_DIR_ENV, resource
from fupin_desktop.services.excel.roster_import import ImportRefused, import_roster, preview_roster
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Member
from tests.unit.test_roster_import import ident, person
from tests.unit.test_roster_shapes import COL, _workbook

REL = vocab("relationship")


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "county.db")
    yield database
    database.close()


def office_households():
    """Merged household columns, a 合计 row, and relationships as an office writes them."""
    return [
        [person("H001", "张大山", ident(1), "户主", 3),
         person("H001", "李秀兰", ident(2, male=False), "妻", 3, sex="女"),
         person("H001", "张小明", ident(3, 2008), "长子", 3)],
        [person("H002", "王建国", ident(4), "户主", 1)],
        [person("H003", "赵四", ident(5), "户主", 3),
         person("H003", "赵五", ident(6, 2001), "长子", 3),
         person("H003", "赵六", ident(7, 2004, male=False), "次女", 3, sex="女")],
    ]


def _roster(tmp_path, name="office.xlsx"):
    path = tmp_path / name
    _workbook(office_households(), merge=True).save(path)
    return path


def test_office_labels_are_listed_once_each_with_count_rows_and_suggestions_by_meaning(db, tmp_path):
    preview = preview_roster(db, _roster(tmp_path), value_decisions={})
    assert preview.rejected == []  # undecided values are not row errors
    needed = {(d.field, d.value): d for d in preview.decisions_needed}
    assert set(needed) == {("relationship", "妻"), ("relationship", "长子"), ("relationship", "次女")}
    assert needed[("relationship", "长子")].count == 2
    assert needed[("relationship", "长子")].rows == {"人员信息": [5, 8]}
    assert needed[("relationship", "妻")].suggestion_labels()[0] == "配偶"
    assert needed[("relationship", "长子")].suggestion_labels()[0] == "之子"
    assert needed[("relationship", "次女")].suggestion_labels()[0] == "之女"
    # Only the household that needs no decision is ready; the others wait, row by row.
    assert [d.household["household_no"] for d in preview.households] == ["H002"]
    assert sorted(p.row for p in preview.held) == [3, 4, 5, 7, 8, 9]
    as_json = preview.as_dict()["decisions_needed"]
    assert {"value", "field", "count", "rows", "suggestions"} <= set(as_json[0])
    with pytest.raises(ImportRefused) as refused:
        import_roster(db, preview)
    assert "妻" in refused.value.zh and "长子" in refused.value.zh
    with db.session() as s:
        assert s.exec(select(Household)).all() == []


def test_decisions_made_once_import_every_row_and_are_kept_with_the_mapping(db, tmp_path, monkeypatch):
    path = _roster(tmp_path)
    decisions = {"relationship": {"妻": "spouse", "长子": "son", "次女": "daughter"}}
    mapping_file = tmp_path / "mapping.json"
    save_mapping({}, mapping_file, decisions)
    assert load_value_decisions(mapping_file) == decisions
    preview = preview_roster(db, path, value_decisions=load_value_decisions(mapping_file))
    assert preview.decisions_needed == [] and preview.held == [] and preview.rejected == []
    import_roster(db, preview)
    with db.session() as s:
        by_name = {m.name: m.relationship for m in s.exec(select(Member))}
    assert by_name["李秀兰"] == REL.code_for("配偶")
    assert by_name["张小明"] == by_name["赵五"] == REL.code_for("之子")
    assert by_name["赵六"] == REL.code_for("之女")
    # Remembered with the column mapping: next time nothing is asked again.
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    (tmp_path / "data").mkdir()
    remember_mapping({"姓名": "name"}, decisions)
    remember_mapping({"证件号码": "id_number"})  # a later mapping keeps the decisions
    assert remembered_value_decisions() == decisions


def test_a_value_decided_as_reject_rejects_its_rows(db, tmp_path):
    decisions = {"relationship": {"妻": "spouse", "长子": "son", "次女": "!reject"}}
    preview = preview_roster(db, _roster(tmp_path), value_decisions=decisions)
    assert preview.decisions_needed == []
    rejected = {p.row: p.errors for p in preview.rejected}
    assert set(rejected) == {7, 8, 9}  # 次女's row and her household
    assert any("次女" in e and "不导入" in e for e in rejected[9])
    assert sorted(d.household["household_no"] for d in preview.households) == ["H001", "H002"]


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_decisions_refuses_imports_held_back_rows_and_reads_decisions_from_the_mapping_file(
        tmp_path, capsys):
    roster = str(_roster(tmp_path))
    dbp = str(tmp_path / "cli.db")
    code, out, _ = _run(capsys, "--db", dbp, "roster", "import", roster, "--dry-run", "--json")
    data = json.loads(out)
    assert data["rejected"] == [] and data["written"] is False
    listed = [(d["field"], d["value"], d["count"]) for d in data["decisions_needed"]]
    assert listed[0] == ("relationship", "长子", 2)  # the most frequent first, each value once
    assert sorted(listed[1:]) == sorted([("relationship", "次女", 1), ("relationship", "妻", 1)])
    assert data["decisions_needed"][0]["suggestions"][0] == {"code": "son", "label": "之子"}
    assert {s["kind"] for s in data["skipped"]} == {"totals", "footer"}

    code, out, err = _run(capsys, "--db", dbp, "roster", "import", roster)
    assert code == 1 and "妻" in err and "长子" in err and "未写入任何数据" in err

    code, out, err = _run(capsys, "--db", dbp, "roster", "import", roster, "--accept-valid", "--json")
    data = json.loads(out)
    assert code == 0 and data["imported"]["households"] == 1 and data["imported"]["held_rows"] == 6
    assert sorted(r["row"] for r in data["held_back"]) == [3, 4, 5, 7, 8, 9]

    mapping_file = tmp_path / "mapping.json"
    save_mapping({}, mapping_file, {"relationship": {"妻": "spouse", "长子": "son", "次女": "daughter"}})
    other = str(tmp_path / "cli2.db")
    code, out, err = _run(capsys, "--db", other, "roster", "import", roster, "--mapping", str(mapping_file))
    assert code == 0, err
    assert "已导入 3 户 7 人" in out


def test_a_broken_decision_in_the_mapping_file_is_named(tmp_path):
    mapping_file = tmp_path / "m.json"
    save_mapping({}, mapping_file, {"relationship": {"妻": "wife"}})
    with pytest.raises(Exception) as refused:
        load_value_decisions(mapping_file)
    assert "wife" in str(refused.value) and "与户主关系" in str(refused.value)


def national_2016_rows():
    """A 2016-style export: plain 已脱贫, 五保贫困户, 缺劳动力, 之兄弟姐妹, older spellings."""
    rows = [person("N001", "孙一", ident(31), "户主", 3, status="已脱贫", cause="缺劳动力", exit_year=2016,
                   education="文盲半文盲", labour="丧失劳动能力", health="大病"),
            person("N001", "孙二", ident(32), "之兄弟姐妹", 3, status="已脱贫", cause="缺劳动力",
                   education="高中（含中专）", health="慢性病"),
            person("N001", "孙三", ident(33, 2011), "之子", 3, status="已脱贫", cause="缺劳动力",
                   education="小学"),
            person("N002", "周一", ident(34), "户主", 1, status="未脱贫", cause="因学致贫")]
    rows[0][COL["贫困户属性"]] = rows[1][COL["贫困户属性"]] = rows[2][COL["贫困户属性"]] = "五保贫困户"
    rows[3][COL["贫困户属性"]] = "低保户"
    rows[1][COL["务工状况"]] = "乡镇内务工"
    return rows


def test_an_unmodified_2016_export_imports_without_a_single_decision(db, tmp_path):
    path = tmp_path / "2016.xlsx"
    wb = _workbook([national_2016_rows()], totals=False)
    wb.save(path)
    preview = preview_roster(db, path, value_decisions={})
    assert preview.decisions_needed == [] and preview.rejected == []
    import_roster(db, preview)
    with db.session() as s:
        n1 = s.exec(select(Household).where(Household.household_no == "N001")).one()
        n2 = s.exec(select(Household).where(Household.household_no == "N002")).one()
        assert n1.status == vocab("poverty_status").code_for("已脱贫(享受政策)")
        assert n1.attribute == vocab("household_attribute").code_for("特困供养贫困户")
        assert n1.main_cause == vocab("poverty_cause").code_for("缺劳力")
        assert n2.attribute == vocab("household_attribute").code_for("低保贫困户")
        assert n2.main_cause == vocab("poverty_cause").code_for("因学")
        sibling = s.exec(select(Member).where(Member.name == "孙二")).one()
        assert sibling.relationship == REL.code_for("其他")
        assert sibling.education == vocab("education").code_for("高中")


def test_suggestions_never_come_from_shared_characters():
    # 已脱贫 is a known label of 2016-2017: no decision at all, and never 未脱贫.
    assert known_code("poverty_status", "已脱贫") == vocab("poverty_status").code_for("已脱贫(享受政策)")
    assert suggested_codes("poverty_status", "脱贫户")[0] == vocab("poverty_status").code_for("已脱贫(享受政策)")
    # A value the tables do not know gets no guess (difflib offered 未脱贫 for 已脱贫 on shared characters).
    assert suggested_codes("poverty_status", "未知状态") == ()
    assert suggested_codes("relationship", "户主之妻") == ()


def test_alias_data_is_consistent_with_the_code_lists():
    data = yaml.safe_load(resource("import", "value_aliases.yaml").read_text(encoding="utf-8"))
    assert set(alias_vocabularies()) == set(data["vocabularies"])
    for name, spec in data["vocabularies"].items():
        v = vocab(name)  # every vocabulary exists; every label resolves (the loader raises otherwise)
        known, suggest = spec.get("known") or {}, spec.get("suggest") or {}
        assert not set(map(normalize_value, known)) & set(map(normalize_value, suggest)), name
        for label in known:
            # A built-in label never contradicts the code list itself.
            direct = v.code_for(label)
            assert direct is None or direct == known_code(name, label), (name, label)


def test_a_label_naming_two_relatives_takes_the_persons_sex(db, tmp_path):
    rows = [person("P001", "郑一", ident(61), "户主", 4),
            person("P001", "郑父", ident(62, 1940), "之父母", 4),
            person("P001", "郑母", ident(63, 1942, male=False), "之父母", 4, sex=None),  # sex from the ID
            person("P001", "郑某", None, "之父母", 4, sex=None)]  # neither: the clerk decides
    path = tmp_path / "parents.xlsx"
    _workbook([rows], totals=False).save(path)
    preview = preview_roster(db, path, value_decisions={})
    [needed] = preview.decisions_needed
    assert (needed.value, needed.rows) == ("之父母", {"人员信息": [6]})
    assert needed.suggestion_labels() == ["之父", "之母"]
    preview = preview_roster(db, path, value_decisions={"relationship": {"之父母": "other"}})
    [draft] = preview.households
    assert [m["relationship"] for m in draft.members] == [
        REL.code_for("户主"), REL.code_for("之父"), REL.code_for("之母"), REL.code_for("其他")]


def test_labels_of_2014_and_2019_2020_exports_import_without_a_decision(db, tmp_path):
    rows = [person("Y001", "冯一", ident(71), "户主", 3, status="脱贫（享受政策）", cause="因病致贫"),
            person("Y001", "冯侄", ident(72, 2005), "之侄儿", 3, status="脱贫（享受政策）"),
            person("Y001", "冯叔", ident(73, 1950), "之叔伯", 3, status="脱贫（享受政策）", labour="无劳动能力"),
            person("Y002", "陈一", ident(74), "户主", 1, status="已脱贫（不享受政策）", cause="自身发展力不足"),
            person("Y003", "褚一", ident(75), "户主", 1, status="未脱贫", health="患大病")]
    rows[1][COL["在校生状况"]] = "初中二年级"
    rows[3][COL["贫困户属性"]] = "一般脱贫户"
    rows[4][COL["贫困户属性"]] = "五保户"
    path = tmp_path / "2019.xlsx"
    _workbook([rows], totals=False).save(path)
    preview = preview_roster(db, path, value_decisions={})
    assert preview.decisions_needed == [] and preview.rejected == []
    status = vocab("poverty_status")
    by_no = {d.household["household_no"]: d.household for d in preview.households}
    assert by_no["Y002"]["status"] == status.code_for("已脱贫(不再享受政策)")
    assert by_no["Y003"]["attribute"] == vocab("household_attribute").code_for("特困供养贫困户")
