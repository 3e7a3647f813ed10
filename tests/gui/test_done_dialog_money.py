"""标为已完成 says what the ledger still lacks (对账), found walking a cadre's day: 技能培训, planned 800 元
with nothing booked, was closed as 已完成 without a word, and the books stayed 800 元 short unnoticed."""

from __future__ import annotations

from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_tracking import PlanTrackingWidget
from fupin_desktop.gui.plan_tracking.tracking_view import DoneDialog
from fupin_desktop.gui.qt import QDialogButtonBox
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.dialog_support import when_modal
from tests.gui.register_support import LEFT
from tests.gui.test_tracking_unsaved_quit import YEAR, _household_with_a_confirmed_plan


def _mark_done(qtbot, view, row: int) -> list:
    table = view.measures
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(table.model().index(row, 1)).center())
    notes: list[str] = []

    def read_and_ok(dialog: DoneDialog) -> None:
        note = getattr(dialog, "money_note", None)
        notes.append(note.text() if note is not None and note.isVisibleTo(dialog) else "")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)

    seen = when_modal(qtbot, DoneDialog, read_and_ok)
    qtbot.mouseClick(view.done_button, LEFT)
    assert seen and not seen.still_open
    return notes


def test_done_says_what_is_not_booked_yet(qtbot, tmp_db):
    generate_demo(tmp_db, households=12, seed=5, year=YEAR)
    view = PlanTrackingWidget(tmp_db, _household_with_a_confirmed_plan(tmp_db), runner=run_inline)
    qtbot.addWidget(view)
    view.show()
    measures = view.data.view.measures
    short = next(r for r, m in enumerate(measures) if m.status != "done" and (m.amount or 0) - (m.paid or 0) > 1)
    m = measures[short]
    [note] = _mark_done(qtbot, view, short)
    assert f"{m.amount:,.2f}" in note and f"{m.amount - m.paid:,.2f} 元未登记" in note, note
    assert view.data.view.measures[short].status == "done"  # a note, not a refusal

    settled = [r for r, m in enumerate(view.data.view.measures)
               if m.status != "done" and (m.amount or 0) <= (m.paid or 0) + 0.005]
    if settled:  # nothing to say when the ledger matches the plan
        assert _mark_done(qtbot, view, settled[0]) == [""]
