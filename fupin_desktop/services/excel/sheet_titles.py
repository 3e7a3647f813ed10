"""Title rows of the Excel exports: "鲁山县 农户花名册（截至 2026年12月5日）".

The wording is data (resources/print/xlsx_titles.yaml); the place is the county named in the
register (areas of level county), else the unit in the settings, with the village for one village's export.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Optional

import yaml
from sqlalchemy import select

from fupin_desktop.paths import resource
from fupin_desktop.store.models import Area, Village
from fupin_desktop.sync.local import get_setting


@cache
def _titles() -> dict:
    with open(resource("print", "xlsx_titles.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def key_columns(what: str) -> list[str]:
    """Headers of the columns identifying a row of export ``what`` (repeated on every printed page)."""
    return list(_titles().get("key_columns", {}).get(what, []))


def place_name(conn, village_code: Optional[str] = None) -> str:
    """The county (counties, joined by 、) the register holds, else the unit set at first start; with
    ``village_code``, that village too."""
    counties = [name for (name,) in conn.execute(
        select(Area.name).where(Area.level == "county", Area.deleted == False).order_by(Area.code))  # noqa: E712
        if name]
    # a database without a county in its register (nothing imported yet): the unit from the settings
    place = "、".join(dict.fromkeys(counties)) or get_setting(conn, "unit").strip()
    if village_code:
        village = conn.execute(select(Village.name).where(Village.code == village_code)).scalar()
        place = f"{place}{village or ''}"
    return place


def sheet_heading(conn, what: str, year: Optional[int] = None, village_code: Optional[str] = None,
                  today: Optional[date] = None) -> str:
    """The title row of export ``what``: place, what the sheet is, and the day it was exported."""
    t = _titles()
    day = today or date.today()
    title = t["titles"][what]
    if year:
        title = t["year_title"].format(year=year, title=title)
    place = place_name(conn, village_code)
    day_text = t["day_format"].format(year=day.year, month=day.month, day=day.day)
    return t["format" if place else "format_no_place"].format(place=place, title=title, day=day_text)
