"""确认: summary, every finding (register and plan rules), confirm only when no error remains."""

from __future__ import annotations

from html import escape

from fupin_desktop.domain.exit_rules import assess_household_exit
from fupin_desktop.domain.plan_rules import n_plus_2
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.forms.ui_plan_confirm_page import Ui_PlanConfirmPage
from fupin_desktop.gui.plan_wizard.common import FINDING_ROLE, WizardContext, fill_findings, finding_scope, page_for
from fupin_desktop.gui.qt import QWizardPage, Signal
from fupin_desktop.services.plans.lifecycle import draft_findings


class ConfirmPage(QWizardPage):
    go_to_page = Signal(int)

    def __init__(self, ctx: WizardContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PlanConfirmPage()
        self.ui.setupUi(self)
        self.findings: list = []
        self.ui.findingsList.itemDoubleClicked.connect(self._jump)
        self.setCommitPage(False)

    def initializePage(self) -> None:  # noqa: N802
        self.ui.expectedEffectEdit.setPlainText(self.ctx.draft.expected_effect)
        self.refresh()

    def validatePage(self) -> bool:  # noqa: N802
        self.store()
        return not self.errors()

    def cleanupPage(self) -> None:  # noqa: N802
        self.store()

    def store(self) -> None:
        self.ctx.draft.expected_effect = self.ui.expectedEffectEdit.toPlainText().strip()

    def errors(self) -> list:
        return [f for f in self.findings if f.is_error]

    def isComplete(self) -> bool:  # noqa: N802
        return not self.errors()

    def refresh(self, findings=None) -> None:
        draft = self.ctx.draft
        self.findings = list(findings) if findings is not None else draft_findings(draft, self.ctx.today)
        live = [m for m in draft.measures if not m.deleted]
        status = n_plus_2(draft.members, live)
        money = sum(m.amount or 0.0 for m in live if m.status != "cancelled")
        h = draft.household
        lines = [
            self.tr("<b>{head}</b>户（{place}），{year}年帮扶计划第 {version} 版").format(
                head=escape(h.head_name), place=escape(f"{h.village_name}{h.group_name}"), year=draft.year,
                version=draft.version),
            self.tr("主要致贫原因：{cause}；人均纯收入 {pci:,.0f} 元").format(
                cause=escape(vocab_labels.label("poverty_cause", h.main_cause) or self.tr("未填")),
                pci=h.per_capita_income or 0),
            self.tr("N：{members} 名成员中 {covered} 人已有个人措施；+2：户措施 {hh} 项").format(
                members=status.members, covered=status.covered, hh=status.household_measures),
            self.tr("措施共 {n} 项，计划资金 {money:,.2f} 元").format(n=len(live), money=money),
        ]
        if self.ctx.poverty_line is not None:
            exit_check = assess_household_exit(h, draft.members, draft.year, self.ctx.poverty_line, self.ctx.today)
            if exit_check.eligible:
                lines.append(self.tr("退出评估：已达到收入标准和两不愁三保障、饮水安全"))
            else:
                unmet = "、".join(escape(c.label) for c in exit_check.criteria if not c.met)
                lines.append(self.tr("退出评估：尚未达到（{unmet}）").format(unmet=unmet))
        self.ui.summaryLabel.setText("<br>".join(lines))
        fill_findings(self.ui.findingsList, self.findings, self.wizard(), draft.measures)
        errors = len(self.errors())
        warnings = len(self.findings) - errors
        if errors:
            self.ui.statusLabel.setText(self.tr("还有 {e} 个错误需要修正，修正后才能确认计划（另有 {w} 条提示）。").format(
                e=errors, w=warnings))
            self.ui.statusLabel.setStyleSheet("color: #b3261e; font-weight: bold;")
        elif warnings:  # e.g. an amount far above the usual range: not "all clear"
            self.ui.statusLabel.setText(self.tr("没有错误，但有 {w} 条提示需要核实（见下方列表），核实无误后可以确认计划。").format(
                w=warnings))
            self.ui.statusLabel.setStyleSheet("color: #8a5a00; font-weight: bold;")
        else:
            self.ui.statusLabel.setText(self.tr("没有错误，可以确认计划。"))
            self.ui.statusLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.completeChanged.emit()

    def _jump(self, item) -> None:
        finding = item.data(FINDING_ROLE)
        if finding is None:
            return
        self.go_to_page.emit(page_for(finding, finding_scope(finding, self.ctx.draft.measures)))
