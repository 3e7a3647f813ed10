"""Keyboard-only data entry: Tab walks every field in reading order and never gets stuck in a note box.

A 驻村干部 fills forms with the keyboard. A multi-line note (QPlainTextEdit) swallowed Tab as a tab
character, so a person who tabbed into 备注 / 预期效果 could not leave it; the village form's indicator
check boxes (built in code after the .ui) came after the Save button in the Tab chain.
"""

from __future__ import annotations

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QCheckBox, QMessageBox, Qt
from fupin_desktop.gui.register.village_form import VillageFormDialog
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import Answers, keep, type_text

TAB = Qt.Key.Key_Tab


def _window(qtbot, db) -> MainWindow:
    save_profile(db, Profile(role="village", user_name="李强"))
    return keep(qtbot, MainWindow(db.path, db=db, settings=None, log_path=None, runner=run_inline))


def _open_new_village(qtbot, monkeypatch, window) -> VillageFormDialog:
    Answers(monkeypatch, QMessageBox.StandardButton.Discard)  # closing the edited form at teardown
    window.menus.actions["new_village"].trigger()
    forms = [d for d in window.register.findChildren(VillageFormDialog) if d.isVisible()]
    assert len(forms) == 1
    form = forms[0]
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def _tab_from(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    return QApplication.focusWidget()


def test_village_form_tab_leaves_the_note_box(qtbot, monkeypatch, tmp_db):
    form = _open_new_village(qtbot, monkeypatch, _window(qtbot, tmp_db))
    note = form.ui.noteEdit
    type_text(qtbot, note, "道路待硬化")
    after = _tab_from(qtbot, note)
    assert after is not note
    assert note.toPlainText() == "道路待硬化"


def test_village_form_tab_walks_the_indicators_after_the_population(qtbot, monkeypatch, tmp_db):
    form = _open_new_village(qtbot, monkeypatch, _window(qtbot, tmp_db))
    boxes = [w for w in form.indicators.values() if isinstance(w, QCheckBox)]
    assert boxes
    # The population spin box's line edit holds the focus; Tab from it lands on the first indicator.
    after = _tab_from(qtbot, form.ui.populationSpin)
    assert after is boxes[0], after.objectName()
    # ... and on through the indicators, the collective income, then the note.
    seen = [after]
    for _ in range(len(form.indicators)):
        qtbot.keyClick(QApplication.focusWidget(), TAB)
        seen.append(QApplication.focusWidget())
    assert seen[: len(boxes)] == boxes
    assert form.ui.noteEdit in seen


def _tab_leaves(qtbot, note) -> None:
    """Type into a note box, press Tab: the focus moves on and no tab character lands in the note."""
    window = note.window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    type_text(qtbot, note, "已核实")
    after = _tab_from(qtbot, note)
    assert after is not note, note.objectName()
    assert note.toPlainText() == "已核实"


def test_household_form_tab_leaves_the_note_box(qtbot, tmp_db):
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog
    from fupin_desktop.services.register.records import new_household
    from tests.gui.register_support import village

    form = HouseholdFormDialog(tmp_db, new_household(village(tmp_db), group_name="第1组", household_no="0001"))
    keep(qtbot, form)
    tabs = form.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(form.ui.noteEdit)))
    _tab_leaves(qtbot, form.ui.noteEdit)


def test_plan_wizard_tab_leaves_the_diagnosis_note_and_the_expected_effect(qtbot, tmp_db):
    from fupin_desktop.gui.plan_wizard.common import PAGE_DIAGNOSIS
    from fupin_desktop.gui.qt import QWizard
    from fupin_desktop.services.setup.demo import generate_demo
    from tests.gui.test_plan_wizard import YEAR, fill_everything, household_without_plan, open_wizard

    generate_demo(tmp_db, households=12, seed=11, year=YEAR)
    wizard = open_wizard(qtbot, tmp_db, household_without_plan(tmp_db))
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_DIAGNOSIS
    _tab_leaves(qtbot, wizard.currentPage().ui.diagnosisNoteEdit)
    wizard.restart()
    fill_everything(wizard)
    _tab_leaves(qtbot, wizard.currentPage().ui.expectedEffectEdit)


def test_rectification_dialog_tab_leaves_each_text_box(qtbot, tmp_db):
    from fupin_desktop.gui.county.rectification_dialog import RectificationDialog

    dialog = RectificationDialog(tmp_db)
    keep(qtbot, dialog)
    for note in (dialog.problem, dialog.action, dialog.evidence):
        note.clear()
        _tab_leaves(qtbot, note)
