"""The N+2 plan wizard: 对人, 诊断, 一人一策, 户策, 对时/对责, 对账, 确认 (issue 4 §3).

Every page edits one shared draft (services.plans.data.PlanDraft) and writes its widgets into it
when left in either direction, so Back never loses input. 保存草稿 saves at any page (the page is
remembered and the wizard resumes there); 确认计划 is refused while an error remains. Saving and
confirming run through the background-operation helper; the widgets never touch the database.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from datetime import date
from typing import Callable, Optional

from fupin_desktop.errors import UserFacingError
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.plan_wizard.common import (
    PAGE_CONFIRM,
    PAGE_DIAGNOSIS,
    PAGE_FUNDS,
    PAGE_HOUSEHOLD_MEASURES,
    PAGE_PERSON,
    PAGE_PERSON_MEASURES,
    PAGE_SCHEDULE,
    WizardContext,
)
from fupin_desktop.gui.plan_wizard.page_confirm import ConfirmPage
from fupin_desktop.gui.plan_wizard.page_diagnosis import DiagnosisPage
from fupin_desktop.gui.plan_wizard.page_funds import FundsPage
from fupin_desktop.gui.plan_wizard.page_household_measures import HouseholdMeasuresPage
from fupin_desktop.gui.plan_wizard.page_person import PersonPage
from fupin_desktop.gui.plan_wizard.page_person_measures import PersonMeasuresPage
from fupin_desktop.gui.plan_wizard.page_schedule import SchedulePage
from fupin_desktop.gui.qt import QCoreApplication, QMessageBox, QSize, Qt, QWizard, Signal
from fupin_desktop.services.plans import lifecycle as plans

log = logging.getLogger(__name__)


def _snapshot(draft) -> str:
    data = asdict(draft)
    data.pop("page", None)
    data.pop("saved", None)
    return json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)


class PlanWizard(QWizard):
    """``plan_confirmed(PlanView)`` after a successful confirm; ``draft_saved()`` after each save."""

    plan_confirmed = Signal(object)
    draft_saved = Signal()

    def __init__(self, ctx: WizardContext, db, runner: Callable = run_in_background, user: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.runner = runner
        self.user = user
        self.busy = False
        self.confirmed_view = None
        self.last_error: Optional[BaseException] = None
        self.setObjectName("planWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("保存草稿"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("确认计划"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("关闭"))
        self.customButtonClicked.connect(self._custom_button)
        self.pages = {
            PAGE_PERSON: PersonPage(ctx), PAGE_DIAGNOSIS: DiagnosisPage(ctx),
            PAGE_PERSON_MEASURES: PersonMeasuresPage(ctx), PAGE_HOUSEHOLD_MEASURES: HouseholdMeasuresPage(ctx),
            PAGE_SCHEDULE: SchedulePage(ctx), PAGE_FUNDS: FundsPage(ctx), PAGE_CONFIRM: ConfirmPage(ctx),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.pages[PAGE_CONFIRM].go_to_page.connect(self.go_to)
        draft = ctx.draft
        if draft.saved and 0 < draft.page < len(self.pages):
            self.setStartId(draft.page)
        self._saved_snapshot = _snapshot(draft)
        self.resize(QSize(980, 680))
        self._update_title()

    # --- state ----------------------------------------------------------------------------
    @property
    def draft(self):
        return self.ctx.draft

    def _update_title(self) -> None:
        draft = self.draft
        status = vocab_labels.label("plan_status", draft.status)
        title = self.tr("N+2 帮扶计划 — {head}（{year}年 第{version}版 {status}）").format(
            head=draft.household.head_name, year=draft.year, version=draft.version, status=status)
        if draft.supersedes_id and draft.status == "draft":
            title += self.tr("：修改已确认的计划，确认后生成新版本，原版本保留")
        self.setWindowTitle(title)

    def store_current(self) -> None:
        page = self.currentPage()
        if page is not None and hasattr(page, "store"):
            page.store()
        self.draft.page = max(self.currentId(), 0)

    def is_dirty(self) -> bool:
        self.store_current()
        return _snapshot(self.draft) != self._saved_snapshot

    def go_to(self, page_id: int) -> None:
        """Back to an earlier page (the confirm page sends the cadre where a finding is fixed)."""
        while self.currentId() > page_id and self.currentId() != self.startId():
            self.back()
        while self.currentId() < page_id:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    # --- saving and confirming -----------------------------------------------------------
    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value or which == QWizard.WizardButton.CustomButton1:
            self.save_draft()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.FinishButton):
            self.button(button).setEnabled(not busy)
        if not busy and self.currentId() == PAGE_CONFIRM:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(self.currentPage().isComplete())

    def save_draft(self, on_done: Optional[Callable[[], None]] = None) -> None:
        if self.busy:
            return
        self.store_current()
        draft = self.draft
        self._set_busy(True)

        def done(saved) -> None:
            self._set_busy(False)
            self._saved_snapshot = _snapshot(saved)
            self._update_title()
            self.draft_saved.emit()
            if on_done is not None:
                on_done()

        self.runner(lambda progress, cancelled: plans.save_draft(self.db, draft), on_done=done,
                    on_error=self._failed)

    def accept(self) -> None:
        """Finish = 确认计划: confirm in the background, close on success."""
        if self.busy:
            return
        self.store_current()
        draft, today = self.draft, self.ctx.today
        self._set_busy(True)

        def done(view) -> None:
            self._set_busy(False)
            self.confirmed_view = view
            self._saved_snapshot = _snapshot(self.draft)
            self.plan_confirmed.emit(view)
            QWizard.accept(self)

        self.runner(lambda progress, cancelled: plans.confirm(self.db, draft, user=self.user, today=today),
                    on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.last_error = exc
        if isinstance(exc, plans.PlanBlocked):
            if self.currentId() == PAGE_CONFIRM:
                self.pages[PAGE_CONFIRM].refresh(exc.findings)
            message = error_text(exc)
        elif isinstance(exc, UserFacingError):
            message = error_text(exc)
        else:
            log.error("plan wizard operation failed", exc_info=exc)
            message = self.tr("操作失败：{error}").format(error=error_text(exc))
        if self.property("quiet_errors"):
            return
        QMessageBox.warning(self, self.tr("帮扶计划"), message)

    def reject(self) -> None:
        """关闭: offer to save a changed draft first."""
        if self.confirmed_view is None and not self.property("quiet_errors") and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("帮扶计划"), self.tr("计划有未保存的修改，是否保存为草稿？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_draft(on_done=lambda: QWizard.reject(self))
                return
        QWizard.reject(self)


def load_wizard_context(db, household_id: str, year: Optional[int] = None, today: Optional[date] = None) -> WizardContext:
    """Everything the wizard needs, read through the services (runs off the GUI thread)."""
    from fupin_desktop.services.county.household_exit import poverty_line_for
    from fupin_desktop.services.plans.tracking import list_cadres

    today = today or date.today()
    draft = plans.open_draft(db, household_id, year or today.year)
    cadres = list_cadres(db, draft.household.village_id)
    return WizardContext(draft, today, cadres, poverty_line_for(db, draft.year))


def open_plan_wizard(parent, db, household_id: str, year: Optional[int] = None, today: Optional[date] = None,
                     runner: Callable = run_in_background, user: str = "",
                     on_open: Optional[Callable[[PlanWizard], None]] = None) -> Optional[PlanWizard]:
    """Open the household's plan wizard (resuming its draft, or revising its confirmed plan).

    Loading runs through ``runner``; the wizard is shown when it is ready and handed to ``on_open``.
    Returns the wizard when the runner finished at once (run_inline), else None.
    """
    opened: list[PlanWizard] = []

    def done(ctx: WizardContext) -> None:
        wizard = PlanWizard(ctx, db, runner=runner, user=user, parent=parent)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        opened.append(wizard)
        if on_open is not None:
            on_open(wizard)

    def failed(exc: BaseException) -> None:
        message = error_text(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("PlanWizard", "帮扶计划"), message)

    runner(lambda progress, cancelled: load_wizard_context(db, household_id, year, today), on_done=done,
           on_error=failed)
    return opened[0] if opened else None
