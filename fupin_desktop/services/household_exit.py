"""Household exit assessment over the register: the year's line from the settings, rules from domain.exit_rules."""

from __future__ import annotations

from datetime import date
from typing import Optional

from fupin_desktop.domain.exit_rules import HouseholdExitAssessment, PovertyLine, assess_household_exit, poverty_line
from fupin_desktop.services.plans import household_data
from fupin_desktop.services.settings import get_setting, set_setting
from fupin_desktop.store.engine import Database
from fupin_desktop.store.errors import UserFacingError


def setting_key(year: int) -> str:
    return f"poverty_line.{year}"


def poverty_line_for(db: Database, year: int) -> PovertyLine:
    """The setting ``poverty_line.<year>`` if set, else the default table (resources/policy)."""
    return poverty_line(year, get_setting(db, setting_key(year), ""))


def set_poverty_line(db: Database, year: int, amount: float) -> None:
    if amount is None or amount <= 0:
        raise UserFacingError("贫困标准必须大于 0", "the poverty line must be positive")
    set_setting(db, setting_key(year), f"{float(amount):g}")


def assess_household(db: Database, household_id: str, year: Optional[int] = None,
                     today: Optional[date] = None) -> HouseholdExitAssessment:
    year = year or (today or date.today()).year
    household, members = household_data(db, household_id)
    return assess_household_exit(household, members, year, poverty_line_for(db, year), today)
