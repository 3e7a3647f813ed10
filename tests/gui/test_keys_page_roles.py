"""同步 › 密钥与加入 shows each role only its own steps: a village laptop its join request and whether
it has joined (no 初始化为县级), a county its initialisation, then its keys and enrolled laptops (no
join request, no "村级：…" advice). Opened by the menu action, driven by clicks, in both languages."""

from __future__ import annotations

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QFileDialog, QMessageBox, Qt
from fupin_desktop.gui.sync import install_sync_actions
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from tests.gui.register_support import keep
from tests.gui.screen_text import assert_plain, screen_texts
from tests.unit.sync.helpers import new_site

LEFT = Qt.MouseButton.LeftButton


def open_keys(qtbot, site):
    win = keep(qtbot, MainWindow(site.path, db=site.db, runner=run_inline))
    actions = install_sync_actions(win, site.db, runner=run_inline, drives=lambda: [], daily_backup=False)
    actions.actions["keys"].trigger()
    page = actions.views["keys"]
    win.show()
    qtbot.waitUntil(page.isVisible)
    return page


def seen(page) -> str:
    return "\n".join(screen_texts(page))


def test_a_village_laptop_is_offered_joining_only(qtbot, tmp_path_factory, lang):
    tmp = tmp_path_factory.mktemp("keys")
    lap = new_site(tmp, "lap")
    try:
        page = open_keys(qtbot, lap)
        assert page.request_button.isVisible()
        assert not page.init_button.isVisible() and not page.laptop_box.isVisible()
        if lang == "zh_CN":
            text = seen(page)
            assert "尚未加入县级" in page.status.text() and "生成加入申请" in text
            assert "初始化" not in text and "村级：" not in text, text
        assert_plain(page, "同步 › 密钥与加入（村级）", codes=lang == "zh_CN")
    finally:
        lap.db.close()


def test_a_county_is_offered_initialising_then_its_keys_never_a_join_request(qtbot, tmp_path_factory, lang,
                                                                             monkeypatch):
    tmp = tmp_path_factory.mktemp("keys")
    county = new_site(tmp, "county")
    set_setting(county.db, "role", ROLE_COUNTY)
    try:
        page = open_keys(qtbot, county)
        assert page.init_button.isVisible()
        assert not page.request_button.isVisible() and not page.laptop_box.isVisible()
        if lang == "zh_CN":
            text = seen(page)
            assert "尚未初始化县级密钥" in page.status.text(), page.status.text()
            assert "加入申请" not in text and "尚未加入" not in text and "村级：" not in text, text
        assert_plain(page, "同步 › 密钥与加入（县级，初始化前）", codes=lang == "zh_CN")

        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp)))
        monkeypatch.setattr(file_dialogs, "ask_existing_directory", lambda *a, **k: str(tmp), raising=False)
        qtbot.mouseClick(page.init_button, LEFT)

        assert (tmp / "escrow-identity.txt").exists()
        assert page.laptop_box.isVisible()
        assert not page.init_button.isVisible() and not page.request_button.isVisible()
        if lang == "zh_CN":
            text = seen(page)
            assert "本机是县级" in page.status.text() and "加入申请" not in text and "尚未" not in text, text
        assert_plain(page, "同步 › 密钥与加入（县级）", codes=lang == "zh_CN")
    finally:
        county.db.close()
