"""帮扶 › 制定/修改帮扶计划 opens the wizard of the household selected in the register (clicked in the list),
and asks with the picker only when no household is selected (session 3's closing note, left defect)."""

from __future__ import annotations

from datetime import date

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_tracking.actions import HouseholdPicker
from fupin_desktop.gui.plan_wizard import PlanWizard
from fupin_desktop.gui.qt import QApplication, Qt
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import keep

YEAR = 2024
TODAY = date(2024, 7, 1)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_db):
    generate_demo(tmp_db, households=12, seed=5, year=YEAR)
    save_profile(tmp_db, Profile(role="village", user_name="李明", unit="河口村驻村工作队"))
    win = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, runner=run_inline, today=TODAY))
    win.show()
    qtbot.waitUntil(lambda: win.register.list.model.rowCount() > 2, timeout=5000)
    return win


def open_wizards() -> list[PlanWizard]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PlanWizard) and w.isVisible()]


def pickers_shown(monkeypatch) -> list:
    """Every household picker the menu opens (answered with 取消, as a person who changed their mind)."""
    shown: list = []
    monkeypatch.setattr(HouseholdPicker, "exec", lambda self: shown.append(self) or 0)
    return shown


def test_the_wizard_opens_on_the_household_clicked_in_the_register(qtbot, window, monkeypatch):
    pickers = pickers_shown(monkeypatch)
    table = window.register.list.table
    model = window.register.list.model
    row = 2
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    chosen = model.household_id(row)
    assert window.current_household_id() == chosen

    window.plan_actions.actions["wizard"].trigger()

    assert pickers == []  # the old code asked for the household although one was selected
    wizards = open_wizards()
    assert len(wizards) == 1 and wizards[0].ctx.draft.household.id == chosen
    wizards[0].setProperty("quiet_errors", True)
    wizards[0].close()


def test_without_a_selection_the_menu_still_asks(qtbot, window, monkeypatch):
    pickers = pickers_shown(monkeypatch)
    window.register.list.table.setCurrentIndex(window.register.list.model.index(-1, -1))  # nothing selected
    assert window.current_household_id() == ""

    window.plan_actions.actions["wizard"].trigger()

    assert len(pickers) == 1 and open_wizards() == []
