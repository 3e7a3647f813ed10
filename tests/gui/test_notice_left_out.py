"""打印 › 公示名单 in the main window: the notice holds confirmed plans only, and the preview says how
many households were left out and why (as the village batch's preview does)."""

from __future__ import annotations

from datetime import date

from fupin_desktop.gui.fonts import install_app_font
from fupin_desktop.gui.printing.options_dialog import PrintOptionsDialog
from fupin_desktop.gui.qt import QApplication, QDialogButtonBox, Qt
from fupin_desktop.services.printing.card_data import village_choices
from fupin_desktop.services.printing.notice_data import load_notice
from fupin_desktop.services.setup.demo import generate_demo

YEAR = 2026
PHONE = "0371-66881234"


def test_notice_preview_says_which_households_were_left_out(qtbot, tmp_db, monkeypatch):
    from fupin_desktop.gui.main_window import MainWindow

    generate_demo(tmp_db, households=60, seed=4, year=YEAR)
    village = village_choices(tmp_db)[0]
    expected = load_notice(tmp_db, village.code, phone=PHONE, start=date.today())
    assert expected.left_out and any("草稿未确认" in x for x in expected.left_out)
    install_app_font(QApplication.instance())
    window = MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None)
    qtbot.addWidget(window)
    window.show()

    def fill_and_preview(dialog):  # what a cadre does in the options dialog
        dialog.show()
        dialog.village_box.setCurrentIndex(dialog.village_box.findData(village.code))
        dialog.phone_edit.clear()
        qtbot.keyClicks(dialog.phone_edit, PHONE)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PrintOptionsDialog, "exec", fill_and_preview)
    action = next(a for a in window.print_actions.menu.actions() if a.objectName() == "print_notice")
    with qtbot.waitSignal(window.print_actions.preview_opened, timeout=60_000) as signal:
        action.trigger()
    preview = signal.args[0]
    qtbot.addWidget(preview)
    assert preview.job.kind == "notice"
    assert preview.job.households == len(expected.rows)
    assert preview.skipped_label.isVisibleTo(preview)
    text = preview.skipped_label.text()
    assert f"未列入公示 {len(expected.left_out)} 户" in text and "草稿未确认" in text
    preview.close_button.click()
    assert not preview.isVisible()
