"""Possible duplicates: the same national ID under two or more live member records.

They are listed for a person to decide (often the same person registered in two households, or
a typing error); sync never merges them. The list is computed from the data, so it is the same
on every copy that holds the same records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from fupin_desktop.domain.idnumber import mask
from fupin_desktop.store.engine import Database


@dataclass
class DuplicateMember:
    member_id: str
    name: str
    household_id: str
    head_name: str
    household_no: str
    village_code: str
    village_name: str
    last_device_id: str
    updated_at: str


@dataclass
class DuplicateGroup:
    id_number: str
    masked: str
    members: list[DuplicateMember] = field(default_factory=list)


def possible_duplicates(db: Database, village_codes: list[str] | None = None) -> list[DuplicateGroup]:
    where, params = "", {}
    if village_codes:
        names = ", ".join(f":v{i}" for i in range(len(village_codes)))
        where = f" AND v.code IN ({names})"
        params = {f"v{i}": c for i, c in enumerate(village_codes)}
    sql = text(
        "SELECT m.id_number, m.id, m.name, h.id, h.head_name, h.household_no, v.code, v.name, m.device_id, m.updated_at "
        "FROM member m JOIN household h ON h.id = m.household_id JOIN village v ON v.id = h.village_id "
        "WHERE m.deleted = 0 AND m.id_number != '' AND m.id_number IN ("
        "  SELECT id_number FROM member WHERE deleted = 0 AND id_number != '' GROUP BY id_number HAVING count(*) > 1)"
        f"{where} ORDER BY m.id_number, v.code, h.household_no, m.name"
    )
    groups: dict[str, DuplicateGroup] = {}
    with db.engine.connect() as conn:
        for row in conn.execute(sql, params):
            group = groups.setdefault(row[0], DuplicateGroup(row[0], mask(row[0])))
            group.members.append(DuplicateMember(row[1], row[2], row[3], row[4] or "", row[5] or "", row[6],
                                                 row[7], row[8], row[9]))
    return [g for g in groups.values() if len(g.members) > 1]
