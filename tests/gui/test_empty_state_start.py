"""The empty register page offers the ways to begin (walkthrough: 从空白开始 showed only 载入演示数据).

A cadre on a fresh laptop sees 新增村, 导入花名册, 导入同步包 and 载入演示数据; the county clerk the
county's. Each is a real button bound to the menu's QAction: clicked, or Enter while it has focus, it
does what the menu does, and it is enabled when the menu item is.
"""

from __future__ import annotations

import pytest

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton, Qt
from fupin_desktop.gui.register.village_form import VillageFormDialog
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.models import Household, Village
from tests.gui.dialog_support import close_button
from tests.gui.register_support import keep, type_text
from tests.gui.screen_text import assert_plain
from tests.gui.test_text_sizes import cut_texts, settle, text_size  # noqa: F401 (a fixture)

LEFT = Qt.MouseButton.LeftButton
WAYS = {"village": ["新增村", "导入花名册", "导入同步包", "载入演示数据"],
        "county": ["导入花名册", "导入同步包", "新增村", "载入演示数据"]}


def empty_window(qtbot, db, role: str) -> MainWindow:
    save_profile(db, Profile(role=role, user_name="李强"))
    window = keep(qtbot, MainWindow(db.path, db=db, settings=None, log_path=None, runner=run_inline))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def start_buttons(window: MainWindow) -> list[QPushButton]:
    """The empty page's buttons a person sees, top to bottom (once laid out, as on screen)."""
    settle()
    page = window.empty_state
    shown = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(window) and page.isVisibleTo(window)]
    return sorted(shown, key=lambda b: b.mapTo(page, b.rect().topLeft()).y())


def start_button(window: MainWindow, text: str) -> QPushButton:
    found = [b for b in start_buttons(window) if b.text() == text]
    assert len(found) == 1, [b.text() for b in start_buttons(window)]
    return found[0]


def cancel_file_dialog(monkeypatch) -> list:
    """The person cancels the open-file dialog; returns the list of times it was asked. (Patched at both
    places file_dialogs has asked through: Qt's static function and its own ask_open_file_name.)"""
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: asked.append(a) or ("", ""),
                        raising=False)
    return asked


def explanation_label(window: MainWindow, button: QPushButton) -> QLabel:
    return next(label for label in window.empty_state.findChildren(QLabel) if label.buddy() is button)


def explanation(window: MainWindow, button: QPushButton) -> str:
    return explanation_label(window, button).text()


@pytest.mark.parametrize("role", ["village", "county"])
def test_empty_page_offers_the_ways_to_begin(qtbot, tmp_db, role, lang):
    window = empty_window(qtbot, tmp_db, role)
    assert window.showing_empty_state()
    buttons = start_buttons(window)
    if lang == "zh_CN":
        assert [b.text() for b in buttons] == WAYS[role]
    else:
        assert len(buttons) == 4
    for button in buttons:
        assert button.isEnabled() and explanation(window, button).strip(), button.text()
    assert_plain(window.empty_state, f"空白页 ({role})", codes=lang == "zh_CN")


@pytest.mark.parametrize("role", ["village", "county"])
def test_new_village_button_opens_the_village_form(qtbot, tmp_db, role):
    window = empty_window(qtbot, tmp_db, role)
    qtbot.mouseClick(start_button(window, "新增村"), LEFT)
    [form] = [w for w in QApplication.topLevelWidgets() if isinstance(w, VillageFormDialog) and w.isVisible()]
    qtbot.mouseClick(close_button(form), LEFT)  # its own 取消
    assert not form.isVisible()
    assert window.showing_empty_state() and start_buttons(window)  # cancelled: the ways to begin are still there


def test_a_village_saved_from_the_page_brings_the_register(qtbot, tmp_db):
    window = empty_window(qtbot, tmp_db, "village")
    qtbot.mouseClick(start_button(window, "新增村"), LEFT)
    [form] = [w for w in QApplication.topLevelWidgets() if isinstance(w, VillageFormDialog) and w.isVisible()]
    type_text(qtbot, form.ui.townshipCombo.lineEdit(), "城关镇")
    type_text(qtbot, form.ui.nameEdit, "河口村")
    form.ui.codeEdit.selectAll()
    qtbot.keyClicks(form.ui.codeEdit, "411525100201")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not form.isVisible(), form.ui.codeMessage.text() + form.ui.nameMessage.text()
    qtbot.waitUntil(lambda: not window.showing_empty_state(), timeout=5000)  # next: 新增农户 in 河口村
    assert window.tabs.currentWidget() is window.register


@pytest.mark.parametrize("role", ["village", "county"])
def test_import_package_button_opens_the_import_dialog(qtbot, tmp_db, role):
    window = empty_window(qtbot, tmp_db, role)
    qtbot.mouseClick(start_button(window, "导入同步包"), LEFT)
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    qtbot.mouseClick(close_button(dialog), LEFT)  # its own 关闭
    assert not dialog.isVisible()


@pytest.mark.parametrize("role", ["village", "county"])
def test_roster_button_asks_for_the_workbook(qtbot, tmp_db, role, monkeypatch):
    window = empty_window(qtbot, tmp_db, role)
    asked = cancel_file_dialog(monkeypatch)
    qtbot.mouseClick(start_button(window, "导入花名册"), LEFT)
    assert len(asked) == 1  # cancelled there: nothing else happens


def test_tab_goes_down_the_buttons_and_enter_presses_one(qtbot, tmp_db, monkeypatch):
    window = empty_window(qtbot, tmp_db, "village")
    window.activateWindow()
    qtbot.waitActive(window)
    buttons = start_buttons(window)
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus, timeout=2000)
    for below in buttons[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is below, QApplication.focusWidget()
    asked = cancel_file_dialog(monkeypatch)
    roster = start_button(window, "导入花名册")
    roster.setFocus()
    qtbot.keyClick(roster, Qt.Key.Key_Return)
    assert len(asked) == 1


def test_buttons_follow_their_menu_actions(qtbot, tmp_db, tmp_path):
    window = empty_window(qtbot, tmp_db, "village")
    action = window.menus.actions["new_village"]
    action.setEnabled(False)
    assert not start_button(window, "新增村").isEnabled()
    action.setEnabled(True)
    assert start_button(window, "新增村").isEnabled()
    closed = keep(qtbot, MainWindow(tmp_path / "nowhere.db", db=None))  # no database: nothing to press
    closed.show()
    assert start_buttons(closed) and not any(b.isEnabled() for b in start_buttons(closed))


@pytest.mark.parametrize("role", ["village", "county"])
def test_buttons_vanish_once_there_is_a_household(qtbot, tmp_db, role):
    window = empty_window(qtbot, tmp_db, role)
    assert start_buttons(window)
    with tmp_db.transaction() as session:
        village = Village(code="410102001201", name="测试村", township_code="410102001000")
        session.add(village)
        session.flush()
        session.add(Household(village_id=village.id, group_name="第1组", household_no="1", head_name="张三", size=1))
    window.menus.actions["refresh"].trigger()  # 视图 › 刷新
    assert not window.showing_empty_state() and start_buttons(window) == []


@pytest.mark.parametrize("role", ["village", "county"])
def test_empty_page_fits_the_laptop_in_each_text_size(qtbot, tmp_db, role, text_size):  # noqa: F811
    window = empty_window(qtbot, tmp_db, role)
    settle()
    page = window.empty_state
    assert cut_texts(page) == []
    for widget in start_buttons(window) + [explanation_label(window, b) for b in start_buttons(window)]:
        where = widget.rect().translated(widget.mapTo(page, widget.rect().topLeft()))
        assert page.rect().contains(where), f"{widget.text()!r} at {where} outside the page {page.rect()}"


def test_sync_button_comes_with_the_sync_menu_when_menus_are_deferred(qtbot, tmp_db):
    """The app installs 同步 and 县级 a moment after the register (MainWindow defer_hooks): their buttons then."""
    save_profile(tmp_db, Profile(role="county", user_name="王芳"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline,
                                    defer_hooks=True))
    window.show()
    if window.sync_actions is None:
        assert "导入同步包" not in [b.text() for b in window.empty_state.buttons]  # (no events processed yet)
        qtbot.waitUntil(lambda: window.sync_actions is not None, timeout=5000)
    assert [b.text() for b in start_buttons(window)] == WAYS["county"]
    qtbot.mouseClick(start_button(window, "导入同步包"), LEFT)
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    qtbot.mouseClick(close_button(dialog), LEFT)
