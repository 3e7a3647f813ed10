"""A conflict decision in words: what was decided, by whom, and which laptops the decision goes to.

The review shows a decided conflict by its meaning ("张科长 2026-03-01 10:00 改用另一方的值：139…"),
never the stored resolution JSON, and before deciding it says where the new value will travel.
"""

from __future__ import annotations

import json

from sqlalchemy import text

from fupin_desktop.store.engine import Database
from fupin_desktop.sync.conflicts import KEEP_LOSER, KEEP_WINNER, NEW_VALUE, ConflictSide, ConflictView, display_value
from fupin_desktop.sync.scope import export_filter

CHOICE_TEXT = {KEEP_WINNER: "保留暂定值", KEEP_LOSER: "改用另一方的值", NEW_VALUE: "改为新输入的值"}


def side_source(side: ConflictSide) -> str:
    """Which laptop wrote a value, by its name, never its hex device id."""
    if side.device_label and side.device_label != side.device_id:
        return side.device_label
    return "未登记的电脑" if side.device_id else "来源不明"


def resolution_text(c: ConflictView) -> str:
    if not c.resolved:
        return ""
    try:
        data = json.loads(c.resolution or "{}")
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    choice = CHOICE_TEXT.get(data.get("choice", ""), "已处理")
    value = display_value(c.table, c.field, data.get("value")) if "value" in data else c.current_display
    who = " ".join(str(p) for p in (data.get("by"), str(data.get("at", "")).replace("T", " ")[:16]) if p)
    return f"{who} {choice}：{value}".strip()


def recipients(db: Database, c: ConflictView) -> list[str]:
    """The enrolled laptops (by label) whose next package from this office carries the decision."""
    out = []
    with db.engine.connect() as conn:
        laptops = conn.execute(text("SELECT label, villages FROM trusted_key WHERE role = 'laptop' AND revoked = 0 "
                                    "ORDER BY label")).all()
        names: dict[str, str] = dict(conn.execute(text("SELECT code, name FROM village")).all())
        for label, villages in laptops:
            codes = [v for v in (villages or "").split(",") if v]
            if not codes:
                continue
            cond = export_filter(c.table, codes)
            if cond is not None:
                sql, params = cond
                hit = conn.exec_driver_sql(f'SELECT 1 FROM "{c.table}" t WHERE t.id = ? AND {sql}',
                                           (c.record_id, *params)).first()
                if hit is None:
                    continue
            village_names = "、".join(names.get(v, v) for v in codes)
            out.append(f"{label}（{village_names}）" if label else village_names)
    return out
