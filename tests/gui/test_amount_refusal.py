"""An amount box's refusal names the limit the way the box writes numbers: a whole-元 box (the income
lines of the plan wizard's 诊断 page) says 1,000,000,000, never 1,000,000,000.00."""

from __future__ import annotations

from fupin_desktop.gui.plan_wizard.common import PAGE_DIAGNOSIS
from fupin_desktop.gui.qt import QWizard
from tests.gui.register_support import LEFT
from tests.gui.test_money_sanity import type_amount
from tests.gui.test_plan_wizard import demo_db, household_without_plan, open_wizard  # noqa: F401 (demo_db: a fixture)


def test_a_whole_yuan_box_names_its_limit_without_decimals(qtbot, demo_db):
    wizard = open_wizard(qtbot, demo_db, household_without_plan(demo_db))
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == PAGE_DIAGNOSIS
    spin = next(iter(wizard.currentPage().spins.values()))
    assert spin.decimals() == 0
    messages = []
    spin.refused.connect(messages.append)
    type_amount(qtbot, spin, "123456789012")
    assert messages, "a number past the limit was refused without a word"
    limit = spin.textFromValue(spin.maximum())
    assert "." not in limit
    assert f"不能超过 {limit} 元" in messages[-1], messages[-1]  # it said 1,000,000,000.00
    assert ".00" not in messages[-1]
