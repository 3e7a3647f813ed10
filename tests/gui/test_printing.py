"""Printing in the app: preview, print to a (PDF) printer, save as PDF, background batch with cancel."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from sqlmodel import select

from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.printing.actions import PrintActions, install_print_actions
from fupin_desktop.gui.printing.options_dialog import PrintOptions, PrintOptionsDialog
from fupin_desktop.gui.printing.preview_dialog import PrintPreviewDialog, file_name_for
from fupin_desktop.gui.printing.qt_print import QPdfDocument, QPrinter
from fupin_desktop.gui.qt import QDialogButtonBox, QTimer
from fupin_desktop.services.printing.card_data import village_choices
from fupin_desktop.services.printing.notice_data import notice_kinds
from fupin_desktop.services.printing.render import render_card
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store.models import AuditEvent, Plan
from tests.unit.print_data import LONG_VILLAGE, TODAY, YEAR, add_long_household


@pytest.fixture
def print_db(tmp_db):
    generate_demo(tmp_db, households=60, seed=4, year=YEAR)
    long = add_long_household(tmp_db)
    village = next(c for c in village_choices(tmp_db) if c.code != LONG_VILLAGE)
    return tmp_db, long, village


def _events(db, prefix="print."):
    with db.session() as s:
        return [e for e in s.exec(select(AuditEvent)) if e.action.startswith(prefix)]


def _pdf_printer(path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)  # quick in tests
    return printer


def test_preview_shows_the_pdf_and_saves_and_prints_with_records(qtbot, print_db, tmp_path):
    db, long, _ = print_db
    folder = tmp_path / "preview"
    folder.mkdir()
    job = render_card(db, long.household_id, folder / "preview.pdf", today=TODAY)
    saved = tmp_path / "saved.pdf"
    printed = tmp_path / "printer-output.pdf"
    dialog = PrintPreviewDialog(job, db, runner=run_inline, temp_dir=folder,
                                choose_printer=lambda parent: _pdf_printer(printed),
                                choose_save_path=lambda parent, name: str(saved))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == job.pages >= 2
    available = dialog.screen().availableGeometry()  # buttons never off a small laptop screen
    assert dialog.height() <= available.height() and dialog.width() <= available.width()
    assert f"共 {job.pages} 页" in dialog.info_label.text()
    assert not dialog.skipped_label.isVisible()

    with qtbot.waitSignal(dialog.output_recorded) as signal:
        dialog.save_button.click()
    assert signal.args == ["pdf"]
    assert saved.read_bytes() == job.path.read_bytes()
    assert "已保存" in dialog.status_label.text()

    with qtbot.waitSignal(dialog.output_recorded) as signal:
        dialog.print_button.click()
    assert signal.args == ["printer"]
    assert len(PdfReader(str(printed)).pages) == job.pages  # every page went to the printer
    events = _events(db)
    assert sorted(json.loads(e.detail)["output"] for e in events) == ["pdf", "printer"]
    assert {e.action for e in events} == {"print.card"}
    with db.session() as s:
        assert s.get(Plan, long.plan_id).status == "printed"
    dialog.close()
    dialog.done(0)
    assert not folder.exists()  # the preview's temporary file is gone with the dialog


def test_village_batch_runs_in_the_background_and_opens_a_preview(qtbot, print_db):
    db, _, village = print_db
    actions = PrintActions(None, db)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(actions.preview_opened, timeout=60_000) as signal:
        actions.print_village(village.code)
    timer.stop()
    dialog = signal.args[0]
    qtbot.addWidget(dialog)
    assert ticks, "the GUI thread was blocked while the batch rendered"
    assert dialog.job.kind == "village" and dialog.job.households > 10
    assert dialog.document.pageCount() == dialog.job.pages
    assert dialog.job.skipped and dialog.skipped_label.isVisibleTo(dialog)
    assert _events(db) == []  # a preview is not a print
    temp = dialog.temp_dir
    assert temp.exists()
    dialog.done(0)
    assert not temp.exists()


def test_cancelling_a_batch_opens_nothing_and_leaves_no_file(qtbot, print_db, tmp_path):
    db, _, village = print_db
    actions = PrintActions(None, db)
    opened = []
    actions.preview_opened.connect(opened.append)
    actions.print_village(village.code)
    op = actions.last_operation
    op.cancel()
    qtbot.waitUntil(lambda: op.done, timeout=60_000)
    qtbot.wait(50)
    assert opened == []
    assert op.error is not None and type(op.error).__name__ == "PrintCancelled"


def test_menu_and_notice_options(qtbot, print_db, monkeypatch):
    from fupin_desktop.gui.main_window import MainWindow

    db, _, village = print_db
    window = MainWindow(db.path, db=db)
    qtbot.addWidget(window)
    actions = install_print_actions(window, db, runner=run_inline)
    assert actions.menu.objectName() == "printMenu"
    names = [a.objectName() for a in actions.menu.actions()]
    assert names == ["print_village_cards", "print_notice"]

    class Options:  # the user picks the village, a period and a phone
        def __init__(self, villages, **kw):
            assert any(v.code == village.code for v in villages)
            self.kw = kw

        def exec(self):
            return 1

        def options(self):
            return PrintOptions(village.code, None, kind="plan", start=TODAY, days=7, phone="0371-1234567")

    actions.options_factory = Options
    with qtbot.waitSignal(actions.preview_opened, timeout=30_000) as signal:
        actions.menu.actions()[1].trigger()
    dialog = signal.args[0]
    qtbot.addWidget(dialog)
    assert dialog.job.kind == "notice" and dialog.job.households > 0
    assert file_name_for(dialog.job.title).endswith("公示.pdf")
    dialog.done(0)


def test_options_dialog_needs_a_phone_for_a_notice(qtbot, print_db):
    db, _, village = print_db
    villages = village_choices(db)
    dialog = PrintOptionsDialog(villages, notice=True, kinds=notice_kinds(), phone="", village_code=village.code)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.phone_edit.setText("0371-7654321")
    assert ok.isEnabled()
    assert dialog.village_box.currentData() == village.code
    groups = [dialog.group_box.itemData(i) for i in range(dialog.group_box.count())]
    assert groups[0] is None and groups[1:] == list(village.groups)
    dialog.group_box.setCurrentIndex(1)
    dialog.days_spin.setValue(3)  # below the minimum: clamped
    options = dialog.options()
    assert options.group == village.groups[0] and options.days == 5 and options.phone == "0371-7654321"
    cards = PrintOptionsDialog(villages, notice=False)
    qtbot.addWidget(cards)
    assert cards.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not cards.phone_edit.isVisibleTo(cards)


def test_a_selection_from_the_list_prints_in_group_order(qtbot, print_db):
    from fupin_desktop.services.printing.card_data import village_household_ids

    db, long, village = print_db
    ids = village_household_ids(db, village.code)[:12][::-1] + [long.household_id]
    actions = PrintActions(None, db, runner=run_inline)
    with qtbot.waitSignal(actions.preview_opened, timeout=30_000) as signal:
        actions.print_households(ids)
    dialog = signal.args[0]
    qtbot.addWidget(dialog)
    job = dialog.job
    assert job.kind == "selection"
    assert job.households + len(job.skipped) == len(ids)
    assert dialog.document.pageCount() == job.pages > job.households  # the long card runs over
    dialog.done(0)
