"""A number box showing 未填 takes the digits typed after a click into it (found walking a cadre's day).

Clicking into （未填） on the plan's 对账 page put the cursor among the characters, and the digits typed
next were refused without a word; the same with 识别年度 on the household form and 农村户籍人口 on the
village form. (Tab selected the whole text first, so only keyboard users could fill them.)
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
    assert spin.text() == spin.specialValueText()  # the box shows 未填
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
