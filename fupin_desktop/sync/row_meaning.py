"""The meaning of an incoming row: years in range, wall times that are times, codes in their
vocabularies, no negative money, and references that lead somewhere (rules in
resources/sync/row_rules.yaml). Types and stamps are checked before, in sync/rows.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Callable

import yaml

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.paths import resource
from fupin_desktop.sync.rows import TableCodec

RULES_FILE = ("sync", "row_rules.yaml")
_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}:?\d{2}|Z)?)?$")

Check = Callable[[object], str]  # "" when the value is right, else what is wrong (English, for the log)


@dataclass
class TableRules:
    checks: list[tuple[int, str, Check]] = field(default_factory=list)  # (column index, column, check)


def _year_check(low: int, high: int) -> Check:
    def check(value) -> str:
        return "" if value is None or low <= value <= high else f"year {value} is outside {low}–{high}"
    return check


def _time_check(value) -> str:
    if value in (None, ""):
        return ""
    if not isinstance(value, str) or not _TIME_RE.match(value):
        return f"{str(value)[:40]!r} is not a date or time"
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return f"{value[:40]!r} is not a real date or time"
    return ""


def _codes_check(name: str, many: bool) -> Check:
    codes = set(vocab(name).codes)

    def check(value) -> str:
        if value in (None, ""):
            return ""
        values = [v.strip() for v in value.split(",") if v.strip()] if many else [value]
        unknown = [v for v in values if v not in codes]
        return f"{unknown[0][:40]!r} is not a code of {name}" if unknown else ""
    return check


def _not_negative(value) -> str:
    return "" if value is None or value >= 0 else f"{value} is negative"


@cache
def _rules() -> dict:
    with open(resource(*RULES_FILE), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _matches(pattern: str, table: str) -> str | None:
    """The column a ``table.column`` or ``*.column`` pattern names for ``table``, else None."""
    owner, _, column = pattern.partition(".")
    return column if owner in ("*", table) else None


_BY_TABLE: dict[str, TableRules] = {}


def rules_for(codec: TableCodec) -> TableRules:
    found = _BY_TABLE.get(codec.name)
    if found is None:
        found = _BY_TABLE[codec.name] = _build(codec)
    return found


def _build(codec: TableCodec) -> TableRules:
    rules, table, out = _rules(), codec.name, TableRules()

    def add(column: str | None, check: Check) -> None:
        if column is not None and column in codec.index:
            out.checks.append((codec.index[column], column, check))

    low, high = rules["years"]["range"]
    for pattern in rules["years"]["fields"]:
        add(_matches(pattern, table), _year_check(low, high))
    for pattern in rules["timestamps"]:
        add(_matches(pattern, table), _time_check)
    for pattern, spec in rules["vocabularies"].items():
        name, many = (spec, False) if isinstance(spec, str) else (spec["vocabulary"], bool(spec.get("list")))
        add(_matches(pattern, table), _codes_check(name, many))
    for pattern in rules["not_negative"]:
        add(_matches(pattern, table), _not_negative)
    return out


def check_meaning(codec: TableCodec, row: list) -> None:
    """Raise ValueError naming the column when the row breaks a rule."""
    for index, column, check in rules_for(codec).checks:
        problem = check(row[index])
        if problem:
            raise ValueError(f"{column}: {problem}")


def references() -> dict[str, str]:
    """``{"table.column": referenced table}`` for id fields the schema does not tie by a foreign key."""
    return dict(_rules()["references"])
