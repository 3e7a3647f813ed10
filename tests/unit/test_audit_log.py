"""Reading the audit trail: filters by user, action family, date and text; export is itself audited."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook

from fupin_desktop.services.audit.log import AuditFilter, export_events, list_events, users_and_actions
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.store.engine import open_database


def test_filters_and_export(tmp_path):
    db = open_database(tmp_path / "a.db")
    with db.transaction() as s:
        record_event(s, "export.xlsx", "register", detail={"file": "花名册.xlsx", "rows": 10}, user="张科长")
        record_event(s, "print.card", "household", "h1", {"file": "card.pdf"}, user="李干部")
        record_event(s, "rectification.create", "rectification", "r1", {"problem": "饮水台账不全"}, user="李干部")
    users, families = users_and_actions(db)
    assert sorted(users) == sorted(["张科长", "李干部"])
    assert families == ["export", "print", "rectification"]
    assert [e.action for e in list_events(db, AuditFilter(user="李干部"))] == ["rectification.create", "print.card"]
    assert [e.action for e in list_events(db, AuditFilter(action_prefix="export"))] == ["export.xlsx"]
    line = list_events(db, AuditFilter(text="饮水"))[0]
    assert line.action_group == "整改" and "问题: 饮水台账不全" in line.detail
    today = date.today()
    assert len(list_events(db, AuditFilter(since=today, until=today))) == 3
    assert list_events(db, AuditFilter(until=today - timedelta(days=1))) == []
    out = tmp_path / "audit.xlsx"
    assert export_events(db, list_events(db), out) == 3
    ws = load_workbook(out).active
    assert ws["A1"].value.startswith("操作记录（截至")  # the title row; the header below it
    assert [c.value for c in ws[2]][:5] == ["时间", "操作人", "电脑", "类别", "操作"] and ws.max_row == 5
    assert [c.value for c in ws[3]][3:5] == ["整改", "整改·新建"]
    assert list_events(db, AuditFilter(action_prefix="export"))[0].entity == "audit"
    db.close()


def test_cli_audit_shows_the_same_names(tmp_path, capsys):
    import json

    from fupin_desktop.cli import main
    from tests.unit.audit_data import LAPTOP_LABEL, make_audit_trail

    path = tmp_path / "c.db"
    db = open_database(path)
    make_audit_trail(db)
    db.close()
    assert main(["--db", str(path), "audit", "--since", date.today().isoformat()]) == 0
    out = capsys.readouterr().out
    for expected in ("同步·处理冲突", "农户 张甲户（甲村）", "联系电话", f"{LAPTOP_LABEL}（甲村）", "共 7 条记录"):
        assert expected in out, expected
    from tests.unit.program_text import PROGRAM_TEXT

    assert [line for line in out.splitlines() if PROGRAM_TEXT.search(line)] == []
    assert main(["--db", str(path), "audit", "--json", "--since", "2000-01-01"]) == 0
    lines = json.loads(capsys.readouterr().out)
    conflict = next(x for x in lines if x["action"] == "sync.resolve_conflict")
    assert conflict["action_label"] == "同步·处理冲突" and "联系电话" in conflict["detail"]
    assert main(["--db", str(path), "audit", "--since", "tomorrow"]) == 1
    assert "日期" in capsys.readouterr().err


def test_cli_audit_names_the_rectification_item_and_the_list(tmp_path, capsys):
    """`fupin audit` said "整改·改变状态 整改事项" (which one?) and named the exported 整改清单 "整改事项"."""
    from fupin_desktop.cli import main
    from fupin_desktop.domain.vocab import vocab
    from fupin_desktop.services.county.rectification import STATUS_CLOSED, create_item, set_status
    from fupin_desktop.services.excel.exports import export

    path = tmp_path / "c.db"
    db = open_database(path)
    source = vocab("rectification_source").items[0].code
    item = create_item(db, source=source, problem="联系电话未核实")
    set_status(db, item, STATUS_CLOSED, evidence_note="已入户核实")
    export(db, "rectification", tmp_path / "整改清单.xlsx")
    db.close()
    assert main(["--db", str(path), "audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [status] = [line for line in lines if "整改·改变状态" in line]
    assert "整改事项 联系电话未核实" in status, status
    [exported] = [line for line in lines if "导出·Excel" in line]
    assert "\t整改清单\t" in exported, exported
