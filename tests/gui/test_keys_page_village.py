"""同步 › 密钥与加入 on a village laptop, as a cadre sees it (found walking a cadre's day).

Without the county's laptop table the page spread its few lines over the whole window: the status in
the middle, 生成加入申请 a third of a screen below it, the message near the bottom. And after joining,
"加入申请已写入 … 请当面核对" stayed under "已加入县级", as if the joining were still to do.
"""

from __future__ import annotations

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QFileDialog
from fupin_desktop.gui.sync import install_sync_actions
from tests.gui.register_support import keep
from tests.gui.test_keys_page_roles import LEFT
from tests.unit.sync.helpers import VILLAGES, enrol, make_county, new_site


def open_keys(qtbot, site):
    """同步 › 密钥与加入 by its menu action; the action too, to open the page again later."""
    win = keep(qtbot, MainWindow(site.path, db=site.db, runner=run_inline))
    actions = install_sync_actions(win, site.db, runner=run_inline, drives=lambda: [], daily_backup=False)
    actions.actions["keys"].trigger()
    page = actions.views["keys"]
    win.show()
    qtbot.waitUntil(page.isVisible)
    return page, actions.actions["keys"]


def test_the_village_page_stays_together_at_the_top(qtbot, tmp_path_factory):
    lap = new_site(tmp_path_factory.mktemp("keys"), "lap")
    try:
        page, _action = open_keys(qtbot, lap)
        page.window().resize(1280, 700)
        qtbot.waitUntil(lambda: page.height() > 500)
        line = page.fontMetrics().height()
        gap = page.request_button.geometry().top() - page.status.geometry().bottom()
        assert gap < 3 * line, (gap, line)
        assert page.status.geometry().top() < page.height() // 4
    finally:
        lap.db.close()


def test_the_join_request_message_goes_once_joined(qtbot, tmp_path_factory, monkeypatch):
    tmp = tmp_path_factory.mktemp("keys")
    stick = tmp / "stick"
    stick.mkdir()
    county, lap = make_county(tmp / "c"), new_site(tmp, "lap")
    try:
        page, keys_action = open_keys(qtbot, lap)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(stick)))
        monkeypatch.setattr(file_dialogs, "ask_existing_directory", lambda *a, **k: str(stick), raising=False)
        qtbot.mouseClick(page.request_button, LEFT)
        assert "加入申请已写入" in page.message.text()

        enrol(county, lap, list(VILLAGES)[:1], stick)  # the county's package, imported
        keys_action.trigger()  # the cadre opens 密钥与加入 again
        assert "已加入县级" in page.status.text()
        assert page.message.text() == ""
    finally:
        lap.db.close()
        county.db.close()
