"""The household form (and 首次使用设置) with the keyboard only, as a 驻村干部 fills it (found walking a cadre's day).

Opening 新增农户 put the focus on the tab bar: what the cadre typed first went nowhere. On the 收入 tab,
Tab from 收入年度 skipped every income box (they are built in code, after the .ui's widgets, so they sat
after 保存/取消 in the Tab chain) and the typed amount was lost.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import QApplication, Qt
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.services.register.records import new_household
from tests.gui.register_support import keep, village

TAB = Qt.Key.Key_Tab


def _open_form(qtbot, db) -> HouseholdFormDialog:
    form = keep(qtbot, HouseholdFormDialog(db, new_household(village(db), group_name="", household_no="0001")))
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def _holds_focus(widget) -> bool:
    focus = QApplication.focusWidget()
    return focus is widget or widget.isAncestorOf(focus)


def test_typing_right_after_opening_lands_in_the_first_field(qtbot, tmp_db):
    form = _open_form(qtbot, tmp_db)
    qtbot.keyClicks(QApplication.focusWidget(), "3")
    assert form.ui.groupCombo.currentText() == "3"


def test_tab_from_the_income_year_walks_the_income_boxes_in_order(qtbot, tmp_db):
    form = _open_form(qtbot, tmp_db)
    tabs = form.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(form.ui.incomeYearSpin)))
    form.ui.incomeYearSpin.setFocus()
    qtbot.waitUntil(lambda: _holds_focus(form.ui.incomeYearSpin))
    spins = list(form.binding.income.values())
    for spin in spins:
        qtbot.keyClick(QApplication.focusWidget(), TAB)
        assert _holds_focus(spin), QApplication.focusWidget().objectName()
    # the boxes take what is typed after Tab: 务工收入 first
    form.ui.incomeYearSpin.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    qtbot.keyClicks(QApplication.focusWidget(), "18000")
    assert form.binding.income["wage_income"].value() == 18000


def test_first_start_typing_starts_with_the_name(qtbot):
    """首次使用设置 opened on the role's radio button (already 村级): the name typed first was lost."""
    from fupin_desktop import paths
    from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog
    from fupin_desktop.services.setup import first_start as fs

    dialog = keep(qtbot, FirstStartDialog(fs.current_location(), paths.data_dir()))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Li Jianguo")
    assert dialog.ui.nameEdit.text() == "Li Jianguo"
