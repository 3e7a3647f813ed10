"""The household list: filtered and sorted in SQL, fetched as ids first and rows by the window.

A county database holds 50,000 households, so the list view never loads them all as objects:
:func:`household_ids` returns the ordered ids that match a :class:`HouseholdFilter` (one query,
≈ 1.6 MB of strings), and :func:`household_rows` reads the plain rows for the few hundred ids
in view. Sorting and every filter run in SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from fupin_desktop.domain.search_keys import parse_query
from fupin_desktop.store.engine import Database
from fupin_desktop.store.reader import in_list

PLAN_NONE = "none"
_SQLITE_VARS = 900
SEARCH_CAP = 2000  # county-wide search hits kept (a single letter matches a third of a county)

# The plan state of a household: the status of its current plan of the latest year, else NULL.
PLAN_STATE_SQL = (
    "(SELECT p.status FROM plan p WHERE p.household_id = h.id AND +p.is_current = 1 AND +p.deleted = 0"
    " ORDER BY p.year DESC LIMIT 1)"
)

# Sort keys -> SQL expressions. Group and household numbers sort as people expect (第2组 before 第10组).
SORTS: dict[str, str] = {
    "village": "v.code",
    "group": "length(h.group_name), h.group_name",
    "household_no": "length(h.household_no), h.household_no",
    "head_name": "(SELECT s.sort_name FROM search_household s WHERE s.household_id = h.id)",
    "size": "h.size",
    "attribute": "h.attribute",
    "status": "h.status",
    "main_cause": "h.main_cause",
    "per_capita_income": "h.per_capita_income",
    "plan_state": f"coalesce({PLAN_STATE_SQL}, '')",
    "cadre": "(SELECT c.name FROM cadre c WHERE c.id = h.responsible_cadre_id)",
    "phone": "h.phone",
}
DEFAULT_ORDER = "v.code, length(h.group_name), h.group_name, length(h.household_no), h.household_no, h.id"


@dataclass(frozen=True)
class HouseholdFilter:
    """What the list shows. Empty strings mean "any"."""

    county_code: str = ""  # 12-digit county code
    township_code: str = ""
    village_id: str = ""
    group_name: str = ""  # 村民小组 (within the village, or by name across the area)
    status: str = ""  # poverty_status code
    attribute: str = ""  # household_attribute code
    main_cause: str = ""  # poverty_cause code
    plan_state: str = ""  # "none" or a plan_status code (draft, confirmed, printed, signed)
    search: str = ""
    sort: str = ""  # a key of SORTS; "" = village, group, household number
    descending: bool = False

    def with_(self, **changes) -> "HouseholdFilter":
        return replace(self, **changes)


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    village_id: str
    village_code: str
    village_name: str
    group_name: str
    household_no: str
    head_name: str
    size: int
    phone: str
    attribute: str
    status: str
    main_cause: str
    per_capita_income: float
    plan_state: str  # "" when the household has no current plan
    cadre_name: str


@dataclass(frozen=True)
class IdList:
    ids: list[str]
    hint: str = ""  # why the search text could not be used, or that hits were capped (Chinese), else ""
    capped: bool = False


def _where(f: HouseholdFilter, params: dict) -> list[str]:
    clauses = ["+h.deleted = 0"]
    if f.village_id:
        clauses.append("h.village_id = :village_id")
        params["village_id"] = f.village_id
    elif f.township_code:
        clauses.append("v.township_code = :township_code")
        params["township_code"] = f.township_code
    elif f.county_code:
        # Townships whose Area row names this county, or (no Area row) whose code starts with it.
        clauses.append("(v.township_code IN (SELECT code FROM area WHERE parent_code = :county_code AND +deleted = 0)"
                       " OR substr(v.township_code, 1, 6) = :county6)")
        params["county_code"] = f.county_code
        params["county6"] = f.county_code[:6]
    if f.group_name:
        clauses.append("h.group_name = :group_name")
        params["group_name"] = f.group_name
    for column in ("status", "attribute", "main_cause"):
        value = getattr(f, column)
        if value:
            clauses.append(f"h.{column} = :{column}")
            params[column] = value
    if f.plan_state == PLAN_NONE:
        clauses.append(f"{PLAN_STATE_SQL} IS NULL")
    elif f.plan_state:
        clauses.append(f"{PLAN_STATE_SQL} = :plan_state")
        params["plan_state"] = f.plan_state
    return clauses


def household_ids(db: Database, f: HouseholdFilter) -> IdList:
    """The ids of matching live households in display order."""
    params: dict = {}
    clauses = _where(f, params)
    cap = None
    if f.search.strip():
        query = parse_query(f.search)
        if query.empty:
            return IdList([], query.hint)
        # Searching may write the index first (SQLAlchemy's engine): not needed for the first list.
        from fupin_desktop.services.register.search import ensure_current, matching_numbers_sql

        ensure_current(db)
        # Cap only a search over everything: with an area or another filter the cap could hide hits.
        cap = SEARCH_CAP if len(clauses) == 1 else None
        sql, search_params = matching_numbers_sql(query, cap)
        clauses.append(f"h.id IN ({sql})")
        params.update(search_params)
    if f.sort and f.sort in SORTS:
        direction = " DESC" if f.descending else ""
        order = ", ".join(part + direction for part in SORTS[f.sort].split(", ")) + ", " + DEFAULT_ORDER
    else:
        order = DEFAULT_ORDER
    sql = ("SELECT h.id FROM household h JOIN village v ON v.id = h.village_id WHERE "
           + " AND ".join(clauses) + " ORDER BY " + order)
    with db.reader() as reader:
        ids = reader.scalars(sql, params)
    if cap is not None and len(ids) >= cap:
        return IdList(ids, f"匹配的农户很多，只列出其中 {cap} 户；请继续输入，或先在左侧选择乡镇、村以缩小范围", True)
    return IdList(ids)


def household_rows(db: Database, ids: list[str]) -> list[HouseholdRow]:
    """Rows for ``ids``, in the same order (ids of households that vanished are skipped)."""
    found: dict[str, HouseholdRow] = {}
    with db.reader() as reader:
        for start in range(0, len(ids), _SQLITE_VARS):
            params: dict = {}
            marks = in_list("id", ids[start:start + _SQLITE_VARS], params)
            for row in reader.rows(
                "SELECT h.id, h.village_id, v.code, v.name, h.group_name, h.household_no, h.head_name, h.size,"
                " h.phone, h.attribute, h.status, h.main_cause, h.per_capita_income,"
                f" coalesce({PLAN_STATE_SQL}, ''), coalesce(c.name, '')"
                " FROM household h JOIN village v ON v.id = h.village_id"
                " LEFT JOIN cadre c ON c.id = h.responsible_cadre_id"
                f" WHERE h.id IN {marks}", params):
                found[row[0]] = HouseholdRow(*row)
    return [found[i] for i in ids if i in found]


def group_names(db: Database, f: HouseholdFilter) -> list[str]:
    """The 村民小组 present in the filter's area (for the group filter), in natural order."""
    params: dict = {}
    area_only = HouseholdFilter(county_code=f.county_code, township_code=f.township_code, village_id=f.village_id)
    clauses = _where(area_only, params)
    sql = ("SELECT DISTINCT h.group_name FROM household h JOIN village v ON v.id = h.village_id WHERE "
           + " AND ".join(clauses) + " AND h.group_name != '' ORDER BY length(h.group_name), h.group_name")
    with db.reader() as reader:
        return reader.scalars(sql, params)


def count_households(db: Database, f: Optional[HouseholdFilter] = None) -> int:
    return len(household_ids(db, f or HouseholdFilter()).ids)
