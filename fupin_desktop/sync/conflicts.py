"""Conflict records: made by the merge, carried in packages, reviewed and decided at the county.

A conflict's id is a hash of (table, record, field, both stamps), so the same clash found on two
installations is one record everywhere. Records travel in every package (``data/sync_conflict.jsonl``)
and merge by id; "resolved" only ever goes from false to true. Deciding a conflict is a new local
write of the chosen value: it gets a later stamp than both sides and travels back like any edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import yaml
from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.paths import resource
from fupin_desktop.store.engine import Database
from fupin_desktop.store.hlc import parse_hlc
from fupin_desktop.store.models import SyncConflict
from fupin_desktop.sync import local
from fupin_desktop.sync.errors import InvalidRow, SyncError
from fupin_desktop.sync.merge import FieldConflict
from fupin_desktop.sync.rows import BOOL, DATE, FLOAT, INT, MERGE_DELETED, STR, codecs_by_name

_C = SyncConflict.__table__
CONFLICT_COLUMNS = [c.name for c in _C.columns]


def _value_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def record_conflicts(conn: Connection, conflicts: list[FieldConflict], package_id: str) -> tuple[int, list[str]]:
    """Store conflicts found by a merge; returns how many are new here and their ids."""
    new_ids: list[str] = []
    now = datetime.now().isoformat(timespec="seconds")
    for c in conflicts:
        cid = c.conflict_id
        if cid in new_ids or conn.execute(select(_C.c.id).where(_C.c.id == cid)).first():
            continue
        conn.execute(_C.insert().values(
            id=cid, table_name=c.table, record_id=c.record_id, field=c.field,
            winner_value=_value_json(c.winner_value), winner_stamp=c.winner_stamp,
            loser_value=_value_json(c.loser_value), loser_stamp=c.loser_stamp,
            package_id=package_id, detected_at=now, resolved=False, resolution=None,
        ))
        new_ids.append(cid)
    return len(new_ids), new_ids


def conflict_lines(conn: Connection, record_filter=None) -> list[bytes]:
    """Every conflict record as package lines; ``record_filter(table, record_id)`` limits them."""
    lines = []
    for row in conn.execute(select(*[_C.c[n] for n in CONFLICT_COLUMNS]).order_by(_C.c.id)):
        values = list(row)
        values[CONFLICT_COLUMNS.index("resolved")] = int(bool(values[CONFLICT_COLUMNS.index("resolved")]))
        if record_filter is None or record_filter(values[1], values[2]):
            lines.append(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
    return lines


def merge_conflict_rows(conn: Connection, columns: list[str], rows: list) -> None:
    if sorted(columns) != sorted(CONFLICT_COLUMNS):
        raise InvalidRow("同步包内冲突记录的列与本机不符", "conflict part has unexpected columns")
    pos = {c: k for k, c in enumerate(columns)}
    tables = codecs_by_name()
    for n, row in enumerate(rows, 1):
        try:
            if type(row) is not list or len(row) != len(columns):
                raise ValueError("wrong number of values")
            rec = {c: row[pos[c]] for c in CONFLICT_COLUMNS}
            for name in CONFLICT_COLUMNS:
                if name in ("resolved",):
                    if rec[name] not in (0, 1, True, False):
                        raise ValueError("resolved must be 0 or 1")
                elif name == "resolution":
                    if rec[name] is not None and type(rec[name]) is not str:
                        raise ValueError("resolution must be text")
                elif type(rec[name]) is not str:
                    raise ValueError(f"{name} must be text")
            if rec["table_name"] not in tables:
                raise ValueError("unknown table")
            if rec["field"] not in tables[rec["table_name"]].merge_fields:
                raise ValueError("unknown field")
        except ValueError as exc:
            raise InvalidRow(f"同步包内冲突记录第 {n} 行无效", f"conflict line {n} is invalid", detail=str(exc)) from exc
        rec["resolved"] = bool(rec["resolved"])
        existing = conn.execute(select(_C.c.resolved, _C.c.resolution).where(_C.c.id == rec["id"])).first()
        if existing is None:
            conn.execute(_C.insert().values(**rec))
        elif rec["resolved"]:
            resolution = max(existing[1] or "", rec["resolution"] or "") if existing[0] else rec["resolution"]
            if not existing[0] or resolution != existing[1]:
                conn.execute(update(_C).where(_C.c.id == rec["id"]).values(resolved=True, resolution=resolution))


# --- review ---------------------------------------------------------------------------------

@cache
def _labels() -> dict:
    with open(resource("sync", "labels.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def table_label(table: str) -> str:
    return _labels()["tables"].get(table, table)


def _field_spec(table: str, field: str) -> dict:
    fields = _labels()["fields"]
    return fields.get(f"{table}.{field}") or fields.get(field) or {}


def field_label(table: str, field: str) -> str:
    return _field_spec(table, field).get("label", field)


def display_value(table: str, field: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if field == MERGE_DELETED:
        return "已删除" if value else "未删除"
    spec = _field_spec(table, field)
    name = spec.get("vocab")
    if name and isinstance(value, str):
        if spec.get("list"):  # comma-separated codes (健康状况 can combine)
            return "、".join(vocab(name).label(code) or code for code in value.split(",") if code)
        return vocab(name).label(value) or value
    c = codecs_by_name().get(table)
    if isinstance(value, bool) or (c is not None and field in c.index and c.kinds[c.index[field]] == BOOL):
        return "是" if value else "否"
    return str(value)


@dataclass
class ConflictSide:
    value: Any
    display: str
    stamp: str
    device_id: str
    device_label: str
    when: str


@dataclass
class ConflictView:
    id: str
    table: str
    table_label: str
    record_id: str
    record_label: str
    field: str
    field_label: str
    winner: ConflictSide
    loser: ConflictSide
    current_display: str
    detected_at: str
    resolved: bool
    resolution: str


def _device_labels(conn: Connection) -> dict[str, str]:
    rows = conn.execute(text("SELECT device_id, label FROM trusted_key WHERE device_id != ''")).all()
    labels = {d: label for d, label in rows}
    me = conn.execute(text("SELECT device_id FROM device_state WHERE id = 1")).scalar_one()
    labels.setdefault(me, "本机")
    return labels


def _side(table: str, field: str, value_json: str, stamp: str, labels: dict[str, str]) -> ConflictSide:
    value = json.loads(value_json) if value_json else None
    try:
        hlc = parse_hlc(stamp)
        when = datetime.fromtimestamp(hlc.wall_ms / 1000).isoformat(sep=" ", timespec="minutes")
        device = hlc.device_id
    except (ValueError, OSError, OverflowError):
        when, device = "", ""
    return ConflictSide(value, display_value(table, field, value), stamp, device, labels.get(device, device), when)


def record_label(conn: Connection, table: str, record_id: str) -> str:
    if table == "household":
        row = conn.execute(text("SELECT h.head_name, h.household_no, v.name FROM household h "
                                "LEFT JOIN village v ON v.id = h.village_id WHERE h.id = :i"), {"i": record_id}).first()
        if row:
            return f"{row[2] or ''} {row[0] or ''}户（{row[1] or '无户号'}）".strip()
    if table == "member":
        # By village too, as households are: a county holds the same names in many villages.
        row = conn.execute(text("SELECT m.name, h.head_name, v.name FROM member m LEFT JOIN household h "
                                "ON h.id = m.household_id LEFT JOIN village v ON v.id = h.village_id "
                                "WHERE m.id = :i"), {"i": record_id}).first()
        if row:
            return f"{row[2] or ''} {row[0]}（户主 {row[1] or ''}）".strip()
    if table in ("village", "area", "cadre"):
        row = conn.execute(text(f'SELECT name FROM "{table}" WHERE id = :i'), {"i": record_id}).first()
        if row:
            return row[0]
    return f"{table_label(table)} {record_id[:8]}"


def list_conflicts(db: Database, include_resolved: bool = False) -> list[ConflictView]:
    out = []
    tables = codecs_by_name()
    with db.engine.connect() as conn:
        labels = _device_labels(conn)
        query = select(_C).order_by(_C.c.detected_at.desc(), _C.c.id)
        if not include_resolved:
            query = query.where(_C.c.resolved == False)  # noqa: E712
        for r in conn.execute(query).mappings():
            table, field = r["table_name"], r["field"]
            current = None
            if table in tables and field in tables[table].index:
                current = conn.execute(text(f'SELECT "{field}" FROM "{table}" WHERE id = :i'),
                                       {"i": r["record_id"]}).scalar()
            out.append(ConflictView(
                id=r["id"], table=table, table_label=table_label(table), record_id=r["record_id"],
                record_label=record_label(conn, table, r["record_id"]), field=field,
                field_label=field_label(table, field),
                winner=_side(table, field, r["winner_value"], r["winner_stamp"], labels),
                loser=_side(table, field, r["loser_value"], r["loser_stamp"], labels),
                current_display=display_value(table, field, current), detected_at=r["detected_at"],
                resolved=bool(r["resolved"]), resolution=r["resolution"] or "",
            ))
    return out


KEEP_WINNER, KEEP_LOSER, NEW_VALUE = "winner", "loser", "value"


def coerce_value(table: str, field: str, value: Any) -> Any:
    """A typed-in value (text) in the column's representation; raises SyncError with a reason."""
    c = codecs_by_name()[table]
    k = c.index[field]
    kind = c.kinds[k]
    if value is None or (isinstance(value, str) and value.strip() == "" and kind != STR):
        if c.nullable[k]:
            return None
        raise SyncError(f"{field_label(table, field)}不能为空", "the value must not be empty", detail=f"{table}.{field}")
    try:
        if kind == STR:
            return str(value)
        if kind == INT:
            return int(str(value).strip())
        if kind == FLOAT:
            return float(str(value).strip())
        if kind == BOOL:
            text_value = str(value).strip().lower()
            if text_value in ("1", "true", "是", "yes"):
                return 1
            if text_value in ("0", "false", "否", "no"):
                return 0
            raise ValueError(value)
        if kind == DATE:
            return datetime.strptime(str(value).strip(), "%Y-%m-%d").date().isoformat()
    except ValueError as exc:
        raise SyncError(f"“{value}” 不是有效的{field_label(table, field)}", f"“{value}” is not a valid value",
                        detail=f"{table}.{field}: {exc}") from exc
    return value


def resolve_conflict(db: Database, conflict_id: str, choice: str, value: Any = None) -> ConflictView:
    """Decide a conflict: keep the provisional winner, the other value, or a new one. The decision is
    written as a new local edit of the field (so it travels back to every laptop) and the conflict
    is marked resolved, in one transaction."""
    from fupin_desktop.sync.resolve_write import write_field  # local import keeps this module light

    with db.engine.connect() as conn:
        row = conn.execute(select(_C).where(_C.c.id == conflict_id)).mappings().first()
    if row is None:
        raise SyncError("找不到这条冲突记录（可能已在别处处理）", "this conflict no longer exists", detail=conflict_id)
    table, field = row["table_name"], row["field"]
    if choice == KEEP_WINNER:
        chosen = json.loads(row["winner_value"])
    elif choice == KEEP_LOSER:
        chosen = json.loads(row["loser_value"])
    elif choice == NEW_VALUE:
        chosen = coerce_value(table, field, value)
    else:
        raise SyncError("请选择保留哪个值", "choose which value to keep", detail=f"choice {choice!r}")
    with db.connect() as conn:
        user = local.get_setting(conn, "user_name")
        write_field(conn, table, row["record_id"], field, chosen)
        resolution = json.dumps({"choice": choice, "value": chosen, "by": user,
                                 "at": datetime.now().isoformat(timespec="seconds")}, ensure_ascii=False)
        conn.execute(update(_C).where(_C.c.id == conflict_id).values(resolved=True, resolution=resolution))
        local.record_audit(conn, "sync.resolve_conflict", entity=table, entity_id=row["record_id"],
                           detail={"field": field, "choice": choice, "value": chosen, "conflict": conflict_id})
    return next(v for v in list_conflicts(db, include_resolved=True) if v.id == conflict_id)
