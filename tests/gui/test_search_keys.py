"""The search box as a person uses it (issue 11 §2.16): Down and Enter go from the box into the list,
a search with no hits says so in the list, and a row found by a member says which member."""

from __future__ import annotations

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, Qt
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from tests.gui.register_support import keep, type_text
from tests.unit.register_data import V1, add_family, make_villages


@pytest.fixture
def window(qtbot, tmp_db):
    village = make_villages(tmp_db)[V1]
    add_family(tmp_db, village, head="王德福", number="0001", seq=11)
    add_family(tmp_db, village, head="赵大海", number="0002", seq=21)
    win = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def search_for(qtbot, window, text: str) -> None:
    box = window.register.list.filters.search
    box.clear()
    with qtbot.waitSignal(window.register.list.loaded, timeout=3000):
        type_text(qtbot, box, text)


def head_cells(window) -> list[str]:
    model = window.register.list.model
    column = [k for k, _h in model.columns].index("head_name")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_row_found_by_a_member_says_which_member(qtbot, window):
    search_for(qtbot, window, "王小明")
    assert head_cells(window) == ["王德福 · 成员 王小明 匹配"]
    search_for(qtbot, window, "zxm")  # pinyin initials of 赵小明
    assert head_cells(window) == ["赵大海 · 成员 赵小明 匹配"]
    search_for(qtbot, window, "李四")  # the spouse in both households
    assert sorted(head_cells(window)) == ["王德福 · 成员 李四 匹配", "赵大海 · 成员 李四 匹配"]
    search_for(qtbot, window, "王德福")  # found by the head: nothing to add
    assert head_cells(window) == ["王德福"]


def test_no_hits_are_said_in_the_list(qtbot, window):
    listing = window.register.list
    search_for(qtbot, window, "钱多多")
    assert listing.model.rowCount() == 0
    assert listing.no_hits.isVisible() and "没有找到“钱多多”" in listing.no_hits.text()
    search_for(qtbot, window, "王")
    assert listing.model.rowCount() == 1 and not listing.no_hits.isVisible()


def test_down_and_enter_go_from_the_search_box_into_the_list(qtbot, window, monkeypatch):
    listing = window.register.list
    search_for(qtbot, window, "赵")
    assert QApplication.focusWidget() is listing.filters.search
    qtbot.keyClick(listing.filters.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is listing.table
    assert listing.current_id() == listing.model.household_id(0)

    search_for(qtbot, window, "王德")
    qtbot.keyClick(listing.filters.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is listing.table
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)  # and Enter there opens the household
    forms = [w for w in window.register.forms if isinstance(w, HouseholdFormDialog)]
    assert len(forms) == 1 and forms[0].draft.head_name == "王德福"
    for form in forms:
        keep(qtbot, form)
