"""A laptop's own townships and villages, made before it joined, become the county's records.

A cadre may add the village (and type its 所属乡镇) before the laptop joins the county. The
county holds the same township and village under the same 12-digit codes but other record ids,
so the enrolment package stopped at the codes' UNIQUE index and the laptop could not join. On an
enrolment package -- the county has had nothing from this laptop yet, so no other copy knows the
laptop's ids -- the local record takes the county's id, and every reference to it follows; its
fields then merge with the county's as any two copies of one record do.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from fupin_desktop.sync.rows import TableCodec

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


def adopt_same_code(conn: Connection, table: TableCodec, rows: list[list]) -> int:
    """Give local records of ``table`` that share a natural key with an incoming row (under another
    id) the incoming id, with their references. Returns how many were adopted.

    The caller defers foreign-key checks to the commit (the importer does)."""
    key = NATURAL_KEYS.get(table.name)
    if key is None or key not in table.index:
        return 0
    id_i, key_i = table.index["id"], table.index[key]
    incoming = {row[key_i]: row[id_i] for row in rows if row[key_i]}
    codes = list(incoming)
    pairs: list[Any] = []  # (local id, code) rows
    for start in range(0, len(codes), IN_CHUNK):
        chunk = codes[start:start + IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        pairs += conn.exec_driver_sql(f'SELECT id, "{key}" FROM "{table.name}" WHERE "{key}" IN ({marks})',
                                      tuple(chunk)).all()
    adopted = 0
    for local_id, code in pairs:
        new_id = incoming[code]
        if local_id == new_id:
            continue
        conn.exec_driver_sql(f'UPDATE "{table.name}" SET id = ? WHERE id = ?', (new_id, local_id))
        for other, column in _references(table.name):
            conn.exec_driver_sql(f'UPDATE "{other}" SET "{column}" = ? WHERE "{column}" = ?', (new_id, local_id))
        adopted += 1
    return adopted
