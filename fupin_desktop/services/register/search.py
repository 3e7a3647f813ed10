"""Search-as-you-type over the register: keeping the index current and querying it.

Keys come from ``domain.search_keys``; the tables and triggers from ``store.models.search``.
Writers never call this module to stay correct: triggers mark every changed household dirty and
:func:`refresh_search_index` recomputes dirty households in batches (after the demo generator, a
roster import, a sync package, or lazily before the next search). The register form updates its
household's keys inside its own save transaction, so a saved household is findable at once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Callable, Iterable, Optional

from sqlalchemy import text
from sqlalchemy.engine import Connection

from fupin_desktop.domain.search_keys import SearchQuery, household_keys, parse_query, prefix_upper_bound, sort_name
from fupin_desktop.store.engine import Database

Progress = Callable[[int, int], bool]
BATCH = 2000
BULK_SHARE = 0.3  # this share of households dirty: rebuild everything in one pass
_SQLITE_VARS = 900  # stay below SQLite's bound-parameter limit in IN lists


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _numbers(conn: Connection, household_ids: list[str]) -> dict[str, int]:
    """The compact integer of each household in the index, creating missing ones."""
    conn.exec_driver_sql("INSERT OR IGNORE INTO search_household (household_id, sort_name) VALUES (?, '')",
                         [(h,) for h in household_ids])
    out: dict[str, int] = {}
    for chunk in _chunks(household_ids, _SQLITE_VARS):
        marks = ",".join("?" * len(chunk))
        out.update(conn.exec_driver_sql(
            f"SELECT household_id, n FROM search_household WHERE household_id IN ({marks})", tuple(chunk)).all())
    return out


def _read_people(conn: Connection, ids: Optional[list[str]]):
    """(households {id: (no, phone)}, people {id: [(name, id_number, phone)]}) for ``ids`` or all."""
    households: dict[str, tuple[str, str, str]] = {}
    people: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    # "+deleted": keep SQLite off the low-selectivity index on the tombstone flag.
    if ids is None:
        batches = [("", ())]
    else:
        batches = [(f" AND household_id IN ({','.join('?' * len(c))})", tuple(c)) for c in _chunks(ids, _SQLITE_VARS)]
    for where, params in batches:
        for hid, number, phone, head in conn.exec_driver_sql(
                "SELECT id, household_no, phone, head_name FROM household WHERE 1 = 1"
                + where.replace("household_id", "id"), params):
            households[hid] = (number or "", phone or "", head or "")
            if head:
                people[hid].append((head, "", ""))
        for hid, name, id_number, phone in conn.exec_driver_sql(
                "SELECT household_id, name, id_number, phone FROM member WHERE +deleted = 0" + where, params):
            people[hid].append((name, id_number, phone))
    return households, people


@dataclass
class _Keys:
    """Search keys computed from the rows they came from (so a later transaction can tell whether
    the rows changed in between and the keys must be computed again)."""

    source: dict = field(default_factory=dict)  # household id -> (household row, people rows)
    keys: dict = field(default_factory=dict)  # household id -> [key, …]
    sort: dict = field(default_factory=dict)  # household id -> sort name


def _compute_keys(households: dict, people: dict, ids: Iterable[str], reuse: Optional[_Keys] = None) -> _Keys:
    out = _Keys()
    for hid in ids:
        if hid not in households:  # never happens with tombstones; keeps the index clean anyway
            continue
        number, phone, head = households[hid]
        persons = tuple(people.get(hid, ()))
        source = (households[hid], persons)
        out.source[hid] = source
        if reuse is not None and reuse.source.get(hid) == source:
            out.keys[hid], out.sort[hid] = reuse.keys[hid], reuse.sort[hid]
        else:
            out.keys[hid], out.sort[hid] = list(household_keys(number, phone, persons)), sort_name(head)
    return out


def _precompute(db: Database, ids: Optional[list[str]]) -> _Keys:
    """Keys computed in a read transaction: the slow part (pinyin) holds no write lock."""
    with db.engine.connect() as conn:
        households, people = _read_people(conn, ids)
    return _compute_keys(households, people, sorted(households) if ids is None else ids)


def _write_keys(conn: Connection, ids: list[str], everything: bool, precomputed: Optional[_Keys] = None) -> int:
    """Write the keys of ``ids`` (or of every household) inside the caller's write transaction.
    Keys in ``precomputed`` are reused for households whose rows are still the same."""
    households, people = _read_people(conn, None if everything else ids)
    if everything:
        ids = sorted(households)
    computed = _compute_keys(households, people, ids, precomputed)
    numbers = _numbers(conn, ids)
    rows: list[tuple[str, int]] = []
    sort_names: list[tuple[str, int]] = []
    for hid, keys in computed.keys.items():
        n = numbers[hid]
        rows.extend([(key, n) for key in keys])
        sort_names.append((computed.sort[hid], n))
    conn.exec_driver_sql("UPDATE search_household SET sort_name = ? WHERE n = ?", sort_names)
    rows.sort(key=itemgetter(0))  # B-tree inserts in key order are much faster
    if everything:
        conn.exec_driver_sql("DELETE FROM search_key")
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_search_key_n")
    else:
        for chunk in _chunks([numbers[h] for h in ids], _SQLITE_VARS):
            conn.exec_driver_sql(f"DELETE FROM search_key WHERE n IN ({','.join('?' * len(chunk))})", tuple(chunk))
    if rows:
        conn.exec_driver_sql('INSERT INTO search_key ("key", n) VALUES (?, ?)', rows)
    if everything:
        conn.exec_driver_sql("CREATE INDEX ix_search_key_n ON search_key (n)")
        conn.exec_driver_sql("DELETE FROM search_dirty")
    else:
        for chunk in _chunks(ids, _SQLITE_VARS):
            conn.exec_driver_sql(f"DELETE FROM search_dirty WHERE household_id IN ({','.join('?' * len(chunk))})",
                                 tuple(chunk))
    return len(rows)


def index_households(conn: Connection, household_ids: Iterable[str]) -> int:
    """Recompute the keys of these households inside the caller's transaction; returns keys written."""
    ids = sorted(set(household_ids))
    return _write_keys(conn, ids, everything=False) if ids else 0


def dirty_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM search_dirty")).scalar_one()


def has_dirty(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT EXISTS (SELECT 1 FROM search_dirty)")).scalar_one())


def refresh_search_index(db: Database, progress: Optional[Progress] = None, batch: int = BATCH) -> int:
    """Recompute every dirty household's keys. Returns the number of households done.

    Many dirty households (after the demo generator, a large import, a migration) are rebuilt in
    one pass over the register; a few are done ``batch`` households per transaction.
    ``progress(done, total)`` returning False stops after the current batch (what is done stays done).
    """
    with db.engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM search_dirty").scalar_one()
        if not total:
            return 0
        households = conn.exec_driver_sql("SELECT count(*) FROM household").scalar_one()
    if total >= BULK_SHARE * households and total > batch:
        if progress is not None:
            progress(0, total)
        precomputed = _precompute(db, None)
        with db.connect() as conn:  # short: rows re-read and compared, keys written
            _write_keys(conn, [], everything=True, precomputed=precomputed)
        if progress is not None:
            progress(total, total)
        return total
    done = 0
    while True:
        with db.engine.connect() as conn:
            ids = sorted(conn.exec_driver_sql("SELECT household_id FROM search_dirty LIMIT ?", (batch,)).scalars())
        if not ids:
            break
        precomputed = _precompute(db, ids)
        with db.connect() as conn:
            _write_keys(conn, ids, everything=False, precomputed=precomputed)
        done += len(ids)
        if progress is not None and not progress(min(done, total), max(total, done)):
            break
    return done


def rebuild_search_index(db: Database, progress: Optional[Progress] = None) -> int:
    """Throw the index away and rebuild it for every household (repair; `fupin search --rebuild`)."""
    with db.connect() as conn:
        conn.execute(text("DELETE FROM search_key"))
        conn.execute(text("INSERT OR IGNORE INTO search_dirty (household_id) SELECT id FROM household"))
    return refresh_search_index(db, progress)


def matching_numbers_sql(query: SearchQuery, cap: Optional[int] = None) -> tuple[str, dict]:
    """SQL selecting the ``search_household.household_id`` of households matching every prefix.

    ``cap`` keeps only that many households (an arbitrary but stable subset): a single letter
    matches a third of a county, and nobody browses 20,000 hits.
    """
    parts, params = [], {}
    for i, prefix in enumerate(query.prefixes):
        params[f"lo{i}"] = prefix
        params[f"hi{i}"] = prefix_upper_bound(prefix)
        parts.append(f'SELECT n FROM search_key WHERE "key" >= :lo{i} AND "key" < :hi{i}')
    numbers = " INTERSECT ".join(parts)
    if cap is not None:
        numbers = f"SELECT DISTINCT n FROM ({numbers}) LIMIT :cap"
        params["cap"] = int(cap)
    return "SELECT household_id FROM search_household WHERE n IN (" + numbers + ")", params


@dataclass(frozen=True)
class SearchHit:
    household_id: str
    head_name: str
    village_name: str
    group_name: str
    household_no: str


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    hint: str = ""  # why nothing could be searched (Chinese), empty otherwise
    truncated: bool = False


def ensure_current(db: Database) -> None:
    """Bring the index up to date if some writer left households dirty (cheap when nothing is)."""
    with db.engine.connect() as conn:
        dirty = has_dirty(conn)
    if dirty:
        refresh_search_index(db)


def search(db: Database, query_text: str, limit: int = 50, include_deleted: bool = False) -> SearchResult:
    """Households matching the text (for the CLI and quick lookups; the list view filters in SQL)."""
    query = parse_query(query_text)
    if query.empty:
        return SearchResult([], query.hint)
    ensure_current(db)
    sql, params = matching_numbers_sql(query)
    params["limit"] = limit + 1
    deleted = "" if include_deleted else " AND h.deleted = 0"
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT h.id, h.head_name, v.name, h.group_name, h.household_no FROM household h"
            " JOIN village v ON v.id = h.village_id"
            f" WHERE h.id IN ({sql}){deleted}"
            " ORDER BY v.code, length(h.group_name), h.group_name, length(h.household_no), h.household_no"
            " LIMIT :limit"), params).all()
    hits = [SearchHit(*row) for row in rows[:limit]]
    return SearchResult(hits, truncated=len(rows) > limit)


def _person_matches(query: SearchQuery, name: str, id_number: str, phone: str) -> bool:
    """Every word of the query matches one of this person's own keys."""
    keys = household_keys("", "", [(name, id_number, phone)])
    return all(any(k.startswith(p) for k in keys) for p in query.prefixes)


def matched_members(db: Database, household_ids: list[str], query_text: str) -> dict[str, list[str]]:
    """For the list: household id -> names of the members (not the head) the search text found the
    household by; households found by their head, 户编号 or phone, or by words spread over several
    people, are left out."""
    query = parse_query(query_text)
    if query.empty or not household_ids:
        return {}
    out: dict[str, list[str]] = {}
    with db.engine.connect() as conn:
        households, people = _read_people(conn, list(household_ids))
    for hid, (_number, _phone, head) in households.items():
        if head and _person_matches(query, head, "", ""):
            continue
        names = [name for name, id_number, phone in people.get(hid, ())
                 if name != head and _person_matches(query, name, id_number, phone)]
        if names:
            out[hid] = list(dict.fromkeys(names))
    return out
