"""同步 by clicks, in plain names: 从备份恢复 says which computer made the backup and when (never its hex
device id), and 导入同步包 refuses another laptop's package naming both laptops (never their ids or keys)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMessageBox, Qt
from fupin_desktop.gui.sync import install_sync_actions
from fupin_desktop.gui.sync.backup_dialogs import BackupDialog, RestoreDialog
from fupin_desktop.gui.sync.common import Drive
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.sync import backups
from fupin_desktop.sync.exporter import export_package, targets_from_county
from fupin_desktop.sync.importer import import_package
from fupin_desktop.sync.keys import make_join_request, read_join_request
from tests.gui.register_support import keep
from tests.gui.screen_text import assert_plain
from tests.unit.sync.helpers import VILLAGES, make_county, new_site

LEFT = Qt.MouseButton.LeftButton


def join(county, laptop, village: str, label: str, stick) -> None:
    request = read_join_request(make_join_request(laptop.keys, laptop.db.device_id, "王德福", "村委", ""))
    [target] = targets_from_county(county.db, [village], join_request=request, laptop_label=label)
    import_package(laptop.db, export_package(county.db, stick, target).path)


@pytest.fixture
def offices(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("sync")  # the test's own folder name is snake_case: no key on screen
    county = make_county(tmp_path)
    one, two = new_site(tmp_path, "one"), new_site(tmp_path, "two")
    (tmp_path / "stick").mkdir()
    join(county, one, VILLAGES[0], "甲村1号", tmp_path / "stick")
    join(county, two, VILLAGES[1], "乙村1号", tmp_path / "stick")
    yield county, one, two, tmp_path
    for site in (county, one, two):
        site.db.close()


def window_with_sync(qtbot, site, drives):
    win = keep(qtbot, MainWindow(site.path, db=site.db, runner=run_inline))
    actions = install_sync_actions(win, site.db, runner=run_inline, drives=drives, daily_backup=False)
    return win, actions


def back_up_by_clicks(qtbot, site, usb) -> None:
    dialog = keep(qtbot, BackupDialog(site.db, runner=run_inline, drives=lambda: [Drive(usb, "金士顿", 8 << 30)]))
    dialog.show()
    qtbot.mouseClick(dialog.backup_button, LEFT)
    assert "可以安全拔出" in dialog.result_label.text()


def inspect_by_clicks(qtbot, actions, backup, monkeypatch) -> RestoreDialog:
    """同步 › 从备份恢复, 选择备份文件… (the file dialog answered with ``backup``), 查看内容."""
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (str(backup), "")))
    actions.actions["restore"].trigger()
    dialog = next(d for d in actions.dialogs if isinstance(d, RestoreDialog) and d.isVisible())
    qtbot.addWidget(dialog)
    browse = next(b for b in dialog.findChildren(type(dialog.inspect_button)) if b.text() == "选择备份文件…")
    qtbot.mouseClick(browse, LEFT)
    qtbot.mouseClick(dialog.inspect_button, LEFT)
    assert "农户" in dialog.details.text(), dialog.details.text()
    return dialog


def test_restore_names_the_laptop_and_the_date_not_the_device_id(qtbot, offices, monkeypatch):
    county, one, two, tmp = offices
    usb = tmp / "usb"
    usb.mkdir()
    back_up_by_clicks(qtbot, one, usb)
    [backup] = usb.glob("*.fbak")
    _win, actions = window_with_sync(qtbot, one, lambda: [])
    dialog = inspect_by_clicks(qtbot, actions, backup, monkeypatch)
    text = dialog.details.text()
    assert one.db.device_id not in text  # it said 设备：<16 hex digits>
    assert "备份的电脑：甲村1号（本机）" in text
    assert "年" in text and "月" in text and "T" not in text.split("\n")[0]
    assert_plain(dialog, "同步 › 从备份恢复")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.restore_button, LEFT)  # asked, and answered No: nothing restored
    assert dialog.result is None


def test_an_unnamed_backup_is_named_by_what_this_office_knows(qtbot, offices, monkeypatch):
    """A backup from before backups carried a name: the county knows the laptop's id from its enrolment."""
    county, one, two, tmp = offices
    usb = tmp / "usb"
    usb.mkdir()
    monkeypatch.setattr(backups, "_computer_name", lambda db: "")  # written as older versions did
    back_up_by_clicks(qtbot, one, usb)
    [backup] = usb.glob("*.fbak")
    monkeypatch.undo()
    _win, actions = window_with_sync(qtbot, county, lambda: [])  # sealed to the county key too
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (str(backup), "")))
    actions.actions["restore"].trigger()
    dialog = next(d for d in actions.dialogs if isinstance(d, RestoreDialog) and d.isVisible())
    qtbot.addWidget(dialog)
    browse = next(b for b in dialog.findChildren(type(dialog.inspect_button)) if b.text() == "选择备份文件…")
    qtbot.mouseClick(browse, LEFT)
    qtbot.mouseClick(dialog.inspect_button, LEFT)
    text = dialog.details.text()
    assert "备份的电脑：甲村1号" in text and "本机" not in text.split("\n")[1], text
    assert_plain(dialog, "同步 › 从备份恢复")


def test_another_laptops_package_is_refused_in_names(qtbot, offices):
    county, one, two, tmp = offices
    mixed = tmp / "mixed"
    mixed.mkdir()
    [again] = targets_from_county(county.db, to=one.db.device_id)
    [to_two] = targets_from_county(county.db, to=two.db.device_id)
    # Addressed to 甲村1号, sealed to 乙村1号's key (a key mixed up at the county): 乙村1号 opens it and
    # the address check refuses it; that message carried both device ids.
    export_package(county.db, mixed, replace(again, recipients=to_two.recipients))
    _win, actions = window_with_sync(qtbot, two, lambda: [Drive(mixed, "金士顿", 8 << 30)])
    actions.actions["import"].trigger()
    dialog = next(d for d in actions.dialogs if isinstance(d, ImportDialog) and d.isVisible())
    qtbot.addWidget(dialog)
    item = dialog.found.item(0)
    qtbot.mouseClick(dialog.found.viewport(), LEFT, pos=dialog.found.visualItemRect(item).center())
    qtbot.mouseClick(dialog.preview_button, LEFT)
    text = dialog.summary.text()
    assert "未导入" in text and "甲村1号" in text and "乙村1号" in text, text
    for secret in (one.db.device_id, two.db.device_id, one.keys.fingerprint, two.keys.fingerprint):
        assert secret not in text, text
    assert_plain(dialog, "同步 › 导入同步包")  # Chinese only: no English gist after it (error_text)
