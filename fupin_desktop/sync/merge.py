"""Per-field merge of one record (pure; no I/O).

Every field (and the ``deleted`` tombstone flag) carries the HLC stamp of its last write:
``field_stamps[field]``, or ``origin_hlc`` when the field was not written since the insert.
The later stamp wins; wall clocks never decide, the HLC does, and the device id inside the
stamp breaks ties, so every copy picks the same provisional winner.

Two different values of a field are a *conflict* when neither write knew the other:
- the incoming stamp is later, but the sender had not seen our stamp (its version vector stops
  before it) -- it overwrote without knowing;
- our stamp is later, but we had not seen the incoming one before this package.
A sender that had seen our write and still sends a later value made a deliberate edit (or
already recorded the conflict itself), so that is not a new conflict.

Row-level stamps (``device_id``, ``seq``, ``hlc``) say which write produced the whole row state.
When the merge takes fields from both sides the result is a state neither side had: the caller
re-stamps the row as a new local write so it travels on to every peer that lacks it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Callable

from fupin_desktop.sync.rows import MERGE_DELETED, TableCodec, canonical_stamps

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
Knows = Callable[[str], bool]  # does a party hold this stamp (or something that superseded it)?


@dataclass
class FieldConflict:
    table: str
    record_id: str
    field: str
    winner_value: object
    winner_stamp: str
    loser_value: object
    loser_stamp: str

    @property
    def conflict_id(self) -> str:
        return conflict_id(self.table, self.record_id, self.field, self.winner_stamp, self.loser_stamp)


@dataclass
class MergeResult:
    kind: str
    row: list | None = None  # the row to write; None when nothing changes
    restamp: bool = False
    conflicts: list[FieldConflict] = field(default_factory=list)
    tombstoned: bool = False  # this merge turned a live record into a tombstone


def conflict_id(table: str, record_id: str, field_name: str, stamp_a: str, stamp_b: str) -> str:
    low, high = sorted((stamp_a, stamp_b))
    return hashlib.sha256(f"{table}|{record_id}|{field_name}|{low}|{high}".encode()).hexdigest()[:32]


def field_stamps_of(codec: TableCodec, row: list) -> tuple[dict, str]:
    return json.loads(row[codec.index["field_stamps"]]), row[codec.index["origin_hlc"]]


def merge_row(codec: TableCodec, local: list | None, incoming: list,
              sender_knows: Knows, we_knew: Knows) -> MergeResult:
    ix = codec.index
    if local is None:
        return MergeResult(NEW, incoming, tombstoned=False)
    # Same last write => same state (a write stamp is unique to one write on one device).
    if local[ix["hlc"]] == incoming[ix["hlc"]] and local[ix["device_id"]] == incoming[ix["device_id"]]:
        return MergeResult(UNCHANGED)
    l_stamps, l_origin = field_stamps_of(codec, local)
    r_stamps, r_origin = field_stamps_of(codec, incoming)
    took_local = took_incoming = False
    merged = list(local)
    merged_stamps: dict[str, str] = {}
    conflicts: list[FieldConflict] = []
    record_id = local[ix["id"]]
    for name, k in zip(codec.merge_fields, codec.merge_idx):
        ls = l_stamps.get(name, l_origin)
        rs = r_stamps.get(name, r_origin)
        lv, rv = local[k], incoming[k]
        if rs == ls:
            merged_stamps[name] = ls
            continue
        if rs > ls:
            took_incoming = True
            merged[k] = rv
            merged_stamps[name] = rs
            if name == MERGE_DELETED:
                merged[ix["deleted_at"]] = incoming[ix["deleted_at"]]
            if lv != rv and not sender_knows(ls):
                conflicts.append(FieldConflict(codec.name, record_id, name, rv, rs, lv, ls))
        else:
            took_local = True
            merged_stamps[name] = ls
            if lv != rv and not we_knew(rs):
                conflicts.append(FieldConflict(codec.name, record_id, name, lv, ls, rv, rs))
    tombstoned = bool(merged[ix["deleted"]]) and not local[ix["deleted"]]
    if not took_incoming:
        return MergeResult(UNCHANGED, conflicts=conflicts)
    if not took_local:
        return MergeResult(CHANGED, incoming, conflicts=conflicts, tombstoned=tombstoned)
    origin = min(l_origin, r_origin)
    merged[ix["origin_hlc"]] = origin
    merged[ix["field_stamps"]] = canonical_stamps({n: s for n, s in merged_stamps.items() if s != origin})
    merged[ix["updated_at"]] = max(local[ix["updated_at"]] or "", incoming[ix["updated_at"]] or "")
    return MergeResult(CHANGED, merged, restamp=True, conflicts=conflicts, tombstoned=tombstoned)


def effective_stamps(codec: TableCodec, row: list) -> dict[str, str]:
    """Every merge field's stamp, explicit (for comparing copies)."""
    stamps, origin = field_stamps_of(codec, row)
    return {name: stamps.get(name, origin) for name in codec.merge_fields}
