"""Value decisions of the roster import (issue 12 §2.5): what waits for one, and how they are kept.

A cell value in no code list (and not a known label of an earlier export, io.roster_aliases) is
decided once per (field, value): mapped to a code, or REJECT (the rows holding it are not
imported). The preview lists each such value once with its count, rows and suggestions. Decisions
are kept in the column-mapping file, next to the columns::

    {"format": "fupin-roster-mapping", "version": 2, "columns": {...},
     "values": {"relationship": {"妻": "spouse", "干亲": "!reject"}}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.io.roster_aliases import normalize_value
from fupin_desktop.io.roster_headers import field_spec, header_catalogue
from fupin_desktop.io.roster_values import REJECT, Decisions, suggestions_for

VALUE_KINDS = ("vocab", "vocab_multi")


@dataclass
class DecisionNeeded:
    """A value in no code list, to be decided once: mapped to a code, or its rows rejected."""

    field: str
    value: str  # as compared: NFKC, no spaces
    rows: dict[str, list[int]]  # sheet -> Excel rows holding the value
    suggestions: tuple[str, ...]  # codes, likeliest first

    @property
    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())

    @property
    def field_label(self) -> str:
        return field_spec(self.field).label

    @property
    def vocabulary(self) -> str:
        return field_spec(self.field).vocab

    def suggestion_labels(self) -> list[str]:
        v = vocab(self.vocabulary)
        return [v.label(c) for c in self.suggestions]

    def describe(self) -> str:
        return f"{self.field_label}“{self.value}”（{self.count} 行）"

    def as_dict(self) -> dict:
        v = vocab(self.vocabulary)
        return {"field": self.field, "field_label": self.field_label, "value": self.value, "count": self.count,
                "rows": {sheet: list(rows) for sheet, rows in self.rows.items()},
                "suggestions": [{"code": c, "label": v.label(c)} for c in self.suggestions]}


def decisions_needed(rows: list, sheet_order: dict[str, int]) -> list[DecisionNeeded]:
    """Each distinct undecided (field, value) once, with the rows it occurs in."""
    found: dict[tuple[str, str], dict[str, list[int]]] = {}
    for r in rows:
        for key in dict.fromkeys(r.pending):
            found.setdefault(key, {}).setdefault(r.sheet, []).append(r.row)
    order = {k: i for i, k in enumerate(header_catalogue().fields)}
    out = []
    for (key, value), where in found.items():
        for numbers in where.values():
            numbers.sort()
        where = dict(sorted(where.items(), key=lambda kv: sheet_order.get(kv[0], 0)))
        out.append(DecisionNeeded(key, value, where, suggestions_for(field_spec(key).vocab, value)))
    out.sort(key=lambda d: (order.get(d.field, 0), -d.count, d.value))
    return out


def decision_fields() -> list[str]:
    """Fields whose values can wait for a decision (coded fields)."""
    return [k for k, spec in header_catalogue().fields.items() if spec.kind in VALUE_KINDS]


def check_decisions(data: object, where: str) -> Decisions:
    """The ``values`` part of a mapping file, validated: known coded fields, known codes or REJECT."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UserFacingError(f"{where} 中的“values”格式不对。", "values must map fields to {value: code}")
    fields = header_catalogue().fields
    out: Decisions = {}
    for key, choices in data.items():
        spec = fields.get(key)
        if spec is None or spec.kind not in VALUE_KINDS or not isinstance(choices, dict):
            raise UserFacingError(f"{where} 中有未知的取值对应字段：{key}", f"unknown value field {key!r}")
        codes = set(vocab(spec.vocab).codes)
        bad = sorted(str(c) for c in choices.values() if c != REJECT and c not in codes)
        if bad:
            raise UserFacingError(f"{where} 中“{spec.label}”的取值对应有未知代码：{'、'.join(bad)}",
                                  f"unknown codes for {key}: {bad}")
        out[key] = {normalize_value(v): c for v, c in choices.items()}
    return out


def merge_decisions(old: Decisions, new: Decisions) -> Decisions:
    out = {k: dict(v) for k, v in old.items()}
    for key, choices in new.items():
        out.setdefault(key, {}).update(choices)
    return out


def load_value_decisions(path: str | Path) -> Decisions:
    """The value decisions kept in a mapping file ({} when it has none); the file is checked as
    ``load_mapping`` checks it."""
    from fupin_desktop.io.roster_headers import load_mapping

    load_mapping(path)  # the same checks and messages for a file that is not a mapping
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return check_decisions(data.get("values"), str(path))


def remembered_value_decisions() -> Decisions:
    """The value decisions remembered with the last confirmed column mapping, or {}."""
    from fupin_desktop.io.roster_headers import REMEMBERED_FILE
    from fupin_desktop.paths import data_dir

    path = data_dir() / REMEMBERED_FILE
    if not path.exists():
        return {}
    try:
        return load_value_decisions(path)
    except (UserFacingError, ValueError):
        return {}
