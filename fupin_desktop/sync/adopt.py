"""A laptop's own townships and villages, made before it joined, become the county's records.

A cadre may add the village (and type its 所属乡镇) before the laptop joins the county. The
county holds the same township and village under the same 12-digit codes but other record ids,
so the enrolment package stopped at the codes' UNIQUE index and the laptop could not join. On an
enrolment package -- the county has had nothing from this laptop yet, so no other copy knows the
laptop's ids -- the local record takes the county's id, and every reference to it follows; its
fields then merge with the county's as any two copies of one record do, with one exception:

The clerk often creates the village at the county only to enrol the laptop (分配的村 lists existing
villages), leaving 贫困村, 退出年度, 户籍人口… blank. That placeholder's stamps are later than the
cadre's entries, so a plain merge let the blanks overwrite what the people who know the village typed.
A field the county left at its default (empty, unticked, 0) and never edited since creating the record
keeps the laptop's value, re-written with a fresh local stamp: later than the county's, so it wins
here without a conflict and travels to the county in the laptop's next package (whose
acknowledgements show it had seen the county's blank, so no conflict there either). Two filled
values that differ still merge as usual and become a conflict for a person to decide.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from fupin_desktop.store.stamps import reserve_stamps
from fupin_desktop.sync.rows import MERGE_DELETED, TableCodec, canonical_stamps

NATURAL_KEYS = {"area": "code", "village": "code"}  # reference records both sides create by code
IN_CHUNK = 900


@lru_cache(maxsize=None)
def _references(table: str) -> tuple[tuple[str, str], ...]:
    """(table, column) pairs whose foreign key points at ``table``.id."""
    import fupin_desktop.store.models  # noqa: F401  (every table registered in the metadata)

    found = []
    for other in SQLModel.metadata.tables.values():
        for fk in other.foreign_keys:
            if fk.column.table.name == table and fk.column.name == "id":
                found.append((other.name, fk.parent.name))
    return tuple(sorted(found))


def _blank(table: TableCodec, k: int, value: Any) -> bool:
    return value is None or value == "" or value == table.defaults[k]


def _unedited_blanks(table: TableCodec, row: list) -> set[str]:
    """Fields of ``row`` at their default and not written since the record was created."""
    stamps = json.loads(row[table.index["field_stamps"]])
    return {name for name, k in zip(table.merge_fields, table.merge_idx)
            if name != MERGE_DELETED and name not in stamps and _blank(table, k, row[k])}


def _keep_own_values(conn: Connection, table: TableCodec, record_id: str, county_row: list) -> set[str]:
    """Re-stamp the adopted local record's filled fields the county left blank; returns their names."""
    found = conn.exec_driver_sql(f"{table.select_sql()} WHERE id = ?", (record_id,)).first()
    if found is None:
        return set()
    local = list(found)
    kept = {name for name in _unedited_blanks(table, county_row)
            if not _blank(table, table.index[name], local[table.index[name]])}
    if not kept:
        return kept
    device_id, [(seq, hlc)] = reserve_stamps(conn, 1)  # the importer observed the county's clock first
    stamps = json.loads(local[table.index["field_stamps"]])
    stamps.update({name: hlc for name in kept})
    conn.exec_driver_sql(f'UPDATE "{table.name}" SET field_stamps = ?, device_id = ?, seq = ?, hlc = ? WHERE id = ?',
                         (canonical_stamps(stamps), device_id, seq, hlc, record_id))
    return kept


def adopt_same_code(conn: Connection, table: TableCodec, rows: list[list]) -> dict[str, set[str]]:
    """Give local records of ``table`` that share a natural key with an incoming row (under another
    id) the incoming id, with their references, and keep their values where the county's are blank.
    Returns {adopted record id: fields whose local value was kept} (an empty set when none were).

    The caller defers foreign-key checks to the commit (the importer does), and drops the merge's
    conflicts on the kept fields: they are the county's unfilled placeholders, nothing to decide."""
    key = NATURAL_KEYS.get(table.name)
    if key is None or key not in table.index:
        return {}
    id_i, key_i = table.index["id"], table.index[key]
    incoming = {row[key_i]: row[id_i] for row in rows if row[key_i]}
    by_id = {row[id_i]: row for row in rows}
    codes = list(incoming)
    pairs: list[Any] = []  # (local id, code) rows
    for start in range(0, len(codes), IN_CHUNK):
        chunk = codes[start:start + IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        pairs += conn.exec_driver_sql(f'SELECT id, "{key}" FROM "{table.name}" WHERE "{key}" IN ({marks})',
                                      tuple(chunk)).all()
    adopted: dict[str, set[str]] = {}
    for local_id, code in pairs:
        new_id = incoming[code]
        if local_id == new_id:
            continue
        conn.exec_driver_sql(f'UPDATE "{table.name}" SET id = ? WHERE id = ?', (new_id, local_id))
        for other, column in _references(table.name):
            conn.exec_driver_sql(f'UPDATE "{other}" SET "{column}" = ? WHERE "{column}" = ?', (new_id, local_id))
        adopted[new_id] = _keep_own_values(conn, table, new_id, by_id[new_id])
    return adopted
