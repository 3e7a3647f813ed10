"""Household exit assessment over the register: the year's line from the settings, rules from domain.exit_rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from fupin_desktop.domain.exit_rules import (
    SOURCE_SETTING,
    SOURCE_TABLE,
    HouseholdExitAssessment,
    PovertyLine,
    assess_household_exit,
    exit_policy,
    poverty_line,
)
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.plans.lifecycle import household_data
from fupin_desktop.services.setup.settings import get_setting, get_settings, set_setting, set_settings
from fupin_desktop.store.engine import Database

SETTING_PREFIX = "poverty_line."


def setting_key(year: int) -> str:
    return f"{SETTING_PREFIX}{year}"


def poverty_line_for(db: Database, year: int) -> PovertyLine:
    """The setting ``poverty_line.<year>`` if set, else the default table (resources/policy)."""
    return poverty_line(year, get_setting(db, setting_key(year), ""))


def set_poverty_line(db: Database, year: int, amount: float) -> None:
    if amount is None or amount <= 0:
        raise UserFacingError("贫困标准必须大于 0", "the poverty line must be positive")
    set_setting(db, setting_key(year), f"{float(amount):g}")


@dataclass(frozen=True)
class PovertyLineRow:
    """One year of 设置 › 收入标准: the line in force and the default it falls back to."""

    year: int
    amount: float  # in force: the local setting, else the default
    default: PovertyLine  # from resources/policy (that year's figure, or an earlier year carried forward)
    set_locally: bool


def poverty_line_rows(db: Database, until_year: Optional[int] = None) -> list[PovertyLineRow]:
    """Every year from the policy table's first through ``until_year`` (default: this year), and any
    later year set locally."""
    lines = exit_policy().lines
    local = {int(key.split(".", 1)[1]): value for key, value in get_settings(db).items()
             if key.startswith(SETTING_PREFIX) and key.split(".", 1)[1].isdigit() and value}
    last = max([until_year or date.today().year, max(lines), *local])
    rows = []
    for year in range(min(lines), last + 1):
        line = poverty_line(year, local.get(year))
        rows.append(PovertyLineRow(year, line.amount, poverty_line(year), line.source == SOURCE_SETTING))
    return rows


def save_poverty_lines(db: Database, amounts: dict[int, Optional[float]]) -> None:
    """Save the years the user edited (None: back to the default). A year's own figure from the
    policy table is not copied into the settings (a corrected table then still applies); a figure
    typed for a year the table lacks is kept even when it equals the one carried forward: the
    cadre has confirmed it, so the wizard stops asking."""
    values = {}
    for year, amount in amounts.items():
        if amount is not None and amount < 0:
            raise UserFacingError("贫困标准不能为负数", "the poverty line cannot be negative")
        default = poverty_line(year)
        same = amount is not None and abs(amount - default.amount) < 0.005 and default.source == SOURCE_TABLE
        values[setting_key(year)] = "" if not amount or same else f"{float(amount):g}"
    set_settings(db, values)


def assess_household(db: Database, household_id: str, year: Optional[int] = None,
                     today: Optional[date] = None) -> HouseholdExitAssessment:
    year = year or (today or date.today()).year
    household, members = household_data(db, household_id)
    return assess_household_exit(household, members, year, poverty_line_for(db, year), today)
