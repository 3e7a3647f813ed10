"""县级 › 导出 Excel by keyboard: Alt+C, X, then the item's key (the items had none; only arrows reached them)."""

from __future__ import annotations

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QMenu, Qt
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import keep


def test_every_export_item_has_its_own_key_and_the_key_opens_it(qtbot, tmp_db, monkeypatch):
    save_profile(tmp_db, Profile(role="county", user_name="赵秀梅"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    actions = window.county_actions
    chosen: list[str] = []
    monkeypatch.setattr(type(actions), "export_xlsx", lambda self, what: chosen.append(what))
    submenu = next(m for m in actions.menu.findChildren(QMenu) if "Excel" in m.title())
    keys = []
    for action in submenu.actions():
        text = action.text()
        assert "&" in text, text
        keys.append(text[text.index("&") + 1].upper())
    assert len(set(keys)) == len(keys) == 4
    submenu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(submenu)
    qtbot.keyClick(submenu, getattr(Qt.Key, f"Key_{keys[0]}"))
    qtbot.waitUntil(lambda: chosen == ["register"])
    assert QApplication.activePopupWidget() is None
