"""N+2 plans and the 五对 records that hang off them: measures, fund ledger, visits."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlmodel import Field

from fupin_desktop.store.models.base import SyncedRecord


class Plan(SyncedRecord, table=True):
    """One version of a household's plan for a year. Editing a confirmed plan makes a new version;
    exactly one version per household and year has ``is_current``."""

    household_id: str = Field(foreign_key="household.id", index=True)
    year: int = Field(index=True)
    version: int = 1
    status: str = Field(default="draft", index=True, description="plan_status: draft|confirmed|printed|signed")
    is_current: bool = Field(default=True, index=True)
    supersedes_id: Optional[str] = Field(default=None, description="the version this one replaced")
    expected_effect: str = ""
    diagnosis_note: str = ""
    wizard_state: str = Field(default="", description="JSON of an unfinished wizard draft")
    confirmed_at: Optional[str] = None
    confirmed_by: str = ""
    printed_at: Optional[str] = None
    signed_at: Optional[str] = None


class Measure(SyncedRecord, table=True):
    """One measure of a plan, right on the 五对 counts: who, what, when, who is responsible, money."""

    plan_id: str = Field(foreign_key="plan.id", index=True)
    sort_order: int = 0
    scope: str = Field(description="measure_scope: person (counts toward N) | household (toward +2)")
    member_id: Optional[str] = Field(default=None, foreign_key="member.id", index=True)
    item_code: str = Field(index=True, description="catalogue item")
    family: str = Field(default="", description="measure_family: zhuan|fu|ban|bao|jiu")
    policy_ref: str = ""
    detail: str = ""
    responsible_cadre_id: Optional[str] = Field(default=None, foreign_key="cadre.id")
    responsible_name: str = ""
    start_date: Optional[date] = None
    due_date: Optional[date] = Field(default=None, index=True)
    amount: Optional[float] = Field(default=None, description="planned 元; 0 allowed when stated")
    fund_source: str = ""
    enterprise: str = Field(default="", description="龙头企业 carrying an industry measure")
    cooperative: str = ""
    production_base: str = ""
    status: str = Field(default="planned", index=True, description="measure_status")
    done_date: Optional[date] = None
    cancel_reason: str = ""


class FundEntry(SyncedRecord, table=True):
    """对账: a payment booked against a measure."""

    __tablename__ = "fund_entry"

    measure_id: str = Field(foreign_key="measure.id", index=True)
    entry_date: date
    amount: float
    fund_source: str = ""
    voucher_no: str = ""
    note: str = ""


class Visit(SyncedRecord, table=True):
    household_id: str = Field(foreign_key="household.id", index=True)
    visit_date: date
    cadre_id: Optional[str] = Field(default=None, foreign_key="cadre.id")
    cadre_name: str = ""
    notes: str = ""
    findings: str = ""
