"""Plain objects the plan service hands to the wizard, the tracking view and the CLI.

No ORM objects leave the service: these dataclasses carry the household's working copy (what the
wizard may correct in place), its members, and the plan's measures. They have the register's and
the store's attribute names, so the domain rules read them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Optional

from fupin_desktop.store.models import new_id

# Household fields the 诊断 page may change (causes, 两不愁三保障 + water, housing grade), income aside.
DIAGNOSIS_FIELDS = (
    "main_cause", "other_cause_1", "other_cause_2", "cause_note", "food_clothing_ok", "compulsory_education_ok",
    "medical_insurance_ok", "housing_safe_ok", "house_grade", "drinking_water_safe", "drinking_water_difficult",
)
# Member fields the 对人 page may correct in place.
MEMBER_FIX_FIELDS = ("id_number", "sex", "birth_date", "health", "school_status", "labour_skill",
                     "medical_insurance", "pension_insurance")


@dataclass
class MemberData:
    id: str
    name: str
    relationship: str = ""
    sex: str = ""
    id_number: str = ""
    birth_date: Optional[date] = None
    health: str = ""
    school_status: str = ""
    labour_skill: str = ""
    work_status: str = ""
    medical_insurance: bool = False
    pension_insurance: bool = False
    sort_order: int = 0
    deleted: bool = False


@dataclass
class HouseholdData:
    """The household as the plan sees it; ``income`` holds the income_item columns by code."""

    id: str
    village_id: str
    village_name: str = ""
    village_code: str = ""
    township_name: str = ""
    group_name: str = ""
    household_no: str = ""
    head_name: str = ""
    size: int = 0
    attribute: str = ""
    status: str = ""
    main_cause: str = ""
    other_cause_1: str = ""
    other_cause_2: str = ""
    cause_note: str = ""
    food_clothing_ok: bool = True
    compulsory_education_ok: bool = True
    medical_insurance_ok: bool = True
    housing_safe_ok: bool = True
    house_grade: str = ""
    drinking_water_safe: bool = True
    drinking_water_difficult: bool = False
    sanitary_toilet: bool = False
    arable_mu: float = 0.0
    forest_mu: float = 0.0
    relocated: bool = False
    income_year: Optional[int] = None
    income: dict = field(default_factory=dict)
    net_income: float = 0.0
    per_capita_income: float = 0.0
    responsible_cadre_id: Optional[str] = None
    responsible_cadre_name: str = ""

    def __getattr__(self, name: str):
        # The register rules read income columns as attributes (household.planting_income).
        income = self.__dict__.get("income")
        if income is not None and name.endswith(("_income", "_expenses")):
            return income.get(name, 0.0)
        raise AttributeError(name)


@dataclass
class MeasureData:
    """One measure of a draft or a plan. ``id`` is made on creation, so a row keeps it across saves."""

    scope: str
    item_code: str = ""
    member_id: Optional[str] = None
    id: str = field(default_factory=new_id)
    family: str = ""
    policy_ref: str = ""
    detail: str = ""
    responsible_cadre_id: Optional[str] = None
    responsible_name: str = ""
    start_date: Optional[date] = None
    due_date: Optional[date] = None
    amount: Optional[float] = None
    fund_source: str = ""
    enterprise: str = ""
    cooperative: str = ""
    production_base: str = ""
    status: str = "planned"
    done_date: Optional[date] = None
    cancel_reason: str = ""
    sort_order: int = 0
    carried_from: Optional[str] = None  # the measure of the previous version this one continues
    paid: float = 0.0  # booked in the ledger (read only here)
    deleted: bool = False


MEASURE_COLUMNS = tuple(f.name for f in fields(MeasureData) if f.name not in ("carried_from", "paid", "deleted", "id"))


@dataclass
class PlanDraft:
    """A plan being written in the wizard. ``saved`` says whether the plan row exists yet."""

    plan_id: str
    household: HouseholdData
    members: list[MemberData]
    year: int
    version: int = 1
    status: str = "draft"
    supersedes_id: Optional[str] = None
    measures: list[MeasureData] = field(default_factory=list)
    expected_effect: str = ""
    diagnosis_note: str = ""
    page: int = 0
    state: dict = field(default_factory=dict)  # free wizard state kept with the draft
    saved: bool = False
    # For a revision: measures of the superseded version that money was booked against,
    # {old measure id: (item code, paid)}; each must live on in the new version.
    carried_paid: dict = field(default_factory=dict)

    @property
    def household_id(self) -> str:
        return self.household.id

    def person_measures(self, member_id: str) -> list[MeasureData]:
        return [m for m in self.measures if m.scope == "person" and m.member_id == member_id and not m.deleted]

    def household_measures(self) -> list[MeasureData]:
        return [m for m in self.measures if m.scope == "household" and not m.deleted]


@dataclass(frozen=True)
class PlanSummary:
    id: str
    household_id: str
    year: int
    version: int
    status: str
    is_current: bool
    supersedes_id: Optional[str]
    confirmed_at: Optional[str]
    confirmed_by: str
    printed_at: Optional[str]
    signed_at: Optional[str]
    measures: int
    updated_at: str


@dataclass
class PlanView:
    """A saved plan with everything the card, the CLI and the tracking view show."""

    summary: PlanSummary
    household: HouseholdData
    members: list[MemberData]
    measures: list[MeasureData]
    expected_effect: str = ""
    diagnosis_note: str = ""

    @property
    def id(self) -> str:
        return self.summary.id

    def member_name(self, member_id: Optional[str]) -> str:
        for m in self.members:
            if m.id == member_id:
                return m.name
        return ""
