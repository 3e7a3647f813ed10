"""帮扶 › 计划跟踪与台账: one tab per household, named after it (found walking a cadre's day).

Opening the same household's tracking again added a second, identical tab, and every tab read
帮扶计划跟踪 whoever's plan it showed: after a morning of visits the cadre faced a row of same-named
tabs, two of them the same household (a payment typed in one did not show in the other).
"""

from __future__ import annotations

import sqlite3

from fupin_desktop.gui.plan_tracking.tracking_view import PlanTrackingWidget
from tests.gui.register_support import LEFT
from tests.gui.test_tracking_unsaved_quit import window  # noqa: F401 (fixture)


def _households_with_confirmed_plans(db) -> list[str]:
    con = sqlite3.connect(db.path)
    try:
        return [r[0] for r in con.execute(
            "SELECT DISTINCT household_id FROM plan WHERE status IN ('confirmed', 'printed', 'signed') "
            "AND is_current = 1 ORDER BY household_id LIMIT 2")]
    finally:
        con.close()


def _track(qtbot, window, household_id: str) -> PlanTrackingWidget:  # noqa: F811
    table, model = window.register.list.table, window.register.list.model
    window.tabs.setCurrentIndex(0)  # back on 农户登记
    row = next(r for r in range(model.rowCount()) if model.household_id(r) == household_id)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(model.index(row, 1)).center())
    window.plan_actions.actions["tracking"].trigger()
    view = window.tabs.currentWidget()
    assert isinstance(view, PlanTrackingWidget) and view.household_id == household_id
    return view


def _tracking_tabs(window) -> list[str]:
    tabs = window.tabs
    return [tabs.tabText(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), PlanTrackingWidget)]


def test_one_named_tab_per_household(qtbot, window, tmp_db):  # noqa: F811
    first, second = _households_with_confirmed_plans(tmp_db)
    view = _track(qtbot, window, first)
    head = view.data.view.household.head_name
    assert _tracking_tabs(window) == [f"计划跟踪：{head}户"]

    again = _track(qtbot, window, first)
    assert again is view and len(_tracking_tabs(window)) == 1  # raised, not opened twice

    other = _track(qtbot, window, second)
    assert other is not view
    assert _tracking_tabs(window) == [f"计划跟踪：{head}户", f"计划跟踪：{other.data.view.household.head_name}户"]
