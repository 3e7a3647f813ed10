"""Quitting with a payment or a visit typed into the tracking view and not added asks first.

Found walking a cadre's day: a visit note typed into 新的走访, then 文件 › 退出 (Ctrl+Q): the app closed
without a word and the note was gone. The household form asks in the same case; this view did not.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_tracking.tracking_view import PlanTrackingWidget
from fupin_desktop.gui.qt import QMessageBox
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import LEFT, Answers, keep, type_text

YEAR = 2024
TODAY = date(2024, 7, 1)
DISCARD, CANCEL = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel


def _household_with_a_confirmed_plan(db) -> str:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT household_id FROM plan WHERE status IN ('confirmed', 'printed', 'signed') "
                           "ORDER BY household_id LIMIT 1").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def window(qtbot, tmp_db):
    generate_demo(tmp_db, households=12, seed=5, year=YEAR)
    save_profile(tmp_db, Profile(role="village", user_name="李明", unit="河口村驻村工作队"))
    win = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, runner=run_inline, today=TODAY))
    win.show()
    qtbot.waitUntil(lambda: win.register.list.model.rowCount() > 2, timeout=5000)
    return win


def _open_tracking(qtbot, window, db) -> PlanTrackingWidget:
    household = _household_with_a_confirmed_plan(db)
    table, model = window.register.list.table, window.register.list.model
    row = next(r for r in range(model.rowCount()) if model.household_id(r) == household)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(model.index(row, 1)).center())
    window.plan_actions.actions["tracking"].trigger()
    view = window.tabs.currentWidget()
    assert isinstance(view, PlanTrackingWidget) and view.data is not None and view.data.editable
    return view


def _show_page(qtbot, view, page) -> None:
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(view.tabs.indexOf(page)).center())
    assert view.tabs.currentWidget() is page


def test_quitting_with_a_visit_typed_and_not_added_asks(qtbot, window, tmp_db, monkeypatch):
    view = _open_tracking(qtbot, window, tmp_db)
    _show_page(qtbot, view, view.visits_panel)
    type_text(qtbot, view.visits_panel.notes, "第二次走访：助学金已到账")
    _show_page(qtbot, view, view.ledger_panel)  # the cadre looked elsewhere meanwhile

    answers = Answers(monkeypatch, CANCEL)
    window.menus.quit_action.trigger()
    assert len(answers.asked) == 1 and "走访记录" in answers.asked[0]
    assert window.isVisible()  # 取消: keep working, on the page with the note
    assert window.tabs.currentWidget() is view and view.tabs.currentWidget() is view.visits_panel
    assert view.visits_panel.notes.toPlainText() == "第二次走访：助学金已到账"

    answers.question_answer = DISCARD
    window.menus.quit_action.trigger()
    assert len(answers.asked) == 2 and not window.isVisible()


def test_quitting_with_a_payment_typed_and_not_booked_asks(qtbot, window, tmp_db, monkeypatch):
    view = _open_tracking(qtbot, window, tmp_db)
    _show_page(qtbot, view, view.ledger_panel)
    qtbot.keyClicks(view.ledger_panel.voucher, "GYG-2024-007")

    answers = Answers(monkeypatch, CANCEL)
    window.menus.quit_action.trigger()
    assert len(answers.asked) == 1 and "拨付" in answers.asked[0] and window.isVisible()
    answers.question_answer = DISCARD
    window.menus.quit_action.trigger()
    assert not window.isVisible()


def test_nothing_typed_quits_without_asking(qtbot, window, tmp_db, monkeypatch):
    view = _open_tracking(qtbot, window, tmp_db)
    _show_page(qtbot, view, view.visits_panel)
    answers = Answers(monkeypatch, CANCEL)
    window.menus.quit_action.trigger()
    assert answers.asked == [] and not window.isVisible()
