"""An audit trail as a county office has it: register edits, a conflict decided, a package from a
village laptop (its events synced in with that laptop's device id), exports and a rectification."""

from __future__ import annotations

from sqlalchemy import text

from fupin_desktop.services.audit.record import record_event
from fupin_desktop.sync import local
from tests.unit.county_data import V1, make_county

LAPTOP_DEVICE = "a1b2c3d4e5f60718"
LAPTOP_LABEL = "甲村1号笔记本"


def make_audit_trail(db) -> dict:
    county = make_county(db)
    ha = county.households["HA"]
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO trusted_key (fingerprint, role, device_id, label, villages, revoked, added_at,"
                          " signing_public_key, age_recipient) VALUES ('fp1', 'laptop', :d, :l, :v, 0, '2024-01-01',"
                          " '', '')"), {"d": LAPTOP_DEVICE, "l": LAPTOP_LABEL, "v": V1})
        local.record_audit(conn, "sync.import", entity="package", entity_id="pkg1",
                           detail={"sender": LAPTOP_DEVICE, "records": 12, "new": 2, "changed": 9, "conflicts": 1})
        local.record_audit(conn, "sync.resolve_conflict", entity="household", entity_id=ha,
                           detail={"field": "phone", "choice": "loser", "value": "13912345678", "conflict": "c" * 24})
    with db.transaction() as s:
        record_event(s, "household.update", "household", ha,
                     {"head": "张甲", "fields": ["phone", "main_cause"], "members_added": 0}, user="李干部")
        record_event(s, "export.xlsx", "plans", "", {"file": "帮扶计划.xlsx", "rows": 4, "year": 2024}, user="张科长")
        record_event(s, "rectification.status", "rectification", "r1",
                     {"status": "closed", "evidence_note": "已补齐台账"}, user="张科长")
        record_event(s, "measure.status", "measure", "m1",
                     {"plan": "p" * 32, "household": ha, "from": "planned", "to": "done"}, user="李干部")
        record_event(s, "settings.change_something", "setting", "", {"obscure_key": 1}, user="张科长")
    # The household edit was made on the village laptop and came in with its package.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET device_id = :d WHERE action = 'household.update'"),
                     {"d": LAPTOP_DEVICE})
    return {"household": ha}
