"""Plain-Chinese wording of audit events: action, record kind, the record's name, and the detail.

Events store program keys (``sync.resolve_conflict``, ``household``, ``{"fields": ["phone"]}``) and
record ids; a clerk reads names. The wording is data (resources/audit/labels.yaml, and the record and
field names of resources/sync/labels.yaml); this module only looks records up by id.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, Iterable

import yaml
from sqlalchemy import text
from sqlalchemy.engine import Connection

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.paths import resource
from fupin_desktop.sync.conflicts import display_value, field_label, table_label


@cache
def labels() -> dict:
    with open(resource("audit", "labels.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def _notice_kinds() -> dict[str, str]:
    with open(resource("print", "notice.yaml"), encoding="utf-8") as fh:
        return {k["code"]: k["label"] for k in yaml.safe_load(fh).get("kinds", [])}


def action_group(action: str) -> str:
    group = action.split(".", 1)[0]
    return labels()["groups"].get(group) or entity_label(group)


def action_label(action: str) -> str:
    known = labels()["actions"].get(action)
    if known:
        return known
    group, _, verb = action.partition(".")
    verb_label = labels()["verbs"].get(verb, "")
    return f"{action_group(group)}·{verb_label}" if verb_label else action_group(group)


def entity_label(entity: str) -> str:
    if not entity:
        return ""
    extra = labels()["entities"].get(entity)
    if extra:
        return extra
    label = table_label(entity)
    return label if label != entity else "其他"


class Namer:
    """Names of the records events refer to, read once per listing (villages, laptops) or in batches
    (households), so a listing of thousands of events costs a handful of queries."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.villages: dict[str, str] = {}
        for vid, code, name in conn.execute(text("SELECT id, code, name FROM village")):
            self.villages[vid] = self.villages[code] = name
        for code, name in conn.execute(text("SELECT code, name FROM area")):
            self.villages.setdefault(code, name)
        self.devices: dict[str, str] = {}
        for device, label, villages in conn.execute(text(
                "SELECT device_id, label, villages FROM trusted_key WHERE device_id != '' ORDER BY added_at")):
            names = "、".join(self.villages.get(v, v) for v in (villages or "").split(",") if v)
            self.devices[device] = f"{label or '电脑'}（{names}）" if names else (label or "电脑")
        me = conn.execute(text("SELECT device_id FROM device_state WHERE id = 1")).scalar()
        if me:
            self.devices.setdefault(me, "本机")
        self.households: dict[str, str] = {}
        self.members: dict[str, str] = {}

    def load_households(self, ids: Iterable[str]) -> None:
        todo = sorted({i for i in ids if i and i not in self.households})
        for start in range(0, len(todo), 500):
            chunk = todo[start:start + 500]
            marks = ",".join(f":p{k}" for k in range(len(chunk)))
            rows = self.conn.execute(text(
                f"SELECT h.id, h.head_name, v.name FROM household h LEFT JOIN village v ON v.id = h.village_id "
                f"WHERE h.id IN ({marks})"), {f"p{k}": v for k, v in enumerate(chunk)})
            for hid, head, village in rows:
                self.households[hid] = f"{head or '（无户主）'}户（{village}）" if village else f"{head or '（无户主）'}户"

    def household(self, hid: str) -> str:
        return self.households.get(hid, "（已不在本机的农户）")

    def device(self, device_id: str) -> str:
        return self.devices.get(device_id, "未登记的电脑")

    def village(self, key: str) -> str:
        return self.villages.get(key, key if key.isdigit() else "")

    def member(self, mid: str) -> str:
        if mid not in self.members:
            row = self.conn.execute(text("SELECT m.name, h.head_name FROM member m LEFT JOIN household h "
                                         "ON h.id = m.household_id WHERE m.id = :i"), {"i": mid}).first()
            self.members[mid] = f"{row[0]}（户主 {row[1] or ''}）" if row else "（已不在本机的成员）"
        return self.members[mid]

    def reference(self, kind: str, value: Any) -> str:
        value = str(value or "")
        if not value:
            return ""
        if kind == "household":
            return self.household(value)
        if kind == "village":
            return self.village(value)
        if kind == "device":
            return self.device(value)
        return value


def household_ids(entity: str, entity_id: str, detail: dict) -> list[str]:
    """The household ids an event names, so a listing can look them up in one batch."""
    refs = labels()["references"]
    ids = [str(v) for k, v in detail.items() if refs.get(k) == "household" and v]
    if entity == "household" and entity_id:
        ids.append(entity_id)
    return ids


def object_label(namer: Namer, entity: str, entity_id: str, detail: dict) -> str:
    """The record an event is about, by name: "农户 王德福户（李庄村）", "同步包 fupin-…fpkg"."""
    kind = entity_label(entity)
    if not entity_id:  # a whole list (an Excel export): 整改清单, not one 整改事项
        return labels().get("lists", {}).get(entity) or kind
    if entity == "household":
        name = namer.household(entity_id)
    elif entity == "member":
        name = namer.member(entity_id)
    elif entity == "village":
        name = namer.village(entity_id)
    elif entity == "package":
        row = namer.conn.execute(text("SELECT file_name FROM package_log WHERE package_id = :i"),
                                 {"i": entity_id}).first()
        name = row[0] if row and row[0] else ""
    elif entity == "target":
        name = namer.village(str(detail.get("area_code", "")))
    else:
        name = _first_text(detail, ("problem", "name", "head", "title"))
        if not name and entity == "rectification":  # a status change or edit names the item it was about
            problem = namer.conn.execute(text("SELECT problem FROM rectification WHERE id = :i"),
                                         {"i": entity_id}).scalar()
            name = (problem or "")[:40]
    return f"{kind} {name}".strip()


def _first_text(detail: dict, keys: tuple[str, ...]) -> str:
    for k in keys:
        if isinstance(detail.get(k), str) and detail[k]:
            return detail[k][:40]
    return ""


def _field_name(entity: str, name: str) -> str:
    table, dot, field = name.partition(".")
    if dot:
        return field_label(table, field) if field_label(table, field) != field else ""
    return field_label(entity, name) if field_label(entity, name) != name else ""


def _value(namer: Namer, entity: str, key: str, value: Any, detail: dict) -> str:
    lab = labels()
    if key in lab["references"]:
        return namer.reference(lab["references"][key], value)
    if key == "fields" and isinstance(value, list):
        return "、".join(n for n in (_field_name(entity, str(f)) for f in value) if n)
    if key == "register" and isinstance(value, dict):
        return "、".join(n for n in (_field_name(entity, str(f)) for f in value) if n)
    if key == "field":
        return _field_name(entity, str(value))
    if key == "value" and "field" in detail:
        return display_value(entity, str(detail["field"]), value)
    if key == "notice":
        return _notice_kinds().get(str(value), "")
    if key in lab["values"]:
        return lab["values"][key].get(str(value), "")
    vocab_name = lab["value_vocab"].get(f"{entity}.{key}")
    if vocab_name:
        return vocab(vocab_name).label(str(value)) or ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict):
        keys = lab["detail_keys"]
        return "，".join(f"{keys[k]} {v}" for k, v in value.items() if k in keys)
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def readable_detail(namer: Namer, entity: str, detail_json: str) -> str:
    """ "修改项目: 联系电话；户主: 王德福" — keys the label file does not name are left out."""
    detail = parse_detail(detail_json)
    keys, hidden = labels()["detail_keys"], set(labels()["hidden_keys"])
    parts = []
    for key in keys:  # in the label file's order, not the stored (alphabetical) one
        value = detail.get(key)
        if key in hidden or value in (None, "", [], {}):
            continue
        shown = _value(namer, entity, key, value, detail)
        if shown:
            parts.append(f"{keys[key]}: {shown}")
    return "；".join(parts)


def parse_detail(detail_json: str) -> dict:
    try:
        data = json.loads(detail_json or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
