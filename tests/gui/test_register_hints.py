"""The household form and member dialog by keys and clicks (issue 11 §2.7-§2.10): hints keep their room
so fields never move; a 7-digit phone is refused with the reason; a new household is saved before its
income is known; an 11-year-old marked 非在校生 is warned about; 两不愁三保障 starts unticked and the plan
wizard ticks nothing the cadre did not choose."""

from __future__ import annotations

from datetime import date

import pytest

from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_wizard import open_plan_wizard
from fupin_desktop.gui.plan_wizard.common import PAGE_DIAGNOSIS, PAGE_HOUSEHOLD_MEASURES, PAGE_PERSON_MEASURES
from fupin_desktop.gui.qt import QDialogButtonBox, QPoint, Qt, QWizard
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.gui.register.member_dialog import MemberDialog
from fupin_desktop.services.register.records import load_household, new_household, new_member
from tests.gui.register_support import LEFT, keep, person_id, type_text, village
from tests.unit.register_data import code

TODAY = date(2024, 7, 1)
HEAD_ID = person_id(date(1960, 3, 15), 11)
CHILD_ID = person_id(date(2013, 2, 1), 13)  # 11 years old on TODAY


def choose(qtbot, combo, value: str) -> None:
    """Pick the entry holding ``value`` (a vocabulary code) with the keyboard: Home, then Down."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def places(qtbot, widgets, top) -> list[tuple]:
    """The widgets' rectangles in their window's coordinates, once pending layout requests have run."""
    qtbot.wait(50)
    out = []
    for widget in widgets:
        origin = widget.mapTo(top, QPoint(0, 0))
        out.append((origin.x(), origin.y(), widget.width(), widget.height()))
    return out


def ok_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


@pytest.fixture
def form(qtbot, tmp_db):
    dialog = HouseholdFormDialog(tmp_db, new_household(village(tmp_db), group_name="第1组", household_no="0001"), TODAY)
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def member_dialog(qtbot):
    dialog = MemberDialog(new_member(relationship=code("relationship", "户主")), today=TODAY)
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def members_by_keys(monkeypatch, qtbot, people):
    """MemberDialog.exec: shown, typed into and closed by a click on 确定 (people: (name, id, school code))."""
    queue = list(people)

    def fake_exec(dialog):
        dialog.show()
        name, id_number, school = queue.pop(0)
        type_text(qtbot, dialog.ui.nameEdit, name)
        qtbot.keyClicks(dialog.ui.idNumberEdit, id_number)
        if school:
            choose(qtbot, dialog.ui.schoolCombo, school)
        qtbot.mouseClick(ok_button(dialog), LEFT)
        return dialog.result()

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)


# --- §2.9 hints keep their room -------------------------------------------------------------------
def test_household_form_fields_stay_put_when_hints_appear_and_go(qtbot, form):
    ui = form.ui
    watched = [ui.phoneEdit, ui.bankNameEdit, ui.bankAccountEdit, ui.standardCombo, ui.attributeCombo,
               ui.cadreCombo, ui.mainCauseCombo, ui.otherCause1Combo, ui.addMemberButton, ui.membersTable]
    qtbot.waitUntil(lambda: bool(ui.mainCauseMessage.text()))  # a new household: 主要致贫原因 missing
    before = places(qtbot, watched, form)

    choose(qtbot, ui.mainCauseCombo, code("poverty_cause", "因病"))
    qtbot.waitUntil(lambda: not ui.mainCauseMessage.text())  # a hint goes away ...
    assert places(qtbot, watched, form) == before
    ui.phoneEdit.setFocus()
    qtbot.keyClicks(ui.phoneEdit, "1234567")
    qtbot.waitUntil(lambda: bool(ui.phoneMessage.text()))  # ... and one appears under 联系电话
    assert places(qtbot, watched, form) == before


def test_member_dialog_fields_stay_put_when_hints_appear_and_go(qtbot, member_dialog):
    ui = member_dialog.ui
    watched = [ui.idTypeCombo, ui.idNumberEdit, ui.sexCombo, ui.birthDateEdit, ui.relationshipCombo,
               ui.ethnicityCombo, ui.phoneEdit, ui.schoolCombo, ui.labourCombo, ui.workStatusCombo, ok_button(member_dialog)]
    assert ui.nameMessage.text()  # 请填写成员姓名
    before = places(qtbot, watched, member_dialog)
    type_text(qtbot, ui.nameEdit, "王德福")
    assert not ui.nameMessage.text()  # one hint goes ...
    assert places(qtbot, watched, member_dialog) == before
    qtbot.keyClicks(ui.idNumberEdit, HEAD_ID[:-1] + ("1" if HEAD_ID[-1] != "1" else "2"))  # a wrong check digit
    assert ui.idMessage.text()  # ... another appears
    assert places(qtbot, watched, member_dialog) == before
    qtbot.keyClicks(ui.phoneEdit, "1234567")
    assert ui.phoneMessage.text()
    assert places(qtbot, watched, member_dialog) == before


# --- §2.7 phone numbers ---------------------------------------------------------------------------
def test_member_dialog_refuses_a_seven_digit_phone_with_the_reason(qtbot, member_dialog):
    ui = member_dialog.ui
    type_text(qtbot, ui.nameEdit, "王德福")
    qtbot.keyClicks(ui.idNumberEdit, HEAD_ID)
    qtbot.keyClicks(ui.phoneEdit, "1234567")
    assert ui.phoneMessage.text() and "7 位" in ui.phoneMessage.text() and "区号" in ui.phoneMessage.text()
    qtbot.mouseClick(ok_button(member_dialog), LEFT)
    assert member_dialog.isVisible() and member_dialog.result() == 0  # refused
    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "0376-1234567")
    assert not ui.phoneMessage.text()
    qtbot.mouseClick(ok_button(member_dialog), LEFT)
    assert not member_dialog.isVisible() and member_dialog.result() == 1
    assert member_dialog.member.phone == "0376-1234567"


# --- §2.8 and §2.10 a new household, by keys and clicks -------------------------------------------
def test_new_household_is_saved_before_its_income_is_known(qtbot, form, monkeypatch, tmp_db):
    ui = form.ui
    # 两不愁三保障 starts unknown (unticked), not 已达到
    for box in (ui.foodClothingCheck, ui.educationCheck, ui.medicalCheck, ui.housingSafeCheck):
        assert not box.isChecked(), box.objectName()
    assert "已达到" not in ui.waterSafeValue.text()

    members_by_keys(monkeypatch, qtbot, [("王德福", HEAD_ID, code("school_status", "非在校生"))])
    qtbot.mouseClick(ui.addMemberButton, LEFT)
    assert form.members.rowCount() == 1
    choose(qtbot, ui.attributeCombo, code("household_attribute", "一般贫困户"))
    choose(qtbot, ui.mainCauseCombo, code("poverty_cause", "因病"))
    choose(qtbot, ui.statusCombo, code("poverty_status", "未脱贫"))
    ui.phoneEdit.setFocus()
    qtbot.keyClicks(ui.phoneEdit, "1234567")
    qtbot.waitUntil(lambda: "尚未填写收入" in ui.incomeMessage.text())
    assert "0 至" not in ui.incomeMessage.text()

    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, LEFT)  # refused: the phone, with the reason under the field
    assert form.isVisible() and "7 位" in ui.phoneMessage.text()
    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "13812345678")
    with qtbot.waitSignal(form.saved, timeout=3000):
        qtbot.mouseClick(save, LEFT)  # no income yet: a warning, saving is not blocked
    saved = load_household(tmp_db, form.draft.id)
    assert (saved.head_name, saved.per_capita_income, saved.phone) == ("王德福", 0.0, "13812345678")
    assert not saved.food_clothing_ok and not saved.housing_safe_ok


def test_an_eleven_year_old_marked_not_at_school_is_warned_about(qtbot, member_dialog):
    ui = member_dialog.ui
    type_text(qtbot, ui.nameEdit, "王小明")
    qtbot.keyClicks(ui.idNumberEdit, CHILD_ID)
    choose(qtbot, ui.labourCombo, code("labour_skill", "无劳动力"))
    choose(qtbot, ui.schoolCombo, code("school_status", "非在校生"))
    assert ui.schoolMessage.text() and "11岁" in ui.schoolMessage.text()
    choose(qtbot, ui.schoolCombo, code("school_status", "小学"))
    assert not ui.schoolMessage.text()


def test_the_wizard_ticks_nothing_the_cadre_did_not_choose(qtbot, form, monkeypatch, tmp_db):
    members_by_keys(monkeypatch, qtbot, [("王德福", HEAD_ID, code("school_status", "非在校生")),
                                         ("王小明", CHILD_ID, code("school_status", "小学"))])
    ui = form.ui
    qtbot.mouseClick(ui.addMemberButton, LEFT)
    qtbot.mouseClick(ui.addMemberButton, LEFT)
    choose(qtbot, ui.attributeCombo, code("household_attribute", "一般贫困户"))
    choose(qtbot, ui.mainCauseCombo, code("poverty_cause", "因病"))
    choose(qtbot, ui.statusCombo, code("poverty_status", "未脱贫"))
    with qtbot.waitSignal(form.saved, timeout=3000):
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)

    wizard = open_plan_wizard(None, tmp_db, form.draft.id, year=2024, today=TODAY, runner=run_inline, user="测试")
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(wizard)
    click_next = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_DIAGNOSIS
    page = wizard.currentPage()
    for name in ("foodClothingCheck", "educationCheck", "medicalCheck", "housingCheck", "waterSafeCheck"):
        assert not getattr(page.ui, name).isChecked(), name
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_PERSON_MEASURES
    page = wizard.currentPage()
    assert all(group.boxes for group in page.groups)  # suggestions are shown ...
    assert [group.chosen() for group in page.groups] == [[], []]  # ... and none is ticked
    qtbot.mouseClick(next(iter(page.groups[0].boxes.values())), LEFT, pos=QPoint(8, 8))
    qtbot.mouseClick(next(iter(page.groups[1].boxes.values())), LEFT, pos=QPoint(8, 8))
    qtbot.mouseClick(click_next, LEFT)
    assert wizard.currentId() == PAGE_HOUSEHOLD_MEASURES
    assert wizard.currentPage().chosen() == []


def test_the_notice_phone_is_refused_with_the_reason_until_it_has_an_area_code(qtbot):
    from types import SimpleNamespace

    from fupin_desktop.gui.printing.options_dialog import PrintOptionsDialog

    villages = [SimpleNamespace(label="甲村", code="410102001201", groups=("第1组",))]
    dialog = PrintOptionsDialog(villages, notice=True, kinds=[], phone="")
    keep(qtbot, dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    field = dialog.phone_edit
    before = places(qtbot, [field, ok], dialog)
    qtbot.keyClicks(field, "1234567")
    assert not ok.isEnabled()
    assert "7 位" in dialog.phone_message.text() and "区号" in dialog.phone_message.text()
    assert places(qtbot, [field, ok], dialog) == before
    field.clear()
    qtbot.keyClicks(field, "0376-1234567")
    assert ok.isEnabled() and dialog.phone_message.text() == ""
    field.clear()
    qtbot.keyClicks(field, "12317")  # the national supervision line is a proper 监督电话
    assert ok.isEnabled()
    qtbot.mouseClick(ok, LEFT)
    assert dialog.result() == 1 and dialog.options().phone == "12317"


def test_first_start_and_settings_refuse_a_seven_digit_phone(qtbot, tmp_path, monkeypatch):
    from fupin_desktop import paths
    from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog, SettingsDialog
    from fupin_desktop.services.setup import first_start as fs

    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    dialog = keep(qtbot, FirstStartDialog(fs.current_location(), paths.data_dir()))
    dialog.show()
    type_text(qtbot, dialog.ui.nameEdit, "王芳")
    qtbot.keyClicks(dialog.ui.phoneEdit, "1234567")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dialog.isVisible() and "7 位" in dialog.ui.errorLabel.text()
    dialog.ui.phoneEdit.clear()
    qtbot.keyClicks(dialog.ui.phoneEdit, "0376-1234567")
    dialog.ui.emptyRadio.setChecked(True)
    qtbot.mouseClick(ok, LEFT)
    assert not dialog.isVisible() and dialog.choice().profile.phone == "0376-1234567"

    settings = keep(qtbot, SettingsDialog(fs.Profile(role="village", user_name="王芳"), "standard", fs.current_location(),
                                          paths.data_dir()))
    settings.show()
    qtbot.keyClicks(settings.ui.phoneEdit, "7654321")
    ok = settings.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert settings.isVisible() and "区号" in settings.ui.errorLabel.text()
