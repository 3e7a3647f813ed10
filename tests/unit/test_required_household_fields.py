"""A household with a blank 脱贫状态 or 主要致贫原因 is an error for the household rules and `fupin check`
(resources/rules/required_household_fields.yaml); a roster with no column for one is refused."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from openpyxl import Workbook

from fupin_desktop.domain.household_rules import check_household
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.services.excel.roster_import import ImportRefused, import_roster, preview_roster
from fupin_desktop.store.engine import open_database
from tests.unit.test_roster_import import HEADER, ident, person

HEAD = vocab("relationship").code_for("户主")


def _household(**values):
    base = dict(id="h1", attribute="", status=vocab("poverty_status").code_for("未脱贫"),
                main_cause=vocab("poverty_cause").code_for("因病"), other_cause_1="", other_cause_2="",
                dibao_income=0, per_capita_income=5000, production_expenses=0)
    base.update(values)
    return SimpleNamespace(**base)


def _rules(household):
    return {f.rule: f for f in check_household(household, [], date(2026, 1, 1))}


def test_blank_status_is_an_error_on_its_field():
    found = _rules(_household(status=""))
    assert found["household.status_missing"].severity == "error"
    assert found["household.status_missing"].field == "status"
    assert "脱贫状态" in found["household.status_missing"].message
    assert "household.status_missing" not in _rules(_household())


def test_blank_main_cause_is_still_an_error():
    assert _rules(_household(main_cause=""))["household.main_cause_missing"].severity == "error"


@pytest.mark.parametrize("dropped", ["脱贫属性", "主要致贫原因"])
def test_roster_without_a_required_column_is_refused_and_writes_nothing(tmp_path, dropped):
    db = open_database(tmp_path / "t.db")
    drop = HEADER.index(dropped)
    wb = Workbook()
    ws = wb.active
    ws.append([h for i, h in enumerate(HEADER) if i != drop])
    ws.append([v for i, v in enumerate(person("H001", "周大山", ident(1), "户主", 1)) if i != drop])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    preview = preview_roster(db, path)
    assert [m.label for m in preview.missing_columns] == [dropped]
    assert preview.as_dict()["missing_columns"][0]["label"] == dropped
    with pytest.raises(ImportRefused):
        import_roster(db, preview, accept_valid=True)
    from sqlmodel import func, select

    from fupin_desktop.store.models import Household
    with db.session() as s:
        assert s.exec(select(func.count()).select_from(Household)).one() == 0


def test_new_household_starts_with_status_and_cause_for_the_cadre_to_choose():
    from fupin_desktop.services.register.records import new_household

    draft = new_household("village")
    # Since 2021 nobody is newly identified as poor: a preset 未脱贫 would mostly be wrong, unnoticed.
    assert draft.status in ("", None)
    assert draft.main_cause in ("", None)  # only the cadre can say why: no default


def test_fupin_check_reports_the_blank_status(tmp_path, capsys):
    import json

    from sqlmodel import select

    from fupin_desktop.cli import main as fupin
    from fupin_desktop.store.models import Household

    path = tmp_path / "county.db"
    assert fupin(["--db", str(path), "demo", "--households", "30", "--seed", "3"]) == 0
    db = open_database(path)
    with db.transaction() as s:
        blank = s.exec(select(Household).order_by(Household.id)).first()
        blank.status = ""
        blank_id = blank.id
    db.close()
    capsys.readouterr()
    assert fupin(["--db", str(path), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    hits = [f for f in report["findings"] if f["rule"] == "household.status_missing"]
    assert [(f["household_id"], f["severity"]) for f in hits] == [(blank_id, "error")]


def test_a_household_with_the_status_cell_blank_is_held_back_with_the_reason(tmp_path):
    db = open_database(tmp_path / "t.db")
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(person("H001", "周大山", ident(1), "户主", 2, status=None))
    ws.append(person("H001", "周小红", ident(2, 1999, False), "之女", 2, sex="女", status=None))
    ws.append(person("H002", "吴桂兰", ident(3, male=False), "户主", 1, sex="女"))
    path = tmp_path / "r.xlsx"
    wb.save(path)
    preview = preview_roster(db, path)
    assert preview.missing_columns == []
    assert [h.household["head_name"] for h in preview.households] == ["吴桂兰"]
    assert preview.rejected[0].row == 2 and "户编号 H001 未填写脱贫属性（每户都必须有）" in preview.rejected[0].errors
    result = import_roster(db, preview, accept_valid=True)
    assert result.households == 1
