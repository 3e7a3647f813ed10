"""整改清单: create, filter, overdue, close with evidence, tombstone delete, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.county import rectification as rect
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import AuditEvent, Rectification
from tests.unit.county_data import TODAY, TOWNSHIP, V1, V2, make_county


@pytest.fixture
def county(tmp_path):
    db = open_database(tmp_path / "county.db")
    data = make_county(db)
    yield db, data
    db.close()


def _source(label):
    return vocab("rectification_source").code_for(label)


def test_items_filter_overdue_and_close(county):
    db, data = county
    late = rect.create_item(db, source=_source("省级检查"), problem="帮扶计划未确认", village_id=data.village_ids["甲村"],
                            household_id=data.households["HB"], action="入户核实并确认计划", responsible="刘干部",
                            deadline=date(2024, 6, 1))
    soon = rect.create_item(db, source=_source("自查"), problem="村卫生室无合格村医",
                            village_id=data.village_ids["乙村"], deadline=date(2024, 9, 1))
    items = rect.list_items(db, today=TODAY)
    assert [i.id for i in items] == [late, soon]  # overdue first
    first = items[0]
    assert first.overdue and first.days_overdue == 30 and first.village_code == V1 and first.household_head == "李乙"
    assert first.source_label == "省级检查" and first.township_code == TOWNSHIP
    assert not items[1].overdue
    assert [i.id for i in rect.list_items(db, rect.RectificationFilter(overdue_only=True), today=TODAY)] == [late]
    assert [i.id for i in rect.list_items(db, rect.RectificationFilter(village_code=V2), today=TODAY)] == [soon]
    assert [i.id for i in rect.list_items(db, rect.RectificationFilter(text="村医"), today=TODAY)] == [soon]
    assert [i.id for i in rect.list_items(db, rect.RectificationFilter(source=_source("自查")), today=TODAY)] == [soon]

    with pytest.raises(UserFacingError, match="佐证"):
        rect.set_status(db, late, rect.STATUS_CLOSED)
    rect.set_status(db, late, rect.STATUS_CLOSED, evidence_note="已入户确认，计划已打印签字", closed_date=date(2024, 7, 2))
    closed = rect.get_item(db, late, today=TODAY)
    assert closed.status == rect.STATUS_CLOSED and not closed.overdue and closed.closed_date == date(2024, 7, 2)
    assert rect.summary(rect.list_items(db, today=TODAY)).as_dict() == {"total": 2, "open": 1, "closed": 1, "overdue": 0}
    not_closed = rect.list_items(db, rect.RectificationFilter(status="not_closed"), today=TODAY)
    assert [i.id for i in not_closed] == [soon]

    rect.update_item(db, soon, action="联系乡卫生院派驻村医", deadline=date(2024, 6, 30))
    assert rect.get_item(db, soon, today=TODAY).overdue
    rect.delete_item(db, soon)
    assert [i.id for i in rect.list_items(db, today=TODAY)] == [late]
    with db.session() as s:
        assert s.get(Rectification, soon).deleted  # tombstone, never hard-deleted
        actions = [e.action for e in s.exec(select(AuditEvent))]
    assert actions.count("rectification.create") == 2 and "rectification.status" in actions
    assert "rectification.update" in actions and "rectification.delete" in actions


def test_bad_items_are_refused(county):
    db, data = county
    with pytest.raises(UserFacingError):
        rect.create_item(db, source="no-such-source", problem="x")
    with pytest.raises(UserFacingError):
        rect.create_item(db, source=_source("巡查"), problem="  ")
    with pytest.raises(UserFacingError, match="不属于"):
        rect.create_item(db, source=_source("巡查"), problem="x", village_id=data.village_ids["乙村"],
                         household_id=data.households["HA"])
    item = rect.create_item(db, source=_source("巡查"), problem="x", household_id=data.households["HD"])
    assert rect.get_item(db, item).village_code == V2  # village taken from the household
