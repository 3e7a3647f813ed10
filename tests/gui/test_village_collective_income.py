"""村集体经济收入 on the village form keeps what a person types (the form cut anything above 100,000,000
without a word) and refuses a number past the thresholds file's limit with a message naming it."""

from __future__ import annotations

from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.gui.qt import QDialogButtonBox, QLabel, Qt
from fupin_desktop.gui.register.village_form import VillageFormDialog
from fupin_desktop.services.register.villages import load_village
from fupin_desktop.store.models import Village
from tests.gui.register_support import keep, village

LEFT = Qt.MouseButton.LeftButton


def open_form(qtbot, db):
    vid = village(db)
    dialog = keep(qtbot, VillageFormDialog(db, load_village(db, vid), "城关镇"))
    dialog.show()
    return vid, dialog, dialog.indicators["collective_income"]


def type_amount(qtbot, spin, text: str) -> None:
    """Select what the box holds and type over it, as a person does."""
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def refusal(dialog) -> QLabel:
    return dialog.findChild(QLabel, "collective_incomeMessage")


def test_a_large_collective_income_is_kept_as_typed_and_saved(qtbot, tmp_db):
    vid, dialog, spin = open_form(qtbot, tmp_db)
    type_amount(qtbot, spin, "250000000")  # 2.5 亿: a rich village, above the old silent cap
    assert spin.value() == 250_000_000.0  # was 25,000,000: the last digit dropped without a word
    assert refusal(dialog) is None or refusal(dialog).isHidden()
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    with tmp_db.session() as s:
        assert s.get(Village, vid).collective_income == 250_000_000.0


def test_a_number_past_the_limit_is_refused_with_the_limit_named(qtbot, tmp_db):
    limit = thresholds().collective_income_max
    vid, dialog, spin = open_form(qtbot, tmp_db)
    type_amount(qtbot, spin, "12345678901")
    message = refusal(dialog)
    assert message is not None and message.isVisible()
    assert f"{limit:,.0f}" in message.text() and "集体经济收入" in message.text()
    assert spin.value() == 123_456_789.0  # the digits that fit, and the person is told the rest was refused
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)  # correcting the number clears the message
    assert message.isHidden()
