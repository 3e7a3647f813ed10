"""Tracking after confirmation: measure status, ledger, visits, version history, overdue list, the 帮扶 menu."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_tracking import OverdueListWidget, PlanTrackingWidget, install_plan_actions
from fupin_desktop.gui.qt import QMainWindow
from fupin_desktop.services.plans import lifecycle as plans
from fupin_desktop.services.plans import tracking
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import Answers

YEAR = 2024
TODAY = date(2024, 7, 1)


@pytest.fixture
def confirmed(tmp_db):
    """A demo county and one household whose current plan is confirmed."""
    generate_demo(tmp_db, households=30, seed=4, year=YEAR)
    con = sqlite3.connect(tmp_db.path)
    hid = con.execute("SELECT household_id FROM plan WHERE status = 'confirmed' AND is_current = 1 "
                      "ORDER BY household_id LIMIT 1").fetchone()[0]
    con.close()
    return tmp_db, hid


def make_widget(qtbot, db, hid):
    widget = PlanTrackingWidget(db, hid, runner=run_inline, today=TODAY)
    widget.setProperty("quiet_errors", True)
    qtbot.addWidget(widget)
    return widget


def test_measure_status_ledger_and_visits(qtbot, confirmed, monkeypatch):
    db, hid = confirmed
    answers = Answers(monkeypatch)  # 800 元 may exceed a small measure's plan (asked), deleting asks: Yes
    widget = make_widget(qtbot, db, hid)
    view = plans.current_plan(db, hid, YEAR)
    assert widget.measures.rowCount() == len(view.measures)
    assert "第1版" in widget.title.text() and widget.done_button.isEnabled()

    widget.measures.selectRow(0)
    target = widget.selected_measure()
    widget.set_status(target.id, "in_progress")
    assert plans.current_plan(db, hid, YEAR).measures[0].status == "in_progress"
    assert widget.measures.item(0, 5).text() == "实施中"
    widget.set_status(target.id, "cancelled")  # no reason: refused, shown, nothing changed
    assert widget.last_error is not None and "原因" in str(widget.last_error)
    assert plans.current_plan(db, hid, YEAR).measures[0].status == "in_progress"

    ledger = widget.ledger_panel
    before = tracking.ledger(db, view.id)  # the demo may have booked payments already
    ledger.measure_combo.setCurrentIndex(0)
    ledger.amount.setValue(800.0)
    ledger.source.setCurrentIndex(ledger.source.findData("local_special"))
    ledger.voucher.setText("凭-7")
    ledger.add_button.click()
    rows = ledger.entries.rowCount()
    vouchers = [ledger.entries.item(r, 4).text() for r in range(rows)]
    assert rows == len(before.entries) + 1 and "凭-7" in vouchers
    assert ledger.voucher.text() == ""  # the form is cleared after a successful booking
    assert f"已拨付 {before.paid_total + 800:,.2f} 元" in ledger.totals.text()
    ledger.amount.setValue(0.0)
    ledger.voucher.setText("凭-8")
    ledger.add_button.click()  # refused: amount must be positive; the form keeps what was typed
    assert ledger.entries.rowCount() == rows and ledger.voucher.text() == "凭-8"
    ledger.entries.selectRow(vouchers.index("凭-7"))
    ledger.delete_button.click()
    assert "删除" in answers.asked[-1]
    assert ledger.entries.rowCount() == rows - 1
    assert tracking.ledger(db, view.id).paid_total == before.paid_total

    visits = widget.visits_panel
    visits.notes.setPlainText("入户核实务工情况")
    visits.findings.setText("医保待续费")
    visits.add_button.click()
    assert visits.table.rowCount() == 1 and visits.table.item(0, 3).text() == "医保待续费"
    assert tracking.list_visits(db, hid)[0].notes == "入户核实务工情况"


def valid_measures(draft):
    """One suggested measure per member and two suggested household measures, right on all five counts."""
    from fupin_desktop.domain.suggestions import suggest_for_household, suggest_for_member
    from fupin_desktop.services.plans.data import MeasureData

    picks = [("person", suggest_for_member(draft.household, m, TODAY, limit=1)[0].item_code, m.id)
             for m in draft.members]
    picks += [("household", s.item_code, None) for s in suggest_for_household(draft.household, TODAY, limit=2)]
    return [MeasureData(scope=scope, item_code=code, member_id=member, start_date=date(YEAR, 3, 1),
                        due_date=date(YEAR, 11, 30), responsible_name="王书记", amount=1000.0,
                        fund_source="local_special") for scope, code, member in picks]


def test_history_versions_are_shown_read_only(qtbot, confirmed):
    db, hid = confirmed
    draft = plans.open_draft(db, hid, YEAR)
    for m in draft.measures:  # replace the demo's measures; ones with payments stay, cancelled with a reason
        if m.paid:
            m.status, m.cancel_reason = "cancelled", "计划调整"
        else:
            m.deleted = True
    draft.measures += valid_measures(draft)
    v2 = plans.confirm(db, draft, today=TODAY)
    widget = make_widget(qtbot, db, hid)
    assert widget.version_combo.count() == 2 and "当前" in widget.version_combo.itemText(0)
    assert widget.data.view.id == v2.id and widget.done_button.isEnabled()
    widget.version_combo.activated.emit(1)  # the superseded version: visible, not editable
    assert widget.data.view.summary.version == 1
    assert not widget.done_button.isEnabled() and not widget.ledger_panel.add_button.isEnabled()


def test_overdue_list_and_activation(qtbot, confirmed):
    db, hid = confirmed
    late = OverdueListWidget(db, runner=run_inline, today=date(YEAR, 12, 31))
    qtbot.addWidget(late)
    expected = tracking.overdue_measures(db, today=date(YEAR, 12, 31))
    assert late.table.rowCount() == len(expected) > 0
    assert f"{len(expected)} 项" in late.summary.text()
    with qtbot.waitSignal(late.household_activated) as signal:
        late.table.itemDoubleClicked.emit(late.table.item(0, 2))
    assert signal.args == [expected[0].household_id]
    early = OverdueListWidget(db, runner=run_inline, today=date(YEAR, 1, 1))
    qtbot.addWidget(early)
    assert early.table.rowCount() == 0


def test_plan_menu_opens_views(qtbot, confirmed):
    db, hid = confirmed
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = install_plan_actions(window, db, runner=run_inline, today=TODAY)
    assert [a.objectName() for a in actions.menu.actions()] == ["plan_wizard", "plan_tracking", "plan_overdue"]
    tracking_view = actions.open_tracking(hid)
    assert isinstance(tracking_view, PlanTrackingWidget) and tracking_view.measures.rowCount() > 0
    overdue = actions.open_overdue()
    assert isinstance(overdue, OverdueListWidget)
    wizard = actions.open_wizard(hid)
    assert wizard is not None and wizard.draft.household_id == hid
    wizard.setProperty("quiet_errors", True)
    wizard.close()
    for holder in list(actions.windows):
        holder.close()
