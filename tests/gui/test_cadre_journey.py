"""The village cadre's journey end to end, by events only (issue 11 §1).

First start → 新增村 with its 所属乡镇 typed → 新增农户 with four members → save → plan wizard →
confirm → a visit recorded, edited and deleted → a payment → print preview of the card → saved PDF
→ public notice → joining the county (join request; the county's enrolment package, which holds
the same township and village, imported) → a sync package exported to a folder. Everything is clicked or typed: menu actions are triggered, buttons
clicked, text typed (Chinese as an input method commits it). Only the OS file chooser and message
boxes are stood in for (gui.file_dialogs' ask_* functions / QMessageBox statics). The app runs as it does for a person:
``gui.app._open_and_show`` with its background runner; QApplication.exec is replaced by the journey.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import pytest

from fupin_desktop import paths
from fupin_desktop.gui import app as app_module
from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import (
    QAbstractButton,
    QAction,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QPoint,
    QRadioButton,
    Qt,
    QTimer,
    QWidget,
    QWizard,
)
from tests.gui.register_support import Answers, type_text

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 10_000
CADRE = "李明"
VILLAGE_CODE = "411525100201"  # 河口村 in 城关镇 411525100000, on the laptop and at the county
ELDER_ID = "410102196003151237"
DISABLED_CARD = "41010219620820122642"  # 20 characters: ID + category 4 + grade 2
CHILD_ID = "410102201503051236"
WORKER_ID = "410102198806061234"


# --- event helpers -------------------------------------------------------------------------------

def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be clicked"
    if isinstance(button, (QCheckBox, QRadioButton)):  # on the box: beside the text is no hit
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def ok_button(box: QDialogButtonBox, which=QDialogButtonBox.StandardButton.Ok):
    return box.button(which)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a combo box with the keyboard (Home, then Down until it shows)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count() + 1):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"


def replace_text(qtbot, widget, text: str) -> None:
    """Select what a field holds and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def when_modal(kind, act, timeout_ms: int = WAIT_MS) -> list:
    """Run ``act(dialog)`` as soon as a modal ``kind`` is up (its exec() blocks the caller).

    Returns a list that holds the dialog once handled, so the caller can assert it happened."""
    handled: list = []
    deadline = time.monotonic() + timeout_ms / 1000

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            handled.append(widget)
            try:
                act(widget)
            except BaseException:
                widget.reject()  # never leave a modal dialog blocking the run; the error is reported
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return handled


def trigger(qtbot, action) -> None:
    assert action.isEnabled(), f"menu item {action.text()!r} is disabled"
    action.trigger()


def find_action(window: MainWindow, object_name: str):
    action = window.findChild(QAction, object_name)
    assert action is not None, object_name
    return action


def top_level(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def table_texts(table, column: int) -> list[str]:
    return [table.item(r, column).text() if table.item(r, column) else "" for r in range(table.rowCount())]


# --- the steps -----------------------------------------------------------------------------------

def first_start(qtbot, db_path: Path, journey, monkeypatch) -> None:
    """A new installation: 首次使用设置 as a village cadre, starting empty; then the main window."""
    from fupin_desktop.gui.register.profile_dialogs import FirstStartDialog

    def fill(dialog) -> None:
        ui = dialog.ui
        assert ui.roleVillageRadio.isChecked()
        type_text(qtbot, ui.nameEdit, CADRE)
        type_text(qtbot, ui.unitEdit, "固始县农业农村局")
        type_text(qtbot, ui.phoneEdit, "13800001111")
        click(qtbot, ui.emptyRadio)
        assert ui.emptyRadio.isChecked()
        click(qtbot, ok_button(ui.buttonBox))

    handled = when_modal(FirstStartDialog, fill)
    monkeypatch.setattr(QApplication, "exec", journey)  # the window is up: the person takes over
    args = argparse.Namespace(db=str(db_path), screenshot=None, lang="zh_CN")
    assert app_module._open_and_show(QApplication.instance(), args, None) == 0
    assert handled, "the first-start dialog never opened"


def new_village(qtbot, window: MainWindow) -> None:
    from fupin_desktop.gui.register.village_form import VillageFormDialog

    trigger(qtbot, find_action(window, "action_new_village"))
    form = top_level(VillageFormDialog)
    assert form is not None and form.windowTitle() == "新增村"
    type_text(qtbot, form.ui.townshipCombo.lineEdit(), "城关镇")  # 所属乡镇, typed: a new township
    type_text(qtbot, form.ui.nameEdit, "河口村")
    replace_text(qtbot, form.ui.codeEdit, VILLAGE_CODE)
    click(qtbot, form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not form.isVisible(), [label.text() for label in (form.ui.codeMessage, form.ui.nameMessage)]
    tree = window.register.tree
    qtbot.waitUntil(lambda: any(n.name == "河口村" for r in tree.roots for n in r.walk()), timeout=WAIT_MS)
    assert any(n.name == "城关镇" for r in tree.roots for n in r.walk())  # the tree names the township


def add_member(qtbot, form, name: str, id_number: str, relationship: str = "", **combos) -> None:
    """添加成员 → the member dialog (modal) → typed and chosen → 确定."""
    from fupin_desktop.gui.register.member_dialog import MemberDialog

    def fill(dialog) -> None:
        ui = dialog.ui
        type_text(qtbot, ui.nameEdit, name)
        type_text(qtbot, ui.idNumberEdit, id_number)
        if relationship:
            choose(qtbot, ui.relationshipCombo, relationship)
        for attribute, label in combos.items():
            choose(qtbot, getattr(ui, attribute), label)
        click(qtbot, ok_button(ui.buttonBox))
        assert not dialog.isVisible(), f"member dialog stayed open for {name}"

    handled = when_modal(MemberDialog, fill)
    click(qtbot, form.ui.addMemberButton)
    assert handled, "the member dialog never opened"


def new_household(qtbot, window: MainWindow) -> str:
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog

    def which_village(dialog) -> None:
        assert dialog.findChild(QComboBox).currentText() == "城关镇 河口村"
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    when_modal(QInputDialog, which_village)
    trigger(qtbot, find_action(window, "action_new_household"))
    form = top_level(HouseholdFormDialog)
    assert form is not None and form.windowTitle() == "新增农户"
    add_member(qtbot, form, "王德福", ELDER_ID, labourCombo="弱劳动力或半劳动力")
    add_member(qtbot, form, "王秀英", DISABLED_CARD, "配偶")
    add_member(qtbot, form, "王小明", CHILD_ID, "之孙子", schoolCombo="小学")
    add_member(qtbot, form, "王建军", WORKER_ID, "之子", labourCombo="普通劳动力",
               workStatusCombo="省外务工")
    members = form.ui.membersTable.model()
    shown = [[members.index(r, c).data() for c in (0, 1, 2, 3, 5)] for r in range(members.rowCount())]
    assert shown == [  # sex and birth date come from the numbers; the 20-character card number is kept whole
        ["王德福", ELDER_ID, "男", "1960-03-15", "户主"],
        ["王秀英", DISABLED_CARD, "女", "1962-08-20", "配偶"],
        ["王小明", CHILD_ID, "男", "2015-03-05", "之孙子"],
        ["王建军", WORKER_ID, "男", "1988-06-06", "之子"]], shown
    assert form.ui.membersCount.text() == "共 4 人"
    choose(qtbot, form.ui.mainCauseCombo, "因病")
    choose(qtbot, form.ui.statusCombo, "已脱贫(享受政策)")  # required; a household entered since 2021 has exited
    wage = form.findChild(QWidget, "wage_incomeSpin")
    replace_text(qtbot, wage, "36000")
    click(qtbot, form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not form.isVisible(), [form.ui.findingsList.item(i).text() for i in range(form.ui.findingsList.count())]
    listing = window.register.list
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=WAIT_MS)
    assert listing.current_id() == listing.model.ids()[0]  # selected: the summary shows it
    summary = window.register.summary
    assert summary.title.text() == "王德福（4 人）" and summary.members.rowCount() == 4
    return listing.model.ids()[0]


def click_cell_box(qtbot, table, row: int, column: int = 0) -> None:
    """Click the tick box of a table cell (at the left of the cell, where Qt draws it)."""
    item = table.item(row, column)
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))


def type_amount(qtbot, spin, amount: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, amount)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def plan_wizard(qtbot, window: MainWindow) -> None:
    """帮扶计划… on the summary panel → the seven pages → 确认计划."""
    from fupin_desktop.gui.plan_wizard import PlanWizard
    from fupin_desktop.gui.plan_wizard.page_funds import COL_AMOUNT, COL_SOURCE

    summary = window.register.summary
    assert "尚未制定" in summary.details.text()
    click(qtbot, summary.plan_button)
    qtbot.waitUntil(lambda: top_level(PlanWizard) is not None, timeout=WAIT_MS)
    wizard = top_level(PlanWizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)  # 对人: the four members as registered
    click(qtbot, next_button)  # 诊断
    page = wizard.currentPage()  # 一人一策: one measure per member, the top suggestion
    assert len(page.groups) == 4
    for group in page.groups:
        if not group.chosen():
            click(qtbot, next(iter(group.boxes.values())))
        assert group.chosen(), group.title()
    click(qtbot, next_button)
    page = wizard.currentPage()  # 户策: two household measures
    row = 0
    while len(page.chosen()) < 2:
        if page.table.item(row, 0).checkState() != Qt.CheckState.Checked:
            click_cell_box(qtbot, page.table, row)
        row += 1
    household_measures = list(page.chosen())
    click(qtbot, next_button)
    page = wizard.currentPage()  # 对时/对责: one 责任人 for all, typed
    combo = page.ui.bulkResponsibleCombo
    if combo.currentText() != CADRE:
        replace_text(qtbot, combo.lineEdit(), CADRE)
    click(qtbot, page.ui.applyAllButton)
    assert "时间与责任人已填写完整" in page.ui.scheduleStatusLabel.text()
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, next_button)  # back and forth: the batch 责任人 stays what was typed
    assert page.ui.bulkResponsibleCombo.currentText() == CADRE
    click(qtbot, next_button)
    page = wizard.currentPage()  # 对账: an amount and a source per measure
    table = page.ui.fundsTable
    for row in range(table.rowCount()):
        type_amount(qtbot, table.cellWidget(row, COL_AMOUNT), "2000")
        choose(qtbot, table.cellWidget(row, COL_SOURCE), "地方财政专项扶贫资金")
    assert "计划资金合计 12,000.00 元" in page.ui.totalLabel.text(), page.ui.totalLabel.text()
    click(qtbot, next_button)
    page = wizard.currentPage()  # 确认
    type_text(qtbot, page.ui.expectedEffectEdit, "年底人均纯收入稳定超过标准")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled(), [f.message for f in page.errors()]
    with qtbot.waitSignal(wizard.plan_confirmed, timeout=WAIT_MS) as confirmed:
        click(qtbot, finish)
    view = confirmed.args[0]
    assert len([m for m in view.measures if m.scope == "household"]) == len(household_measures) == 2
    # 2.11: the summary says so at once (it said 尚未制定 until F5)
    qtbot.waitUntil(lambda: "已确认" in summary.details.text(), timeout=WAIT_MS)


def select_row(qtbot, table, row: int) -> None:
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, 0)).center())


def show_tab(qtbot, tabs, title: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def open_tracking(qtbot, window: MainWindow):
    """帮扶 → 计划跟踪与台账 opens on the household selected in the register (2.12)."""
    from fupin_desktop.gui.plan_tracking import PlanTrackingWidget

    trigger(qtbot, window.plan_actions.actions["tracking"])
    tracking = window.tabs.currentWidget()
    assert isinstance(tracking, PlanTrackingWidget), "no household picker: the selected household opens"
    qtbot.waitUntil(lambda: tracking.data is not None and tracking.data.view is not None, timeout=WAIT_MS)
    assert "王德福" in tracking.title.text() and "已确认" in tracking.title.text()
    combo = tracking.version_combo  # the 版本 box shows its whole text
    qtbot.waitUntil(lambda: combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20,
                    timeout=2000)  # once the layout has run
    headers = [tracking.measures.horizontalHeaderItem(c).text() for c in range(tracking.measures.columnCount())]
    column = headers.index("责任人")  # the progress table shows who is responsible
    assert set(table_texts(tracking.measures, column)) == {CADRE}
    return tracking


def record_visits(qtbot, tracking) -> None:
    """走访记录: record a visit (走访干部 is the first-start cadre), correct it, delete it."""
    from fupin_desktop.gui.plan_tracking.visits_panel import VisitDialog

    show_tab(qtbot, tracking.tabs, "走访记录")
    panel = tracking.visits_panel
    assert panel.cadre.currentText() == CADRE
    type_text(qtbot, panel.notes, "入户核实务工和就学情况")
    type_text(qtbot, panel.findings, "医保待续费")
    click(qtbot, panel.add_button)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT_MS)
    assert table_texts(panel.table, 1) == [CADRE] and table_texts(panel.table, 3) == ["医保待续费"]

    def correct(dialog) -> None:
        replace_text(qtbot, dialog.findings, "医保已续费")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    select_row(qtbot, panel.table, 0)
    handled = when_modal(VisitDialog, correct)
    click(qtbot, panel.edit_button)
    assert handled
    qtbot.waitUntil(lambda: table_texts(panel.table, 3) == ["医保已续费"], timeout=WAIT_MS)

    select_row(qtbot, panel.table, 0)
    click(qtbot, panel.delete_button)  # asks first (the message box answers Yes)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=WAIT_MS)


def record_payment(qtbot, tracking) -> None:
    """资金台账: one payment; 资金来源 comes prefilled from the plan's measure (2.12)."""
    show_tab(qtbot, tracking.tabs, "资金台账")
    ledger = tracking.ledger_panel
    assert ledger.measure_combo.count() == 6
    choose(qtbot, ledger.measure_combo, ledger.measure_combo.itemText(1))
    assert ledger.source.currentText() == "地方财政专项扶贫资金"
    type_amount(qtbot, ledger.amount, "500")
    type_text(qtbot, ledger.voucher, "凭-2026-01")
    click(qtbot, ledger.add_button)
    qtbot.waitUntil(lambda: ledger.entries.rowCount() == 1, timeout=WAIT_MS)
    assert table_texts(ledger.entries, 4) == ["凭-2026-01"] and table_texts(ledger.entries, 2) == ["500.00"]
    assert "已拨付 500.00 元" in ledger.totals.text()


def save_preview(qtbot, preview, target: Path, monkeypatch) -> None:
    """保存为PDF… with the OS file chooser answering ``target``."""
    monkeypatch.setattr(file_dialogs, "ask_save_file_name", lambda *a, **k: (str(target), "PDF 文件 (*.pdf)"))
    with qtbot.waitSignal(preview.output_recorded, timeout=WAIT_MS):
        click(qtbot, preview.save_button)
    assert preview.status_label.text() == f"已保存到 {target}"
    assert target.read_bytes().startswith(b"%PDF")


def print_card(qtbot, window: MainWindow, folder: Path, monkeypatch) -> None:
    """打印计划卡… on the summary → the preview → 保存为PDF → 关闭."""
    show_tab(qtbot, window.tabs, "农户登记")
    actions = window.print_actions
    with qtbot.waitSignal(actions.preview_opened, timeout=WAIT_MS) as opened:
        click(qtbot, window.register.summary.print_button)
    preview = opened.args[0]
    assert "王德福" in preview.title_label.text()
    assert re.fullmatch(r"共 [12] 页，1 户", preview.info_label.text()), preview.info_label.text()
    save_preview(qtbot, preview, folder / "王德福-帮扶计划卡.pdf", monkeypatch)
    click(qtbot, preview.close_button)
    assert not preview.isVisible()


def print_notice(qtbot, window: MainWindow, folder: Path, monkeypatch) -> None:
    """打印 → 公示名单…: the options (监督电话 from first start) → 预览 → 保存为PDF."""
    from fupin_desktop.gui.printing.options_dialog import PrintOptionsDialog

    def options(dialog) -> None:
        assert dialog.village_box.currentText().startswith("城关镇 河口村")
        assert dialog.phone_edit.text() == "13800001111"
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    handled = when_modal(PrintOptionsDialog, options)
    actions = window.print_actions
    with qtbot.waitSignal(actions.preview_opened, timeout=WAIT_MS) as opened:
        trigger(qtbot, find_action(window, "print_notice"))
    assert handled
    preview = opened.args[0]
    assert "公示" in preview.title_label.text() and "1 户" in preview.info_label.text()
    save_preview(qtbot, preview, folder / "河口村-公示名单.pdf", monkeypatch)
    click(qtbot, preview.close_button)


def button_with_text(widget: QWidget, text: str):
    from fupin_desktop.gui.qt import QPushButton

    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert found, text
    return found[0]


def join_county(qtbot, window: MainWindow, tmp: Path, monkeypatch) -> None:
    """同步 → 密钥与加入 → 生成加入申请; the county office enrols the laptop (its side: the services);
    同步 → 导入同步包 → 预览 → 导入 its setup package."""
    from fupin_desktop.gui.sync.import_dialog import ImportDialog
    from fupin_desktop.gui.sync.keys_page import KeysWidget
    from fupin_desktop.services.sync import facade as sync_service
    from fupin_desktop.store.models import Village
    from tests.unit.sync.helpers import edit, first, new_site, seed_county

    stick = tmp / "stick"
    stick.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_existing_directory", lambda *a, **k: str(stick))
    trigger(qtbot, find_action(window, "sync_keys"))
    keys = window.tabs.currentWidget()
    assert isinstance(keys, KeysWidget) and "尚未加入县级" in keys.status.text()
    click(qtbot, keys.request_button)
    [request] = list(stick.glob("fupin-join-*.json"))
    assert keys.fingerprint.text() in keys.message.text()  # to compare in person

    county = new_site(tmp, "county")  # the county office's own computer, as its clerk works there
    try:
        sync_service.init_county(county.db, tmp / "escrow", "固始县扶贫办")
        seed_county(county.db, villages=(VILLAGE_CODE,), households=0)  # 固始县 城关镇, the village
        edit(county, Village, first(county, Village, code=VILLAGE_CODE).id, name="河口村")
        [result] = sync_service.export(county.db, stick, villages=[VILLAGE_CODE], join_request=request)
        package = result.path
    finally:
        county.db.close()

    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: (str(package), ""))
    trigger(qtbot, find_action(window, "sync_import"))
    dialog = top_level(ImportDialog)
    click(qtbot, button_with_text(dialog, "选择文件…"))
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        click(qtbot, dialog.import_button)
    assert "已导入" in dialog.summary.text()
    click(qtbot, button_with_text(dialog, "关闭"))
    assert not dialog.isVisible()
    trigger(qtbot, find_action(window, "sync_keys"))  # the page again: now joined
    joined = keys.status.text()  # the village by name, no longer its code; no second join request offered
    assert "已加入县级" in joined and "河口村" in joined and VILLAGE_CODE not in joined, joined
    assert not keys.request_button.isVisible()
    # The laptop's own township and village became the county's records: one of each, nothing to decide.
    tree = window.register.tree
    qtbot.waitUntil(lambda: any(n.name == "固始县" for n in tree.roots), timeout=WAIT_MS)
    names = [n.name for r in tree.roots for n in r.walk()]
    assert names.count("城关镇") == 1 and names.count("河口村") == 1, names
    trigger(qtbot, find_action(window, "sync_conflicts"))
    conflicts = window.tabs.currentWidget()
    assert conflicts.summary.text() == "待处理的冲突：0 条" and conflicts.model.rowCount() == 0
    assert window.register.list.model.rowCount() == 1


def export_package_to_folder(qtbot, window: MainWindow, folder: Path, monkeypatch) -> None:
    """同步 → 导出同步包: 其他文件夹… → 导出; the package is written, verified and named on screen."""
    from fupin_desktop.gui.sync.export_dialog import ExportDialog

    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_existing_directory", lambda *a, **k: str(folder))
    trigger(qtbot, find_action(window, "sync_export"))
    dialog = top_level(ExportDialog)
    assert dialog.receiver.currentText().startswith("县级：固始县扶贫办")
    click(qtbot, dialog.place.browse_button)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        click(qtbot, dialog.export_button)
    [package] = list(folder.glob("*.fpkg"))
    assert f"已写入 {package}" in dialog.result_label.text() and "可以安全拔出" in dialog.result_label.text()
    click(qtbot, dialog.close_button)


# --- the test ------------------------------------------------------------------------------------

@pytest.fixture
def fresh_install(tmp_path, monkeypatch):
    """A data folder of our own, no database yet (first start), message boxes recorded."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    answers = Answers(monkeypatch)  # questions answered Yes; warnings recorded
    return tmp_path, answers


def test_cadre_journey(qtbot, fresh_install, monkeypatch):
    tmp, answers = fresh_install
    steps: list[str] = []

    def journey(_app=None) -> int:
        window = top_level(MainWindow)
        assert window is not None and window.db is not None
        try:
            qtbot.waitUntil(lambda: window.plan_actions is not None, timeout=WAIT_MS)
            assert "角色：村级" in window.role_label.text()
            new_village(qtbot, window)
            steps.append("village")
            new_household(qtbot, window)
            steps.append("household")
            plan_wizard(qtbot, window)
            steps.append("plan")
            tracking = open_tracking(qtbot, window)
            record_visits(qtbot, tracking)
            steps.append("visits")
            record_payment(qtbot, tracking)
            steps.append("payment")
            print_card(qtbot, window, tmp, monkeypatch)
            steps.append("card")
            print_notice(qtbot, window, tmp, monkeypatch)
            steps.append("notice")
            join_county(qtbot, window, tmp, monkeypatch)
            steps.append("joined")
            export_package_to_folder(qtbot, window, tmp / "usb", monkeypatch)
            steps.append("export")
        finally:
            for form in window.register.unsaved_forms():
                form.done(0)
            window.close()
        return 0

    first_start(qtbot, tmp / "cadre.db", journey, monkeypatch)
    assert answers.warned == []  # no warning or error box on the way
    assert len(answers.asked) == 1 and "走访记录" in answers.asked[0]  # only 删除走访 asked first
    assert steps == ["village", "household", "plan", "visits", "payment", "card", "notice", "joined", "export"]

