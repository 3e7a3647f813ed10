"""Small things a user trips over in the register, in both interface languages: the cadre combo's
brackets, the 返贫年度 box showing its whole "not set" text, list columns wide enough for their headers
and labels, and Tab through the member dialog in the order the fields are shown."""

from __future__ import annotations

import sqlite3

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.gui.register.household_table_model import column_texts
from fupin_desktop.gui.register.member_dialog import MemberDialog
from fupin_desktop.services.register.records import load_household
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import keep


@pytest.fixture
def demo_db(tmp_db):
    generate_demo(tmp_db, households=20, seed=5, year=2024)
    return tmp_db


def household_with_cadre(db) -> str:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT h.id FROM household h JOIN cadre c ON c.id = h.responsible_cadre_id "
                           "WHERE c.post != '' LIMIT 1").fetchone()[0]
    finally:
        con.close()


def test_cadre_choices_use_the_languages_brackets(qtbot, demo_db, lang):
    form = keep(qtbot, HouseholdFormDialog(demo_db, load_household(demo_db, household_with_cadre(demo_db))))
    texts = [form.ui.cadreCombo.itemText(i) for i in range(1, form.ui.cadreCombo.count())]
    assert texts
    if lang == "en":
        assert all("（" not in t and "）" not in t for t in texts), texts
        assert any(t.endswith(")") and " (" in t for t in texts), texts
    else:
        assert any(t.endswith("）") and "（" in t for t in texts), texts


def test_relapse_year_box_shows_its_not_set_text_whole(qtbot, demo_db, lang):
    form = keep(qtbot, HouseholdFormDialog(demo_db, load_household(demo_db, household_with_cadre(demo_db))))
    form.show()
    qtbot.waitExposed(form)
    spin = form.ui.returnYearSpin
    assert spin.value() == spin.minimum()  # shows the special text
    assert spin.width() >= spin.sizeHint().width()
    assert spin.width() >= form.ui.exitYearSpin.width() * 0.8  # lined up with the year boxes above it


def test_list_columns_fit_headers_and_vocabulary_labels(qtbot, demo_db, lang):
    window = keep(qtbot, MainWindow(demo_db.path, db=demo_db, runner=run_inline))
    table = window.register.list.table
    header = table.horizontalHeader()
    for column, (key, title) in enumerate(window.register.list.model.columns[:-1]):  # the last one stretches
        width = table.columnWidth(column)
        assert width >= header.fontMetrics().horizontalAdvance(title), (key, title, width)
        for text in column_texts(key):
            assert width >= table.fontMetrics().horizontalAdvance(text), (key, text, width)
    assert column_texts("status") and not column_texts("household_no")


def test_member_dialog_tab_order_follows_the_form(qtbot, demo_db):
    draft = load_household(demo_db, household_with_cadre(demo_db))
    dialog = keep(qtbot, MemberDialog(draft.members[0], household_id=draft.id))
    dialog.show()
    qtbot.waitExposed(dialog)
    order = []
    widget = dialog.ui.schoolCombo
    for _ in range(len(dialog.health.boxes) + 1):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & widget.focusPolicy().TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [*dialog.health.boxes.values(), dialog.ui.disabilityGradeEdit]
