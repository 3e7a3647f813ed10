"""The interface language reaches every part of the window: menus added by other modules (打印) and
vocabulary labels in the household list, its filters, the household form and plan tracking.
Codes stay codes in storage; only what is shown changes."""

from __future__ import annotations

import re
import sqlite3

import pytest

from fupin_desktop.domain.vocab import catalogue, vocab
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import Qt
from fupin_desktop.gui.register.member_table_model import COLUMNS
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import keep

HAN = re.compile(r"[\u4e00-\u9fff]")
HOUSEHOLDS = 40
YEAR = 2024


@pytest.fixture
def demo_db(tmp_db):
    generate_demo(tmp_db, households=HOUSEHOLDS, seed=11, year=YEAR)
    return tmp_db


@pytest.fixture
def window(qtbot, demo_db, lang):
    win = keep(qtbot, MainWindow(demo_db.path, db=demo_db, runner=run_inline))
    win.show()
    return win


def expected(item, lang: str) -> str:
    return item.en if lang == "en" else item.label


def test_print_menu_follows_the_language(window, lang):
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "printMenu")
    texts = [a.text() for a in menu.actions()]
    if lang == "en":
        assert menu.title() == "&Print"
        assert texts == ["Plan &cards (village or villagers' group)…", "Public &notice list…"]
    else:
        assert menu.title() == "打印(&P)"
        assert texts == ["帮扶计划卡（全村或村民小组）(&C)…", "公示名单(&N)…"]
    if lang == "en":  # no menu title of the English window is left in Chinese
        titles = [a.text() for a in window.menuBar().actions()]
        assert not [t for t in titles if HAN.search(t)], titles


def test_household_list_and_filters_show_vocabulary_labels_in_the_language(window, lang):
    model = window.register.list.model
    keys = [key for key, _header in model.columns]
    for row in range(model.rowCount()):
        data = model.row(row)
        for key, name in (("attribute", "household_attribute"), ("status", "poverty_status")):
            code = getattr(data, key)
            shown = model.data(model.index(row, keys.index(key)), Qt.ItemDataRole.DisplayRole)
            assert shown == expected(vocab(name).item(code), lang), (key, code)
    attribute_filter = window.register.list.filters.attribute
    index = attribute_filter.findData("dibao")
    assert index > 0 and attribute_filter.itemData(index) == "dibao"  # the filter still works on codes
    assert attribute_filter.itemText(index) == expected(vocab("household_attribute").item("dibao"), lang)


def test_household_form_shows_vocabulary_labels_in_the_language(window, qtbot, lang):
    form = keep(qtbot, window.open_household(window.register.list.model.household_id(0)))
    draft = form.draft
    combo = form.ui.attributeCombo
    assert combo.currentData() == draft.attribute
    assert combo.currentText() == expected(vocab("household_attribute").item(draft.attribute), lang)
    members = form.members
    column = [field for field, _vocab, _editable in COLUMNS].index("relationship")
    for row in range(members.rowCount()):
        relationship = members.member_at(row).relationship
        shown = members.data(members.index(row, column), Qt.ItemDataRole.DisplayRole)
        assert shown == expected(vocab("relationship").item(relationship), lang)
    summary = window.register.summary.details.text()
    attribute_label = expected(vocab("household_attribute").item(window.register.list.model.row(0).attribute), lang)
    assert attribute_label in summary


def test_plan_tracking_shows_measure_labels_in_the_language(qtbot, demo_db, lang):
    from fupin_desktop.gui.plan_tracking import PlanTrackingWidget

    con = sqlite3.connect(demo_db.path)
    hid = con.execute("SELECT household_id FROM plan WHERE status = 'confirmed' AND is_current = 1 "
                      "ORDER BY household_id LIMIT 1").fetchone()[0]
    codes = {r[0] for r in con.execute("SELECT m.item_code FROM measure m JOIN plan p ON p.id = m.plan_id "
                                       "WHERE p.household_id = ? AND p.is_current = 1 AND m.deleted = 0", (hid,))}
    con.close()
    widget = PlanTrackingWidget(demo_db, hid, runner=run_inline)
    widget.setProperty("quiet_errors", True)
    qtbot.addWidget(widget)
    shown = {widget.measures.item(row, 1).text() for row in range(widget.measures.rowCount())}
    assert shown == {expected(catalogue().item(code), lang) for code in codes}
    if lang == "en":
        assert not [s for s in shown if HAN.search(s)], shown
