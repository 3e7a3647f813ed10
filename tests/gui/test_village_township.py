"""新增村 has a 所属乡镇 field (chosen or typed) and the area tree shows township names, never codes (issue 11 §2.5)."""

from __future__ import annotations

import re

from sqlmodel import select

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QDialogButtonBox, QMessageBox, Qt
from fupin_desktop.gui.register.village_form import VillageFormDialog
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.models import Area, AuditEvent, Village
from tests.gui.register_support import Answers, keep, type_text
from tests.unit.register_data import TOWNSHIP, make_villages

LEFT = Qt.MouseButton.LeftButton
CODE12 = re.compile(r"\d{12}")


def _window(qtbot, db) -> MainWindow:
    save_profile(db, Profile(role="village", user_name="李强"))
    return keep(qtbot, MainWindow(db.path, db=db, settings=None, log_path=None, runner=run_inline))


def _open_new_village(window) -> VillageFormDialog:
    window.menus.actions["new_village"].trigger()
    forms = [d for d in window.register.findChildren(VillageFormDialog) if d.isVisible()]
    assert len(forms) == 1
    return forms[0]


def _save(qtbot, form) -> None:
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)


def _tree_texts(window) -> list[str]:
    return [item.text() for item in window.register.tree._items()]


def test_new_village_with_a_typed_township_shows_its_name_in_the_tree(qtbot, tmp_db):
    window = _window(qtbot, tmp_db)
    form = _open_new_village(window)
    assert form.ui.townshipCombo.isEditable()
    type_text(qtbot, form.ui.nameEdit, "河口村")
    type_text(qtbot, form.ui.codeEdit, "411525105201")
    _save(qtbot, form)
    assert form.isVisible() and "乡镇" in form.ui.townshipMessage.text()  # a new village needs its township
    type_text(qtbot, form.ui.townshipCombo.lineEdit(), "城关镇")
    _save(qtbot, form)
    assert not form.isVisible(), form.ui.townshipMessage.text()
    texts = _tree_texts(window)
    assert "城关镇" in texts and "河口村" in texts
    assert not [t for t in texts if CODE12.search(t)], texts
    with tmp_db.session() as s:
        area = s.exec(select(Area).where(Area.code == "411525105000")).one()
        assert (area.name, area.level) == ("城关镇", "township")
        assert s.exec(select(Village.township_code).where(Village.name == "河口村")).one() == "411525105000"
        assert "area.create" in s.exec(select(AuditEvent.action)).all()


def test_new_village_offers_existing_townships_and_their_code_prefix(qtbot, tmp_db):
    make_villages(tmp_db)  # 城关镇 410102001000 with 甲村, 乙村
    window = _window(qtbot, tmp_db)
    window.register.tree.setCurrentIndex(window.register.tree.tree_model.index(0, 0))  # 全部农户
    form = _open_new_village(window)
    combo = form.ui.townshipCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["城关镇"]
    combo.lineEdit().clear()
    form.ui.codeEdit.clear()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # picks 城关镇 from the list
    assert combo.currentText() == "城关镇"
    assert form.ui.codeEdit.text() == TOWNSHIP[:9]  # the chosen township's code starts the village code
    type_text(qtbot, form.ui.codeEdit, "203")
    type_text(qtbot, form.ui.nameEdit, "丙村")
    _save(qtbot, form)
    assert not form.isVisible()
    with tmp_db.session() as s:
        assert s.exec(select(Village.township_code).where(Village.name == "丙村")).one() == TOWNSHIP
        assert len(s.exec(select(Area).where(Area.level == "township")).all()) == 1  # no second 城关镇


def test_a_new_township_name_must_match_the_village_code(qtbot, tmp_db, monkeypatch):
    make_villages(tmp_db)
    window = _window(qtbot, tmp_db)
    form = _open_new_village(window)
    form.ui.townshipCombo.lineEdit().clear()
    type_text(qtbot, form.ui.townshipCombo.lineEdit(), "河口乡")
    form.ui.codeEdit.clear()
    type_text(qtbot, form.ui.codeEdit, "410102001209")  # 城关镇's code prefix
    type_text(qtbot, form.ui.nameEdit, "丁村")
    _save(qtbot, form)
    assert form.isVisible() and "村代码前9位" in form.ui.townshipMessage.text()
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert answers.asked and not form.isVisible()


def test_an_unnamed_township_is_never_shown_as_a_code_and_can_be_named(qtbot, tmp_db):
    with tmp_db.transaction() as s:  # as a roster import without township names leaves it
        s.add(Village(code="411525105201", name="河口村", township_code="411525105000"))
    window = _window(qtbot, tmp_db)
    texts = _tree_texts(window)
    assert "河口村" in texts and not [t for t in texts if CODE12.search(t)], texts
    assert any("乡镇名未登记" in t for t in texts)
    tree = window.register.tree
    village_item = next(i for i in tree._items() if i.text() == "河口村")
    tree.setCurrentIndex(village_item.index())
    window.menus.actions["edit_village"].trigger()
    form = next(d for d in window.register.findChildren(VillageFormDialog) if d.isVisible())
    assert form.ui.townshipCombo.currentText() == ""
    type_text(qtbot, form.ui.townshipCombo.lineEdit(), "城郊乡")
    _save(qtbot, form)
    assert not form.isVisible()
    assert "城郊乡" in _tree_texts(window)
