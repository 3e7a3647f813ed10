"""Hints in the plan wizard send the cadre to the wizard's own pages, by the titles those pages show.

The core's income hint names the household form's tab (“收入”页); in the wizard the income is on 诊断.
Opened like the other wizard tests, then driven by clicks: double-clicking the hint on 确认 must land
on the page the hint names."""

from __future__ import annotations

import sqlite3

from fupin_desktop.gui.plan_wizard.common import PAGE_CONFIRM, PAGE_DIAGNOSIS, PAGE_PERSON
from fupin_desktop.gui.qt import Qt, QWizard
from tests.gui.test_plan_wizard import demo_db, household_without_plan, open_wizard  # noqa: F401

INCOME_FIELDS = ("wage_income", "public_job_income", "planting_income", "breeding_income", "forestry_fruit_income",
                 "other_production_income", "dividend_income", "land_transfer_income", "rent_income",
                 "interest_income", "dibao_income", "tekun_income", "pension_income", "eco_compensation_income",
                 "family_planning_income", "other_subsidy_income", "production_expenses", "net_income",
                 "per_capita_income")


def _without_income(db, hid) -> None:
    """Test data: a household whose income has not been collected yet (all zero)."""
    con = sqlite3.connect(db.path)
    try:
        con.execute(f"UPDATE household SET {', '.join(f + ' = 0' for f in INCOME_FIELDS)} WHERE id = ?", (hid,))
        con.commit()
    finally:
        con.close()


def _short(title: str) -> str:
    return title.split("：")[0]


def _income_line(findings_list) -> str:
    lines = [findings_list.item(i).text() for i in range(findings_list.count())]
    hits = [t for t in lines if "人均纯收入为 0 元" in t]
    assert hits, lines
    return hits[0]


def test_income_hint_names_the_diagnosis_page_and_leads_there(qtbot, demo_db):  # noqa: F811
    hid = household_without_plan(demo_db)
    _without_income(demo_db, hid)
    wizard = open_wizard(qtbot, demo_db, hid)
    wizard.show()
    assert wizard.currentId() == PAGE_PERSON
    diagnosis = _short(wizard.page(PAGE_DIAGNOSIS).title())
    assert diagnosis == "诊断"
    line = _income_line(wizard.currentPage().ui.findingsList)
    assert f"“{diagnosis}”页" in line and "“收入”页" not in line, line

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    while wizard.currentId() != PAGE_CONFIRM:
        before = wizard.currentId()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentId() != before
    findings = wizard.currentPage().ui.findingsList
    line = _income_line(findings)
    assert f"“{diagnosis}”页" in line, line
    item = next(findings.item(i) for i in range(findings.count()) if findings.item(i).text() == line)
    findings.scrollToItem(item)
    rect = findings.visualItemRect(item)
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentId() == PAGE_DIAGNOSIS
