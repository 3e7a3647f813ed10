"""One household's plan after confirmation: measure progress, fund ledger, visits, history (issue 4 §5)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Optional

from fupin_desktop.domain.plan_rules import is_overdue
from fupin_desktop.errors import UserFacingError
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_in_background, writer_for
from fupin_desktop.gui.plan_tracking.ledger_panel import LedgerPanel
from fupin_desktop.gui.plan_tracking.tables import fill_rows, read_only_table, selected_payload
from fupin_desktop.gui.plan_tracking.visits_panel import VisitsPanel
from fupin_desktop.gui.qt import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.vocab_labels import label, measure_label
from fupin_desktop.services.plans import lifecycle as plans
from fupin_desktop.services.plans import tracking
from fupin_desktop.services.setup.first_start import load_profile

log = logging.getLogger(__name__)


@dataclass
class TrackingData:
    household_id: str
    today: date
    view: Optional[plans.PlanView] = None  # the version shown
    history: list = field(default_factory=list)  # PlanSummary, newest first
    ledger: Optional[tracking.Ledger] = None
    visits: list = field(default_factory=list)
    cadres: list = field(default_factory=list)
    user_name: str = ""  # the cadre named at first start (there is no login): who records a visit

    @property
    def editable(self) -> bool:
        """Progress and payments are booked on the current confirmed version only."""
        s = self.view.summary if self.view else None
        return bool(s and s.is_current and s.status in ("confirmed", "printed", "signed"))


def load_tracking(db, household_id: str, plan_id: Optional[str] = None, today: Optional[date] = None) -> TrackingData:
    """Everything the tracking view shows, through the services (runs off the GUI thread)."""
    today = today or date.today()
    data = TrackingData(household_id, today)
    data.history = plans.plan_history(db, household_id)
    if plan_id:
        data.view = plans.plan_view(db, plan_id)
    else:
        current = [h for h in data.history if h.is_current]
        data.view = plans.plan_view(db, current[0].id) if current else None
    if data.view is not None:
        data.ledger = tracking.ledger(db, data.view.id)
        data.cadres = tracking.list_cadres(db, data.view.household.village_id)
    else:
        data.cadres = tracking.list_cadres(db)
    data.visits = tracking.list_visits(db, household_id)
    data.user_name = load_profile(db).user_name
    return data


class DoneDialog(QDialog):
    """``planned``/``paid``: the measure's money; what the ledger still lacks is said before closing it (对账)."""

    def __init__(self, label: str, today: date, parent=None, planned: float = 0.0, paid: float = 0.0):
        super().__init__(parent)
        self.setWindowTitle(self.tr("措施完成"))
        self.date_edit = QDateEdit(today)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(today)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("“{label}”完成日期：").format(label=label)), self.date_edit)
        self.money_note = QLabel()
        self.money_note.setObjectName("doneMoneyNote")
        self.money_note.setWordWrap(True)
        self.money_note.setStyleSheet("color: #9a6700;")
        if planned - paid > 0.005:
            self.money_note.setText(self.tr(
                "计划 {planned:,.2f} 元，资金台账已登记拨付 {paid:,.2f} 元，还有 {rest:,.2f} 元未登记。"
                "已拨付的请先在“资金台账”登记，账才对得上。").format(planned=planned, paid=paid, rest=planned - paid))
            form.addRow(self.money_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())


class PlanTrackingWidget(QWidget):
    """Emits ``data_changed`` after every booked change; ``loaded`` after each (re)load."""

    data_changed = Signal()
    loaded = Signal()

    def __init__(self, db, household_id: str, runner: Callable = run_in_background, today: Optional[date] = None,
                 parent=None):
        super().__init__(parent)
        self.db = db
        self.household_id = household_id
        self.runner = runner
        self.today = today
        self.data: Optional[TrackingData] = None
        self.last_error: Optional[BaseException] = None
        self.setObjectName("planTracking")
        self.title = QLabel()
        self.title.setObjectName("trackingTitle")
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("versionCombo")
        # As wide as its longest entry ("2026年 第1版 已确认（当前）" was cut to "2026年 第1...").
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.activated.connect(self._version_chosen)
        self.edit_button = QPushButton(self.tr("修改计划…"))
        self.edit_button.clicked.connect(self.edit_plan)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(self.tr("版本：")))
        head.addWidget(self.version_combo)
        head.addWidget(self.edit_button)
        head.addWidget(self.refresh_button)

        self.measures = read_only_table([self.tr("对象"), self.tr("措施"), self.tr("类别"), self.tr("责任人"),
                                         self.tr("完成时限"), self.tr("状态"), self.tr("完成日期"), self.tr("计划金额"),
                                         self.tr("已拨付"), self.tr("说明")], "measuresTable", stretch=1)
        self.progress_button = QPushButton(self.tr("标为实施中"))
        self.done_button = QPushButton(self.tr("标为已完成…"))
        self.cancel_button = QPushButton(self.tr("取消措施…"))
        self.progress_button.clicked.connect(lambda: self._status_clicked("in_progress"))
        self.done_button.clicked.connect(lambda: self._status_clicked("done"))
        self.cancel_button.clicked.connect(lambda: self._status_clicked("cancelled"))
        buttons = QHBoxLayout()
        for b in (self.progress_button, self.done_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.measures_summary = QLabel()
        measures_tab = QWidget()
        column = QVBoxLayout(measures_tab)
        column.addWidget(self.measures)
        column.addLayout(buttons)
        column.addWidget(self.measures_summary)

        self.ledger_panel = LedgerPanel(self)
        self.visits_panel = VisitsPanel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(measures_tab, self.tr("措施进展"))
        self.tabs.addTab(self.ledger_panel, self.tr("资金台账"))
        self.tabs.addTab(self.visits_panel, self.tr("走访记录"))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs)
        self.refresh()

    # --- loading --------------------------------------------------------------------------
    def refresh(self, plan_id: Optional[str] = None) -> None:
        self.runner(lambda progress, cancelled: load_tracking(self.db, self.household_id, plan_id, self.today),
                    on_done=self._show, on_error=self._failed)

    def _show(self, data: TrackingData) -> None:
        self.data = data
        self.version_combo.clear()
        for h in data.history:
            current = self.tr("（当前）") if h.is_current else ""
            self.version_combo.addItem(self.tr("{year}年 第{v}版 {status}{current}").format(
                year=h.year, v=h.version, status=label("plan_status", h.status), current=current), h.id)
        view = data.view
        if view is None:
            self.title.setText(self.tr("该户还没有帮扶计划"))
            fill_rows(self.measures, [])
        else:
            self.version_combo.setCurrentIndex(max(self.version_combo.findData(view.id), 0))
            s = view.summary
            self.title.setText(self.tr("<b>{head}</b>户　{year}年帮扶计划 第{v}版　{status}").format(
                head=view.household.head_name, year=s.year, v=s.version, status=label("plan_status", s.status)))
            self._fill_measures(view)
        editable = data.editable
        for b in (self.progress_button, self.done_button, self.cancel_button):
            b.setEnabled(editable)
        self.ledger_panel.show_data(data)
        self.visits_panel.show_data(data)
        self.loaded.emit()

    def _fill_measures(self, view) -> None:
        names = {m.id: m.name for m in view.members}
        today = self.data.today
        rows = []
        for m in view.measures:
            who = names.get(m.member_id, "") if m.scope == "person" else self.tr("全户")
            note = m.cancel_reason if m.status == "cancelled" else (
                self.tr("已逾期") if is_overdue(m, today) else "")
            rows.append((m, [who, measure_label(m.item_code), label("measure_family", m.family), m.responsible_name,
                             m.due_date,
                             label("measure_status", m.status),
                             m.done_date, m.amount, m.paid, note]))
        fill_rows(self.measures, rows, highlight=lambda m: is_overdue(m, today))
        done = sum(m.status == "done" for m in view.measures)
        late = sum(is_overdue(m, today) for m in view.measures)
        self.measures_summary.setText(self.tr("共 %n 项措施", "", len(view.measures)) + self.tr("，已完成 %n 项", "", done)
                                      + self.tr("，逾期 %n 项", "", late))

    def _version_chosen(self, index: int) -> None:
        self.refresh(self.version_combo.itemData(index))

    # --- writing --------------------------------------------------------------------------
    def run_write(self, work: Callable[[], object], on_success: Optional[Callable[[], None]] = None) -> None:
        """Run a service write in the background, then reload the view."""
        def done(_result) -> None:
            if on_success is not None:
                on_success()
            self.data_changed.emit()
            self.refresh(self.data.view.id if self.data and self.data.view else None)

        writer_for(self.runner)(lambda progress, cancelled: work(), on_done=done, on_error=self._failed)

    def selected_measure(self):
        return selected_payload(self.measures)

    def set_status(self, measure_id: str, status: str, done_date: Optional[date] = None, reason: str = "") -> None:
        self.run_write(lambda: tracking.set_measure_status(self.db, measure_id, status, done_date, reason,
                                                           today=self.today))

    def _status_clicked(self, status: str) -> None:
        m = self.selected_measure()
        if m is None:
            QMessageBox.information(self, self.tr("措施进展"), self.tr("请先在表中选择一项措施。"))
            return
        item = measure_label(m.item_code)
        if status == "done":
            dialog = DoneDialog(item, self.today or date.today(), self, planned=m.amount or 0.0, paid=m.paid or 0.0)
            if dialog.exec():
                self.set_status(m.id, status, dialog.value())
        elif status == "cancelled":
            reason, ok = QInputDialog.getText(self, self.tr("取消措施"),
                                              self.tr("取消“{label}”的原因：").format(label=item))
            if ok:
                self.set_status(m.id, status, reason=reason)
        else:
            self.set_status(m.id, status)

    def edit_plan(self) -> None:
        from fupin_desktop.gui.plan_wizard import open_plan_wizard

        year = self.data.view.summary.year if self.data and self.data.view else None

        def opened(wizard) -> None:
            wizard.finished.connect(lambda _r: self.refresh())
            wizard.plan_confirmed.connect(lambda _view: self.data_changed.emit())  # the register's summary too

        open_plan_wizard(self, self.db, self.household_id, year=year, today=self.today, runner=self.runner,
                         on_open=opened)

    def confirm_leave(self) -> bool:
        """Before the window closes: a payment or visit typed and not added would be lost. True: go on."""
        parts = [(panel, text) for panel, text in (
            (self.ledger_panel, self.tr("一笔拨付（未点“登记拨付”）")),
            (self.visits_panel, self.tr("一条走访记录（未点“添加走访记录”）"))) if panel.unsaved()]
        if not parts:
            return True
        head = self.data.view.household.head_name if self.data and self.data.view else ""
        answer = QMessageBox.question(
            self, self.tr("尚未添加"),
            self.tr("“{head}”户还有填写了但未添加的{parts}。退出将丢失这些内容，是否放弃？").format(
                head=head, parts="、".join(text for _panel, text in parts)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            return True
        self.tabs.setCurrentWidget(parts[0][0])  # back to what was typed
        return False

    def _failed(self, exc: BaseException) -> None:
        self.last_error = exc
        message = error_text(exc) if isinstance(exc, UserFacingError) else self.tr("操作失败：{e}").format(e=exc)
        if not isinstance(exc, UserFacingError):
            log.error("tracking operation failed", exc_info=exc)
        if not self.property("quiet_errors"):
            QMessageBox.warning(self, self.tr("帮扶计划跟踪"), message)
