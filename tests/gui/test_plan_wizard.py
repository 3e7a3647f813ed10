"""The N+2 plan wizard on a demo household: complete it, confirm, reopen, edit into version 2; blocked confirm;
draft saved at a page and resumed there; Back keeps input."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from fupin_desktop.gui.operations import run_in_background, run_inline
from fupin_desktop.gui.plan_wizard import open_plan_wizard
from fupin_desktop.gui.plan_wizard.common import (
    PAGE_CONFIRM,
    PAGE_DIAGNOSIS,
    PAGE_FUNDS,
    PAGE_HOUSEHOLD_MEASURES,
    PAGE_PERSON,
    PAGE_PERSON_MEASURES,
    PAGE_SCHEDULE,
)
from fupin_desktop.gui.qt import Qt, QWizard
from fupin_desktop.services.plans import lifecycle as plans
from fupin_desktop.services.plans import tracking
from fupin_desktop.services.setup.demo import generate_demo

YEAR = 2024
TODAY = date(2024, 7, 1)


@pytest.fixture
def demo_db(tmp_db):
    generate_demo(tmp_db, households=40, seed=11, year=YEAR)
    return tmp_db


def household_without_plan(db, min_members=3) -> str:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT id FROM household WHERE id NOT IN (SELECT household_id FROM plan) AND size >= ? "
                           "ORDER BY household_no LIMIT 1", (min_members,)).fetchone()[0]
    finally:
        con.close()


def open_wizard(qtbot, db, hid):
    wizard = open_plan_wizard(None, db, hid, year=YEAR, today=TODAY, runner=run_inline, user="测试干部")
    assert wizard is not None
    wizard.setProperty("quiet_errors", True)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test inspects it after closing
    qtbot.addWidget(wizard)
    return wizard


def fill_everything(wizard, tmp_path=None):
    """Walk every page the way a cadre would: one measure per member, two household measures, dates,
    responsible person, money."""
    assert wizard.currentId() == PAGE_PERSON
    shots = []

    def shot():
        if tmp_path is not None:
            image = wizard.grab()
            assert not image.isNull() and image.width() > 400
            path = tmp_path / f"page{wizard.currentId()}.png"
            image.save(str(path))
            shots.append(path)

    shot()
    wizard.next()
    assert wizard.currentId() == PAGE_DIAGNOSIS
    shot()
    wizard.next()
    assert wizard.currentId() == PAGE_PERSON_MEASURES
    page = wizard.currentPage()
    for group in page.groups:  # exactly the top suggestion for each member
        for code in group.chosen():
            group.tick(code, False)
        group.tick(next(iter(group.boxes)))
        assert len(group.chosen()) == 1
    shot()
    wizard.next()
    assert wizard.currentId() == PAGE_HOUSEHOLD_MEASURES
    page = wizard.currentPage()
    for code in page.chosen():
        page.tick(code, False)
    page.tick("planting_support")
    page.tick("breeding_support")
    page.set_link("planting_support", "enterprise", "固始县某农业公司")
    page.set_link("planting_support", "cooperative", "某村种植合作社")
    assert sorted(page.chosen()) == ["breeding_support", "planting_support"]
    shot()
    wizard.next()
    assert wizard.currentId() == PAGE_SCHEDULE
    page = wizard.currentPage()
    page.ui.bulkStartEdit.setDate(page.ui.bulkStartEdit.date().addDays(1))
    page.ui.applyAllButton.click()
    shot()
    wizard.next()
    assert wizard.currentId() == PAGE_FUNDS
    page = wizard.currentPage()
    for row in range(page.ui.fundsTable.rowCount()):
        page.set_money(row, 1000.0 + row, "local_special")
    shot()
    wizard.next()
    assert wizard.currentId() == PAGE_CONFIRM
    shot()
    return shots


def test_complete_confirm_reopen_and_edit_into_version_2(qtbot, demo_db, tmp_path):
    hid = household_without_plan(demo_db)
    wizard = open_wizard(qtbot, demo_db, hid)
    members = [m.id for m in wizard.draft.members]
    shots = fill_everything(wizard, tmp_path)
    assert len(shots) == 7
    confirm = wizard.currentPage()
    assert confirm.isComplete(), [f.message for f in confirm.errors()]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    confirm.ui.expectedEffectEdit.setPlainText("年底人均纯收入稳定超过标准")
    with qtbot.waitSignal(wizard.plan_confirmed):
        finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted

    view = plans.current_plan(demo_db, hid, YEAR)
    assert (view.summary.status, view.summary.version, view.summary.confirmed_by) == ("confirmed", 1, "测试干部")
    person = [m for m in view.measures if m.scope == "person"]
    assert sorted(m.member_id for m in person) == sorted(members)
    household = {m.item_code: m for m in view.measures if m.scope == "household"}
    assert sorted(household) == ["breeding_support", "planting_support"]
    assert household["planting_support"].enterprise == "固始县某农业公司"
    for m in view.measures:
        assert m.start_date == date(YEAR, 7, 2) and m.due_date == date(YEAR, 12, 31)
        assert m.responsible_name == view.household.responsible_cadre_name != ""
        assert m.amount >= 1000.0 and m.fund_source == "local_special"
    assert view.expected_effect == "年底人均纯收入稳定超过标准"

    # money booked against the first member's measure: in the revision it cannot be unticked
    paid = person[0]
    tracking.add_fund_entry(demo_db, paid.id, date(YEAR, 7, 1), 300.0, "local_special", "凭-1")

    # reopen: editing the confirmed plan makes version 2, the first stays as history
    again = open_wizard(qtbot, demo_db, hid)
    assert (again.draft.version, again.draft.supersedes_id) == (2, view.id)
    assert "第2版" in again.windowTitle() and "原版本保留" in again.windowTitle()
    again.go_to(PAGE_PERSON_MEASURES)
    box = again.currentPage().group_for(paid.member_id).boxes[paid.item_code]
    assert box.isChecked() and not box.isEnabled() and "已拨付" in box.toolTip()
    again.go_to(PAGE_FUNDS)
    assert again.currentId() == PAGE_FUNDS
    again.currentPage().set_money(0, 2500.0, "social")
    again.next()
    assert again.currentPage().isComplete()
    with qtbot.waitSignal(again.plan_confirmed):
        again.button(QWizard.WizardButton.FinishButton).click()
    history = plans.plan_history(demo_db, hid, YEAR)
    assert [(h.version, h.status, h.is_current) for h in history] == [(2, "confirmed", True), (1, "confirmed", False)]
    v2 = plans.current_plan(demo_db, hid, YEAR)
    assert (v2.measures[0].amount, v2.measures[0].fund_source) == (2500.0, "social")
    assert plans.plan_view(demo_db, view.id).measures[0].amount == 1000.0
    assert tracking.ledger(demo_db, v2.id).paid_total == 300.0  # the payment followed its measure


def test_confirming_is_blocked_while_a_member_has_no_measure(qtbot, demo_db):
    hid = household_without_plan(demo_db)
    wizard = open_wizard(qtbot, demo_db, hid)
    fill_everything(wizard)
    wizard.go_to(PAGE_PERSON_MEASURES)
    group = wizard.currentPage().groups[-1]
    for code in group.chosen():
        group.tick(code, False)
    assert "尚未选择" in group.count_label.text()
    wizard.go_to(PAGE_CONFIRM)
    confirm = wizard.currentPage()
    assert not confirm.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    messages = [confirm.ui.findingsList.item(i).text() for i in range(confirm.ui.findingsList.count())]
    assert any(group.member.name in m and "一人至少一策" in m for m in messages)
    assert "错误" in confirm.ui.statusLabel.text()
    wizard.accept()  # even if asked directly, the service refuses
    assert isinstance(wizard.last_error, plans.PlanBlocked)
    assert plans.current_plan(demo_db, hid, YEAR) is None or plans.current_plan(demo_db, hid, YEAR).summary.status == "draft"
    # double-clicking the finding goes to the page where it is fixed
    item = next(confirm.ui.findingsList.item(i) for i in range(confirm.ui.findingsList.count())
                if group.member.name in confirm.ui.findingsList.item(i).text())
    confirm.ui.findingsList.itemDoubleClicked.emit(item)
    assert wizard.currentId() == PAGE_PERSON_MEASURES


def test_draft_saved_at_a_page_resumes_there_and_back_keeps_input(qtbot, demo_db):
    hid = household_without_plan(demo_db)
    wizard = open_wizard(qtbot, demo_db, hid)
    wizard.next()
    page = wizard.currentPage()
    other = page.ui.mainCauseCombo.findData("lack_funds")
    page.ui.mainCauseCombo.setCurrentIndex(other)
    page.ui.diagnosisNoteEdit.setPlainText("缺少启动资金")
    wizard.next()
    wizard.back()  # Back: what was typed is still there
    assert wizard.currentPage().ui.mainCauseCombo.currentData() == "lack_funds"
    assert wizard.currentPage().ui.diagnosisNoteEdit.toPlainText() == "缺少启动资金"
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_HOUSEHOLD_MEASURES
    page = wizard.currentPage()  # the suggestions followed the new main cause
    assert "缺资金" in page.table.item(page.row_of("microcredit"), 2).text()
    page.tick("microcredit")
    assert wizard.is_dirty()
    with qtbot.waitSignal(wizard.draft_saved):
        wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert not wizard.is_dirty()
    wizard.close()

    resumed = open_wizard(qtbot, demo_db, hid)
    assert resumed.currentId() == PAGE_HOUSEHOLD_MEASURES
    assert "microcredit" in resumed.currentPage().chosen()
    assert resumed.draft.household.main_cause == "lack_funds"
    assert resumed.draft.diagnosis_note == "缺少启动资金"


def test_background_runner_delivers_the_wizard(qtbot, demo_db):
    hid = household_without_plan(demo_db)
    opened = []
    open_plan_wizard(None, demo_db, hid, year=YEAR, today=TODAY, runner=run_in_background, on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    wizard = opened[0]
    wizard.setProperty("quiet_errors", True)
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.currentId() == PAGE_PERSON
    with qtbot.waitSignal(wizard.draft_saved, timeout=10000):
        wizard.save_draft()
    assert plans.open_draft(demo_db, hid, YEAR).saved
