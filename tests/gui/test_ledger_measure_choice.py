"""资金台账: the measure clicked in the planned/paid table is the one 登记一笔拨付 books against, and it
stays chosen after a booking (found walking a cadre's day: the form kept 医疗救助, the first measure,
whatever row was clicked, and jumped back to it after every payment, so a payment went to the wrong
measure unless the cadre also changed the drop-down each time).
"""

from __future__ import annotations

from fupin_desktop.gui.qt import Qt
from tests.gui.register_support import LEFT, Answers
from tests.gui.test_tracking_unsaved_quit import _open_tracking, _show_page, window  # noqa: F401 (fixture)


def _click_row(qtbot, table, row: int) -> None:
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(table.model().index(row, 0)).center())


def test_a_payment_goes_to_the_measure_clicked_and_the_choice_stays(qtbot, window, tmp_db, monkeypatch):  # noqa: F811
    Answers(monkeypatch)  # 是 if the amount is asked about
    view = _open_tracking(qtbot, window, tmp_db)
    ledger = view.ledger_panel
    _show_page(qtbot, view, ledger)
    assert ledger.money.rowCount() >= 2
    row = ledger.money.rowCount() - 1  # not the first: the form showed the first whatever was clicked
    measure = ledger.money.item(row, 0).data(Qt.ItemDataRole.UserRole)
    _click_row(qtbot, ledger.money, row)
    assert ledger.measure_combo.currentData() == measure.measure_id
    assert ledger.source.currentData() == measure.fund_source  # the plan's source comes with it

    ledger.amount.lineEdit().selectAll()
    qtbot.keyClicks(ledger.amount, "300")
    qtbot.mouseClick(ledger.add_button, LEFT)

    booked = [e for e in view.data.ledger.entries if e.amount == 300]
    paid = {m.measure_id: m.paid for m in view.data.ledger.measures}
    assert len(booked) == 1 and paid[measure.measure_id] >= 300
    assert ledger.measure_combo.currentData() == measure.measure_id  # the next payment: same measure
