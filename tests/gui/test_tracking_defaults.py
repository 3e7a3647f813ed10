"""Issue 11 §2.11 and §2.12 by clicks: the summary after a confirm, 计划跟踪与台账 on the selected
household with its defaults (版本 box, 责任人 column, 走访干部, 资金来源), the wizard's batch 责任人."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_in_background, run_inline
from fupin_desktop.gui.plan_tracking import PlanTrackingWidget
from fupin_desktop.gui.plan_wizard import PlanWizard
from fupin_desktop.gui.plan_wizard.common import PAGE_CONFIRM, PAGE_HOUSEHOLD_MEASURES, PAGE_SCHEDULE
from fupin_desktop.gui.qt import QApplication, Qt, QWizard
from fupin_desktop.gui.vocab_labels import label
from fupin_desktop.services.plans import lifecycle as plans
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import keep, type_text
from tests.gui.test_plan_wizard import fill_everything, household_without_plan, open_wizard

YEAR = 2024
TODAY = date(2024, 7, 1)
CADRE = "李明"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def demo_db(tmp_db):
    generate_demo(tmp_db, households=30, seed=4, year=YEAR)
    save_profile(tmp_db, Profile(role="village", user_name=CADRE, unit="河口村驻村工作队"))
    return tmp_db


@pytest.fixture
def window(qtbot, demo_db):
    win = keep(qtbot, MainWindow(demo_db.path, db=demo_db, runner=run_inline, today=TODAY))
    win.show()
    return win


def confirmed_household(db) -> str:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT household_id FROM plan WHERE status = 'confirmed' AND is_current = 1 "
                           "ORDER BY household_id LIMIT 1").fetchone()[0]
    finally:
        con.close()


def test_summary_shows_the_confirmed_plan_at_once(qtbot, window, demo_db):
    hid = household_without_plan(demo_db)
    register = window.register
    assert register.list.select_household(hid)
    assert "尚未制定" in register.summary.details.text()
    qtbot.mouseClick(register.summary.plan_button, LEFT)
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PlanWizard) and w.isVisible())
    wizard.setProperty("quiet_errors", True)
    fill_everything(wizard)
    with qtbot.waitSignal(wizard.plan_confirmed):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert "尚未制定" not in register.summary.details.text()  # said so until F5
    assert f"{YEAR} 年 已确认" in register.summary.details.text()
    assert plans.current_plan(demo_db, hid, YEAR).summary.confirmed_by == CADRE  # the first-start cadre


def test_tracking_opens_on_the_selected_household_with_its_defaults(qtbot, window, demo_db, monkeypatch):
    from fupin_desktop.gui.plan_tracking.actions import HouseholdPicker

    pickers: list = []
    monkeypatch.setattr(HouseholdPicker, "exec", lambda self: pickers.append(self) or 0)
    hid = confirmed_household(demo_db)
    assert window.register.list.select_household(hid)
    window.plan_actions.actions["tracking"].trigger()
    assert pickers == []  # no picker: the selected household opens
    tracking = window.tabs.currentWidget()
    assert isinstance(tracking, PlanTrackingWidget) and tracking.household_id == hid
    view = plans.current_plan(demo_db, hid, YEAR)
    assert view.household.head_name in tracking.title.text()

    combo = tracking.version_combo  # wide enough for "2024年 第1版 已确认（当前）"
    qtbot.waitUntil(lambda: combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20,
                    timeout=2000)
    table = tracking.measures
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    column = headers.index("责任人")
    assert [table.item(r, column).text() for r in range(table.rowCount())] == [
        m.responsible_name for m in view.measures]

    assert tracking.visits_panel.cadre.currentText() == CADRE  # who uses the laptop visits

    ledger = tracking.ledger_panel
    ledger.measure_combo.setFocus()
    for _ in range(1, ledger.measure_combo.count()):
        qtbot.keyClick(ledger.measure_combo, Qt.Key.Key_Down)
        money = next(m for m in view.measures if m.id == ledger.measure_combo.currentData())
        if money.fund_source:
            assert ledger.source.currentText() == label("fund_source", money.fund_source)


def test_version_box_fits_its_text_when_the_plan_arrives_after_the_view_is_shown(qtbot, demo_db):
    """In the app the view is on screen before its plan is read (background): the box grew no wider."""
    widget = PlanTrackingWidget(demo_db, confirmed_household(demo_db), runner=run_in_background, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitSignal(widget.loaded, timeout=10000).wait()
    combo = widget.version_combo
    assert combo.currentText().startswith(f"{YEAR}年 第1版")
    qtbot.waitUntil(lambda: combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20,
                    timeout=2000)


def test_the_batch_responsible_person_is_kept_when_coming_back(qtbot, demo_db):
    wizard = open_wizard(qtbot, demo_db, household_without_plan(demo_db))
    fill_everything(wizard)
    assert wizard.currentId() == PAGE_CONFIRM
    back = wizard.button(QWizard.WizardButton.BackButton)
    qtbot.mouseClick(back, LEFT)
    qtbot.mouseClick(back, LEFT)
    assert wizard.currentId() == PAGE_SCHEDULE
    edit = wizard.currentPage().ui.bulkResponsibleCombo.lineEdit()
    edit.selectAll()
    type_text(qtbot, edit, "赵六")
    qtbot.mouseClick(back, LEFT)
    assert wizard.currentId() == PAGE_HOUSEHOLD_MEASURES
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == PAGE_SCHEDULE
    assert wizard.currentPage().ui.bulkResponsibleCombo.currentText() == "赵六"  # was the household's cadre again


def test_progress_booked_in_tracking_shows_in_the_summary(qtbot, window, demo_db):
    from fupin_desktop.gui.plan_tracking.tracking_view import DoneDialog
    from fupin_desktop.gui.qt import QDialogButtonBox
    from tests.gui.test_cadre_journey import when_modal

    hid = confirmed_household(demo_db)
    assert window.register.list.select_household(hid)
    summary = window.register.summary
    before = plans.current_plan(demo_db, hid, YEAR)
    done_before = sum(m.status == "done" for m in before.measures)
    assert f"措施 {done_before}/{len(before.measures)} 已完成" in summary.details.text()
    window.plan_actions.actions["tracking"].trigger()
    tracking = window.tabs.currentWidget()
    row = next(r for r, m in enumerate(before.measures) if m.status != "done")
    table = tracking.measures
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, 0)).center())
    handled = when_modal(DoneDialog, lambda d: qtbot.mouseClick(
        d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT))
    qtbot.mouseClick(tracking.done_button, LEFT)
    assert handled
    assert f"措施 {done_before + 1}/{len(before.measures)} 已完成" in summary.details.text()  # not after F5



def test_a_payment_is_booked_with_the_keyboard_only(qtbot, window, demo_db, monkeypatch):
    """金额, 凭证号, 备注, Enter: the payment is in the ledger (Enter used to do nothing)."""
    from fupin_desktop.services.plans import tracking as tracking_service
    from tests.gui.register_support import Answers

    Answers(monkeypatch)  # "more than planned, book it anyway?" is answered yes

    hid = confirmed_household(demo_db)
    assert window.register.list.select_household(hid)
    window.plan_actions.actions["tracking"].trigger()
    ledger = window.tabs.currentWidget().ledger_panel
    plan_id = plans.current_plan(demo_db, hid, YEAR).summary.id
    before = len(tracking_service.ledger(demo_db, plan_id).entries)
    rows = ledger.entries.rowCount()
    ledger.amount.setFocus()
    ledger.amount.lineEdit().selectAll()
    qtbot.keyClicks(ledger.amount, "180")
    type_text(qtbot, ledger.voucher, "PZ-2024-001")
    type_text(qtbot, ledger.note, "县医保局代缴")
    qtbot.keyClick(ledger.note, Qt.Key.Key_Return)
    entries = tracking_service.ledger(demo_db, plan_id).entries
    assert len(entries) == before + 1 and ledger.entries.rowCount() == rows + 1
    assert any((e.amount, e.voucher_no, e.note) == (180.0, "PZ-2024-001", "县医保局代缴") for e in entries)
    assert ledger.note.text() == "" and ledger.voucher.text() == ""  # the form clears once booked


def test_the_summary_says_printed_once_the_card_is_saved(qtbot, window, demo_db, tmp_path, monkeypatch):
    """Walkthrough: after 保存为PDF the summary still read 2024 年 已确认 (the tracking view: 已打印)."""
    from fupin_desktop.gui import file_dialogs
    from fupin_desktop.gui.printing.preview_dialog import PrintPreviewDialog

    monkeypatch.setattr(file_dialogs, "ask_save_file_name", lambda *a, **k: (str(tmp_path / "card.pdf"), ""))
    hid = confirmed_household(demo_db)
    assert window.register.list.select_household(hid)
    summary = window.register.summary
    assert f"{YEAR} 年 已确认" in summary.details.text()
    window.menus.actions["print_card"].trigger()
    preview = next(d for d in window.findChildren(PrintPreviewDialog) if d.isVisible())
    with qtbot.waitSignal(preview.output_recorded):
        qtbot.mouseClick(preview.save_button, LEFT)
    assert (tmp_path / "card.pdf").exists()
    qtbot.waitUntil(lambda: f"{YEAR} 年 已打印" in summary.details.text(), timeout=3000)
    preview.done(0)
