"""Per-field merge of one record (pure)."""

from __future__ import annotations

import json

from fupin_desktop.store.models import Household
from fupin_desktop.sync.merge import CHANGED, NEW, UNCHANGED, conflict_id, merge_row
from fupin_desktop.sync.rows import canonical_stamps, codec
from fupin_desktop.sync.watermarks import Mark, knows

C = codec(Household)
RID = "a" * 32


def stamp(wall: int, device: str, counter: int = 0) -> str:
    return f"{wall:013d}.{counter:05d}.{device}"


def row(device: str, hlc: str, origin: str, fields: dict | None = None, **values) -> list:
    r = list(C.defaults)
    ix = C.index
    r[ix["id"]] = RID
    r[ix["village_id"]] = "b" * 32
    r[ix["device_id"]], r[ix["seq"]], r[ix["hlc"]], r[ix["origin_hlc"]] = device, 1, hlc, origin
    r[ix["field_stamps"]] = canonical_stamps(fields or {})
    r[ix["created_at"]] = r[ix["updated_at"]] = "2024-01-01T00:00:00"
    for k, v in values.items():
        r[ix[k]] = v
    return r


NOBODY = knows({})
ORIGIN = stamp(1000, "county")


def everyone(*stamps):
    vector = {}
    for s in stamps:
        device = s.split(".", 2)[2]
        if device not in vector or vector[device].hlc < s:
            vector[device] = Mark(0, s)
    return knows(vector)


def test_new_record_is_inserted_as_is():
    inc = row("county", ORIGIN, ORIGIN, head_name="张三")
    result = merge_row(C, None, inc, NOBODY, NOBODY)
    assert result.kind == NEW and result.row is inc and not result.conflicts


def test_same_last_write_is_unchanged():
    r = row("county", ORIGIN, ORIGIN, head_name="张三")
    assert merge_row(C, r, list(r), NOBODY, NOBODY).kind == UNCHANGED


def test_later_edit_that_saw_ours_wins_without_conflict():
    local = row("county", ORIGIN, ORIGIN, head_name="张三")
    s = stamp(2000, "lapA")
    inc = row("lapA", s, ORIGIN, {"head_name": s}, head_name="张三丰")
    result = merge_row(C, local, inc, everyone(ORIGIN, s), everyone(ORIGIN))
    assert result.kind == CHANGED and not result.restamp and not result.conflicts
    assert result.row[C.index["head_name"]] == "张三丰"


def test_older_incoming_changes_nothing():
    s_old, s_new = stamp(2000, "lapA"), stamp(3000, "county")
    local = row("county", s_new, ORIGIN, {"head_name": s_new}, head_name="新")
    inc = row("lapA", s_old, ORIGIN, {"head_name": s_old}, head_name="旧")
    # We had already seen the old write: a stale copy, not a conflict.
    result = merge_row(C, local, inc, everyone(ORIGIN, s_old), everyone(ORIGIN, s_old, s_new))
    assert result.kind == UNCHANGED and result.row is None and not result.conflicts


def test_concurrent_edits_of_one_field_conflict_with_the_later_stamp_winning_on_both_sides():
    sa, sb = stamp(2000, "lapA"), stamp(2000, "lapB")  # same wall time: the device id decides
    a = row("lapA", sa, ORIGIN, {"phone": sa}, phone="111")
    b = row("lapB", sb, ORIGIN, {"phone": sb}, phone="222")
    at_a = merge_row(C, a, b, everyone(ORIGIN, sb), everyone(ORIGIN, sa))
    at_b = merge_row(C, b, a, everyone(ORIGIN, sa), everyone(ORIGIN, sb))
    assert at_a.kind == CHANGED and at_a.row[C.index["phone"]] == "222"
    assert at_b.kind == UNCHANGED
    [ca], [cb] = at_a.conflicts, at_b.conflicts
    assert (ca.winner_value, ca.loser_value) == (cb.winner_value, cb.loser_value) == ("222", "111")
    assert ca.conflict_id == cb.conflict_id == conflict_id("household", RID, "phone", sa, sb)


def test_same_value_written_twice_is_no_conflict():
    sa, sb = stamp(2000, "lapA"), stamp(2001, "lapB")
    a = row("lapA", sa, ORIGIN, {"phone": sa}, phone="111")
    b = row("lapB", sb, ORIGIN, {"phone": sb}, phone="111")
    assert not merge_row(C, a, b, everyone(ORIGIN, sb), everyone(ORIGIN, sa)).conflicts


def test_edits_of_different_fields_merge_and_the_row_is_restamped():
    sa, sb = stamp(2000, "lapA"), stamp(2100, "lapB")
    a = row("lapA", sa, ORIGIN, {"phone": sa}, phone="111")
    b = row("lapB", sb, ORIGIN, {"head_name": sb}, head_name="李四")
    result = merge_row(C, a, b, everyone(ORIGIN, sb), everyone(ORIGIN, sa))
    assert result.kind == CHANGED and result.restamp and not result.conflicts
    merged = result.row
    assert (merged[C.index["phone"]], merged[C.index["head_name"]]) == ("111", "李四")
    assert json.loads(merged[C.index["field_stamps"]]) == {"head_name": sb, "phone": sa}


def test_tombstone_travels_as_a_field_and_keeps_concurrent_edits_of_other_fields():
    sa, sb = stamp(2000, "lapA"), stamp(2100, "county")
    a = row("lapA", sa, ORIGIN, {"phone": sa}, phone="111")
    b = row("county", sb, ORIGIN, {"deleted": sb}, deleted=1, deleted_at="2024-05-01T00:00:00")
    result = merge_row(C, a, b, everyone(ORIGIN, sb), everyone(ORIGIN, sa))
    assert result.tombstoned and result.row[C.index["deleted"]] == 1
    assert result.row[C.index["deleted_at"]] == "2024-05-01T00:00:00"
    assert result.row[C.index["phone"]] == "111"
