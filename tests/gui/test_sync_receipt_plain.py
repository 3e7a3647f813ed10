"""同步 › 查看县里的回执 by clicks: the message names the package as the cadre knows it (this laptop's name,
the date it was made, the villages, which of its packages it was) and what the county did with it; never
the package's hex id. Checked in both interface languages with screen_text.assert_plain."""

from __future__ import annotations

import re

import pytest

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMessageBox, Qt
from fupin_desktop.gui.sync import install_sync_actions
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.store.models import Household
from tests.gui.register_support import keep
from tests.gui.screen_text import assert_plain
from tests.unit.sync.helpers import VILLAGES, edit, enrol, export_to, first, make_county, new_site

LEFT = Qt.MouseButton.LeftButton
# A sync date as people write it, per interface language: 2026年12月4日 21:26 and 4 Dec 2026 21:26; never
# the ISO form with seconds, and in English never the Chinese order (2026/12/4 21:26 it was).
WHEN = {"zh_CN": r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d(?!:)", "en": r"\b\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d(?!:)"}
CHINESE_ORDER = r"\d{4}/\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d|\d年"


def assert_when(text: str, lang: str) -> None:
    assert re.search(WHEN[lang], text), text
    if lang == "en":
        assert not re.search(CHINESE_ORDER, text), text


@pytest.fixture
def offices(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("receipt")  # the test's own folder name is snake_case: no key on screen
    county, lap = make_county(tmp), new_site(tmp, "lap")
    (tmp / "stick").mkdir()
    enrol(county, lap, [VILLAGES[0]], tmp / "stick")
    yield county, lap, tmp
    county.db.close()
    lap.db.close()


def county_imports_by_clicks(qtbot, county, package, lang: str = "zh_CN") -> None:
    """The county clerk previews and imports the laptop's package, 回执 ticked (the default)."""
    dialog = keep(qtbot, ImportDialog(county.db, runner=run_inline, drives=lambda: [], path=package))
    dialog.show()
    assert dialog.write_receipt.isChecked()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert list(package.parent.glob("fupin-receipt-*.json")), dialog.summary.text()
    assert_when(dialog.summary.text(), lang)  # when the package was made (it said 2026-12-04 21:26:24)


def open_receipt_by_menu(qtbot, lap, receipt, monkeypatch) -> QMessageBox:
    win = keep(qtbot, MainWindow(lap.path, db=lap.db, runner=run_inline))
    actions = install_sync_actions(win, lap.db, runner=run_inline, drives=lambda: [], daily_backup=False)
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (str(receipt), "")))
    actions.actions["receipt"].trigger()
    [box] = [d for d in actions.dialogs if isinstance(d, QMessageBox) and d.isVisible()]
    qtbot.addWidget(box)
    return box


def test_receipt_names_the_package_as_the_cadre_knows_it(qtbot, offices, monkeypatch, lang):
    county, lap, tmp = offices
    usb = tmp / "usb"
    usb.mkdir()
    edit(lap, Household, first(lap, Household).id, phone="13800000001")
    export_to(lap, county, tmp / "stick")  # the laptop's first package (this stick got lost)
    edit(lap, Household, first(lap, Household).id, phone="13800000002")
    second = export_to(lap, county, usb)
    county_imports_by_clicks(qtbot, county, second.path, lang)
    [receipt] = usb.glob("fupin-receipt-*.json")

    box = open_receipt_by_menu(qtbot, lap, receipt, monkeypatch)
    text = box.text()
    assert second.package_id[:6] not in text and not re.search(r"[0-9a-f]{6,}", text), text  # it said 同步包 <12 hex>
    if lang == "zh_CN":
        assert "第 2 个同步包" in text, text  # the second this laptop made; the first never arrived
        assert "第1村" in text and "第1村1号电脑" in text, text  # the villages, this laptop's name
        assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d 导出", text), text
        assert "县里（固始县扶贫办）已于" in text and "修改 1" in text, text
    assert_when(text, lang)  # when the county imported it and when this laptop made it
    assert_plain(box, "同步 › 查看县里的回执", codes=lang == "zh_CN")


def test_a_receipt_for_a_package_this_laptop_did_not_send_says_so(qtbot, offices, monkeypatch):
    county, lap, tmp = offices
    usb = tmp / "usb"
    usb.mkdir()
    edit(lap, Household, first(lap, Household).id, phone="13800000003")
    package = export_to(lap, county, usb)
    county_imports_by_clicks(qtbot, county, package.path)
    [receipt] = usb.glob("fupin-receipt-*.json")
    with lap.db.engine.begin() as conn:  # as after restoring a backup made before that export
        conn.exec_driver_sql("DELETE FROM package_log WHERE direction = 'exported'")
    text = open_receipt_by_menu(qtbot, lap, receipt, monkeypatch).text()
    assert "不在本机发送记录中" in text and package.package_id[:6] not in text, text
