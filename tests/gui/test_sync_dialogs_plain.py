"""导出同步包 and 备份到U盘 failing on a stick that cannot take the file, opened from the 同步 menu and driven by
clicks, say why in the interface language only (no English gist after the Chinese, no OS error text), and
screen_text.assert_plain passes on both dialogs in both languages."""

from __future__ import annotations

import re

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import Qt
from fupin_desktop.gui.sync import install_sync_actions
from fupin_desktop.gui.sync.backup_dialogs import BackupDialog
from fupin_desktop.gui.sync.common import Drive
from fupin_desktop.gui.sync.export_dialog import ExportDialog
from fupin_desktop.store.models import Household
from tests.gui.register_support import keep
from tests.gui.screen_text import assert_plain
from tests.unit.sync.helpers import VILLAGES, edit, enrol, first, make_county, new_site

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def laptop(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dialogs")  # the folder is on screen: no snake_case test name in it
    county, lap = make_county(tmp), new_site(tmp, "lap")
    (tmp / "stick").mkdir()
    enrol(county, lap, [VILLAGES[0]], tmp / "stick")
    edit(lap, Household, first(lap, Household).id, phone="13800000000")
    yield lap, tmp
    county.db.close()
    lap.db.close()


def opened(qtbot, actions, key, kind):
    actions.actions[key].trigger()
    dialog = next(d for d in actions.dialogs if isinstance(d, kind) and d.isVisible())
    return keep(qtbot, dialog)


def test_export_and_backup_failures_are_plain(qtbot, laptop, lang):
    lap, tmp = laptop
    (tmp / "卡").write_bytes(b"")
    stick = tmp / "卡" / "U盘"  # a "stick" inside a file: nothing can be written there
    win = keep(qtbot, MainWindow(lap.path, db=lap.db, runner=run_inline))
    actions = install_sync_actions(win, lap.db, runner=run_inline, drives=lambda: [Drive(stick, "金士顿", 8 << 30)],
                                   daily_backup=False)

    export = opened(qtbot, actions, "export", ExportDialog)
    assert export.export_button.isEnabled()
    qtbot.mouseClick(export.export_button, LEFT)
    text = export.result_label.text()
    assert "可以安全拔出" not in text and "Safe to remove" not in text and "失败" in text or "failed" in text, text
    if lang == "zh_CN":
        assert text.startswith("导出失败：写入失败") and "（磁盘或文件系统出错）" in text, text
        assert not re.findall(r"[A-Za-z]{3,}", text.replace(str(tmp), "")), text  # it said "(write failed: [Errno 20] …)"
    assert "Errno" not in text, text
    assert_plain(export, "同步 › 导出同步包", codes=lang == "zh_CN")

    backup = opened(qtbot, actions, "backup", BackupDialog)
    assert backup.backup_button.isEnabled()
    qtbot.mouseClick(backup.backup_button, LEFT)
    text = backup.result_label.text()
    assert "可以安全拔出" not in text and "Safe to remove" not in text and "失败" in text or "failed" in text, text
    if lang == "zh_CN":
        assert text.startswith("备份失败") and not re.findall(r"[A-Za-z]{3,}", text.replace(str(tmp), "")), text
    assert "Errno" not in text, text
    assert_plain(backup, "同步 › 备份到U盘", codes=lang == "zh_CN")


def test_the_county_export_shows_a_fingerprint_only_to_compare(qtbot, tmp_path_factory, lang):
    """导出同步包 at the county names the laptops by name; a fingerprint appears only where the clerk is asked
    to compare it in person (a laptop's first package, which the cadre's screen checks against it)."""
    from tests.unit.sync.helpers import ship

    tmp = tmp_path_factory.mktemp("county")
    county, lap = make_county(tmp), new_site(tmp, "lap")
    try:
        (tmp / "stick").mkdir()
        (tmp / "U盘").mkdir()
        enrol(county, lap, [VILLAGES[0]], tmp / "stick")
        win = keep(qtbot, MainWindow(county.path, db=county.db, runner=run_inline))
        actions = install_sync_actions(win, county.db, runner=run_inline, daily_backup=False,
                                       drives=lambda: [Drive(tmp / "U盘", "金士顿", 8 << 30)])

        def export_by_clicks() -> str:
            dialog = opened(qtbot, actions, "export", ExportDialog)
            texts = [dialog.receiver.itemText(i) for i in range(dialog.receiver.count())]
            assert any(t.startswith("第1村1号电脑") for t in texts), texts
            assert not any(lap.keys.fingerprint in t for t in texts), texts  # it said （村 …，指纹 ABCD-…）
            qtbot.mouseClick(dialog.export_button, LEFT)
            text = dialog.result_label.text()
            assert_plain(dialog, "同步 › 导出同步包", codes=lang == "zh_CN")
            dialog.close()
            return text

        first_package = export_by_clicks()  # the laptop has not reported yet: its package is complete
        assert county.keys.fingerprint in first_package and lap.keys.fingerprint not in first_package
        if lang == "zh_CN":
            assert "当面核对" in first_package, first_package
        edit(lap, Household, first(lap, Household).id, phone="13800000001")
        ship(lap, county, tmp / "stick")
        later = export_by_clicks()
        assert county.keys.fingerprint not in later and lap.keys.fingerprint not in later, later
        assert "可以安全拔出" in later or "safe to remove" in later.lower(), later
    finally:
        county.db.close()
        lap.db.close()


def test_a_join_request_that_cannot_be_written_says_why_plainly(qtbot, tmp_path_factory, lang, monkeypatch):
    """同步 › 密钥与加入, 生成加入申请 onto a place that takes no file: the reason in the interface language."""
    from fupin_desktop.gui import file_dialogs

    tmp = tmp_path_factory.mktemp("keys")
    lap = new_site(tmp, "lap")
    try:
        (tmp / "卡").write_bytes(b"")
        win = keep(qtbot, MainWindow(lap.path, db=lap.db, runner=run_inline))
        actions = install_sync_actions(win, lap.db, runner=run_inline, drives=lambda: [], daily_backup=False)
        actions.actions["keys"].trigger()
        page = actions.views["keys"]
        monkeypatch.setattr(file_dialogs, "ask_existing_directory", staticmethod(lambda *a, **k: str(tmp / "卡" / "U盘")))
        qtbot.mouseClick(page.request_button, LEFT)
        text = page.message.text()
        assert "Errno" not in text and not list(tmp.rglob("fupin-join-*.json")), text
        if lang == "zh_CN":
            assert text.startswith("未能生成加入申请：") and "（磁盘或文件系统出错）" in text, text
            assert not re.findall(r"[A-Za-z]{3,}", text.replace(str(tmp), "")), text
        assert_plain(page, "同步 › 密钥与加入", codes=lang == "zh_CN")
    finally:
        lap.db.close()
