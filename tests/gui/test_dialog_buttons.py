"""Every dialog's own buttons and keys, as a person uses them.

For each dialog class of the GUI: its OK/确定/保存 (with valid input) accepts, its 取消/关闭 rejects,
Enter in a field does what OK does and Esc what 取消 does, by ``qtbot.mouseClick`` on the real
button and ``qtbot.keyClick``. Dialogs whose main button starts work and stays open (sync, print
preview, roster import) are checked for 关闭/Esc, and their main button where it makes sense.
A dialog class added to the GUI and not listed here fails ``test_every_dialog_class_is_listed``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Optional

import pytest

from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    Qt,
    QWidget,
)
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.dialog_support import close_button
from tests.gui.register_support import Answers, keep, person_id, type_text
from tests.unit.register_data import TODAY, V1, add_family, make_villages

LEFT = Qt.MouseButton.LeftButton
ACCEPTED, REJECTED = QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected
GUI = Path(__file__).resolve().parents[2] / "fupin_desktop" / "gui"


@dataclass
class Env:
    qtbot: object
    db: object
    tmp_path: Path
    monkeypatch: object

    def village(self) -> str:
        return make_villages(self.db)[V1]


@dataclass
class Case:
    make: Callable[[Env], QDialog]  # shown, with valid input
    accepts: bool = True  # has an OK/确定/保存 that accepts
    enter_field: Optional[Callable[[QDialog], QWidget]] = None  # a single-line field to press Enter in
    after_ok: Optional[Callable[[Env, QDialog], None]] = None  # what OK did, besides closing


def shown(env: Env, dialog: QDialog) -> QDialog:
    keep(env.qtbot, dialog)
    dialog.show()
    dialog.activateWindow()
    env.qtbot.waitExposed(dialog)
    return dialog


# --- the dialogs, each with valid input ---------------------------------------------------------
def member_dialog(env: Env):
    from fupin_desktop.gui.register.member_dialog import MemberDialog
    from fupin_desktop.services.register.records import new_member

    dialog = shown(env, MemberDialog(new_member(relationship="head"), today=TODAY))
    type_text(env.qtbot, dialog.ui.nameEdit, "王五")
    type_text(env.qtbot, dialog.ui.idNumberEdit, "410102196003151237")
    # 取消/Esc on a member typed in asks first (test_unsaved_changes_ask_when_cancel_is_clicked): 丢弃 here
    Answers(env.monkeypatch, question=QMessageBox.StandardButton.Discard)
    return dialog


def household_form(env: Env):
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog
    from fupin_desktop.services.register.records import load_household

    draft = add_family(env.db, env.village())
    dialog = shown(env, HouseholdFormDialog(env.db, load_household(env.db, draft.id), TODAY))
    return dialog  # valid as loaded


def village_form(env: Env):
    from fupin_desktop.gui.register.village_form import VillageFormDialog
    from fupin_desktop.services.register.villages import load_village

    return shown(env, VillageFormDialog(env.db, load_village(env.db, env.village())))


def first_start(env: Env):
    from fupin_desktop import paths
    from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog
    from fupin_desktop.services.setup import first_start as fs

    dialog = shown(env, FirstStartDialog(fs.current_location(), paths.data_dir()))
    type_text(env.qtbot, dialog.ui.nameEdit, "李强")
    return dialog


def settings_dialog(env: Env):
    from fupin_desktop import paths
    from fupin_desktop.gui.register.profile_dialogs import SettingsDialog
    from fupin_desktop.services.setup import first_start as fs

    return shown(env, SettingsDialog(fs.Profile(role="village", user_name="张三"), "standard", fs.current_location(),
                                      paths.data_dir()))


def about(env: Env):
    from fupin_desktop.gui.about_dialog import AboutDialog

    return shown(env, AboutDialog(env.db.path, None))


def recycle_bin(env: Env):
    from fupin_desktop.gui.register.recycle_bin import RecycleBinDialog

    return shown(env, RecycleBinDialog(env.db))


def county(env: Env):
    from tests.unit.county_data import make_county

    make_county(env.db)


def targets(env: Env):
    from fupin_desktop.gui.county.targets_dialog import TargetsDialog
    from fupin_desktop.services.county.progress import compute_progress
    from tests.unit.county_data import TODAY as C_TODAY
    from tests.unit.county_data import YEAR

    county(env)
    dialog = shown(env, TargetsDialog(env.db, compute_progress(env.db, YEAR, C_TODAY)))
    dialog.spins[0][0].setValue(12)
    return dialog


def targets_saved(env: Env, dialog) -> None:
    from fupin_desktop.services.county.progress import compute_progress
    from tests.unit.county_data import TODAY as C_TODAY
    from tests.unit.county_data import YEAR

    assert compute_progress(env.db, YEAR, C_TODAY).roots[0].people_target == 12


def rectification(env: Env):
    from fupin_desktop.gui.county.rectification_dialog import RectificationDialog

    county(env)
    dialog = shown(env, RectificationDialog(env.db))
    type_text(env.qtbot, dialog.problem, "村医未配备")
    type_text(env.qtbot, dialog.responsible, "王主任")
    return dialog


def rectification_saved(env: Env, dialog) -> None:
    from fupin_desktop.services.county import rectification as rect

    assert dialog.saved_id and rect.get_item(env.db, dialog.saved_id).problem == "村医未配备"


def roster_file(env: Env) -> Path:
    from tests.unit.test_roster_import import _save, good_rows

    return _save(good_rows(), env.tmp_path / "roster.xlsx")


def column_mapping(env: Env):
    from fupin_desktop.gui.county.mapping_dialog import ColumnMappingDialog

    return shown(env, ColumnMappingDialog(roster_file(env), remember=False, runner=run_inline))


def import_preview(env: Env):
    from fupin_desktop.gui.county.import_preview import ImportPreviewDialog

    return shown(env, ImportPreviewDialog(env.db, roster_file(env), runner=run_inline))


def household_list(env: Env):
    from fupin_desktop.gui.county.household_list import HouseholdListDialog
    from tests.unit.county_data import COUNTY, YEAR
    from tests.unit.county_data import TODAY as C_TODAY

    county(env)
    return shown(env, HouseholdListDialog(env.db, YEAR, COUNTY, "测试县", "no_plan", runner=run_inline,
                                          today=C_TODAY))


def print_options(env: Env):
    from fupin_desktop.gui.printing.options_dialog import PrintOptionsDialog
    from fupin_desktop.services.printing.card_data import village_choices

    add_family(env.db, env.village())
    return shown(env, PrintOptionsDialog(village_choices(env.db), notice=True, kinds=[], phone="0371-12345678"))


def print_preview(env: Env):
    from fupin_desktop.gui.printing.preview_dialog import PrintPreviewDialog
    from fupin_desktop.services.printing.render import render_card

    generate_demo(env.db, households=3, seed=5)
    with env.db.engine.connect() as conn:
        hid = conn.exec_driver_sql("SELECT household_id FROM plan WHERE status != 'draft' LIMIT 1").scalar_one()
    folder = env.tmp_path / "preview"
    folder.mkdir()
    job = render_card(env.db, hid, folder / "preview.pdf")
    return shown(env, PrintPreviewDialog(job, env.db, runner=run_inline, temp_dir=folder))


def household_picker(env: Env):
    from fupin_desktop.gui.plan_tracking.actions import HouseholdPicker

    add_family(env.db, env.village())
    return shown(env, HouseholdPicker(env.db, run_inline))


def picker_chose(env: Env, dialog) -> None:
    assert dialog.chosen


def done_dialog(env: Env):
    from fupin_desktop.gui.plan_tracking.tracking_view import DoneDialog

    return shown(env, DoneDialog("危房改造", TODAY))


def visit_dialog(env: Env):
    from types import SimpleNamespace

    from fupin_desktop.gui.plan_tracking.visits_panel import VisitDialog
    from fupin_desktop.gui.qt import QComboBox

    cadres = QComboBox()
    cadres.addItem("钟帆", "c1")
    visit = SimpleNamespace(visit_date=date(2024, 6, 3), cadre_name="钟帆", notes="了解务工情况", findings="")
    dialog = shown(env, VisitDialog(visit, cadres, TODAY))
    cadres.setParent(dialog)
    return dialog


def plan_wizard(env: Env):
    from fupin_desktop.gui.plan_wizard.wizard import PlanWizard, load_wizard_context

    draft = add_family(env.db, env.village())
    wizard = PlanWizard(load_wizard_context(env.db, draft.id, today=TODAY), env.db, runner=run_inline)
    return shown(env, wizard)


def sync_export(env: Env):
    from fupin_desktop.gui.sync.export_dialog import ExportDialog

    return shown(env, ExportDialog(env.db, runner=run_inline, drives=lambda: []))


def sync_import(env: Env):
    from fupin_desktop.gui.sync.import_dialog import ImportDialog

    return shown(env, ImportDialog(env.db, runner=run_inline, drives=lambda: []))


def backup(env: Env):
    from fupin_desktop.gui.sync.backup_dialogs import BackupDialog

    return shown(env, BackupDialog(env.db, runner=run_inline, drives=lambda: []))


def restore(env: Env):
    from fupin_desktop.gui.sync.backup_dialogs import RestoreDialog

    return shown(env, RestoreDialog(env.db, runner=run_inline))


def cadre_form(env: Env):
    from fupin_desktop.gui.register.cadre_dialogs import CadreFormDialog
    from fupin_desktop.services.register.cadres import CadreDraft

    dialog = shown(env, CadreFormDialog(env.db, CadreDraft(), []))
    type_text(env.qtbot, dialog.nameEdit, "王芳")
    return dialog


def cadre_saved(env: Env, dialog) -> None:
    from fupin_desktop.services.register.cadres import list_cadres

    assert [c.name for c in list_cadres(env.db)] == ["王芳"]


def cadre_list(env: Env):
    from fupin_desktop.gui.register.cadre_dialogs import CadreListDialog

    return shown(env, CadreListDialog(env.db))


def line_edit(name: str) -> Callable[[QDialog], QWidget]:
    return lambda dialog: dialog.findChild(QLineEdit, name) or getattr(dialog.ui, name)


CASES = {
    "MemberDialog": Case(member_dialog, enter_field=lambda d: d.ui.nameEdit),
    "HouseholdFormDialog": Case(household_form, enter_field=lambda d: d.ui.phoneEdit),
    "VillageFormDialog": Case(village_form, enter_field=lambda d: d.ui.nameEdit),
    "FirstStartDialog": Case(first_start, enter_field=lambda d: d.ui.nameEdit),
    "SettingsDialog": Case(settings_dialog, enter_field=lambda d: d.ui.nameEdit),
    "AboutDialog": Case(about, accepts=False),
    "RecycleBinDialog": Case(recycle_bin, accepts=False),
    "CadreFormDialog": Case(cadre_form, enter_field=lambda d: d.nameEdit, after_ok=cadre_saved),
    "CadreListDialog": Case(cadre_list, accepts=False),
    "TargetsDialog": Case(targets, enter_field=lambda d: d.spins[0][0], after_ok=targets_saved),
    "RectificationDialog": Case(rectification, enter_field=lambda d: d.responsible, after_ok=rectification_saved),
    "ColumnMappingDialog": Case(column_mapping),
    "ImportPreviewDialog": Case(import_preview, accepts=False),
    "HouseholdListDialog": Case(household_list, accepts=False),
    "PrintOptionsDialog": Case(print_options, enter_field=lambda d: d.phone_edit),
    "PrintPreviewDialog": Case(print_preview, accepts=False),
    "HouseholdPicker": Case(household_picker, enter_field=lambda d: d.filter_edit, after_ok=picker_chose),
    "DoneDialog": Case(done_dialog, enter_field=lambda d: d.date_edit),
    "VisitDialog": Case(visit_dialog, enter_field=lambda d: d.findings),
    "PlanWizard": Case(plan_wizard, accepts=False),
    "ExportDialog": Case(sync_export, accepts=False),
    "ImportDialog": Case(sync_import, accepts=False),
    "BackupDialog": Case(backup, accepts=False),
    "RestoreDialog": Case(restore, accepts=False),
}


def dialog_classes() -> set[str]:
    """Every QDialog/QWizard subclass defined under fupin_desktop/gui (generated forms aside)."""
    names = set()
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    ast.unparse(base) in {"QDialog", "QWizard"} for base in node.bases):
                names.add(node.name)
    return names


@pytest.fixture
def env(qtbot, tmp_db, tmp_path, monkeypatch):
    return Env(qtbot, tmp_db, tmp_path, monkeypatch)


def accept_button(dialog: QDialog):
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if (box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole and button.isVisible()
                    and button.window() is dialog):
                return button
    return None


def tick(env: Env, box) -> None:
    """Click a check box or radio button on its indicator, where a person aims (the widget may be
    wider than its text, and a click in that empty part does nothing)."""
    from fupin_desktop.gui.qt import QPoint

    env.qtbot.mouseClick(box, LEFT, pos=QPoint(6, box.height() // 2))


def closed(env: Env, dialog: QDialog, code) -> None:
    env.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert QDialog.result(dialog) == code  # (some dialogs keep their work's result in .result)


def test_every_dialog_class_is_listed():
    assert dialog_classes() == set(CASES)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.accepts])
def test_ok_accepts(name, env):
    case = CASES[name]
    dialog = case.make(env)
    button = accept_button(dialog)
    assert button is not None and button.isEnabled(), name
    env.qtbot.mouseClick(button, LEFT)
    closed(env, dialog, ACCEPTED)
    if case.after_ok:
        case.after_ok(env, dialog)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.accepts])
def test_enter_does_what_ok_does(name, env):
    case = CASES[name]
    dialog = case.make(env)
    field = case.enter_field(dialog) if case.enter_field else dialog
    field.setFocus()
    env.qtbot.keyClick(field, Qt.Key.Key_Return)
    closed(env, dialog, ACCEPTED)
    if case.after_ok:
        case.after_ok(env, dialog)


@pytest.mark.parametrize("name", sorted(CASES))
def test_cancel_or_close_rejects(name, env):
    dialog = CASES[name].make(env)
    button = close_button(dialog)
    assert button is not None, f"{name} has no 取消/关闭 button"
    env.qtbot.mouseClick(button, LEFT)
    closed(env, dialog, REJECTED)


@pytest.mark.parametrize("name", sorted(CASES))
def test_esc_does_what_cancel_does(name, env):
    dialog = CASES[name].make(env)
    field = CASES[name].enter_field(dialog) if CASES[name].enter_field else dialog
    field.setFocus()
    env.qtbot.keyClick(field, Qt.Key.Key_Escape)
    closed(env, dialog, REJECTED)


def test_esc_while_the_roster_is_read_stops_the_reading_as_cancel_does(env):
    """Esc went straight to QDialog.reject: the background preview kept reading a big workbook."""
    from fupin_desktop.gui.county.import_preview import ImportPreviewDialog
    from fupin_desktop.gui.operations import Operation

    started: list[Operation] = []

    def never_finishes(work, **callbacks):  # the reading of a big workbook, still going
        started.append(Operation())
        return started[-1]

    for press in ("button", "esc"):
        dialog = shown(env, ImportPreviewDialog(env.db, roster_file(env), runner=never_finishes))
        if press == "button":
            env.qtbot.mouseClick(close_button(dialog), LEFT)
        else:
            env.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        closed(env, dialog, REJECTED)
        assert started[-1].is_cancelled(), press


# --- clicking twins of the older tests that call accept()/reject() themselves --------------------
def test_first_start_needs_a_name_by_clicks(env):
    """Twin of test_register_first_start's accept() test, by the 开始使用 button."""
    from fupin_desktop import paths
    from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog
    from fupin_desktop.services.setup import first_start as fs

    dialog = shown(env, FirstStartDialog(fs.current_location(), paths.data_dir()))
    start = accept_button(dialog)
    env.qtbot.mouseClick(start, LEFT)
    assert dialog.isVisible() and "姓名" in dialog.ui.errorLabel.text()
    tick(env, dialog.ui.roleCountyRadio)
    type_text(env.qtbot, dialog.ui.nameEdit, "王芳")
    tick(env, dialog.ui.emptyRadio)
    env.qtbot.mouseClick(start, LEFT)
    closed(env, dialog, ACCEPTED)
    choice = dialog.choice()
    assert (choice.profile.role, choice.profile.user_name, choice.demo_households) == ("county", "王芳", 0)


def test_settings_by_the_menu_and_the_ok_button(env):
    """Twin of test_register_first_start's settings test (exec patched to accept()), by 文件 › 设置 and 确定."""
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.register.profile_dialogs import SettingsDialog
    from fupin_desktop.services.setup.first_start import Profile, save_profile
    from fupin_desktop.services.setup.settings import get_setting
    from tests.gui.dialog_support import when_modal

    save_profile(env.db, Profile(role="village", user_name="张三"))
    window = keep(env.qtbot, MainWindow(env.db.path, db=env.db, settings=None, runner=run_inline))

    def rename(dialog):
        dialog.ui.nameEdit.selectAll()
        type_text(env.qtbot, dialog.ui.nameEdit, "张三丰")
        env.qtbot.mouseClick(accept_button(dialog), LEFT)

    seen = when_modal(env.qtbot, SettingsDialog, rename)
    window.menus.actions["settings"].trigger()
    assert seen and QDialog.result(seen[0]) == ACCEPTED
    assert get_setting(env.db, "user_name") == "张三丰"

    seen = when_modal(env.qtbot, SettingsDialog, lambda d: (type_text(env.qtbot, d.ui.nameEdit, "X"),
                                                             env.qtbot.mouseClick(close_button(d), LEFT)))
    window.menus.actions["settings"].trigger()
    assert seen and QDialog.result(seen[0]) == REJECTED
    assert get_setting(env.db, "user_name") == "张三丰"  # 取消 kept nothing


def test_a_member_is_added_by_clicking_add_and_ok(env):
    """Twin of test_register_form's member tests (MemberDialog.exec patched to accept()), by clicks."""
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog
    from fupin_desktop.gui.register.member_dialog import MemberDialog
    from fupin_desktop.services.register.records import new_household
    from tests.gui.dialog_support import when_modal

    form = shown(env, HouseholdFormDialog(env.db, new_household(env.village(), household_no="0001"), TODAY))

    def enter(dialog):
        type_text(env.qtbot, dialog.ui.nameEdit, "王五")
        type_text(env.qtbot, dialog.ui.idNumberEdit, person_id(date(1960, 3, 15), 23))
        env.qtbot.mouseClick(accept_button(dialog), LEFT)

    seen = when_modal(env.qtbot, MemberDialog, enter)
    env.qtbot.mouseClick(form.ui.addMemberButton, LEFT)
    assert seen and QDialog.result(seen[0]) == ACCEPTED
    assert [m.name for m in form.draft.members] == ["王五"]
    assert form.ui.membersTable.model().rowCount() == 1

    answers = Answers(env.monkeypatch, question=QMessageBox.StandardButton.Discard)
    seen = when_modal(env.qtbot, MemberDialog, lambda d: (type_text(env.qtbot, d.ui.nameEdit, "赵六"),
                                                           env.qtbot.keyClick(d.ui.nameEdit, Qt.Key.Key_Escape)))
    env.qtbot.mouseClick(form.ui.addMemberButton, LEFT)
    assert len(answers.asked) == 1  # asked before dropping what was typed
    assert seen and [m.name for m in form.draft.members] == ["王五"]  # Esc, then 丢弃, added nobody


def test_unsaved_changes_ask_when_cancel_is_clicked(env):
    """Twins of the reject() calls in test_register_form and test_register_village, by the 取消 button."""
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog
    from fupin_desktop.gui.register.member_dialog import MemberDialog
    from fupin_desktop.gui.register.village_form import VillageFormDialog
    from fupin_desktop.services.register.records import load_household
    from fupin_desktop.services.register.villages import load_village

    vid = env.village()
    draft = add_family(env.db, vid)
    answers = Answers(env.monkeypatch, question=QMessageBox.StandardButton.Cancel)
    for make, change in (
            (lambda: HouseholdFormDialog(env.db, load_household(env.db, draft.id), TODAY),
             lambda d: env.qtbot.keyClicks(d.ui.phoneEdit, "9")),
            (lambda: VillageFormDialog(env.db, load_village(env.db, vid)),
             lambda d: tick(env, d.ui.povertyVillageCheck)),
            (lambda: MemberDialog(load_household(env.db, draft.id).members[1], today=TODAY),
             lambda d: env.qtbot.keyClicks(d.ui.phoneEdit, "13900001111"))):
        dialog = shown(env, make())
        env.qtbot.mouseClick(close_button(dialog), LEFT)
        closed(env, dialog, REJECTED)  # nothing changed: closes without asking
        assert answers.asked == []
        dialog = shown(env, make())
        change(dialog)
        answers.question_answer = QMessageBox.StandardButton.Cancel
        env.qtbot.mouseClick(close_button(dialog), LEFT)
        assert answers.asked and dialog.isVisible()  # asked, and 取消 in the question keeps it open
        answers.question_answer = QMessageBox.StandardButton.Discard
        env.qtbot.mouseClick(close_button(dialog), LEFT)
        closed(env, dialog, REJECTED)
        answers.asked.clear()
    assert load_household(env.db, draft.id).phone == "13812345678"
