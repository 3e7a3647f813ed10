"""The register service: saving a household with its members, derived fields, duplicates, 回收站."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.services.register import save as register
from fupin_desktop.services.register.records import (
    copy_draft,
    load_household,
    new_household,
    next_household_no,
    same_content,
    set_head,
    validate,
)
from fupin_desktop.services.register.recycle_bin import list_bin, restore_household, restore_member
from fupin_desktop.services.register.save import delete_household, find_people_by_id, save_household
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import AuditEvent, Household, Member
from tests.unit.register_data import TODAY, V1, V2, add_family, code, family, make_villages, person


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "reg.db")
    yield database
    database.close()


@pytest.fixture
def villages(db):
    return make_villages(db)


def test_new_household_with_three_members_is_saved_with_derived_fields_and_an_audit_event(db, villages):
    draft = family(villages[V1])
    draft.members[0].sex = ""  # left empty: the ID number decides
    result = save_household(db, draft, today=TODAY)
    assert result.status == register.SAVED, result.message
    with db.session() as s:
        h = s.get(Household, draft.id)
        assert (h.head_name, h.size) == ("张三", 3)
        assert h.net_income == 12000 + 3000 - 900
        assert h.per_capita_income == pytest.approx((12000 + 3000 - 900) / 3, abs=0.01)
        members = s.execute(select(Member).where(Member.household_id == draft.id).order_by(Member.sort_order)).scalars().all()
        assert [m.name for m in members] == ["张三", "李四", "张小明"]
        assert members[0].sex == code("sex", "男") and members[0].birth_date == date(1970, 5, 1)
        assert members[1].sex == code("sex", "女")  # even sequence digit
        events = s.execute(select(AuditEvent).where(AuditEvent.entity_id == draft.id)).scalars().all()
    assert [e.action for e in events] == ["household.create"]
    assert json.loads(events[0].detail)["members_added"] == ["张三", "李四", "张小明"]


def test_a_bad_id_number_is_an_error_and_nothing_is_written(db, villages):
    draft = family(villages[V1])
    good = draft.members[1].id_number
    draft.members[1].id_number = good[:-1] + ("0" if good[-1] != "0" else "1")  # wrong check character
    result = save_household(db, draft, today=TODAY)
    assert result.status == register.INVALID
    errors = [f for f in result.findings if f.is_error]
    assert errors and errors[0].field == "id_number" and errors[0].member_id == draft.members[1].id
    assert "校验码" in errors[0].message
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar_one() == 0


def test_warnings_do_not_block_saving(db, villages):
    draft = family(villages[V1])
    draft.members[0].id_number = ""  # a missing ID is a warning
    result = save_household(db, draft, today=TODAY)
    assert result.saved
    assert any(f.rule == "member.id_missing" and not f.is_error for f in result.findings)


def test_an_id_number_already_registered_elsewhere_is_refused_with_the_person(db, villages):
    first = add_family(db, villages[V1])
    second = family(villages[V2], head="王五", number="0002", seq=51)
    second.members[1].id_number = first.members[1].id_number  # 李四 again
    result = save_household(db, second, today=TODAY)
    assert result.status == register.DUPLICATE
    ref = result.duplicates[0]
    assert (ref.household_id, ref.member_id, ref.name, ref.for_member_id) == (
        first.id, first.members[1].id, "李四", second.members[1].id)
    assert "甲村" in ref.describe() and "张三" in result.message and "*" in ref.id_masked
    # The lookup the form uses while typing finds the same person, also by a disability-card number.
    found = find_people_by_id(db, first.members[1].id_number + "12")
    assert [p.member_id for p in found] == [first.members[1].id]
    # Saving the first household again is not a collision with itself.
    assert save_household(db, load_household(db, first.id), today=TODAY).saved


def test_same_head_and_birth_date_in_the_village_asks_first(db, villages):
    first = add_family(db, villages[V1])
    again = family(villages[V1], number="0002", seq=61)  # 张三 born 1970-05-01, other ID numbers
    again.members[0].id_number = ""
    again.members[0].birth_date = date(1970, 5, 1)
    again.members[0].sex = code("sex", "男")
    result = save_household(db, again, today=TODAY)
    assert result.status == register.NEEDS_CONFIRMATION
    assert result.similar[0].household_id == first.id and "张三" in result.message
    assert save_household(db, again, confirmed=True, today=TODAY).saved
    # Another village is no reason to ask.
    other = family(villages[V2], number="0003", seq=71)
    other.members[0].id_number = ""
    other.members[0].birth_date = date(1970, 5, 1)
    assert save_household(db, other, today=TODAY).saved


def test_editing_changes_only_what_changed_and_removing_a_member_is_a_tombstone(db, villages):
    draft = add_family(db, villages[V1])
    edit = load_household(db, draft.id)
    assert same_content(edit, copy_draft(edit))
    removed = edit.members.pop(2)
    edit.phone = "13900000000"
    assert not same_content(edit, load_household(db, draft.id))
    assert save_household(db, edit, today=TODAY).saved
    with db.session() as s:
        h = s.get(Household, draft.id)
        stamps = json.loads(h.field_stamps)
        assert {"phone", "size", "per_capita_income"} <= set(stamps) and "main_cause" not in stamps
        assert h.size == 2
        gone = s.get(Member, removed.id)
        assert gone.deleted and gone.deleted_at
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "household.update")).scalar_one()
        assert json.loads(event.detail)["members_removed"] == ["张小明"]
    assert [e.name for e in list_bin(db)] == ["张小明"]


def test_change_of_head(db, villages):
    draft = add_family(db, villages[V1])
    edit = load_household(db, draft.id)
    set_head(edit, edit.members[1].id, former_head_relationship=code("relationship", "配偶"))
    assert save_household(db, edit, today=TODAY).saved
    again = load_household(db, draft.id)
    assert again.head_name == "李四" and again.members[0].name == "李四"


def test_two_heads_are_an_error(db, villages):
    draft = family(villages[V1])
    draft.members[1].relationship = code("relationship", "户主")
    assert any(f.rule == "household.head_count" for f in validate(draft, TODAY))


def test_delete_and_restore_a_household(db, villages):
    draft = add_family(db, villages[V1])
    delete_household(db, draft.id, reason="录重了")
    entries = list_bin(db)
    assert [(e.kind, e.name, e.people) for e in entries] == [("household", "张三", 3)]
    # While it is in the 回收站 its people may be registered elsewhere (a warning, not a refusal) ...
    moved = family(villages[V2], head="赵六", number="0009", seq=81)
    moved.members[1].id_number = draft.members[1].id_number
    result = save_household(db, moved, today=TODAY)
    assert result.saved and any(f.rule == "member.id_in_recycle_bin" for f in result.findings)
    # ... and then restoring would make a duplicate: refused, naming the person.
    refused = restore_household(db, draft.id)
    assert not refused.restored and refused.conflicts[0].household_id == moved.id
    moved_edit = load_household(db, moved.id)
    moved_edit.members.pop(1)
    assert save_household(db, moved_edit, today=TODAY).saved
    assert restore_household(db, draft.id).restored
    assert list_bin(db)[0].name == "李四"  # the member removed from the other household
    with db.session() as s:
        assert not s.get(Household, draft.id).deleted
        actions = [e.action for e in s.execute(select(AuditEvent).order_by(AuditEvent.at)).scalars()]
    assert "household.delete" in actions and "household.restore" in actions


def test_restore_a_member_recomputes_the_household(db, villages):
    draft = add_family(db, villages[V1])
    edit = load_household(db, draft.id)
    child = edit.members.pop(2)
    save_household(db, edit, today=TODAY)
    result = restore_member(db, child.id)
    assert result.restored, result.message
    again = load_household(db, draft.id)
    assert again.size == 3 and [m.name for m in again.members][-1] == "张小明"


def test_a_stale_draft_is_not_written_over_a_newer_record(db, villages):
    draft = add_family(db, villages[V1])
    mine = load_household(db, draft.id)
    theirs = load_household(db, draft.id)
    theirs.phone = "13700000000"
    assert save_household(db, theirs, today=TODAY).saved
    mine.cause_note = "我的修改"
    assert save_household(db, mine, today=TODAY).status == register.STALE
    assert save_household(db, mine, today=TODAY, overwrite=True).saved


def test_next_household_number_follows_the_village_code(db, villages):
    add_family(db, villages[V1], number=V1 + "0007")
    assert next_household_no(db, villages[V1]) == V1 + "0008"
    assert next_household_no(db, villages[V2]) == V2 + "0001"


def test_new_household_draft_defaults(villages):
    draft = new_household(villages[V1], group_name="第2组")
    assert draft.is_new and draft.members == [] and draft.has_electricity is True and draft.size == 0
    p = person("王", "户主", date(1980, 1, 1), 3)
    assert p.is_new and p.id and p.id_number == make_id("410102", date(1980, 1, 1), 3)
