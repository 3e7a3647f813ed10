"""设置 › 收入标准: the yearly poverty line is typed per year and the plan wizard uses it (issue 11 §2.6)."""

from __future__ import annotations

from datetime import date

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_wizard.common import PAGE_DIAGNOSIS, PAGE_PERSON
from fupin_desktop.gui.qt import QDialogButtonBox, Qt, QWizard
from fupin_desktop.gui.register.profile_dialogs import SettingsDialog
from fupin_desktop.services.county.household_exit import poverty_line_for
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.services.setup.settings import get_setting
from tests.gui.dialog_support import when_modal
from tests.gui.register_support import keep
from tests.gui.test_plan_wizard import household_without_plan, open_wizard

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2024, 7, 1)  # 2024 is not in resources/policy/household_exit.yaml: 2021's line is carried


def _type_line(qtbot, dialog: SettingsDialog, year: int, text: str) -> None:
    tabs = dialog.ui.settingsTabs
    qtbot.mouseClick(tabs.tabBar(), LEFT, pos=tabs.tabBar().tabRect(tabs.indexOf(dialog.ui.incomeTab)).center())
    assert tabs.currentWidget() is dialog.ui.incomeTab
    spin = dialog.findChild(type(dialog.poverty_lines.spins[year]), f"povertyLineSpin_{year}")
    assert spin is not None and spin.isVisible()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def _settings(qtbot, window, act) -> list:
    seen = when_modal(qtbot, SettingsDialog, act)
    window.menus.actions["settings"].trigger()
    assert seen and not seen.still_open
    return seen


def test_the_line_is_typed_per_year_in_settings_and_used_by_the_wizard(qtbot, tmp_db):
    generate_demo(tmp_db, households=20, seed=11, year=TODAY.year)
    save_profile(tmp_db, Profile(role="village", user_name="李强"))
    hid = household_without_plan(tmp_db)

    wizard = open_wizard(qtbot, tmp_db, hid)  # before: the carried line, and where to fill it in
    assert wizard.currentId() == PAGE_PERSON
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == PAGE_DIAGNOSIS
    before = wizard.page(PAGE_DIAGNOSIS).ui.incomeSummaryLabel.text()
    assert "2024年标准 6,000 元" in before and "沿用2021年" in before and "设置 → 收入标准" in before
    wizard.done(0)

    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline,
                                    today=TODAY))

    def set_line(dialog: SettingsDialog) -> None:
        table = dialog.ui.povertyLineTable
        years = [int(table.item(r, 0).text()) for r in range(table.rowCount())]
        assert years[0] == 2014 and years[-1] == TODAY.year + 1  # the policy table's years up to next year
        row = years.index(2024)
        assert "沿用2021年" in table.item(row, 2).text()
        assert table.item(years.index(2020), 2).text() == "默认值"
        _type_line(qtbot, dialog, 2024, "6500")
        assert "本机填写" in table.item(row, 2).text()
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    _settings(qtbot, window, set_line)
    line = poverty_line_for(tmp_db, 2024)
    assert (line.amount, line.source) == (6500, "setting")
    assert get_setting(tmp_db, "poverty_line.2020") == ""  # years not edited stay on the default table

    wizard = open_wizard(qtbot, tmp_db, hid)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    after = wizard.page(PAGE_DIAGNOSIS).ui.incomeSummaryLabel.text()
    assert "2024年标准 6,500 元" in after and "沿用" not in after
    wizard.done(0)

    def reset(dialog: SettingsDialog) -> None:  # 恢复默认值 on the selected year, then 确定
        tabs = dialog.ui.settingsTabs
        qtbot.mouseClick(tabs.tabBar(), LEFT, pos=tabs.tabBar().tabRect(1).center())
        table = dialog.ui.povertyLineTable
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "2024")
        qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, 0)).center())
        assert "本机填写" in table.item(row, 2).text()
        qtbot.mouseClick(dialog.ui.resetLineButton, LEFT)
        assert dialog.poverty_lines.spins[2024].value() == 6000
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    _settings(qtbot, window, reset)
    assert poverty_line_for(tmp_db, 2024).source == "carried"


def test_cancel_keeps_the_line(qtbot, tmp_db):
    save_profile(tmp_db, Profile(role="village", user_name="李强"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline,
                                    today=TODAY))

    def typed_then_cancelled(dialog: SettingsDialog) -> None:
        _type_line(qtbot, dialog, 2021, "7000")
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), LEFT)

    _settings(qtbot, window, typed_then_cancelled)
    assert poverty_line_for(tmp_db, 2021).amount == 6000
