"""Sync GUI: enrolment through the export and import dialogs, dry-run preview, refusal, cancel,
conflict review, duplicates, history, keys page, backup and restore, the 同步 menu hook."""

from __future__ import annotations

from datetime import date

import pytest

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMessageBox, Qt
from fupin_desktop.gui.sync import install_sync_actions
from fupin_desktop.gui.sync.backup_dialogs import BackupDialog, RestoreDialog
from fupin_desktop.gui.sync.common import Drive, removable_drives
from fupin_desktop.gui.sync.export_dialog import NEW_LAPTOP, ExportDialog
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.gui.sync.keys_page import KeysWidget
from fupin_desktop.gui.sync.review_views import ConflictReviewWidget, DuplicatesWidget, PackageHistoryWidget
from fupin_desktop.store.models import Household, Member
from tests.gui.register_support import Answers, type_text
from tests.gui.visible_text import program_text
from tests.unit.sync.helpers import VILLAGES, edit, enrol, first, make_county, new_site, ship

V1 = VILLAGES[0]
NO_DRIVES = lambda: []  # noqa: E731


@pytest.fixture
def offices(tmp_path):
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    yield county, lap, tmp_path
    county.db.close()
    lap.db.close()


@pytest.fixture
def enrolled(offices):
    county, lap, tmp = offices
    (tmp / "stick").mkdir()
    enrol(county, lap, [V1], tmp / "stick")
    return offices


def test_enrolment_through_the_dialogs(qtbot, offices):
    county, lap, tmp = offices
    keys = KeysWidget(lap.db, runner=run_inline)
    qtbot.addWidget(keys)
    assert keys.fingerprint.text() == lap.keys.fingerprint
    assert keys.request_button.isVisibleTo(keys) and "尚未加入县级" in keys.status.text()
    keys.write_request(tmp)
    [request] = list(tmp.glob("fupin-join-*.json"))
    assert lap.keys.fingerprint in keys.message.text()

    export = ExportDialog(county.db, runner=run_inline, drives=NO_DRIVES)
    qtbot.addWidget(export)
    export.receiver.setCurrentIndex(export.receiver.findData(NEW_LAPTOP))
    assert not export.export_button.isEnabled()
    export.choose_request(str(request))
    assert lap.keys.fingerprint in export.receiver_note.text()  # to compare in person
    for i in range(export.villages.count()):
        item = export.villages.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == V1:
            item.setCheckState(Qt.CheckState.Checked)
    # The clerk names the laptop (a suggestion from the village is offered); no person's name.
    assert export.laptop_label.isVisibleTo(export) and export.laptop_label.text() == "第1村1号电脑"
    export.laptop_label.clear()
    type_text(qtbot, export.laptop_label, "甲村1号")
    (tmp / "usb").mkdir()
    export.place.set_path(tmp / "usb")
    assert export.export_button.isEnabled()
    with qtbot.waitSignal(export.exported):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert "已校验，可以安全拔出" in export.result_label.text()
    [package] = list((tmp / "usb").glob("*.fpkg"))
    assert "甲村1号" in package.name and "第1村" in package.name

    dialog = ImportDialog(lap.db, runner=run_inline, drives=lambda: [Drive(tmp / "usb", "USB", 1 << 30)])
    qtbot.addWidget(dialog)
    assert dialog.found.count() == 1
    dialog.found.setCurrentRow(0)
    assert dialog.path() == package and not dialog.import_button.isEnabled()
    dialog.preview_button.click()
    assert "预览" in dialog.summary.text() and dialog.model.rowCount() >= 3
    assert dialog.fingerprint.isVisibleTo(dialog) and county.keys.fingerprint in dialog.fingerprint.text()
    assert first(lap, Household) is None  # the preview changed nothing
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert "已导入" in dialog.summary.text() and "自动备份" in dialog.summary.text()
    assert first(lap, Household) is not None
    assert not dialog.import_button.isEnabled() and not dialog.preview_button.isEnabled()

    again = ImportDialog(lap.db, runner=run_inline, drives=NO_DRIVES, path=package)
    qtbot.addWidget(again)
    again.preview_button.click()
    assert "导入过" in again.summary.text() and not again.import_button.isEnabled()
    keys.refresh()
    assert "已加入县级" in keys.status.text() and keys.init_button.isHidden()


def test_refused_package_says_why_and_changes_nothing(qtbot, enrolled):
    county, lap, tmp = enrolled
    (tmp / "bad.fpkg").write_bytes(b"FPKG/1 {\"kind\":")
    dialog = ImportDialog(lap.db, runner=run_inline, drives=NO_DRIVES, path=tmp / "bad.fpkg")
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    assert "未导入，数据未改动" in dialog.summary.text() and "不完整" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_during_export(qtbot, enrolled):
    county, lap, tmp = enrolled

    def cancelling_runner(work, on_done=None, on_error=None, on_progress=None):
        try:
            on_done(work(lambda done, total: False, lambda: True))
        except Exception as exc:
            on_error(exc)

    edit(lap, Household, first(lap, Household).id, phone="1")
    dialog = ExportDialog(lap.db, runner=cancelling_runner, drives=NO_DRIVES)
    qtbot.addWidget(dialog)
    dialog.place.set_path(tmp)
    dialog.export_button.click()
    assert "已取消" in dialog.result_label.text()
    assert not list(tmp.glob("*.fpkg*"))


def test_conflict_review(qtbot, enrolled, monkeypatch):
    county, lap, tmp = enrolled
    h = first(lap, Household)
    edit(lap, Household, h.id, phone="111")
    edit(county, Household, h.id, phone="222")
    ship(lap, county, tmp / "stick")
    view = ConflictReviewWidget(county.db, runner=run_inline)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 1 and "1 条" in view.summary.text()
    assert not view.keep_loser.isEnabled()
    view.select_row(0)
    assert view.keep_loser.isEnabled()
    conflict = view.selected()
    # Both values as a person reads them, each laptop by its name, never a hex device id.
    assert "111" in view.detail.text() and "222" in view.detail.text()
    assert lap.db.device_id not in view.detail.text() and county.db.device_id not in view.detail.text()

    # Deciding asks first and says what travels back where; "No" changes nothing.
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.keep_loser, Qt.MouseButton.LeftButton)
    [asked] = answers.asked
    assert f"“{conflict.loser.display}”" in asked and "联系电话" in asked
    assert "随下一个同步包发回" in asked and "第1村1号电脑（第1村）" in asked
    assert view.model.rowCount() == 1 and first(county, Household, id=h.id).phone == "222"

    answers.question_answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(view.resolved):
        qtbot.mouseClick(view.keep_loser, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0 and "0 条" in view.summary.text()
    assert first(county, Household, id=h.id).phone == conflict.loser.value
    view.show_resolved.setChecked(True)
    assert view.model.rowCount() == 1 and not view.new_value.isEnabled()
    view.select_row(0)
    assert "改用另一方的值：111" in view.detail.text()
    assert program_text(view) == []


def test_duplicates_and_history(qtbot, enrolled):
    county, lap, tmp = enrolled
    existing = first(lap, Member)
    with lap.db.transaction() as s:
        s.add(Member(household_id=existing.household_id, name="又一条", id_number=existing.id_number))
        s.add(Member(household_id=existing.household_id, name="无关", id_number=make_id("411525", date(2000, 1, 1), 77)))
    ship(lap, county, tmp / "stick")
    dup = DuplicatesWidget(county.db)
    qtbot.addWidget(dup)
    assert dup.tree.topLevelItemCount() == 1 and dup.tree.topLevelItem(0).childCount() == 2
    assert "*" in dup.tree.topLevelItem(0).text(0)
    with qtbot.waitSignal(dup.household_activated) as signal:
        dup._activated(dup.tree.topLevelItem(0).child(0), 0)
    assert signal.args == [existing.household_id]
    history = PackageHistoryWidget(county.db)
    qtbot.addWidget(history)
    directions = {history.model.row_at(r).direction for r in range(history.model.rowCount())}
    assert directions == {"exported", "imported"}


def test_keys_page_at_the_county_revokes(qtbot, enrolled):
    county, lap, tmp = enrolled
    page = KeysWidget(county.db, runner=run_inline)
    qtbot.addWidget(page)
    assert "本机是县级" in page.status.text() and page.laptops.rowCount() == 1
    assert page.request_button.isHidden() and page.init_button.isHidden()
    page.table.selectRow(0)
    page.revoke_selected(confirm=False)
    assert page.laptops.row_at(0).revoked


def test_init_county_from_the_keys_page(qtbot, tmp_path):
    site = new_site(tmp_path, "newcounty")
    page = KeysWidget(site.db, runner=run_inline)
    qtbot.addWidget(page)
    page.init_county(folder=tmp_path / "escrow", confirm=False)
    assert (tmp_path / "escrow" / "escrow-identity.txt").exists()
    assert "本机是县级" in page.status.text() and "托管密钥指纹" in page.message.text()
    site.db.close()


def test_backup_then_restore(qtbot, enrolled):
    county, lap, tmp = enrolled
    usb = tmp / "usb"
    usb.mkdir()
    dialog = BackupDialog(lap.db, runner=run_inline, drives=lambda: [Drive(usb, "金士顿", 8 << 30)])
    qtbot.addWidget(dialog)
    assert dialog.place.path() == usb and "金士顿" in dialog.place.combo.currentText()
    assert not dialog.use_passphrase.isChecked()  # enrolled: the county and escrow keys can open it
    dialog.backup_button.click()
    assert "可以安全拔出" in dialog.result_label.text()
    [backup] = list(usb.glob("*.fbak"))

    h = first(lap, Household)
    edit(lap, Household, h.id, note="备份之后")
    old_device = lap.db.device_id
    restore = RestoreDialog(lap.db, runner=run_inline, path=backup)
    qtbot.addWidget(restore)
    assert not restore.restore_button.isEnabled()
    restore.inspect_button.click()
    assert "农户 3" in restore.details.text()
    with qtbot.waitSignal(restore.restored):
        restore.restore(confirm=False)
    assert "已恢复" in restore.details.text()
    assert first(lap, Household, id=h.id).note == ""
    assert lap.db.device_id != old_device


def test_passphrase_rules_in_the_backup_dialog(qtbot, offices):
    county, lap, tmp = offices
    dialog = BackupDialog(lap.db, runner=run_inline, drives=NO_DRIVES)
    qtbot.addWidget(dialog)
    dialog.place.set_path(tmp)
    assert dialog.use_passphrase.isChecked() and not dialog.use_passphrase.isEnabled()
    assert not dialog.backup_button.isEnabled()
    dialog.passphrase.setText("短")
    assert "至少" in dialog.result_label.text() and not dialog.backup_button.isEnabled()
    dialog.passphrase.setText("一个足够长的口令")
    dialog.again.setText("不一样的口令口令")
    assert "不一致" in dialog.result_label.text() and not dialog.backup_button.isEnabled()
    dialog.again.setText("一个足够长的口令")
    assert dialog.backup_button.isEnabled()


def test_sync_menu_on_the_main_window(qtbot, enrolled):
    from fupin_desktop.gui.main_window import MainWindow

    county, lap, tmp = enrolled
    win = MainWindow(county.path, db=county.db)
    qtbot.addWidget(win)
    actions = install_sync_actions(win, county.db, runner=run_inline, drives=NO_DRIVES, daily_backup=False)
    assert "同步(&S)" in [a.text() for a in win.menuBar().actions()]
    assert set(actions.actions) >= {"export", "import", "conflicts", "duplicates", "history", "backup",
                                    "restore", "keys"}
    view = actions.open_view("history")
    assert actions.open_view("history") is view
    # The county's menu has no village-side actions; the laptop's has them.
    visible = [a.text() for a in actions.menu.actions() if a.isVisible() and a.text()]
    assert "查看县里的回执(&T)…" not in visible and "导出同步包(&E)…" in visible
    lap_win = MainWindow(lap.path, db=lap.db)
    qtbot.addWidget(lap_win)
    lap_actions = install_sync_actions(lap_win, lap.db, runner=run_inline, drives=NO_DRIVES, daily_backup=False)
    assert lap_actions.actions["receipt"].isVisible()
    dialog = actions.export_package()
    assert dialog.isVisible()
    dialog.close()
    actions.update_titles()
    assert actions.actions["conflicts"].text() == "冲突处理(&C)"


def test_daily_backup_runs_at_install(qtbot, enrolled):
    from fupin_desktop.gui.main_window import MainWindow

    county, lap, tmp = enrolled
    win = MainWindow(lap.path, db=lap.db)
    qtbot.addWidget(win)
    install_sync_actions(win, lap.db, runner=run_inline, drives=NO_DRIVES)
    assert list((lap.path.parent / "backups").glob("lap-daily-*.db"))


def test_removable_drives_never_lists_the_system_root():
    assert all(str(d.path) != "/" for d in removable_drives())


def test_county_import_writes_a_receipt_the_laptop_can_read(qtbot, enrolled):
    from fupin_desktop.gui.main_window import MainWindow
    from tests.unit.sync.helpers import export_to

    county, lap, tmp = enrolled
    edit(lap, Household, first(lap, Household).id, phone="5")
    (tmp / "usb").mkdir()
    pkg = export_to(lap, county, tmp / "usb")
    dialog = ImportDialog(county.db, runner=run_inline, drives=NO_DRIVES, path=pkg.path)
    qtbot.addWidget(dialog)
    assert dialog.write_receipt.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    # The preview names what changes: which household, which field, old → new.
    changes = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert any("联系电话" in t and t.endswith("→ 5") and "户主" in t for t in changes), changes
    dialog.import_button.click()
    assert "回执已写入" in dialog.summary.text()
    [receipt] = list((tmp / "usb").glob("fupin-receipt-*.json"))
    win = MainWindow(lap.path, db=lap.db)
    qtbot.addWidget(win)
    actions = install_sync_actions(win, lap.db, runner=run_inline, drives=NO_DRIVES, daily_backup=False)
    text = actions.show_receipt(receipt)
    assert "已于" in text and "修改 1" in text


def test_conflict_on_a_member_names_the_village(qtbot, enrolled):
    """At the county, "石富贵（户主 石富贵）" did not say which of the villages the person lives in."""
    county, lap, tmp = enrolled
    m = first(lap, Member)
    edit(lap, Member, m.id, phone="13811111111")
    edit(county, Member, m.id, phone="13922222222")
    ship(lap, county, tmp / "stick")
    view = ConflictReviewWidget(county.db, runner=run_inline)
    qtbot.addWidget(view)
    view.show()
    record = view.model.index(0, 0).data()
    assert record.startswith("第1村 ") and m.name in record, record
    cell = view.table.visualRect(view.table.model().index(0, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.detail.text().startswith("第1村 "), view.detail.text()
