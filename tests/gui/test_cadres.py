"""编辑 › 帮扶责任人: add, edit, retire by clicks; the first start's cadre is the default (issue 11 §2.5)."""

from __future__ import annotations

from sqlmodel import select

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QDialogButtonBox, QMessageBox, Qt
from fupin_desktop.gui.register.cadre_dialogs import CadreFormDialog, CadreListDialog
from fupin_desktop.services.plans.tracking import list_cadres as tracking_cadres
from fupin_desktop.services.register import cadres as svc
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.models import AuditEvent, Cadre, Household
from tests.gui.dialog_support import when_modal
from tests.gui.register_support import Answers, keep, type_text
from tests.unit.register_data import add_family, make_villages

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, db) -> MainWindow:
    save_profile(db, Profile(role="village", user_name="李强", unit="县农业农村局", phone="13800001111"))
    return keep(qtbot, MainWindow(db.path, db=db, settings=None, log_path=None, runner=run_inline))


def _open_list(window) -> CadreListDialog:
    window.menus.actions["cadres"].trigger()
    dialogs = [d for d in window.register.findChildren(CadreListDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _rows(dialog) -> list[tuple[str, ...]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def _click_row(qtbot, dialog, name: str) -> None:
    t = dialog.table
    row = next(r for r in range(t.rowCount()) if t.item(r, 0).text() == name)
    qtbot.mouseClick(t.viewport(), LEFT, pos=t.visualItemRect(t.item(row, 0)).center())
    assert dialog.selected().name == name


def _ok(dialog) -> None:
    return dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_first_start_cadre_is_listed_as_the_default(qtbot, tmp_db):
    window = _window(qtbot, tmp_db)
    dialog = _open_list(window)
    assert _rows(dialog) == [("李强", "", "县农业农村局", "13800001111", "0", "在岗（默认）")]
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Close), LEFT)
    assert not dialog.isVisible()


def test_add_and_edit_a_cadre_by_clicks(qtbot, tmp_db):
    window = _window(qtbot, tmp_db)
    dialog = _open_list(window)
    seen = []

    def fill_new(form: CadreFormDialog) -> None:
        seen.append(form)
        type_text(qtbot, form.nameEdit, "王芳")
        type_text(qtbot, form.postEdit, "帮扶干部")
        type_text(qtbot, form.phoneEdit, "1234567")  # 7 digits: refused with the reason
        qtbot.mouseClick(_ok(form), LEFT)
        assert form.isVisible() and form.errorLabel.text()
        form.phoneEdit.clear()
        type_text(qtbot, form.phoneEdit, "13900002222")
        qtbot.mouseClick(_ok(form), LEFT)

    handled = when_modal(qtbot, CadreFormDialog, fill_new)
    qtbot.mouseClick(dialog.addButton, LEFT)
    assert handled and not handled.still_open and not seen[0].isVisible()
    assert ("王芳", "帮扶干部", "", "13900002222", "0", "在岗") in _rows(dialog)

    _click_row(qtbot, dialog, "王芳")

    def edit(form: CadreFormDialog) -> None:
        assert form.nameEdit.text() == "王芳"
        form.postEdit.clear()
        type_text(qtbot, form.postEdit, "驻村第一书记")
        qtbot.mouseClick(_ok(form), LEFT)

    handled = when_modal(qtbot, CadreFormDialog, edit)
    qtbot.mouseClick(dialog.editButton, LEFT)
    assert handled and not handled.still_open
    assert ("王芳", "驻村第一书记", "", "13900002222", "0", "在岗") in _rows(dialog)
    with tmp_db.session() as s:
        actions = s.exec(select(AuditEvent.action).where(AuditEvent.entity == "cadre")).all()
    assert {"cadre.create", "cadre.update"} <= set(actions)


def test_new_household_starts_with_the_default_cadre_and_a_retired_one_stays_on_old_records(
        qtbot, tmp_db, monkeypatch):
    villages = make_villages(tmp_db)
    window = _window(qtbot, tmp_db)
    default = svc.default_cadre_id(tmp_db)
    assert default
    old = add_family(tmp_db, next(iter(villages.values())))
    with tmp_db.transaction() as s:  # an existing household this cadre is responsible for
        s.get(Household, old.id).responsible_cadre_id = default

    tree = window.register.tree
    tree.setCurrentIndex(next(i for i in tree._items() if i.text() == "甲村").index())
    window.menus.actions["new_household"].trigger()
    form = window.register.forms[-1]
    assert form.ui.cadreCombo.currentData() == default  # the first start's cadre, preset
    form.done(0)

    dialog = _open_list(window)
    _click_row(qtbot, dialog, "李强")
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.retireButton, LEFT)
    assert answers.asked and "1 户" in answers.asked[0]
    assert ("李强", "", "县农业农村局", "13800001111", "1", "已退出") in _rows(dialog)
    assert dialog.retireButton.text().startswith("恢复在岗")
    assert svc.default_cadre_id(tmp_db) == ""
    assert "李强" not in [c.name for c in tracking_cadres(tmp_db)]  # not offered for visits and measures

    window.menus.actions["new_household"].trigger()
    new_form = window.register.forms[-1]
    combo = new_form.ui.cadreCombo
    assert "李强" not in [combo.itemText(i) for i in range(combo.count())]
    assert combo.currentData() == ""
    new_form.done(0)
    old_form = window.register.open_household(old.id)
    assert old_form.ui.cadreCombo.currentData() == default  # still on the household it was responsible for
    assert old_form.ui.cadreCombo.currentText() == "李强（已退出帮扶）"
    old_form.done(0)
    with tmp_db.session() as s:
        assert s.get(Cadre, default).retired
        assert s.get(Household, old.id).responsible_cadre_id == default

    qtbot.mouseClick(dialog.retireButton, LEFT)  # 恢复在岗: no question, back in the lists
    assert ("李强", "", "县农业农村局", "13800001111", "1", "在岗") in _rows(dialog)
    assert "李强" in [c.name for c in tracking_cadres(tmp_db)]
    qtbot.mouseClick(dialog.defaultButton, LEFT)
    assert svc.default_cadre_id(tmp_db) == default
