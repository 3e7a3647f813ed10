"""Reading the audit trail: filters by user, action family, date and text; export is itself audited."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook

from fupin_desktop.services.audit import record_event
from fupin_desktop.services.audit_log import AuditFilter, export_events, list_events, users_and_actions
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
    assert [c.value for c in ws[1]][:3] == ["时间", "操作人", "类别"] and ws.max_row == 4
    assert list_events(db, AuditFilter(action_prefix="export"))[0].entity == "audit"
    db.close()
