"""Small pieces the wizard pages share: vocabulary combo boxes, dates, finding items, page ids."""

from __future__ import annotations

from datetime import date
from typing import Optional

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.household_rules import age_on
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.page_names import name_page
from fupin_desktop.gui.qt import QColor, QComboBox, QCoreApplication, QDate, QListWidget, QListWidgetItem, Qt
from fupin_desktop.gui.vocab_labels import label, labels, measure_label

# Page ids, in order (QWizard.setPage ids).
PAGE_PERSON, PAGE_DIAGNOSIS, PAGE_PERSON_MEASURES, PAGE_HOUSEHOLD_MEASURES, PAGE_SCHEDULE, PAGE_FUNDS, PAGE_CONFIRM = range(7)

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#8a5a00")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1

# Where a finding is fixed: its field first, then the rule's prefix.
_FIELD_PAGES = {
    "main_cause": PAGE_DIAGNOSIS, "other_cause_1": PAGE_DIAGNOSIS, "per_capita_income": PAGE_DIAGNOSIS,
    "dibao_income": PAGE_DIAGNOSIS, "production_expenses": PAGE_DIAGNOSIS,
    "start_date": PAGE_SCHEDULE, "due_date": PAGE_SCHEDULE, "responsible_name": PAGE_SCHEDULE,
    "amount": PAGE_FUNDS, "fund_source": PAGE_FUNDS,
}


def page_for(finding: Finding, measure_scope: Optional[str] = None) -> int:
    """The wizard page where ``finding`` can be fixed."""
    if finding.field in _FIELD_PAGES:
        if finding.rule == "measure.over_limit_years":
            return PAGE_SCHEDULE
        return _FIELD_PAGES[finding.field]
    if finding.rule.startswith("member."):
        return PAGE_PERSON
    if finding.rule.startswith("household."):
        return PAGE_PERSON if finding.rule in ("household.no_members", "household.head_count") else PAGE_DIAGNOSIS
    if finding.rule == "plan.household_measures_short":
        return PAGE_HOUSEHOLD_MEASURES
    if finding.rule.startswith("plan.") or finding.rule.startswith("measure."):
        return PAGE_HOUSEHOLD_MEASURES if measure_scope == "household" else PAGE_PERSON_MEASURES
    return PAGE_CONFIRM


def finding_scope(finding: Finding, measures=()) -> Optional[str]:
    """The scope of the measure a finding is about (person measures for a member's plan finding)."""
    scope = next((m.scope for m in measures if m.id == finding.measure_id), None)
    if scope is None and finding.member_id and finding.rule.startswith(("plan.", "measure.")):
        scope = "person"
    return scope


def finding_text(finding: Finding, wizard=None, measures=()) -> str:
    """The message, naming the wizard page where it is fixed by that page's title (the core's
    messages name the household form's tabs, e.g. “收入”页, which in the wizard is on 诊断)."""
    page = wizard.page(page_for(finding, finding_scope(finding, measures))) if wizard is not None else None
    return name_page(finding.message, page.title()) if page is not None else finding.message


def fill_findings(widget: QListWidget, findings: list[Finding], wizard=None, measures=()) -> None:
    widget.clear()
    for f in sorted(findings, key=lambda f: not f.is_error):
        if f.is_error:
            prefix = QCoreApplication.translate("PlanWizard", "错误")
        else:
            prefix = QCoreApplication.translate("PlanWizard", "提示")
        item = QListWidgetItem(f"［{prefix}］{finding_text(f, wizard, measures)}")
        item.setForeground(ERROR_COLOUR if f.is_error else WARNING_COLOUR)
        item.setData(FINDING_ROLE, f)
        item.setToolTip(f.rule)
        widget.addItem(item)


def vocab_combo(name: str, blank: Optional[str] = None, parent=None) -> QComboBox:
    combo = QComboBox(parent)
    fill_vocab_combo(combo, name, blank)
    return combo


def fill_vocab_combo(combo: QComboBox, name: str, blank: Optional[str] = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, text in vocab_labels.items(name):
        combo.addItem(text, code)


def set_combo_code(combo: QComboBox, code: Optional[str]) -> None:
    index = combo.findData(code or "")
    if index < 0 and code:
        combo.addItem(code, code)  # a code the vocabulary no longer has: show it rather than lose it
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def combo_code(combo: QComboBox) -> str:
    return combo.currentData() or ""


def to_qdate(value: Optional[date]) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> Optional[date]:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def member_line(member, today: date) -> str:
    """“张大（户主，44岁，长期慢性病，普通劳动力，在校：七年级）”."""
    parts = [label("relationship", member.relationship)]
    age = age_on(member.birth_date, today)
    if age is not None:
        parts.append(QCoreApplication.translate("PlanWizard", "{age}岁").format(age=age))
    parts.append(labels("health", member.health))
    if member.labour_skill:
        parts.append(label("labour_skill", member.labour_skill))
    if member.school_status and member.school_status != vocab("school_status").code_for("非在校生"):
        grade = label("school_status", member.school_status)
        parts.append(QCoreApplication.translate("PlanWizard", "在校：{grade}").format(grade=grade))
    comma = QCoreApplication.translate("PlanWizard", "，")
    return QCoreApplication.translate("PlanWizard", "{name}（{details}）").format(
        name=member.name, details=comma.join(p for p in parts if p))


def status_suffix(measure) -> str:
    """“（已完成）”/“（已取消）” for a measure carried into a revision with its progress."""
    if measure is None or measure.status in ("", "planned"):
        return ""
    return QCoreApplication.translate("PlanWizard", "（{status}）").format(status=label("measure_status", measure.status))


def measure_target(measure, members) -> str:
    if measure.scope == "household":
        return QCoreApplication.translate("PlanWizard", "全户")
    for m in members:
        if m.id == measure.member_id:
            return m.name
    return QCoreApplication.translate("PlanWizard", "（未指定）")


def item_label(code: str) -> str:
    return measure_label(code)


def family_label(code: str) -> str:
    """“扶·产业扶持” in Chinese (the short sign and its meaning); the English name in English."""
    item = vocab("measure_family").item(code)
    if item is None:
        return code
    if vocab_labels.is_english():
        return vocab_labels.shown(item)
    return f"{item.label}·{item.extra.get('long_label', '')}"


class WizardContext:
    """What every page reads: the draft being edited (shared, mutable), today, cadres, the year's line."""

    def __init__(self, draft, today: date, cadres=(), poverty_line=None):
        self.draft = draft
        self.today = today
        self.cadres = list(cadres)
        self.poverty_line = poverty_line

    def default_start(self) -> date:
        start = date(self.draft.year, 1, 1)
        return max(start, min(self.today, date(self.draft.year, 12, 31)))

    def default_due(self) -> date:
        return date(self.draft.year, 12, 31)
