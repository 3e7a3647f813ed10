"""Money sanity (issue 11 §2.2): amounts far above the usual range, payments above the planned amount.

None of these refuses anything: a real but unusual amount must stay possible. The wizard and the
ledger ask the cadre to confirm, and `fupin check` keeps each one as a warning. The usual figures
are data (``resources/rules/thresholds.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.domain.vocab import catalogue

CANCELLED = "cancelled"
CENT = 0.005  # amounts are kept to the fen: a difference below half a fen is no difference


def _label(item_code: Optional[str]) -> str:
    return catalogue().label(item_code) or "（未选措施）"


def is_unusual_amount(item_code: Optional[str], amount: Optional[float]) -> bool:
    return amount is not None and amount > thresholds().usual_max(item_code) + CENT


def measure_amount_findings(measure, household_id: Optional[str] = None) -> list[Finding]:
    """A measure's planned amount above the usual figure for its catalogue item: a warning."""
    amount = measure.amount
    if not is_unusual_amount(measure.item_code, amount):
        return []
    usual = thresholds().usual_max(measure.item_code)
    return [Finding("measure.amount_unusual", "warning",
                    f"“{_label(measure.item_code)}”计划金额 {amount:,.2f} 元，远高于此类措施通常的 {usual:,.0f} 元以内，"
                    "请核对是否多输了数字。",
                    household_id=household_id, member_id=getattr(measure, "member_id", None) or None,
                    measure_id=getattr(measure, "id", None), field="amount")]


def plan_total(measures: Iterable) -> float:
    return round(sum(m.amount or 0.0 for m in measures
                     if not getattr(m, "deleted", False) and m.status != CANCELLED), 2)


def plan_amount_findings(measures: Iterable, household_id: Optional[str] = None) -> list[Finding]:
    """A household's whole plan above the usual figure: a warning."""
    total = plan_total(measures)
    usual = thresholds().plan_usual_max
    if total <= usual + CENT:
        return []
    return [Finding("plan.amount_unusual", "warning",
                    f"本户计划资金合计 {total:,.2f} 元，远高于一户通常的 {usual:,.0f} 元以内，请逐项核对金额。",
                    household_id=household_id, field="amount")]


def paid_over_plan_findings(measure, paid: float, household_id: Optional[str] = None) -> list[Finding]:
    """More money booked against a measure than it planned (a cancelled measure plans nothing): a warning."""
    planned = 0.0 if measure.status == CANCELLED else (measure.amount or 0.0)
    if paid <= planned + CENT:
        return []
    return [Finding("measure.paid_over_plan", "warning",
                    f"“{_label(measure.item_code)}”已拨付 {paid:,.2f} 元，超过计划金额 {planned:,.2f} 元，"
                    "请核对拨付记录或调整计划。",
                    household_id=household_id, member_id=getattr(measure, "member_id", None) or None,
                    measure_id=getattr(measure, "id", None), field="amount")]


@dataclass(frozen=True)
class PaymentCheck:
    """What to ask before booking a payment of ``amount``."""

    amount: float
    planned: float
    paid_before: float
    usual_max: float

    @property
    def over_plan(self) -> bool:
        return self.paid_before + self.amount > self.planned + CENT

    @property
    def unusual(self) -> bool:
        return self.amount > self.usual_max + CENT

    @property
    def needs_confirmation(self) -> bool:
        return self.over_plan or self.unusual


def payment_check(item_code: Optional[str], planned: float, paid_before: float, amount: float) -> PaymentCheck:
    return PaymentCheck(round(amount, 2), round(planned or 0.0, 2), round(paid_before or 0.0, 2),
                        thresholds().usual_max(item_code))
