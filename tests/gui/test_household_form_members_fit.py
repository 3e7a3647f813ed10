"""The household form on a 1366×768 laptop shows a 5-person family whole: every member row inside the
table's viewport without scrolling, at the standard text size, and no text cut at any size (cadres
enter members all day; the table showed 2½ rows above an empty findings area)."""

from __future__ import annotations

import os

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import Qt
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.services.register.records import load_household
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import keep
from tests.gui.test_screen_fit import laptop, problems  # noqa: F401 (a fixture)
from tests.gui.test_text_sizes import cut_texts, settle

LEFT = Qt.MouseButton.LeftButton


def open_household_of(qtbot, window: MainWindow, laptop, size: int) -> HouseholdFormDialog:  # noqa: F811
    """Click the first household of ``size`` people in the list, then 编辑农户."""
    listing = window.register.list
    qtbot.waitUntil(lambda: listing.model.rowCount() > 0)
    ids = listing.model.ids()
    row = next(r for r, hid in enumerate(ids) if len(load_household(window.db, hid).members) == size)
    listing.table.scrollTo(listing.model.index(row, 0))
    qtbot.mouseClick(listing.table.viewport(), LEFT, pos=listing.table.visualRect(listing.model.index(row, 0)).center())
    assert listing.current_id() == ids[row]
    window.menus.actions["edit_household"].trigger()
    form = next(w for w in laptop.open_windows() if isinstance(w, HouseholdFormDialog))
    qtbot.waitExposed(form)
    settle()
    return form


def test_a_five_person_household_shows_every_member_row(qtbot, tmp_db, laptop):  # noqa: F811
    generate_demo(tmp_db, households=12, seed=3, year=2024)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    qtbot.waitExposed(window)
    form = open_household_of(qtbot, window, laptop, 5)
    if os.environ.get("FUPIN_GRAB"):  # a look at the form as the cadre sees it
        form.grab().save(os.environ["FUPIN_GRAB"])
    table = form.ui.membersTable
    assert form.members.rowCount() == 5
    viewport = table.viewport().rect()
    hidden = [row for row in range(5) if not viewport.contains(table.visualRect(form.members.index(row, 0)))]
    assert not hidden, f"member rows {hidden} not whole in a {viewport.height()} px table"
    assert table.verticalScrollBar().maximum() == 0
    assert not problems(form) + cut_texts(form)
    form.done(0)


def test_the_members_id_numbers_show_whole_at_extra_large(qtbot, tmp_db, laptop, qapp):  # noqa: F811
    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.text_sizes import size_for

    original = qapp.font().pointSizeF()
    install_app_font(qapp, size_for("xlarge").point_size)
    try:
        generate_demo(tmp_db, households=12, seed=3, year=2024)
        window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
        window.show()
        qtbot.waitExposed(window)
        form = open_household_of(qtbot, window, laptop, 5)
        table = form.ui.membersTable
        for row in range(form.members.rowCount()):
            text = str(form.members.index(row, 1).data())
            assert table.fontMetrics().horizontalAdvance(text) + 8 <= table.columnWidth(1), text
        assert not problems(form) + cut_texts(form)
        form.done(0)
    finally:
        install_app_font(qapp, original)
