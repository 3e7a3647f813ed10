"""同步 › 密钥与加入 on a laptop that has joined its county office says so, in words: which office, since
when, the name the county gave the laptop and its villages by name. It no longer offers 生成加入申请 as
the next step (it did, beside "已加入县级…", inviting a second join request); a new request stays
reachable below a line, explained, and asked about first. Opened by the menu action, driven by clicks."""

from __future__ import annotations

import re

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMessageBox, QPoint, QPushButton, Qt
from fupin_desktop.gui.sync import install_sync_actions
from tests.gui.register_support import Answers, keep
from tests.gui.screen_text import assert_plain
from tests.unit.sync.helpers import VILLAGES, enrol, make_county, new_site

LEFT = Qt.MouseButton.LeftButton


def test_a_joined_laptop_shows_its_county_and_keeps_a_new_request_secondary(qtbot, tmp_path_factory, lang,
                                                                         monkeypatch):
    tmp = tmp_path_factory.mktemp("joined")
    stick, other = tmp / "stick", tmp / "usb"
    stick.mkdir()
    other.mkdir()
    county, lap = make_county(tmp / "c"), new_site(tmp, "lap")
    try:
        enrol(county, lap, [VILLAGES[0]], stick)  # the county's enrolment package, imported
        win = keep(qtbot, MainWindow(lap.path, db=lap.db, runner=run_inline))
        actions = install_sync_actions(win, lap.db, runner=run_inline, drives=lambda: [], daily_backup=False)
        win.show()
        actions.actions["keys"].trigger()  # 同步 › 密钥与加入…
        page = actions.views["keys"]
        qtbot.waitUntil(page.isVisible)

        status = page.status.text()
        assert "固始县扶贫办" in status and "第1村1号电脑" in status and "第1村" in status, status
        assert VILLAGES[0] not in status, status  # the village by name, not its code
        if lang == "zh_CN":
            assert re.search(r"本机已加入县级单位“固始县扶贫办”，加入时间：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d。", status), status
        assert not page.request_button.isVisible()  # no join request offered as the next step
        primary = [b.text() for b in page.findChildren(QPushButton) if b.isVisible() and b is not page.rejoin_button]
        assert not any("加入申请" in t or "join request" in t.lower() for t in primary), primary
        assert page.rejoin_button.isVisible() and page.rejoin_note.isVisible()
        below = page.rejoin_button.mapTo(page, QPoint(0, 0)).y()
        assert below > page.status.mapTo(page, QPoint(0, page.status.height())).y()  # below the status
        if lang == "zh_CN":
            assert "只有县里" in page.rejoin_note.text(), page.rejoin_note.text()
        assert_plain(page, "同步 › 密钥与加入（已加入）", codes=lang == "zh_CN")

        written: list = []
        monkeypatch.setattr(file_dialogs, "ask_existing_directory",
                            lambda *a, **k: written.append(a) or str(other))
        answers = Answers(monkeypatch, question=QMessageBox.StandardButton.No)
        qtbot.mouseClick(page.rejoin_button, LEFT)  # the cadre clicks it, reads the question, answers 否
        [asked] = answers.asked
        assert "固始县扶贫办" in asked, asked
        assert not written and not list(other.iterdir())

        answers.question_answer = QMessageBox.StandardButton.Yes  # the county did ask for a new request
        qtbot.mouseClick(page.rejoin_button, LEFT)
        assert [p.name for p in other.iterdir()] and page.message.text(), page.message.text()
        assert not page.request_button.isVisible() and page.rejoin_button.isVisible()  # still joined
    finally:
        lap.db.close()
        county.db.close()
