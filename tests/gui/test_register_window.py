"""The register window on a demo county: tree counts, search by pinyin initials, filters, sort,
soft delete and restore through the 回收站, and unsaved changes when the window closes."""

from __future__ import annotations

import pytest

from fupin_desktop.domain.search_keys import name_keys
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMessageBox, QPoint, QSettings, Qt
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.gui.register.recycle_bin import RecycleBinDialog
from fupin_desktop.services.register.query import HouseholdFilter, household_ids
from fupin_desktop.services.register.stats import database_stats
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import Answers, keep

HOUSEHOLDS = 120


@pytest.fixture
def demo_db(tmp_db):
    generate_demo(tmp_db, households=HOUSEHOLDS, seed=7)
    return tmp_db


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(demo_db.path, db=demo_db, settings=settings, runner=run_inline)
    keep(qtbot, win)
    win.show()
    return win


def heads(db) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT id, head_name FROM household WHERE deleted = 0 ORDER BY household_no").all()


def test_tree_list_summary_and_status_bar(window, demo_db):
    register = window.register
    assert not window.showing_empty_state()
    stats = database_stats(demo_db)
    assert f"{stats.households} 户" in window.counts_label.text() and "角色：村级" in window.role_label.text()
    assert str(demo_db.path) in window.db_label.text()
    root = register.tree.tree_model.item(0, 0)
    assert root.text() == "全部农户" and register.tree.tree_model.item(0, 1).text() == str(HOUSEHOLDS)
    assert register.list.model.rowCount() == HOUSEHOLDS
    # The first household is selected and summarised.
    first_id = register.list.current_id()
    assert first_id and register.summary.household_id == first_id
    assert register.summary.title.text().startswith(register.list.model.row(0).head_name)
    # Choosing a village in the tree narrows the list to it.
    village = next(n for n in register.tree.roots[0].walk() if n.kind == "village")
    assert register.tree.select_key(f"village:{village.village_id}:{village.key}")
    assert register.list.model.rowCount() == village.households
    assert register.list.filters.group.isEnabled()  # groups are offered inside a village


def test_search_by_pinyin_initials_finds_the_household(window, demo_db, qtbot):
    hid, head = heads(demo_db)[HOUSEHOLDS // 2]
    initials = min((k for k in name_keys(head) if k.isascii()), key=len)
    search = window.register.list.filters.search
    with qtbot.waitSignal(window.register.list.loaded, timeout=3000):
        qtbot.keyClicks(search, initials)  # debounced: one query after the typing pauses
    ids = window.register.list.model.ids()
    assert hid in ids and len(ids) < HOUSEHOLDS
    assert ids == household_ids(demo_db, HouseholdFilter(search=initials)).ids
    assert window.register.list.current_id() == ids[0]  # the first hit is ready for Enter
    with qtbot.waitSignal(window.register.list.loaded, timeout=3000):
        search.setText("12")
    assert window.register.list.model.rowCount() == 0
    assert "3位数字" in window.register.list.filters.hint.text() and window.register.list.filters.hint.isVisibleTo(window)


def test_filters_and_sorting_come_from_sql(window, demo_db, qtbot):
    register = window.register
    register.list.filters.set_values(plan_state="none")
    rows = [register.list.model.row(i) for i in range(register.list.model.rowCount())]
    assert rows and all(r.plan_state == "" for r in rows)
    assert len(rows) == len(household_ids(demo_db, HouseholdFilter(plan_state="none")).ids)
    register.list.filters.reset()
    header = register.list.table.horizontalHeader()
    column = [k for k, _h in register.list.model.columns].index("per_capita_income")
    register.list.table.scrollTo(register.list.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    incomes = [register.list.model.row(i).per_capita_income for i in range(register.list.model.rowCount())]
    assert incomes == sorted(incomes) or incomes == sorted(incomes, reverse=True)
    assert register.list.sort_key == "per_capita_income"


def test_soft_delete_and_restore(window, demo_db, qtbot, monkeypatch):
    register = window.register
    target = register.list.model.household_id(3)
    register.list.select_household(target)
    Answers(monkeypatch, question=QMessageBox.StandardButton.Yes)
    window.menus.actions["delete_household"].trigger()
    assert target not in register.list.model.ids()
    assert register.list.model.rowCount() == HOUSEHOLDS - 1
    assert f"{HOUSEHOLDS - 1} 户" in window.counts_label.text()
    window.menus.actions["recycle_bin"].trigger()
    dialog = next(w for w in register.findChildren(RecycleBinDialog) if w.isVisible())
    keep(qtbot, dialog)
    assert dialog.table.rowCount() == 1 and dialog.selected_entry().id == target
    assert dialog.restore_selected()
    assert dialog.table.rowCount() == 0
    assert target in register.list.model.ids() and register.list.current_id() == target
    assert f"{HOUSEHOLDS} 户" in window.counts_label.text()


def test_unsaved_form_asks_when_the_window_closes(window, demo_db, qtbot, monkeypatch):
    register = window.register
    form = window.open_household(register.list.model.household_id(0))
    assert isinstance(form, HouseholdFormDialog) and form.isVisible()
    form.ui.phoneEdit.setText("13000000000")
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Cancel)
    window.close()
    assert answers.asked and "尚未保存" in answers.asked[0]
    assert window.isVisible() and form.isVisible()
    answers.question_answer = QMessageBox.StandardButton.Discard
    window.close()
    assert not form.isVisible() and not window.isVisible()


def test_splitter_and_columns_are_remembered(qtbot, demo_db, tmp_path):
    path = str(tmp_path / "layout.ini")
    first = MainWindow(demo_db.path, db=demo_db, settings=QSettings(path, QSettings.Format.IniFormat), runner=run_inline)
    keep(qtbot, first)
    first.resize(790, 560)  # inside the 800x800 offscreen screen, so restoring does not clamp it
    first.show()
    first.register.splitter.setSizes([200, 400, 180])
    first.register.list.table.setColumnWidth(3, 155)
    sizes = first.register.splitter.sizes()
    first.close()
    second = MainWindow(demo_db.path, db=demo_db, settings=QSettings(path, QSettings.Format.IniFormat), runner=run_inline)
    keep(qtbot, second)
    second.show()
    assert second.register.splitter.sizes() == sizes
    assert second.register.list.table.columnWidth(3) == 155


def test_views_of_other_parts_open_as_tabs_and_households_open_from_them(window, qtbot):
    from fupin_desktop.gui.qt import QLabel

    view = QLabel("x")
    window.show_view(view, "测试视图")
    assert window.tabs.currentWidget() is view and window.tabs.count() == 2
    window.show_view(view, "测试视图")
    assert window.tabs.count() == 2
    window._close_tab(window.tabs.indexOf(view))
    assert window.tabs.count() == 1
    hid = window.register.list.model.household_id(5)
    form = window.open_household(hid)
    assert form.draft.id == hid and window.register.list.current_id() == hid
    assert window.open_household(hid) is form  # raised, not opened twice


def test_english_interface(qapp, qtbot, demo_db):
    from fupin_desktop.gui.register.household_table_model import HouseholdTableModel
    from fupin_desktop.gui.translations import install_translations, remove_translations

    remove_translations(qapp)
    install_translations(qapp, "en")
    try:
        win = keep(qtbot, MainWindow(demo_db.path, db=demo_db, runner=run_inline))
        assert win.menus.actions["new_household"].text() == "&New household…"
        assert win.register.list.filters.reset_button.text() == "Clear filters"
        assert win.tabs.tabText(0) == "Register"
        headers = [h for _k, h in HouseholdTableModel(lambda ids: []).columns]
        assert headers[:4] == ["Village", "Group", "Household no.", "Head"]
        form = win.open_household(win.register.list.model.household_id(0))
        keep(qtbot, form)
        assert form.ui.tabs.tabText(0) == "Basic information" and form.ui.tabs.tabText(3).startswith("Two assurances")
    finally:
        remove_translations(qapp)
        install_translations(qapp, "zh_CN")
