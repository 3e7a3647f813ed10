"""Townships and villages named in a roster: found in the database, or planned for creation.

Rosters name areas in separate columns, usually without codes (DOMAIN.md §9); how a row names its
village is ``io.roster_households.VillageKey``. A village is found by
its 12-digit code when the roster carries one, else by township and village name. A county's first
import starts from an empty database, so by default unknown areas are created (with the roster's
codes, or provisional codes in the 9xx range of the county, marked in the village note); once the
database has villages, an unknown village is an error with the closest names suggested.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fupin_desktop.io.roster_households import VillageKey
from fupin_desktop.store.models import Area, Village, new_id

PROVISIONAL_NOTE = "临时代码（由花名册导入生成），请改为统计用区划代码"


@dataclass
class PlannedArea:
    level: str  # county | township | village
    code: str
    name: str
    parent_code: str
    provisional: bool
    id: str = field(default_factory=new_id)

    def as_dict(self) -> dict:
        return {"level": self.level, "code": self.code, "name": self.name, "parent_code": self.parent_code,
                "provisional": self.provisional}


@dataclass
class AreaResolution:
    village_ids: dict[VillageKey, str]  # resolved (existing or planned) village id
    errors: dict[VillageKey, str]  # why a key could not be resolved
    planned: list[PlannedArea]
    village_codes: dict[str, str]  # village id -> code (for messages and household numbers)


class _Existing:
    def __init__(self, conn: Connection):
        self.townships: dict[str, str] = {}  # code -> name
        self.township_by_name: dict[str, list[str]] = {}
        self.counties: dict[str, str] = {}
        for code, name, level in conn.execute(
            select(Area.code, Area.name, Area.level).where(Area.deleted == False)  # noqa: E712
        ):
            if level == "township":
                self.townships[code] = name
                self.township_by_name.setdefault(name, []).append(code)
            elif level == "county":
                self.counties[code] = name
        self.villages: dict[str, tuple[str, str, str]] = {}  # code -> (id, name, township_code)
        self.village_by_name: dict[tuple[str, str], str] = {}  # (township_code, name) -> code
        for vid, code, name, tcode in conn.execute(
            select(Village.id, Village.code, Village.name, Village.township_code).where(Village.deleted == False)  # noqa: E712
        ):
            self.villages[code] = (vid, name, tcode)
            self.village_by_name[(tcode, name)] = code


class _Planner:
    def __init__(self, existing: _Existing, county6: str, county_name: str):
        self.existing = existing
        self.county6 = county6
        self.county_name = county_name
        self.planned: list[PlannedArea] = []
        self.township_codes = dict(existing.townships)
        self.township_by_name = {k: list(v) for k, v in existing.township_by_name.items()}
        self.village_codes = {code: v[0] for code, v in existing.villages.items()}
        self.village_by_name = dict(existing.village_by_name)

    def _free_code(self, prefix: str, taken, start: int, width_tail: str) -> str:
        for n in range(start, 1000):
            code = f"{prefix}{n:03d}{width_tail}"
            if code not in taken:
                return code
        raise ValueError(f"no free provisional code under {prefix}")

    def county(self) -> str:
        code = self.county6 + "000000"
        if code not in self.existing.counties and not any(p.code == code for p in self.planned):
            self.planned.append(PlannedArea("county", code, self.county_name or "", self.county6[:4] + "00000000",
                                            provisional=self.county6.startswith("99")))
            self.existing.counties[code] = self.county_name
        return code

    def township(self, name: str, code: Optional[str]) -> str:
        if code and code in self.township_codes:
            return code
        if not code and name in self.township_by_name:
            return self.township_by_name[name][0]
        provisional = code is None
        if provisional:
            code = self._free_code(self.county6, self.township_codes, 900, "000")
        parent = code[:6] + "000000"
        if parent == self.county6 + "000000":
            self.county()
        self.planned.append(PlannedArea("township", code, name or "", parent, provisional))
        self.township_codes[code] = name
        if name:
            self.township_by_name.setdefault(name, []).append(code)
        return code

    def village(self, name: str, township_code: str, code: Optional[str]) -> str:
        provisional = code is None
        if provisional:
            code = self._free_code(township_code[:9], self.village_codes, 901, "")
        area = PlannedArea("village", code, name or code, township_code, provisional)
        self.planned.append(area)
        self.village_codes[code] = area.id
        self.village_by_name[(township_code, name)] = code
        return area.id


def _guess_county6(existing: _Existing, codes: Iterable[str], id_numbers: Iterable[str]) -> str:
    """The county of a first import: from the database, the roster's codes, else the IDs' area prefix."""
    if len(existing.counties) == 1:
        return next(iter(existing.counties))[:6]
    for code in list(existing.townships) + [v for v in existing.villages]:
        return code[:6]
    for code in codes:
        if code:
            return code[:6]
    common = Counter(i[:6] for i in id_numbers if len(i) >= 6 and i[:6].isdigit()).most_common(1)
    return common[0][0] if common else "990000"


def resolve_areas(
    conn: Connection,
    keys: Iterable[VillageKey],
    create: Optional[bool],
    id_numbers: Iterable[str] = (),
) -> AreaResolution:
    """Find or plan every village named in the roster. ``create=None``: create only into an empty register."""
    keys = list(dict.fromkeys(keys))
    existing = _Existing(conn)
    if create is None:
        create = not existing.villages
    codes = [k.code or k.township_code for k in keys]
    county_names = Counter(k.county for k in keys if k.county)
    county_name = county_names.most_common(1)[0][0] if county_names else ""
    planner = _Planner(existing, _guess_county6(existing, codes, id_numbers), county_name)
    ids: dict[VillageKey, str] = {}
    errors: dict[VillageKey, str] = {}
    for key in keys:
        if key.code:
            if key.code in planner.village_codes:
                ids[key] = planner.village_codes[key.code]
                continue
            if not create:
                errors[key] = f"行政村代码 {key.code} 不在数据库中"
                continue
            tcode = key.township_code or key.code[:9] + "000"
            tcode = planner.township(key.township, tcode)
            ids[key] = planner.village(key.village or key.code, tcode, key.code)
            continue
        if not key.village:
            errors[key] = "未填写行政村"
            continue
        tcode = key.township_code or None
        if tcode is None and key.township:
            found = planner.township_by_name.get(key.township)
            tcode = found[0] if found else None
        if tcode is None and not key.township:
            matches = [code for (t, n), code in planner.village_by_name.items() if n == key.village]
            if len(matches) == 1:
                ids[key] = planner.village_codes[matches[0]]
                continue
            errors[key] = f"行政村“{key.village}”未写明乡镇，无法确定" + ("（多个乡镇有同名村）" if matches else "")
            continue
        if tcode is not None and (tcode, key.village) in planner.village_by_name:
            ids[key] = planner.village_codes[planner.village_by_name[(tcode, key.village)]]
            continue
        if not create:
            names = [n for (t, n) in existing.village_by_name if tcode is None or t == tcode]
            close = difflib.get_close_matches(key.village, names, n=3, cutoff=0.5)
            hint = f"，是否为“{'”或“'.join(close)}”？" if close else ""
            where = f"{key.township}" if key.township else ""
            errors[key] = f"行政村“{where}{key.village}”不在数据库中{hint}"
            continue
        tcode = planner.township(key.township, tcode)
        ids[key] = planner.village(key.village, tcode, None)
    village_codes = {vid: code for code, vid in planner.village_codes.items()}
    return AreaResolution(ids, errors, planner.planned, village_codes)


def area_rows(planned: list[PlannedArea]) -> tuple[list[dict], list[dict]]:
    """(Area rows, Village rows) to insert for the planned areas."""
    from fupin_desktop.store.bulk_write import new_row

    areas, villages = [], []
    for p in planned:
        if p.level == "village":
            villages.append(new_row(Village, id=p.id, code=p.code, name=p.name, township_code=p.parent_code,
                                    note=PROVISIONAL_NOTE if p.provisional else ""))
        else:
            areas.append(new_row(Area, id=p.id, code=p.code, name=p.name, level=p.level, parent_code=p.parent_code))
    return areas, villages
