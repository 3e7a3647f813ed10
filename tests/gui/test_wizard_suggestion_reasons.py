"""On the wizard's 户策 page a suggestion's reason names the household's own causes that the measure
answers: 资产收益扶贫 for a household whose only cause is 因残 says 因残, not the rule's 因病、因残."""

from __future__ import annotations

import sqlite3

from fupin_desktop.gui.plan_wizard.common import PAGE_HOUSEHOLD_MEASURES
from fupin_desktop.gui.plan_wizard.page_household_measures import COL_PICK, COL_REASON
from fupin_desktop.gui.qt import Qt, QWizard
from tests.gui.test_plan_wizard import demo_db, household_without_plan, open_wizard  # noqa: F401


def test_asset_income_reason_names_only_the_households_cause(qtbot, demo_db):  # noqa: F811
    hid = household_without_plan(demo_db)
    con = sqlite3.connect(demo_db.path)  # test data: the household's only cause is 因残
    try:
        con.execute("UPDATE household SET main_cause = 'disability', other_cause_1 = '', other_cause_2 = '' "
                    "WHERE id = ?", (hid,))
        con.commit()
    finally:
        con.close()
    wizard = open_wizard(qtbot, demo_db, hid)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    while wizard.currentId() != PAGE_HOUSEHOLD_MEASURES:
        before = wizard.currentId()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentId() != before
    table = wizard.currentPage().table
    rows = {table.item(r, COL_PICK).text(): table.item(r, COL_REASON).text() for r in range(table.rowCount())}
    reason = rows["资产收益扶贫"]
    assert "因残，家庭负担重" in reason, reason
    assert "因病" not in reason, reason
