"""Recognising roster column headers and keeping the user's column mappings (DOMAIN.md §9).

The fields we import and their usual headers are data (resources/import/roster_headers.yaml).
Headers are normalised before comparison (full-width/half-width brackets, line breaks, spaces);
one or two title rows above the header are skipped by scoring the first rows. A mapping is
keyed by normalised header text, not column position, so a saved mapping still fits next
year's export with its columns in another order.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import yaml

from fupin_desktop.errors import UserFacingError
from fupin_desktop.paths import resource

HEADER_SCAN_ROWS = 12
MIN_RECOGNISED = 3
MAPPING_FORMAT = "fupin-roster-mapping"
IGNORE = ""  # mapping target meaning "do not import this column"

_BRACKETS = str.maketrans({"【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")", "（": "(", "）": ")",
                           "，": ",", "、": "、"})
_SPACE = re.compile(r"\s+")
_SUFFIX = re.compile(r"^(.*?)(\d+)$")
_BRACKETED = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    level: str  # area | household | member
    kind: str
    label: str
    vocab: Optional[str] = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class HeaderCatalogue:
    fields: dict[str, FieldSpec]
    alias_index: dict[str, str]  # normalised alias -> field key
    known_unused: frozenset[str]


def normalize_header(text: object) -> str:
    """Comparable form of a header cell: NFKC, unified brackets, no whitespace, no trailing */:."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).translate(_BRACKETS)
    s = _SPACE.sub("", s)
    return s.rstrip("*:：").lower()


@cache
def header_catalogue() -> HeaderCatalogue:
    with open(resource("import", "roster_headers.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    fields: dict[str, FieldSpec] = {}
    index: dict[str, str] = {}
    for key, spec in data["fields"].items():
        aliases = tuple(str(a) for a in spec.get("aliases", ()))
        fields[key] = FieldSpec(key, spec["level"], spec["kind"], spec.get("label", aliases[0] if aliases else key),
                                spec.get("vocab"), aliases)
        for alias in (spec.get("label"), *aliases):
            if alias:
                index.setdefault(normalize_header(alias), key)
    unused = frozenset(normalize_header(h) for h in data.get("known_unused", ()))
    return HeaderCatalogue(fields, index, unused)


def field_spec(key: str) -> FieldSpec:
    return header_catalogue().fields[key]


def _candidates(text: object) -> list[str]:
    """The header as written, then its first line, outside/inside brackets, without a numeric suffix."""
    raw = "" if text is None else str(text)
    out = [normalize_header(raw)]
    first_line = raw.strip().splitlines()[0] if raw.strip() else ""
    out.append(normalize_header(first_line))
    norm = out[0]
    out.append(_BRACKETED.sub("", norm))
    out.extend(_BRACKETED.findall(norm))
    for c in list(out):
        m = _SUFFIX.match(c)
        if m and m.group(1):
            out.append(m.group(1))
    seen, result = set(), []
    for c in out:
        if c and c not in seen:
            seen.add(c)
            result.append(c)
    return result


def recognise(text: object) -> Optional[str]:
    """Field key for one header cell, or None."""
    index = header_catalogue().alias_index
    for candidate in _candidates(text):
        if candidate in index:
            return index[candidate]
    return None


def is_known_unused(text: object) -> bool:
    return any(c in header_catalogue().known_unused for c in _candidates(text))


@dataclass
class ColumnMapping:
    """Which column feeds which field. ``columns[i]`` is the field key of column i ("" = ignored)."""

    headers: list[str]
    columns: list[str]
    header_row: int  # 1-based Excel row number of the header
    saved: dict[str, str] = field(default_factory=dict)  # normalised header -> field key, from the user

    def field_columns(self) -> dict[str, int]:
        """Field key -> first column index mapped to it (a later duplicate is ignored)."""
        out: dict[str, int] = {}
        for i, key in enumerate(self.columns):
            if key and key not in out:
                out[key] = i
        return out

    def duplicates(self) -> list[tuple[int, str]]:
        """Columns ignored because an earlier column feeds the same field."""
        seen, out = set(), []
        for i, key in enumerate(self.columns):
            if key and key in seen:
                out.append((i, key))
            seen.add(key)
        return out

    def unmapped_headers(self) -> list[str]:
        return [h for h, key in zip(self.headers, self.columns) if h and not key and not is_known_unused(h)]

    def set_column(self, index: int, key: str) -> None:
        """The user's choice for one column; remembered by its normalised header text."""
        self.columns[index] = key
        self.saved[normalize_header(self.headers[index])] = key

    def as_saved(self) -> dict[str, str]:
        """Normalised header -> field key ("" = not imported) for every column with a header."""
        return {normalize_header(h): k for h, k in zip(self.headers, self.columns) if h}

    def to_json(self) -> str:
        return mapping_json(self.as_saved())


def map_headers(headers: Sequence[object], header_row: int, saved: Optional[dict[str, str]] = None) -> ColumnMapping:
    """Map each header cell to a field: the user's saved choice first, then the alias table."""
    saved = dict(saved or {})
    texts = ["" if h is None else str(h).strip() for h in headers]
    columns = []
    fields = header_catalogue().fields
    for text in texts:
        norm = normalize_header(text)
        if norm in saved and (saved[norm] == IGNORE or saved[norm] in fields):
            columns.append(saved[norm])
        else:
            columns.append(recognise(text) or "")
    return ColumnMapping(texts, columns, header_row, saved)


def header_score(cells: Iterable[object]) -> int:
    return sum(1 for c in cells if c not in (None, "") and recognise(c))


def find_header_row(rows: Sequence[Sequence[object]], saved: Optional[dict[str, str]] = None) -> Optional[int]:
    """Index (0-based, within ``rows``) of the likeliest header row among the first rows, or None.

    Title rows above the header hold one or two cells and score low; the header row scores
    on every recognised cell (or on headers the user mapped before).
    """
    saved_keys = {k for k, v in (saved or {}).items() if v}
    best, best_score = None, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(row) + sum(1 for c in row if c not in (None, "") and normalize_header(c) in saved_keys)
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= MIN_RECOGNISED else None


def load_mapping(path: str | Path) -> dict[str, str]:
    """A mapping saved with :meth:`ColumnMapping.to_json` (normalised header -> field key)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserFacingError(f"无法读取列对应文件 {path}：{exc}", f"cannot read mapping file: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT or not isinstance(data.get("columns"), dict):
        raise UserFacingError(f"{path} 不是列对应文件。", "not a roster mapping file")
    fields = header_catalogue().fields
    unknown = sorted(v for v in data["columns"].values() if v and v not in fields)
    if unknown:
        raise UserFacingError(f"列对应文件中有未知的字段：{'、'.join(unknown)}", f"unknown fields in mapping: {unknown}")
    return {normalize_header(k): v for k, v in data["columns"].items()}


def mapping_json(columns: dict[str, str], values: Optional[dict[str, dict[str, str]]] = None) -> str:
    """The mapping file: columns, and the value decisions (io.roster_decisions) when there are any."""
    data: dict = {"format": MAPPING_FORMAT, "version": 2 if values else 1, "columns": columns}
    if values:
        data["values"] = values
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def save_mapping(mapping: ColumnMapping | dict[str, str], path: str | Path,
                 values: Optional[dict[str, dict[str, str]]] = None) -> None:
    """Write a mapping (a ColumnMapping, or a merged {normalised header: field} of several sheets),
    with the value decisions made for it."""
    columns = mapping.as_saved() if isinstance(mapping, ColumnMapping) else dict(mapping)
    Path(path).write_text(mapping_json(columns, values), encoding="utf-8")


REMEMBERED_FILE = "roster_mapping.json"


def remembered_mapping() -> dict[str, str]:
    """The user's last confirmed mapping (kept in the data directory), or {}."""
    from fupin_desktop.paths import data_dir

    path = data_dir() / REMEMBERED_FILE
    if not path.exists():
        return {}
    try:
        return load_mapping(path)
    except UserFacingError:
        return {}


def remember_mapping(columns: dict[str, str], values: Optional[dict[str, dict[str, str]]] = None) -> None:
    """Merge ``columns`` (and value decisions) into the remembered mapping: next year's export is
    recognised as this one, and a value decided once is not asked again."""
    from fupin_desktop.io.roster_decisions import merge_decisions, remembered_value_decisions
    from fupin_desktop.paths import data_dir

    merged = remembered_mapping()
    merged.update(columns)
    kept = merge_decisions(remembered_value_decisions(), values or {})
    save_mapping(merged, data_dir() / REMEMBERED_FILE, kept)
