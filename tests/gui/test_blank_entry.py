"""A number box showing 未填 or 0.00 takes the digits typed after a click into it (found walking a
cadre's day).

Clicking into （未填） on the plan's 对账 page put the cursor among the characters, and the digits typed
next were refused without a word; the same with 识别年度 on the household form and 农村户籍人口 on the
village form, and with a 0.00 box (务工收入, the ledger's 金额: 0.00 then 1500 is 0.001500, refused).
Tab selected the whole text first, so only keyboard users could fill them.
"""

from __future__ import annotations

from fupin_desktop.gui.plan_wizard.common import PAGE_FUNDS
from fupin_desktop.gui.qt import QApplication, QPoint, Qt, QWizard
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.gui.register.village_form import VillageFormDialog
from fupin_desktop.services.register.records import new_household
from fupin_desktop.services.register.villages import load_village
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import LEFT, keep, village
from tests.gui.test_plan_wizard import YEAR, fill_everything, household_without_plan, open_wizard


def _click_and_type(qtbot, spin, text: str) -> None:
    window = spin.window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    edit = spin.lineEdit()
    assert spin.value() == spin.minimum()  # not filled in yet: it shows 未填 or 0.00
    qtbot.mouseClick(edit, LEFT, pos=QPoint(edit.width() // 2, edit.height() // 2))
    qtbot.waitUntil(lambda: spin.hasFocus() or edit.hasFocus())
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_household_form_year_after_a_click(qtbot, tmp_db):
    form = keep(qtbot, HouseholdFormDialog(tmp_db, new_household(village(tmp_db), group_name="", household_no="1")))
    _click_and_type(qtbot, form.ui.identifiedYearSpin, "2014")
    assert form.ui.identifiedYearSpin.value() == 2014


def test_village_form_population_after_a_click(qtbot, tmp_db):
    vid = village(tmp_db)
    data = load_village(tmp_db, vid)
    data.draft.registered_population = None
    form = keep(qtbot, VillageFormDialog(tmp_db, data))
    _click_and_type(qtbot, form.ui.populationSpin, "1200")
    assert form.ui.populationSpin.value() == 1200


def test_plan_amount_after_a_click(qtbot, tmp_db):
    generate_demo(tmp_db, households=12, seed=11, year=YEAR)
    wizard = open_wizard(qtbot, tmp_db, household_without_plan(tmp_db))
    wizard.show()
    fill_everything(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_FUNDS
    page = wizard.currentPage()
    spin = page.ui.fundsTable.cellWidget(0, 3)
    spin.setValue(spin.minimum())  # this measure's amount not filled in yet
    _click_and_type(qtbot, spin, "2000")
    assert spin.value() == 2000
    assert page.rows[0].amount == 2000


def test_household_income_after_a_click(qtbot, tmp_db):
    form = keep(qtbot, HouseholdFormDialog(tmp_db, new_household(village(tmp_db), group_name="", household_no="1")))
    tabs = form.ui.tabs
    wage = form.binding.income["wage_income"]
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(wage)))
    _click_and_type(qtbot, wage, "18000")
    assert wage.value() == 18000
    planting = form.binding.income["planting_income"]
    _click_and_type(qtbot, planting, "0.5")  # a 0 typed first is kept: only the untouched 0.00 is replaced
    assert planting.value() == 0.5


def test_member_work_months_after_a_click(qtbot):
    from fupin_desktop.gui.register.member_dialog import MemberDialog
    from fupin_desktop.services.register.records import new_member

    dialog = keep(qtbot, MemberDialog(new_member(relationship="head")))
    _click_and_type(qtbot, dialog.ui.workMonthsSpin, "10")
    assert dialog.ui.workMonthsSpin.value() == 10


def test_ledger_amount_after_a_click(qtbot, tmp_db):
    from fupin_desktop.gui.operations import run_inline
    from fupin_desktop.gui.plan_tracking import PlanTrackingWidget
    from tests.gui.test_tracking_unsaved_quit import _household_with_a_confirmed_plan

    generate_demo(tmp_db, households=12, seed=5, year=YEAR)
    view = PlanTrackingWidget(tmp_db, _household_with_a_confirmed_plan(tmp_db), runner=run_inline)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.ledger_panel)
    _click_and_type(qtbot, view.ledger_panel.amount, "1500")
    assert view.ledger_panel.amount.value() == 1500
