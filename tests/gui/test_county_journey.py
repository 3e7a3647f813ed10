"""The county clerk's journey end to end, by events only (issue 12 §1).

A county database from the demo generator (a few hundred households at most, as `fupin demo` makes
one) opened by the app: 首次使用设置 as 县级 → 同步 › 密钥与加入:
初始化为县级 → a laptop's join request (written on the laptop, another machine: by its service) →
同步 › 导出同步包 to the new laptop → the laptop's package imported through 同步 › 导入同步包
(预览, then 导入) → 冲突处理 with a confirmation → the correction sent back (导出同步包 to that
laptop) → 县级 › 导入花名册: file, columns, values decided, preview, import → 目标与进度 with targets
set and drill-down → 贫困村退出评估 → 整改清单: new, assigned, closed → every Excel list → 操作记录.

Menus are triggered, buttons clicked, text typed; only the OS chooser (QFileDialog statics) and
message boxes (QMessageBox statics) are stood in for. Each view the journey opens is checked for
program keys and raw JSON on screen (tests/gui/screen_text.py). Each step is its own function, so a
failure names the step.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import pytest
from openpyxl import load_workbook
from shiboken6 import isValid
from sqlmodel import select

from fupin_desktop import paths
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui.county.dashboard import DashboardWidget
from fupin_desktop.gui.county.household_list import HouseholdListDialog
from fupin_desktop.gui.county.import_preview import ImportPreviewDialog
from fupin_desktop.gui.county.mapping_dialog import ColumnMappingDialog
from fupin_desktop.gui.county.rectification_dialog import RectificationDialog
from fupin_desktop.gui.county.targets_dialog import TargetsDialog
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import QApplication, QDialogButtonBox, QMessageBox, QPoint, Qt
from fupin_desktop.gui.sync.export_dialog import NEW_LAPTOP, ExportDialog
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.sync import facade as sync_service
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Area, Household, Member, Rectification, Village
from tests.gui.county_journey_support import (
    JOB_TIMEOUT_MS,
    LEFT,
    Desk,
    assert_came_and_closed,
    assert_cells_plain,
    choose,
    choose_data,
    click,
    click_cell,
    click_tab,
    modal,
    settle,
)
from tests.gui.dialog_support import close_button, open_windows
from tests.gui.register_support import type_text
from tests.gui.screen_text import assert_plain, screen_texts
from tests.unit.sync.helpers import Site, edit, export_to, new_site
from tests.unit.test_roster_shapes import COL, _workbook
from tests.unit.test_roster_values import office_households

HOUSEHOLDS = 120
CLERK = "王芳"
LAPTOP = "东村1号"


# --- the steps ------------------------------------------------------------------------------------

def first_start_as_county(desk: Desk, db_path: Path, journey) -> None:
    """A county database made by the demo generator (as `fupin demo` makes one), opened by the app:
    首次使用设置 asks the role; 县级 is clicked, the clerk's name typed; the journey runs in the window."""
    from fupin_desktop.gui import app as app_module
    from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog

    qtbot = desk.qtbot
    made = open_database(db_path)
    generate_demo(made, households=HOUSEHOLDS, seed=7)
    made.close()

    def fill(dialog: FirstStartDialog) -> None:
        ui = dialog.ui
        assert_plain(dialog, "首次使用设置")
        qtbot.mouseClick(ui.roleCountyRadio, LEFT, pos=QPoint(8, ui.roleCountyRadio.height() // 2))
        assert ui.roleCountyRadio.isChecked()
        type_text(qtbot, ui.nameEdit, CLERK)
        type_text(qtbot, ui.unitEdit, "县乡村振兴局")
        qtbot.mouseClick(ui.emptyRadio, LEFT, pos=QPoint(8, ui.emptyRadio.height() // 2))  # no more demo data
        click(qtbot, ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))

    handled = modal(qtbot, FirstStartDialog, fill)
    desk.monkeypatch.setattr(QApplication, "exec", journey)  # the window is up: the clerk takes over
    args = argparse.Namespace(db=str(db_path), screenshot=None, lang="zh_CN")
    assert app_module._open_and_show(QApplication.instance(), args, None) == 0
    assert_came_and_closed(handled, "首次使用设置")


def county_window(desk: Desk) -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(windows) == 1, windows
    desk.window = window = windows[0]
    desk.db = window.db
    desk.qtbot.waitUntil(lambda: window.county_actions is not None, timeout=JOB_TIMEOUT_MS)  # hooks come later
    desk.qtbot.waitUntil(lambda: window.register.list.model.rowCount() > 0, timeout=JOB_TIMEOUT_MS)
    settle(desk.qtbot)
    assert "角色：县级" in window.role_label.text(), window.role_label.text()
    desk.check(window, "主窗口")


def county_keys(desk: Desk) -> None:
    qtbot = desk.qtbot
    desk.trigger("sync_keys")
    keys = desk.current_tab()
    assert keys.objectName() == "syncKeys"
    desk.check(keys, "同步 › 密钥与加入（初始化前）")
    desk.next_folder = str(desk.escrow)
    click(qtbot, keys.init_button)
    assert desk.asked and "本机将成为县级" in desk.asked[-1]
    assert (desk.escrow / "escrow-identity.txt").exists()
    assert "本机是县级" in keys.status.text() and "托管密钥指纹" in keys.message.text()
    assert not keys.init_button.isVisible() and keys.laptop_box.isVisible()
    desk.check(keys, "同步 › 密钥与加入")
    desk.no_warnings("县级密钥")


def enrol_laptop(desk: Desk) -> Path:
    qtbot = desk.qtbot
    # On the village laptop (another machine): its join request onto the stick.
    desk.laptop = new_site(desk.root, "laptop")
    request = sync_service.write_join_request(desk.laptop.db, desk.stick, user_name="李明", unit="东村村委").path

    desk.trigger("sync_export")
    dialog = next(w for w in open_windows(exclude=[desk.window]) if isinstance(w, ExportDialog))
    choose_data(qtbot, dialog.receiver, NEW_LAPTOP)
    desk.next_open = str(request)
    click(qtbot, dialog.request_button)
    assert desk.laptop.keys.fingerprint in dialog.receiver_note.text()
    village_item = dialog.villages.item(0)
    village_code = village_item.data(Qt.ItemDataRole.UserRole)
    dialog.villages.setFocus()
    dialog.villages.setCurrentItem(village_item)
    qtbot.keyClick(dialog.villages.viewport(), Qt.Key.Key_Space)  # ticks the current village
    assert dialog.checked_villages() == [village_code]
    dialog.laptop_label.setFocus()
    qtbot.keyClick(dialog.laptop_label, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.laptop_label, Qt.Key.Key_Delete)
    type_text(qtbot, dialog.laptop_label, LAPTOP)
    desk.next_folder = str(desk.stick)
    click(qtbot, dialog.place.browse_button)
    desk.check(dialog, "同步 › 导出同步包（新电脑）")
    click(qtbot, dialog.export_button)
    assert "可以安全拔出" in dialog.result_label.text(), dialog.result_label.text()
    desk.check(dialog, "同步 › 导出同步包（已导出）")
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    [package] = [p for p in desk.stick.glob("*.fpkg") if LAPTOP in p.name]

    # On the laptop again: the enrolment package imported (another machine: by its service).
    sync_service.import_file(desk.laptop.db, package)
    assert sync_service.keys_overview(desk.laptop.db).enrolled

    # The county's keys page lists the laptop by its name and its village by name.
    village_name = village_item.text().split()[-1]
    desk.trigger("sync_keys")
    keys = desk.current_tab()
    row = [keys.laptops.index(0, c).data() for c in range(keys.laptops.columnCount())]
    assert keys.laptops.rowCount() == 1 and row[0] == LAPTOP and row[2] == village_name, row
    desk.check(keys, "同步 › 密钥与加入（已加入一台电脑）")
    desk.no_warnings("加入")
    desk.no_dialog_left("加入")
    return package


def county_edits_household(desk: Desk, household: Household, phone: str, cause: str) -> None:
    """The clerk finds the household by its head's name, opens it with Enter, types a new phone,
    chooses another 主要致贫原因, saves."""
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog

    qtbot = desk.qtbot
    register = desk.window.register
    # Back at the main window after the dialogs (a person clicks into it; offscreen Qt needs asking).
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window, timeout=5_000)
    click_tab(qtbot, desk.window.tabs, desk.window.tabs.indexOf(register))
    listing = register.list
    box = listing.filters.search
    box.clear()
    with qtbot.waitSignal(listing.loaded, timeout=JOB_TIMEOUT_MS):
        type_text(qtbot, box, household.head_name)
    settle(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # into the list
    for _ in range(listing.model.rowCount()):  # namesakes: down to the one
        if listing.current_id() == household.id:
            break
        qtbot.keyClick(listing.table, Qt.Key.Key_Down)
    assert listing.current_id() == household.id
    desk.check(listing, "农户登记（搜索）")
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    settle(qtbot)
    [form] = [w for w in register.forms if isinstance(w, HouseholdFormDialog) and w.isVisible()]
    desk.check(form, "农户登记 › 编辑农户")
    edit_box = form.ui.phoneEdit
    edit_box.setFocus()
    qtbot.keyClick(edit_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit_box, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit_box, phone)
    choose(qtbot, form.ui.mainCauseCombo, cause)
    click(qtbot, form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not isValid(form) or not form.isVisible(), [  # closed on save (and deleted)
        form.ui.findingsList.item(i).text() for i in range(form.ui.findingsList.count())]
    with desk.db.session() as s:
        assert s.get(Household, household.id).phone == phone
    desk.no_warnings("县里修改联系电话")


def import_village_package(desk: Desk) -> str:
    """The laptop and the county both change one household's phone; the laptop's package arrives."""
    qtbot = desk.qtbot
    lap = desk.laptop
    with lap.db.session() as s:
        household = s.exec(select(Household)).first()
    causes = [c for c in vocab("poverty_cause").codes
              if c not in (household.main_cause, household.other_cause_1, household.other_cause_2)]
    edit(lap, Household, household.id, phone="13900000001", main_cause=causes[0])
    with lap.db.session() as s:  # and a member's health, which only the laptop changes
        member = s.exec(select(Member).where(Member.household_id == household.id)).first()
    edit(lap, Member, member.id, health="serious" if member.health != "serious" else "healthy")
    # At the county meanwhile, in its register: the same household's phone and main cause.
    county_edits_household(desk, household, "13900000002", vocab("poverty_cause").label(causes[1]))
    package = export_to(lap, Site("county", desk.db.path, desk.db), desk.stick).path

    desk.trigger("sync_import")
    dialog = next(w for w in open_windows(exclude=[desk.window]) if isinstance(w, ImportDialog))
    desk.next_open = str(package)
    browse = next(b for b in dialog.findChildren(type(dialog.preview_button)) if b.text() == "选择文件…")
    click(qtbot, browse)
    assert dialog.path() == package
    click(qtbot, dialog.preview_button)
    assert "预览" in dialog.summary.text(), dialog.summary.text()
    assert "冲突 2" in dialog.summary.text(), dialog.summary.text()  # both offices changed phone and cause
    changes = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    health = vocab("health").label("serious" if member.health != "serious" else "healthy")
    assert any(member.name in t and "→" in t and health in t for t in changes), changes  # old → new, in words
    conflicts = [t for t in changes if t.startswith("冲突")]  # first, with both values
    assert changes[:2] == conflicts and any("13900000001" in t and "13900000002" in t for t in conflicts), changes
    with desk.db.session() as s:
        assert s.get(Household, household.id).phone == "13900000002"  # the dry run changed nothing
    desk.check(dialog, "同步 › 导入同步包（预览）")
    click(qtbot, dialog.import_button)
    assert "已导入" in dialog.summary.text(), dialog.summary.text()
    desk.check(dialog, "同步 › 导入同步包（已导入）")
    click(qtbot, close_button(dialog))
    assert not dialog.isVisible()
    desk.no_warnings("导入同步包")
    desk.no_dialog_left("导入同步包")
    return household.id


def resolve_conflict(desk: Desk, household_id: str) -> None:
    """Two conflicts: the phone takes the laptop's value, the cause keeps the county's; each asked first."""
    qtbot = desk.qtbot
    desk.trigger("sync_conflicts")
    view = desk.current_tab()
    assert view.model.rowCount() == 2, view.summary.text()
    desk.check(view, "同步 › 冲突处理")

    def pick(field: str):
        for row in range(view.proxy.rowCount()):
            click_cell(qtbot, view.table, row)
            if view.selected().field_label == field:
                assert field in view.detail.text()
                return view.selected()
        raise AssertionError(f"no conflict on {field}")

    phone = pick("联系电话")
    desk.check(view, "同步 › 冲突处理（选中）")
    desk.answer = QMessageBox.StandardButton.No  # 'No' first: nothing changes
    click(qtbot, view.keep_loser)
    assert view.model.rowCount() == 2
    desk.answer = QMessageBox.StandardButton.Yes
    asked = len(desk.asked)
    click(qtbot, view.keep_loser)
    assert len(desk.asked) == asked + 1 and "联系电话" in desk.asked[-1] and LAPTOP in desk.asked[-1]
    assert "随下一个同步包发回" in desk.asked[-1], desk.asked[-1]  # it says what travels back, and where
    assert view.model.rowCount() == 1

    cause = pick("主要致贫原因")
    assert cause.winner.display in vocab("poverty_cause").labels  # a label, not a code
    click(qtbot, view.keep_winner)
    assert "主要致贫原因" in desk.asked[-1] and cause.winner.display in desk.asked[-1]
    assert view.model.rowCount() == 0
    with desk.db.session() as s:
        assert s.get(Household, household_id).phone == phone.loser.value
    click(qtbot, view.show_resolved)
    assert view.model.rowCount() == 2
    click_cell(qtbot, view.table, 0)
    assert "已处理" in view.detail.text()
    desk.check(view, "同步 › 冲突处理（已处理）")
    desk.no_warnings("冲突处理")


def send_corrections_back(desk: Desk, household_id: str) -> None:
    qtbot = desk.qtbot
    before = set(desk.stick.glob("*.fpkg"))
    desk.trigger("sync_export")
    dialog = next(w for w in open_windows(exclude=[desk.window]) if isinstance(w, ExportDialog))
    laptop_device = desk.laptop.db.device_id
    choose_data(qtbot, dialog.receiver, laptop_device)
    assert dialog.receiver.currentText().startswith(f"{LAPTOP}（村 "), dialog.receiver.currentText()
    assert not any(ch.isdigit() for ch in dialog.receiver.currentText().split("村 ")[1].split("，")[0])  # by name
    desk.next_folder = str(desk.stick)
    click(qtbot, dialog.place.browse_button)
    desk.check(dialog, "同步 › 导出同步包（发回）")
    click(qtbot, dialog.export_button)
    assert "可以安全拔出" in dialog.result_label.text(), dialog.result_label.text()
    click(qtbot, dialog.close_button)
    [package] = set(desk.stick.glob("*.fpkg")) - before
    # The laptop reads it (another machine): the decided value arrives there.
    sync_service.import_file(desk.laptop.db, package)
    with desk.laptop.db.session() as s:
        assert s.get(Household, household_id).phone == "13900000001"
    desk.no_warnings("发回")
    desk.no_dialog_left("发回")


def sync_records(desk: Desk) -> None:
    """收发记录 and 疑似重复人员 after the exchange: laptops by name, directions in words."""
    desk.trigger("sync_history")
    history = desk.current_tab()
    rows = history.model.rowCount()
    assert rows >= 3, rows  # enrolment out, the laptop's package in, the correction out
    peers = {history.model.index(r, 2).data() for r in range(rows)}
    assert any(LAPTOP in (p or "") for p in peers), peers
    desk.check(history, "同步 › 收发记录")
    desk.trigger("sync_duplicates")
    desk.check(desk.current_tab(), "同步 › 疑似重复人员")
    desk.no_warnings("收发记录")


def import_roster(desk: Desk) -> None:
    qtbot = desk.qtbot
    path = desk.root / "花名册.xlsx"
    with desk.db.session() as s:  # the roster names a village of this county, as a real one would
        village = s.exec(select(Village)).first()
        township = s.exec(select(Area).where(Area.code == village.township_code)).one()
    groups = office_households()
    for group in groups:
        for row in group:
            row[COL["镇（乡）"]], row[COL["行政村"]] = township.name, village.name
    workbook = _workbook(groups, merge=True)
    sheet = workbook.active
    sheet.cell(2, COL["户编号"] + 1).value = "户号码"  # a header this office spells its own way
    workbook.save(path)
    with desk.db.session() as s:
        households_before = len(s.exec(select(Household.id)).all())

    def map_columns(dialog: ColumnMappingDialog) -> None:
        qtbot.waitUntil(lambda: bool(dialog.sheet_tables), timeout=10_000)
        assert_plain(dialog, "县级 › 导入花名册 › 列对应")
        _sheet, table, combos = dialog.sheet_tables[0]  # a row per column of the sheet: name, samples, 导入为
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "户号码")
        assert combos[row].currentData() == "", "户号码 is no known header: the clerk maps it"
        click_cell(qtbot, table, row, 2)
        choose_data(qtbot, combos[row], "household_no")
        assert_plain(dialog, "县级 › 导入花名册 › 列对应（已对应）")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    mapping = modal(qtbot, ColumnMappingDialog, map_columns)
    desk.next_open = str(path)
    desk.trigger("county_import")
    assert_came_and_closed(mapping, "列对应")
    [dialog] = [d for d in desk.window.findChildren(ImportPreviewDialog) if d.isVisible()]
    panel = dialog.decisions
    assert dialog.tabs.currentWidget() is panel and not dialog.import_button.isEnabled()
    desk.check(dialog, "县级 › 导入花名册（待决定的值）")
    for i in list(range(dialog.tabs.count())) + [dialog.tabs.indexOf(panel)]:  # every tab, then back
        click_tab(qtbot, dialog.tabs, i)
        desk.check(dialog, f"县级 › 导入花名册（{dialog.tabs.tabText(i)}）")
    values = [panel.table.item(i, 1).text() for i in range(panel.table.rowCount())]
    assert sorted(values) == sorted(["妻", "长子", "次女"])
    click(qtbot, panel.apply_button)
    assert dialog.preview.decisions_needed == [] and dialog.import_button.isEnabled(), [(r.row, r.reasons if hasattr(r, "reasons") else r) for r in dialog.preview.rejected][:5]
    desk.check(dialog, "县级 › 导入花名册（预览）")
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.import_button.isEnabled(), timeout=10_000)
    desk.check(dialog, "县级 › 导入花名册（已导入）")
    with desk.db.session() as s:
        assert len(s.exec(select(Household.id)).all()) == households_before + 3
    # The register shows them at once: found by the head's name.
    listing = desk.window.register.list
    listing.filters.search.clear()
    with qtbot.waitSignal(listing.loaded, timeout=JOB_TIMEOUT_MS):
        type_text(qtbot, listing.filters.search, "张大山")
    settle(qtbot)
    assert listing.model.rowCount() == 1, listing.model.rowCount()
    listing.filters.search.clear()
    settle(qtbot)
    click(qtbot, close_button(dialog))
    assert not dialog.isVisible()
    desk.no_warnings("导入花名册")
    desk.no_dialog_left("导入花名册")


def dashboard(desk: Desk) -> None:
    qtbot = desk.qtbot
    desk.trigger("county_dashboard")
    w = desk.current_tab()
    assert isinstance(w, DashboardWidget)
    qtbot.waitUntil(lambda: w.report is not None, timeout=10_000)
    desk.check(w, "县级 › 目标与进度")

    # Targets: the county's row, typed into its 减贫人数 box.
    def set_targets(dialog: TargetsDialog) -> None:
        assert_plain(dialog, "目标与进度 › 设定目标")
        people, villages = dialog.spins[0]
        people.setFocus()
        people.selectAll()
        qtbot.keyClicks(people, "25")
        villages.setFocus()
        villages.selectAll()
        qtbot.keyClicks(villages, "2")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        click(qtbot, save)

    seen = modal(qtbot, TargetsDialog, set_targets)
    click(qtbot, w.targets_button)
    assert_came_and_closed(seen, "设定目标")
    qtbot.waitUntil(lambda: "目标 25 人" in w.tiles["exited"].note_label.text(), timeout=10_000)
    desk.check(w, "县级 › 目标与进度（已设目标）")

    # A figure clicked: the households behind it.
    tile = next(t for key, t in w.tiles.items() if t.value_label.text() not in ("0", "—"))
    click(qtbot, tile)
    [listing] = [d for d in w.dialogs if d.isVisible()]
    assert isinstance(listing, HouseholdListDialog)
    qtbot.waitUntil(lambda: listing.model.rowCount() > 0, timeout=10_000)
    desk.check(listing, "目标与进度 › 农户名单")
    click(qtbot, close_button(listing))
    assert not listing.isVisible()

    # Down into the first township by double-clicking its row, then back by the crumb.
    top = w.current().code
    click_cell(qtbot, w.table, 0, double=True)
    qtbot.waitUntil(lambda: w.current().code != top, timeout=5_000)
    desk.check(w, "县级 › 目标与进度（乡镇）")
    # A village's row double-clicked: its households.
    click_cell(qtbot, w.table, 0, double=True)
    [village_list] = [d for d in w.dialogs if d.isVisible()]
    qtbot.waitUntil(lambda: village_list.model.rowCount() > 0, timeout=10_000)
    desk.check(village_list, "目标与进度 › 村的农户")
    # Down to one household: double-clicked in the list, its form opens in the register.
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog

    model = village_list.table.model()
    head_column = next(c for c in range(model.columnCount())
                       if model.headerData(c, Qt.Orientation.Horizontal) in ("户主", "户主姓名"))
    head = model.index(0, head_column).data()
    click_cell(qtbot, village_list.table, 0, double=True)
    forms = [f for f in desk.window.register.forms if isinstance(f, HouseholdFormDialog) and f.isVisible()]
    assert len(forms) == 1 and forms[0].draft.head_name == head, (head, forms)
    desk.check(forms[0], "目标与进度 › 农户")
    form = forms[0]
    click(qtbot, close_button(form))
    assert not isValid(form) or not form.isVisible()
    click(qtbot, close_button(village_list))
    assert not village_list.isVisible()
    click_tab(qtbot, desk.window.tabs, desk.window.tabs.indexOf(w))  # the form took the clerk to 农户登记
    from fupin_desktop.gui.qt import QToolButton

    def crumbs():  # a widget added to a shown layout appears at the next turn of the event loop
        return [b for b in w.findChildren(QToolButton, "crumb_0") if b.isVisible()]

    qtbot.waitUntil(lambda: len(crumbs()) == 1, timeout=5_000)
    [crumb] = crumbs()
    click(qtbot, crumb)
    assert w.current().code == top
    desk.no_warnings("目标与进度")
    desk.no_dialog_left("目标与进度")


def exit_assessment(desk: Desk) -> None:
    qtbot = desk.qtbot
    desk.trigger("county_exit")
    w = desk.current_tab()
    qtbot.waitUntil(lambda: w.report is not None, timeout=10_000)
    assert w.visible_rows()
    desk.check(w, "县级 › 贫困村退出评估")
    for i in range(w.show_box.count()):
        choose(qtbot, w.show_box, w.show_box.itemText(i))
        desk.check(w, f"县级 › 贫困村退出评估（{w.show_box.itemText(i)}）")
    choose(qtbot, w.show_box, w.show_box.itemText(0))  # 全部村 again, then the list to Excel
    desk.next_save = str(desk.exports / "退出评估.xlsx")
    click(qtbot, w.export_button)
    assert Path(desk.next_save).exists()
    workbook = load_workbook(desk.next_save)
    rows = workbook.worksheets[0].max_row
    assert rows > len(w.visible_rows()), (rows, len(w.visible_rows()))  # a header and every village shown
    assert_cells_plain(Path(desk.next_save), "退出评估.xlsx")
    desk.no_warnings("退出评估")


def rectification(desk: Desk) -> None:
    qtbot = desk.qtbot
    desk.trigger("county_rectification")
    w = desk.current_tab()
    desk.check(w, "县级 › 整改清单")

    def create(dialog: RectificationDialog) -> None:
        assert_plain(dialog, "整改清单 › 新建")
        choose(qtbot, dialog.village, dialog.village.itemText(1))
        type_text(qtbot, dialog.problem, "两户饮水安全未核实")
        type_text(qtbot, dialog.action, "入户核实水源并取水样")
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    seen = modal(qtbot, RectificationDialog, create)
    click(qtbot, w.new_button)
    assert_came_and_closed(seen, "新建整改事项")
    assert w.model.rowCount() == 1
    desk.check(w, "县级 › 整改清单（新建后）")

    def assign(dialog: RectificationDialog) -> None:
        assert_plain(dialog, "整改清单 › 编辑")
        type_text(qtbot, dialog.responsible, "刘村医")
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    click_cell(qtbot, w.table, 0)
    seen = modal(qtbot, RectificationDialog, assign)
    click(qtbot, w.edit_button)
    assert_came_and_closed(seen, "编辑整改事项（责任人）")
    assert w.items[0].responsible == "刘村医"

    def close_item(dialog: RectificationDialog) -> None:
        from fupin_desktop.services.county.rectification import STATUS_CLOSED

        choose_data(qtbot, dialog.status, STATUS_CLOSED)
        type_text(qtbot, dialog.evidence, "已取水样送检，结果合格，附检测单")
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    click_cell(qtbot, w.table, 0)
    seen = modal(qtbot, RectificationDialog, close_item)
    click(qtbot, w.edit_button)
    assert_came_and_closed(seen, "编辑整改事项（销号）")
    with desk.db.session() as s:
        [item] = s.exec(select(Rectification)).all()
    assert item.status == "closed" and item.responsible == "刘村医" and item.closed_date is not None
    assert "已销号 1 项" in w.summary.text()
    desk.check(w, "县级 › 整改清单（已销号）")
    desk.next_save = str(desk.exports / "整改清单（视图）.xlsx")
    click(qtbot, w.export_button)
    assert Path(desk.next_save).exists() and "已导出 1 项" in w.summary.text(), w.summary.text()
    desk.no_warnings("整改清单")


def export_every_list(desk: Desk) -> None:
    for what in ("register", "plans", "ledger", "rectification"):
        target = desk.exports / f"{what}.xlsx"
        desk.next_save = str(target)
        desk.trigger(f"export_{what}")
        assert target.exists(), what
        assert "已导出" in desk.window.statusBar().currentMessage()
        assert_plain(desk.window, f"县级 › 导出 Excel › {what}")
        assert_cells_plain(target, f"{what}.xlsx")
    desk.no_warnings("导出 Excel")


def audit_log(desk: Desk) -> None:
    qtbot = desk.qtbot
    desk.trigger("county_audit")
    w = desk.current_tab()
    click(qtbot, w.apply_button)
    assert w.model.rowCount() > 0
    desk.check(w, "县级 › 操作记录")
    joined = "\n".join(screen_texts(w))
    for expected in ("同步·处理冲突", "改用另一方的值", "农户·修改", "联系电话", f"{LAPTOP}（", "导入·花名册",
                     "年度目标·保存", "整改·新建", "整改·改变状态", "导出·Excel", CLERK):
        assert expected in joined, expected
    desk.next_save = str(desk.exports / "操作记录.xlsx")
    click(qtbot, w.export_button)
    assert Path(desk.next_save).exists() and "已导出" in w.summary.text(), w.summary.text()
    assert_cells_plain(Path(desk.next_save), "操作记录.xlsx")
    desk.check(w, "县级 › 操作记录（已导出）")
    desk.no_warnings("操作记录")


# --- the journey ----------------------------------------------------------------------------------

@pytest.fixture
def desk(qtbot, monkeypatch, tmp_path_factory):
    root = tmp_path_factory.mktemp("countyjourney")  # no snake_case in the paths shown on screen
    (root / "data").mkdir()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(root / "data"))
    d = Desk(qtbot, monkeypatch, root)
    yield d
    if d.laptop is not None:
        d.laptop.db.close()


def test_county_journey_by_clicks_and_keys(qtbot, desk, caplog):
    caplog.set_level(logging.INFO, logger="fupin_desktop.gui.operations")
    steps: list[str] = []

    def journey(_app=None) -> int:
        try:
            county_window(desk)
            county_keys(desk)
            enrol_laptop(desk)
            household_id = import_village_package(desk)
            resolve_conflict(desk, household_id)
            send_corrections_back(desk, household_id)
            sync_records(desk)
            import_roster(desk)
            dashboard(desk)
            exit_assessment(desk)
            rectification(desk)
            export_every_list(desk)
            audit_log(desk)
            assert QApplication.activeModalWidget() is None
            assert not open_windows(exclude=[desk.window]), "a dialog was left open"
            steps.append("done")
        finally:
            settle(qtbot)
            desk.window.close()
        return 0

    first_start_as_county(desk, desk.root / "county.db", journey)
    assert steps == ["done"]
    failed = [f"{r.getMessage()} {r.exc_info[1]!r}" for r in caplog.records
              if r.exc_info and "background operation failed" in r.getMessage()]
    assert not failed, failed  # a job that failed with no one to tell
