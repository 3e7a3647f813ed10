"""One imported household from its roster rows: the Household and Member column values (DOMAIN.md §9).

Each household field comes from the first source that has it: the households-sheet row, then the
head's row, then the other members' rows (household columns filled on one row, merged, or repeated).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from fupin_desktop.io.roster_rows import RosterRow

# Household columns filled straight from a parsed field of the same name.
HOUSEHOLD_DIRECT = (
    "group_name", "identification_standard", "attribute", "status", "main_cause", "other_cause_1",
    "other_cause_2", "identified_year", "exit_year", "planned_exit_year", "return_year", "monitoring_category",
    "risk_eliminated", "relocated", "house_grade", "drinking_water_safe", "drinking_water_difficult",
    "military_family", "bank_name", "bank_account", "per_capita_income",
)
MEMBER_DIRECT = (
    "name", "sex", "id_number", "birth_date", "relationship", "ethnicity", "political_status", "education",
    "school_status", "labour_skill", "work_status", "work_months", "medical_insurance",
    "serious_illness_insurance", "pension_insurance", "dibao", "tekun", "active_military",
)


SPENT_VALUES: dict = {}  # the values of a row once its household is drafted (never written to)


@dataclass
class HouseholdDraft:
    village_id: str
    household: dict  # Household column values
    members: list[dict]  # Member column values, head first


def first_value(rows: list[RosterRow], key: str, prefer: Optional[RosterRow] = None):
    if prefer is not None and key in prefer.values:
        return prefer.values[key]
    for row in rows:
        if key in row.values:
            return row.values[key]
    return None


def draft_household(village_id: str, rows: list[RosterRow], hrow: Optional[RosterRow], head: str) -> HouseholdDraft:
    head_row = next(r for r in rows if r.values.get("relationship") == head)
    ordered = [head_row] + [r for r in rows if r is not head_row]
    sources = ([hrow] if hrow is not None else []) + ordered
    household: dict = {"household_no": first_value(rows, "household_no", hrow) or "", "head_name": head_row.values["name"],
                       "size": len(rows)}
    merged: dict = {}  # each field from the first source that has it (households sheet, then head, then others)
    for source in reversed(sources):
        merged.update(source.values)
    for key in HOUSEHOLD_DIRECT:
        if key in merged:
            household[key] = merged[key]
    causes = merged.get("other_causes")
    if causes:
        household["other_cause_1"] = causes[0]
        household["other_cause_2"] = causes[1] if len(causes) > 1 else ""
    phone = merged.get("household_phone")
    if phone:
        household["phone"] = phone
    unsafe = merged.get("unsafe_house")
    if unsafe is not None:
        household["housing_safe_ok"] = not unsafe
    members = []
    for order, r in enumerate(ordered):
        values = r.values
        member = {k: values[k] for k in MEMBER_DIRECT if k in values}
        if "health" in values:
            member["health"] = ",".join(values["health"])
        if values.get("member_phone"):
            member["phone"] = values["member_phone"]
        ident = member.get("id_number", "")
        if len(ident) in (20, 22):
            member["id_type"] = "disability_card"
        member["sort_order"] = order
        members.append(member)
    return HouseholdDraft(village_id, household, members)
