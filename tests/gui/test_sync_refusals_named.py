"""Sync refusals and questions name things as a person knows them, by clicks, in both languages: a full disk
by its cause (not the system's English words), what to do in the window (not a command-line flag), villages
by name (not 12-digit codes), a laptop by its name and villages (not its fingerprint), a receipt by its folder
and date. The technical words stay in the error's detail, for the log and the command line."""

from __future__ import annotations

import errno
import re

import pytest

from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import Qt
from fupin_desktop.gui.sync.export_dialog import ExportDialog
from fupin_desktop.store.models import Household, Village
from fupin_desktop.sync import exporter
from tests.gui.register_support import keep
from tests.gui.screen_text import assert_plain
from tests.unit.sync.helpers import VILLAGES, edit, enrol, first, make_county, new_site

LEFT = Qt.MouseButton.LeftButton
V1, V2 = VILLAGES


@pytest.fixture
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("named")  # no snake_case folder name on screen
    county, lap = make_county(tmp), new_site(tmp, "lap")
    stick = tmp / "stick"
    stick.mkdir()
    enrol(county, lap, [V1], stick)
    edit(lap, Household, first(lap, Household, village_id=first(lap, Village, code=V1).id).id, phone="13800000000")
    yield county, lap, stick, tmp
    county.db.close()
    lap.db.close()


def english_left(text: str, tmp) -> list[str]:
    text = text.replace(str(tmp), "")
    return re.findall(r"[A-Za-z]{3,}", text)


def export_by_clicks(qtbot, site, folder, monkeypatch) -> ExportDialog:
    """导出同步包: 其他文件夹… (answered with ``folder``), 导出."""
    dialog = keep(qtbot, ExportDialog(site.db, runner=run_inline, drives=lambda: []))
    dialog.show()
    monkeypatch.setattr("fupin_desktop.gui.sync.common.get_existing_directory", lambda *a, **k: str(folder))
    qtbot.mouseClick(dialog.place.browse_button, LEFT)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, LEFT)
    return dialog


def test_a_full_disk_while_exporting_is_named_by_its_cause(qtbot, world, lang, monkeypatch):
    county, lap, stick, tmp = world

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporter.tempfile, "SpooledTemporaryFile", full)
    dialog = export_by_clicks(qtbot, lap, stick, monkeypatch)
    shown = dialog.result_label.text()
    assert "磁盘已满" in shown, shown
    assert "No space" not in shown and "Errno" not in shown, shown
    if lang == "zh_CN":
        assert not english_left(shown, tmp), shown
    else:
        assert "disk is full" in shown, shown
    assert_plain(dialog, "导出同步包", codes=lang != "en")


def test_the_revoke_question_names_the_laptop_and_its_villages(qtbot, world, lang, monkeypatch):
    """密钥与加入 at the county: click the laptop's row, 吊销选中电脑的密钥…: the question names the laptop and
    its villages, no fingerprint; answering 否 revokes nothing."""
    from fupin_desktop.gui.qt import QMessageBox
    from fupin_desktop.gui.sync.keys_page import KeysWidget
    from fupin_desktop.services.sync import facade as sync_service
    from tests.gui.register_support import Answers
    from tests.gui.screen_text import offending

    county, lap, stick, tmp = world
    page = keep(qtbot, KeysWidget(county.db, runner=run_inline))
    page.show()
    laptop = page.laptops.row_at(0)
    rect = page.table.visualRect(page.laptops.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.revoke_button, LEFT)
    [asked] = answers.asked
    name = sync_service.list_villages(county.db)[0].name
    assert laptop.label in asked and name in asked, asked
    assert laptop.fingerprint not in asked and laptop.fingerprint[:4] not in asked and V1 not in asked, asked
    assert not offending(asked, codes=lang != "en"), asked
    assert not page.laptops.row_at(0).revoked


def test_a_package_outside_the_laptops_villages_names_them(qtbot, world, lang, monkeypatch):
    """导入同步包 at the county of a laptop package that adds a household in a village not assigned to it:
    the refusal names the laptop's villages by name, no 12-digit code (the codes are in the detail)."""
    from fupin_desktop.gui import file_dialogs
    from fupin_desktop.gui.qt import QPushButton
    from fupin_desktop.gui.sync.import_dialog import ImportDialog
    from tests.unit.sync.helpers import export_to

    county, lap, stick, tmp = world
    v2 = first(lap, Village, code=V2)
    with lap.db.transaction() as s:
        s.add(Household(village_id=v2.id, head_name="越权新增"))
    path = export_to(lap, county, stick / "scope.fpkg").path
    dialog = keep(qtbot, ImportDialog(county.db, runner=run_inline, drives=lambda: []))
    dialog.show()
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (str(path), "")))
    [browse] = [b for b in dialog.findChildren(QPushButton) if b.text().endswith("…")]
    qtbot.mouseClick(browse, LEFT)
    qtbot.mouseClick(dialog.preview_button, LEFT)
    shown = dialog.summary.text()
    v1_name = first(county, Village, code=V1).name
    assert f"（{v1_name}）以外" in shown, shown
    assert not re.search(r"\d{12}", shown), shown
    assert_plain(dialog, "导入同步包", codes=lang != "en")


def test_the_county_receipt_is_named_by_laptop_and_date(qtbot, world, lang, monkeypatch):
    """导入同步包 at the county (预览, 导入, 回执 ticked): the receipt's file on the stick is named by the laptop
    and the date, not by 6 hex digits of the package id; a receipt named the old way is still read by
    同步 › 查看县里的回执."""
    from fupin_desktop.gui import file_dialogs
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.qt import QMessageBox
    from fupin_desktop.gui.sync import install_sync_actions
    from fupin_desktop.gui.sync.import_dialog import ImportDialog
    from tests.unit.sync.helpers import export_to

    county, lap, stick, tmp = world
    result = export_to(lap, county, stick / "up.fpkg")
    dialog = keep(qtbot, ImportDialog(county.db, runner=run_inline, drives=lambda: [], path=result.path))
    dialog.show()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.mouseClick(dialog.import_button, LEFT)
    [receipt] = stick.glob("fupin-receipt-*.json")
    line = next(t for t in dialog.summary.text().splitlines() if "fupin-receipt" in t)
    assert result.package_id[:6] not in line and not re.search(r"[0-9a-f]{6}\.json", line), line
    assert "第1村1号电脑" in receipt.name and re.search(r"-\d{8}-\d{4}\.json$", receipt.name), receipt.name
    assert_plain(dialog, "导入同步包", codes=lang != "en")
    old = receipt.rename(stick / f"fupin-receipt-{result.package_id[:6]}.json")  # named the old way
    win = keep(qtbot, MainWindow(lap.path, db=lap.db, runner=run_inline))
    actions = install_sync_actions(win, lap.db, runner=run_inline, drives=lambda: [], daily_backup=False)
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (str(old), "")))
    actions.actions["receipt"].trigger()
    [box] = [d for d in actions.dialogs if isinstance(d, QMessageBox) and d.isVisible()]
    qtbot.addWidget(box)
    assert "导出的第" in box.text() or "package" in box.text().lower(), box.text()


def test_export_to_a_laptop_revoked_meanwhile_says_what_to_do_in_the_window(qtbot, world, lang, monkeypatch):
    """导出同步包 at the county with a laptop chosen as 接收方, revoked before 导出 is clicked: the refusal says
    what to do in the window (接收方, 新电脑…), no command-line flag; the flag stays in the detail."""
    from fupin_desktop.sync.trust import revoke, trusted_keys

    county, lap, stick, tmp = world
    dialog = keep(qtbot, ExportDialog(county.db, runner=run_inline, drives=lambda: []))
    dialog.show()
    assert dialog.receiver.currentData() == lap.db.device_id
    [key] = [k for k in trusted_keys(county.db) if k.role == "laptop"]
    revoke(county.db, key.fingerprint)  # meanwhile, on the keys page
    from fupin_desktop.gui.error_text import error_text

    failures = []  # the error itself, to see its detail
    monkeypatch.setattr("fupin_desktop.gui.sync.export_dialog.error_text",
                        lambda exc: failures.append(exc) or error_text(exc))
    monkeypatch.setattr("fupin_desktop.gui.sync.common.get_existing_directory", lambda *a, **k: str(stick))
    qtbot.mouseClick(dialog.place.browse_button, LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    shown = dialog.result_label.text()
    assert "--" not in shown and "fupin" not in shown, shown
    assert "接收方" in shown or "Receiver" in shown, shown
    assert "--for" in failures[0].detail  # the command line's way, for the log and `fupin export`
    if lang == "zh_CN":
        assert not english_left(shown, tmp), shown
    assert_plain(dialog, "导出同步包", codes=lang != "en")
