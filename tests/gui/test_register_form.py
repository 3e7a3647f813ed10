"""The household form driven like a user: three members, a bad ID, a duplicate ID, unsaved changes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fupin_desktop.gui.qt import QMessageBox, Qt
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.gui.register.member_dialog import MemberDialog
from fupin_desktop.gui.register.vocab_ui import set_combo_code
from fupin_desktop.services.register.records import load_household, new_household
from fupin_desktop.services.register.search import search
from fupin_desktop.store.models import Household, Member
from tests.gui.register_support import LEFT, Answers, keep, members_via_dialog, person_id, type_text, village
from tests.unit.register_data import code

TODAY = date(2024, 7, 1)
ZHANG = person_id(date(1970, 5, 1), 11)
LI = person_id(date(1972, 3, 8), 12)
KID = person_id(date(2010, 9, 1), 13)


@pytest.fixture
def form(qtbot, tmp_db):
    vid = village(tmp_db)
    dialog = HouseholdFormDialog(tmp_db, new_household(vid, group_name="第1组", household_no="0001"), TODAY)
    keep(qtbot, dialog)
    dialog.show()
    return dialog


def fill_household(form):
    ui = form.ui
    set_combo_code(ui.attributeCombo, code("household_attribute", "一般贫困户"))
    set_combo_code(ui.mainCauseCombo, code("poverty_cause", "因病"))
    set_combo_code(ui.statusCombo, code("poverty_status", "未脱贫"))
    form.binding.income["wage_income"].setValue(15000)
    form.binding.income["planting_income"].setValue(3000)
    form.binding.income["production_expenses"].setValue(600)


THREE = [
    dict(name="张三", id_number=ZHANG, relationship="head", labourCombo="ordinary", schoolCombo="not_student"),
    dict(name="李四", id_number=LI, relationship="spouse", labourCombo="ordinary", schoolCombo="not_student"),
    dict(name="张小明", id_number=KID, relationship="son", labourCombo="none", schoolCombo="grade8"),
]


def test_create_a_household_with_three_members(form, qtbot, monkeypatch, tmp_db):
    members_via_dialog(monkeypatch, qtbot, THREE)
    for _ in THREE:
        qtbot.mouseClick(form.ui.addMemberButton, LEFT)
    fill_household(form)
    form.revalidate()
    assert form.members.rowCount() == 3
    assert form.ui.perCapitaValue.text().startswith("5,800.00 元")  # (15000 + 3000 - 600) / 3
    assert form.draft.members[0].sex == code("sex", "男") and form.draft.members[1].birth_date == date(1972, 3, 8)
    assert not [f for f in form.findings if f.is_error], form.findings
    with qtbot.waitSignal(form.saved, timeout=2000):
        qtbot.keyClick(form.ui.phoneEdit, Qt.Key.Key_Return)  # Enter saves
    assert not form.isVisible()
    saved = load_household(tmp_db, form.draft.id)
    assert (saved.head_name, saved.size, saved.per_capita_income) == ("张三", 3, 5800.0)
    assert [m.name for m in saved.members] == ["张三", "李四", "张小明"]
    assert [h.household_id for h in search(tmp_db, "zxm").hits] == [form.draft.id]


def test_bad_id_is_rejected_inline(form, qtbot, monkeypatch, tmp_db):
    shown = {}

    def fake_exec(dialog):
        bad = ZHANG[:-1] + ("1" if ZHANG[-1] != "1" else "2")
        type_text(qtbot, dialog.ui.nameEdit, "张三")
        qtbot.keyClicks(dialog.ui.idNumberEdit, bad)
        shown["message"] = dialog.ui.idMessage.text()
        shown["visible"] = not dialog.ui.idMessage.isHidden()
        shown["sex_editable"] = dialog.ui.sexCombo.isEnabled()
        set_combo_code(dialog.ui.relationshipCombo, "head")
        dialog.accept()
        return 1

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    form.add_member()
    assert shown["visible"] and "校验码" in shown["message"] and shown["sex_editable"]
    fill_household(form)
    form.revalidate()
    errors = [f for f in form.findings if f.is_error]
    assert any(f.field == "id_number" for f in errors)
    id_column = 1
    assert form.members.data(form.members.index(0, id_column), Qt.ItemDataRole.ToolTipRole).startswith("张三：证件号码有误")
    assert any("证件号码有误" in form.ui.findingsList.item(i).text() for i in range(form.ui.findingsList.count()))
    assert not form.save()
    assert form.isVisible()
    with tmp_db.session() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar_one() == 0


def test_duplicate_id_is_refused_with_a_link_to_the_person(form, qtbot, monkeypatch, tmp_db):
    members_via_dialog(monkeypatch, qtbot, THREE)
    for _ in THREE:
        form.add_member()
    fill_household(form)
    assert form.save()
    first_id = form.draft.id

    second = HouseholdFormDialog(tmp_db, new_household(form.draft.village_id, household_no="0002"), TODAY)
    keep(qtbot, second)
    second.show()
    seen = {}
    opened = []
    second.open_household.connect(opened.append)

    def fake_exec(dialog):
        type_text(qtbot, dialog.ui.nameEdit, "李四")
        qtbot.keyClicks(dialog.ui.idNumberEdit, LI)
        dialog.ui.idNumberEdit.editingFinished.emit()
        seen["label"] = dialog.ui.duplicateLabel.text()
        set_combo_code(dialog.ui.relationshipCombo, "head")
        set_combo_code(dialog.ui.labourCombo, "ordinary")
        dialog.ui.duplicateLabel.linkActivated.emit(f"household:{first_id}")
        dialog.accept()
        return 1

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    second.add_member()
    assert "已登记" in seen["label"] and f"household:{first_id}" in seen["label"] and "张三" in seen["label"]
    assert opened == [first_id]
    fill_household(second)
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    assert not second.save()
    assert boxes and "同一人不能登记两次" in boxes[0] and "张三" in boxes[0]
    with tmp_db.session() as s:
        assert s.execute(select(func.count()).where(Member.id_number == LI)).scalar_one() == 1


def test_unsaved_changes_ask_before_closing(qtbot, tmp_db, monkeypatch):
    vid = village(tmp_db)
    from tests.unit.register_data import add_family

    draft = add_family(tmp_db, vid)
    form = HouseholdFormDialog(tmp_db, load_household(tmp_db, draft.id), TODAY)
    keep(qtbot, form)
    form.show()
    assert not form.is_dirty()
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Cancel)
    form.reject()  # nothing changed: closes without asking
    assert answers.asked == [] and not form.isVisible()

    form = HouseholdFormDialog(tmp_db, load_household(tmp_db, draft.id), TODAY)
    keep(qtbot, form)
    form.show()
    qtbot.keyClicks(form.ui.phoneEdit, "9")
    assert form.is_dirty()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert answers.asked and "尚未保存" in answers.asked[0]
    assert form.isVisible()  # cancelled
    answers.question_answer = QMessageBox.StandardButton.Discard
    form.reject()
    assert not form.isVisible()
    assert load_household(tmp_db, draft.id).phone == "13812345678"
    form = HouseholdFormDialog(tmp_db, load_household(tmp_db, draft.id), TODAY)
    keep(qtbot, form)
    form.show()
    qtbot.keyClick(form.ui.phoneEdit, Qt.Key.Key_Backspace)  # a 12-digit phone would be refused (§2.7)
    qtbot.keyClicks(form.ui.phoneEdit, "7")
    answers.question_answer = QMessageBox.StandardButton.Save
    form.reject()
    assert load_household(tmp_db, draft.id).phone == "13812345677"


def test_change_of_head_and_member_removal(qtbot, tmp_db, monkeypatch):
    from tests.unit.register_data import add_family

    draft = add_family(tmp_db, village(tmp_db))
    form = HouseholdFormDialog(tmp_db, load_household(tmp_db, draft.id), TODAY)
    keep(qtbot, form)
    form.show()
    monkeypatch.setattr("fupin_desktop.gui.register.household_form.QInputDialog.getItem",
                        lambda *a, **k: ("配偶", True))
    assert form.make_head(1)
    assert [m.name for m in form.draft.members][:2] == ["李四", "张三"]
    Answers(monkeypatch, question=QMessageBox.StandardButton.Yes)
    assert form.remove_member(2)
    assert form.save()
    saved = load_household(tmp_db, draft.id)
    assert saved.head_name == "李四" and saved.size == 2


def test_same_head_and_birthday_in_the_village_asks(qtbot, tmp_db, monkeypatch):
    from tests.unit.register_data import add_family

    first = add_family(tmp_db, village(tmp_db))
    form = HouseholdFormDialog(tmp_db, new_household(first.village_id, household_no="0009"), TODAY)
    keep(qtbot, form)
    form.show()

    def fake_exec(dialog):
        type_text(qtbot, dialog.ui.nameEdit, "张三")
        set_combo_code(dialog.ui.relationshipCombo, "head")
        set_combo_code(dialog.ui.sexCombo, "male")
        dialog.ui.birthDateEdit.setDate(dialog.ui.birthDateEdit.date().fromString("1970-05-01", "yyyy-MM-dd"))
        set_combo_code(dialog.ui.labourCombo, "ordinary")
        dialog.accept()
        return 1

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    form.add_member()
    fill_household(form)
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.No)
    assert not form.save()
    assert answers.asked and "张三" in answers.asked[0]
    answers.question_answer = QMessageBox.StandardButton.Yes
    assert form.save()
