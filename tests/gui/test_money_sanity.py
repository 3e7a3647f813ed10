"""Money sanity by keys and clicks (issue 11 §2.2): the 对账 page keeps all of 99,999,999 and asks before
going on, the confirm page does not say "all clear"; 资金台账 asks before booking 9,999,999 against a
small measure, and asks before deleting a payment, which goes to the audit log."""

from __future__ import annotations

import json

from sqlmodel import select

from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.gui.amount_input import AmountSpinBox
from fupin_desktop.gui.plan_wizard.common import PAGE_CONFIRM, PAGE_FUNDS, PAGE_HOUSEHOLD_MEASURES, PAGE_PERSON_MEASURES
from fupin_desktop.gui.plan_wizard.page_funds import COL_AMOUNT
from fupin_desktop.gui.qt import QMessageBox, QPoint, Qt, QWizard
from fupin_desktop.services.plans import lifecycle as plans
from fupin_desktop.services.plans import tracking
from fupin_desktop.store.models import AuditEvent
from tests.gui.register_support import LEFT, Answers, type_text
from tests.gui.test_plan_tracking import YEAR, confirmed, make_widget  # noqa: F401 (confirmed: a fixture)
from tests.gui.test_plan_wizard import demo_db, household_without_plan, open_wizard  # noqa: F401 (demo_db: a fixture)

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def type_amount(qtbot, spin, text: str) -> None:
    """Select what the box holds and type over it, as a person does."""
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def choose_row(qtbot, combo, index: int) -> None:
    """Pick an entry of a combo box with the keyboard (Home, then Down)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def test_an_amount_box_keeps_every_digit_or_says_why_not(qtbot):
    spin = AmountSpinBox()
    qtbot.addWidget(spin)
    spin.show()
    type_amount(qtbot, spin, "99999999")
    assert spin.value() == 99_999_999.0  # a 10,000,000 maximum kept 9,999,999 without a word
    assert spin.last_refusal == ""
    type_amount(qtbot, spin, "1234567890123")
    assert spin.last_refusal and "不能超过" in spin.last_refusal
    assert spin.value() <= thresholds().amount_input_max


def walk_to_funds(qtbot, wizard):
    click_next = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(click_next, LEFT)
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_PERSON_MEASURES
    for group in wizard.currentPage().groups:  # the top suggestion for each member, ticked by a click
        box = next(iter(group.boxes.values()))
        qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
        assert group.chosen()
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_HOUSEHOLD_MEASURES
    page = wizard.currentPage()
    page.tick("planting_support")
    page.tick("breeding_support")
    qtbot.mouseClick(click_next, LEFT)
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_FUNDS
    return click_next


def test_funds_page_keeps_a_huge_amount_and_asks_before_going_on(qtbot, demo_db, monkeypatch):
    wizard = open_wizard(qtbot, demo_db, household_without_plan(demo_db))
    wizard.show()
    click_next = walk_to_funds(qtbot, wizard)
    page = wizard.currentPage()
    table = page.ui.fundsTable
    for row in range(table.rowCount()):
        page.set_money(row, 2000.0, "local_special")
    spin = table.cellWidget(0, COL_AMOUNT)
    type_amount(qtbot, spin, "99999999")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == 99_999_999.0

    answers = Answers(monkeypatch, question=NO)
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_FUNDS  # "No": back to the amount
    assert len(answers.asked) == 1 and "99,999,999.00" in answers.asked[0] and "多输" in answers.asked[0]

    answers.question_answer = YES
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_CONFIRM
    confirm = wizard.currentPage()
    texts = [confirm.ui.findingsList.item(i).text() for i in range(confirm.ui.findingsList.count())]
    assert any("99,999,999.00" in t and "远高于" in t for t in texts), texts
    assert "提示需要核实" in confirm.ui.statusLabel.text()
    assert confirm.isComplete()  # a warning, not an error: a real large amount stays possible


def audit(db, action):
    with db.session() as s:
        return [json.loads(e.detail) for e in s.exec(select(AuditEvent).where(AuditEvent.action == action))]


def test_ledger_asks_before_an_amount_above_the_plan_and_before_deleting(qtbot, confirmed, monkeypatch):
    db, hid = confirmed
    widget = make_widget(qtbot, db, hid)
    widget.show()
    ledger = widget.ledger_panel
    view = plans.current_plan(db, hid, YEAR)
    before = tracking.ledger(db, view.id)
    choose_row(qtbot, ledger.measure_combo, 0)
    target = next(m for m in before.measures if m.measure_id == ledger.measure_combo.currentData())
    type_amount(qtbot, ledger.amount, "9999999")
    assert ledger.amount.value() == 9_999_999.0
    choose_row(qtbot, ledger.source, ledger.source.findData("local_special"))
    type_text(qtbot, ledger.voucher, "V-9")

    answers = Answers(monkeypatch, question=NO)
    qtbot.mouseClick(ledger.add_button, LEFT)
    assert len(answers.asked) == 1 and "超过计划" in answers.asked[0]
    assert f"{target.planned:,.2f}" in answers.asked[0] and "多输" in answers.asked[0]
    assert ledger.entries.rowCount() == len(before.entries)  # "No": nothing booked, the form keeps the amount
    assert ledger.amount.value() == 9_999_999.0

    answers.question_answer = YES
    qtbot.mouseClick(ledger.add_button, LEFT)
    assert ledger.entries.rowCount() == len(before.entries) + 1
    row = [ledger.entries.item(r, 4).text() for r in range(ledger.entries.rowCount())].index("V-9")

    # deleting asks first; "No" keeps the payment
    rect = ledger.entries.visualItemRect(ledger.entries.item(row, 0))
    qtbot.mouseClick(ledger.entries.viewport(), LEFT, pos=rect.center())
    answers.question_answer = NO
    qtbot.mouseClick(ledger.delete_button, LEFT)
    assert "删除" in answers.asked[-1] and "9,999,999.00" in answers.asked[-1]
    assert ledger.entries.rowCount() == len(before.entries) + 1
    answers.question_answer = YES
    qtbot.mouseClick(ledger.delete_button, LEFT)
    assert ledger.entries.rowCount() == len(before.entries)
    assert [e["amount"] for e in audit(db, "ledger.delete")] == [9_999_999.0]


def test_a_payment_inside_the_plan_is_booked_without_a_question(qtbot, confirmed, monkeypatch):
    db, hid = confirmed
    widget = make_widget(qtbot, db, hid)
    widget.show()
    ledger = widget.ledger_panel
    view = plans.current_plan(db, hid, YEAR)
    money = tracking.ledger(db, view.id)
    index = next(i for i in range(ledger.measure_combo.count())
                 if any(m.measure_id == ledger.measure_combo.itemData(i) and m.planned - m.paid >= 100
                        for m in money.measures))
    choose_row(qtbot, ledger.measure_combo, index)
    type_amount(qtbot, ledger.amount, "100")
    choose_row(qtbot, ledger.source, ledger.source.findData("local_special"))
    answers = Answers(monkeypatch, question=NO)
    qtbot.mouseClick(ledger.add_button, LEFT)
    assert answers.asked == []
    assert ledger.entries.rowCount() == len(money.entries) + 1
