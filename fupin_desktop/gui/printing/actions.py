"""打印: what the household view, the village list and the 打印 menu call.

Every entry point renders the PDF in the background (a batch shows progress and can be cancelled),
then opens the preview, from which the user prints or saves. The main window only calls
:func:`install_print_actions`; the household view calls ``actions.print_household(id)`` and the
household list ``actions.print_households(ids)``.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Optional, Sequence

from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.printing.progress import error_text, run_with_progress
from fupin_desktop.gui.qt import QAction, QCoreApplication, QMessageBox, QObject, QWidget, Signal

log = logging.getLogger(__name__)


def _render_into_temp(render: Callable) -> Callable:
    """Wrap ``render(path, progress)`` so it writes into a fresh temporary folder, removed on failure."""

    def work(progress, is_cancelled):
        folder = Path(tempfile.mkdtemp(prefix="fupin-preview-"))
        try:
            return render(folder / "preview.pdf", progress), folder
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

    return work


def _print_choices(db) -> dict:
    from fupin_desktop.services.printing.card_data import village_choices
    from fupin_desktop.services.printing.notice_data import notice_config, notice_kinds
    from fupin_desktop.services.setup.settings import get_setting

    config = notice_config()
    return {"villages": village_choices(db), "kinds": notice_kinds(), "phone": get_setting(db, "phone", ""),
            "days": int(config["default_days"]), "min_days": int(config["min_days"])}


class PrintActions(QObject):
    """Owns the preview windows it opened. ``preview_opened(dialog)`` fires for each."""

    preview_opened = Signal(object)

    def __init__(self, parent: QWidget, db, runner: Callable = run_in_background,
                 preview_factory: Optional[Callable] = None, options_factory: Optional[Callable] = None):
        super().__init__(parent)
        self.parent_widget = parent
        self.db = db
        self.runner = runner
        self.preview_factory = preview_factory
        self.options_factory = options_factory
        self.previews: list = []
        self.last_operation = None

    def _tr_title(self) -> str:
        return self.tr("打印")

    # --- entry points -------------------------------------------------------------------------
    def print_household(self, household_id: str, year: Optional[int] = None) -> None:
        from fupin_desktop.services.printing.render import render_card

        db = self.db
        self._render(self.tr("正在生成帮扶计划卡"),
                     lambda path, progress: render_card(db, household_id, path, year=year))

    def print_households(self, household_ids: Sequence[str], year: Optional[int] = None) -> None:
        """Cards of a filtered selection from the household list, in one file."""
        from fupin_desktop.services.printing.render import render_cards

        db, ids = self.db, list(household_ids)
        self._render(self.tr("正在生成帮扶计划卡"),
                     lambda path, progress: render_cards(db, ids, path, year=year, progress=progress))

    def print_village(self, village_code: Optional[str] = None, group: Optional[str] = None) -> None:
        from fupin_desktop.services.printing.render import render_village

        if village_code is None:
            self._ask(notice=False)
            return
        db = self.db
        self._render(self.tr("正在生成全村帮扶计划卡"),
                     lambda path, progress: render_village(db, village_code, path, group=group, progress=progress))

    def print_notice(self, village_code: Optional[str] = None, group: Optional[str] = None, kind: str = "plan",
                     start=None, days: Optional[int] = None, phone: Optional[str] = None,
                     ask: bool = True) -> None:
        from fupin_desktop.services.printing.render import render_notice

        if ask:
            self._ask(notice=True, village_code=village_code)
            return
        db = self.db
        self._render(self.tr("正在生成公示名单"),
                     lambda path, progress: render_notice(db, village_code, path, kind=kind, start=start, days=days,
                                                          phone=phone, group=group, progress=progress))

    # --- plumbing -----------------------------------------------------------------------------
    def _ask(self, notice: bool, village_code: Optional[str] = None) -> None:
        """Fetch the villages (off the GUI thread), then ask what to print."""
        db = self.db
        self.runner(lambda progress, is_cancelled: _print_choices(db),
                    on_done=lambda choices: self._ask_with(choices, notice, village_code),
                    on_error=lambda exc: QMessageBox.warning(self.parent_widget, self._tr_title(), error_text(exc)))

    def _ask_with(self, choices: dict, notice: bool, village_code: Optional[str]) -> None:
        from fupin_desktop.gui.printing.options_dialog import PrintOptionsDialog

        if not choices["villages"]:
            QMessageBox.information(self.parent_widget, self._tr_title(), self.tr("还没有村和农户，无可打印的内容。"))
            return
        factory = self.options_factory or PrintOptionsDialog
        dialog = factory(choices["villages"], notice=notice, kinds=choices["kinds"], phone=choices["phone"],
                         days=choices["days"], min_days=choices["min_days"], village_code=village_code,
                         parent=self.parent_widget)
        if not dialog.exec():
            return
        o = dialog.options()
        if notice:
            self.print_notice(o.village_code, group=o.group, kind=o.kind, start=o.start, days=o.days, phone=o.phone,
                              ask=False)
        else:
            self.print_village(o.village_code, group=o.group)

    def _render(self, label: str, render: Callable) -> None:
        self.last_operation = run_with_progress(
            self.parent_widget, self._tr_title(), label, _render_into_temp(render), runner=self.runner,
            on_done=self._open_preview)

    def _open_preview(self, result) -> None:
        job, folder = result
        try:
            from fupin_desktop.gui.printing.preview_dialog import PrintPreviewDialog
        except ImportError as exc:  # an installation built without QtPdf
            log.error("print preview unavailable: %s", exc)
            shutil.rmtree(folder, ignore_errors=True)
            QMessageBox.warning(self.parent_widget, self._tr_title(),
                                self.tr("此安装缺少打印预览组件（QtPdf），无法预览和打印。请用命令行 fupin print 生成 PDF。"))
            return
        factory = self.preview_factory or PrintPreviewDialog
        dialog = factory(job, self.db, runner=self.runner, parent=self.parent_widget, temp_dir=folder)
        dialog.finished.connect(lambda _code, d=dialog: self._forget(d))
        dialog.output_recorded.connect(lambda _output, j=job: self._printed(j))
        self.previews.append(dialog)
        dialog.show()
        self.preview_opened.emit(dialog)

    def _printed(self, job) -> None:
        """Printing or saving moved confirmed plans to 已打印: the register's summary says so at once
        (it kept saying 已确认 until F5)."""
        window = self.parent_widget
        changed = getattr(window, "plan_changed", None)
        if job.household_id and callable(changed):
            changed(job.household_id)
        elif job.plan_ids and callable(getattr(window, "reload", None)):
            window.reload()

    def _forget(self, dialog) -> None:
        if dialog in self.previews:
            self.previews.remove(dialog)
        dialog.deleteLater()


def install_print_actions(main_window, db, runner: Callable = run_in_background) -> PrintActions:
    """Add the 打印 menu to ``main_window`` and return the actions object (also for the household view)."""
    actions = PrintActions(main_window, db, runner=runner)
    menu = main_window.menuBar().addMenu(QCoreApplication.translate("PrintActions", "打印(&P)"))
    menu.setObjectName("printMenu")
    cards = QAction(QCoreApplication.translate("PrintActions", "帮扶计划卡（全村或村民小组）(&C)…"), actions)
    cards.setObjectName("print_village_cards")
    cards.triggered.connect(lambda _=False: actions.print_village())
    notice = QAction(QCoreApplication.translate("PrintActions", "公示名单(&N)…"), actions)
    notice.setObjectName("print_notice")
    notice.triggered.connect(lambda _=False: actions.print_notice())
    menu.addAction(cards)
    menu.addAction(notice)
    actions.menu = menu
    return actions
