"""The plan wizard never offers a child a job, a public post or pension insurance (docs/card.png once
showed a one-year-old with 转移就业 and 扶贫车间就业): neither as a suggestion nor in 其他措施."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from fupin_desktop.domain.household_rules import WORKING_AGE, age_on
from fupin_desktop.domain.plan_rules import adults_only
from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_wizard import open_plan_wizard
from fupin_desktop.gui.plan_wizard.common import PAGE_PERSON_MEASURES
from fupin_desktop.gui.qt import Qt, QWizard
from fupin_desktop.services.setup.demo import generate_demo

YEAR = 2024
TODAY = date(2024, 7, 1)


@pytest.fixture
def demo_db(tmp_db):
    generate_demo(tmp_db, households=60, seed=5, year=YEAR)
    return tmp_db


def household_with_a_child_and_an_adult(db) -> str:
    youngest = date(TODAY.year - WORKING_AGE[0], TODAY.month, TODAY.day).isoformat()
    oldest_adult = date(TODAY.year - 40, TODAY.month, TODAY.day).isoformat()
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT h.id FROM household h WHERE h.id NOT IN (SELECT household_id FROM plan) "
            "AND EXISTS (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.birth_date > ?) "
            "AND EXISTS (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.birth_date > ? "
            "            AND m.birth_date < ?) ORDER BY h.household_no LIMIT 1",
            (youngest, oldest_adult, date(TODAY.year - 20, 1, 1).isoformat())).fetchone()[0]
    finally:
        con.close()


def test_a_child_is_offered_no_job_and_an_adult_still_is(qtbot, demo_db):
    hid = household_with_a_child_and_an_adult(demo_db)
    wizard = open_plan_wizard(None, demo_db, hid, year=YEAR, today=TODAY, runner=run_inline, user="测试干部")
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    while wizard.currentId() != PAGE_PERSON_MEASURES:
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    cat = catalogue()
    adult_codes = {it.code for it in cat.for_scope("person") if adults_only(it)}
    assert {"job_transfer", "poverty_workshop", "cleaner"} <= adult_codes
    children = adults = 0
    for index, group in enumerate(page.groups):
        age = age_on(group.member.birth_date, TODAY)
        combo = group.findChild(type(group.other), f"otherCombo_{index}")
        offered = {combo.itemData(i) for i in range(combo.count())}
        if age < WORKING_AGE[0]:
            children += 1
            assert not offered & adult_codes, (group.member.name, age, offered & adult_codes)
            assert not set(group.boxes) & adult_codes  # nor among the suggestions
            assert "family_doctor" in offered  # the rest of the catalogue is still there
        elif 20 <= age <= 40:
            adults += 1
            assert {"job_transfer", "poverty_workshop", "cleaner"} <= offered
    assert children and adults
    wizard.reject()
