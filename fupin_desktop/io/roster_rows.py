"""Parsing roster rows a batch at a time, column by column (DOMAIN.md §9).

A county roster repeats a handful of values per coded column over 200,000 rows, so each distinct
(column, cell value) is parsed once: the column's cache holds the value or the CellError. Caches
are kept per Python type of the cell, because True == 1 == 1.0 as dictionary keys, and a 1 in a
number column is not a TRUE. Within a batch a column is looked up in one ``map`` over the cache,
and each row's values are built in one pass; per-row Python work is left for the rare rows that
need it (cells that failed, several codes in one cell, the ID). Names and IDs are unique: not
cached. The ID's IdInfo stays on the row for the row checks.

The result is the same as parsing every cell on its own: the same values, and every error of a row
in column order.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Optional

from fupin_desktop.domain import idnumber
from fupin_desktop.io.roster_headers import field_spec
from fupin_desktop.io.roster_reader import SheetInfo
from fupin_desktop.io.roster_values import CellError, Decisions, Pending, parse_id_info, parser_for

CACHED_KINDS = frozenset({"text", "vocab", "vocab_multi", "bool", "int", "float", "months", "year", "date"})
CACHE_LIMIT = 10_000  # distinct values kept per column and cell type; past it, values are parsed each time


class _NoMessages(list):
    """The empty errors/warnings every row starts with, shared: most of 200,000 rows have none, and
    two empty lists and a set per row cost 60 MB. Equal to []; ``add_error`` replaces it, and changing
    it in place is refused, so no row can write into another's."""

    __slots__ = ()
    __hash__ = object.__hash__  # one shared instance, usable as a dataclass default

    def _refuse(self, *args):
        raise TypeError("a row's messages are added with add_error/add_warning")

    append = extend = insert = __iadd__ = __setitem__ = _refuse


NO_MESSAGES = _NoMessages()


@dataclass(slots=True)
class RosterRow:
    sheet: str
    row: int  # the row number Excel shows
    values: dict  # field key -> parsed value; a blank or failed cell leaves its key out
    errors: list[str] = NO_MESSAGES  # add with add_error
    warnings: list[str] = NO_MESSAGES  # add with add_warning
    failed: frozenset | set = frozenset()  # fields whose cell could not be read
    id_info: Optional[idnumber.IdInfo] = None  # what parsing the ID cell found
    pending: tuple = ()  # (field key, value) pairs in no code list, waiting for a value decision

    def add_error(self, text: str) -> None:
        if self.errors is NO_MESSAGES:
            self.errors = [text]
        else:
            self.errors.append(text)

    def add_warning(self, text: str) -> None:
        if self.warnings is NO_MESSAGES:
            self.warnings = [text]
        else:
            self.warnings.append(text)


class _ValueCache(dict):
    """raw cell value -> parsed value or CellError, for cells of one Python type in one column."""

    __slots__ = ("column",)

    def __init__(self, column: "_Column"):
        super().__init__()
        self[None] = None
        self.column = column

    def __missing__(self, raw: Any):
        value = self.column.parse_one(raw)
        if len(self) < CACHE_LIMIT:
            self[raw] = value
        return value


class _Column:
    def __init__(self, index: int, key: str, parse: Callable, label: str, cached: bool, is_id: bool, is_list: bool):
        self.index, self.key, self.parse, self.label = index, key, parse, label
        self.cached, self.is_id, self.is_list = cached, is_id, is_list
        self.caches: dict[type, _ValueCache] = {}
        self.can_fail = False  # set once any cell of this column failed: from then on, look for errors
        self.can_pend = False  # set once any cell waits for a value decision

    def parse_one(self, raw: Any):
        try:
            value = self.parse(raw, self.label)
        except CellError as exc:
            self.can_fail = True
            return exc
        if value.__class__ is Pending:
            self.can_pend = True
        return value

    def _cache(self, kind: type) -> _ValueCache:
        cache = self.caches.get(kind)
        if cache is None:
            cache = self.caches[kind] = _ValueCache(self)
        return cache

    def values(self, raw: list) -> list:
        if not self.cached:
            parse_one = self.parse_one
            return [None if r is None else parse_one(r) for r in raw]
        kinds = set(map(type, raw))
        kinds.discard(type(None))
        if len(kinds) <= 1:  # one type of cell in this batch (the usual case): one map over its cache
            return list(map(self._cache(kinds.pop() if kinds else str).__getitem__, raw))
        caches = {kind: self._cache(kind) for kind in kinds}
        return [None if r is None else caches[r.__class__][r] for r in raw]


class ColumnPlan:
    """How one sheet's cells become field values: one entry per mapped column."""

    def __init__(self, sheet: SheetInfo, decisions: Optional[Decisions] = None):
        """``decisions``: the clerk's value decisions (field -> {value: code}); None: strict, a value in
        no code list is an error."""
        self.columns: list[_Column] = []
        for key, index in sheet.mapping.field_columns().items():
            spec = field_spec(key)
            label = " ".join(sheet.mapping.headers[index].split()) or spec.label
            if spec.kind == "id" and key == "id_number":
                self.columns.append(_Column(index, key, parse_id_info, label, False, True, False))
            else:
                self.columns.append(_Column(index, key, parser_for(spec.kind, spec.vocab, key, decisions), label,
                                            spec.kind in CACHED_KINDS, False, spec.kind == "vocab_multi"))
        self.keys = tuple(c.key for c in self.columns)
        self.width = 1 + max((c.index for c in self.columns), default=-1)

    def parse(self, sheet: str, numbered: list[tuple[int, tuple]]) -> list[RosterRow]:
        """RosterRows for (Excel row number, cell values) pairs, in order."""
        if not numbered or not self.columns:
            return [RosterRow(sheet, number, {}) for number, _ in numbered]
        width = self.width
        padded = [cells if len(cells) >= width else cells + (None,) * (width - len(cells)) for _, cells in numbered]
        parsed = [c.values(list(map(itemgetter(c.index), padded))) for c in self.columns]
        keys = self.keys
        rows = [RosterRow(sheet, number, {k: v for k, v in zip(keys, values) if v is not None})
                for (number, _), values in zip(numbered, zip(*parsed))]
        # Columns in order, so each row's errors come in column order.
        for column, values in zip(self.columns, parsed):
            key = column.key
            if column.can_fail:
                for i, value in enumerate(values):
                    if isinstance(value, CellError):
                        row = rows[i]
                        row.add_error(str(value))
                        row.failed = {*row.failed, key}
                        del row.values[key]
            if column.can_pend:
                for i, value in enumerate(values):
                    if value.__class__ is Pending:
                        row = rows[i]
                        row.pending += value
                        del row.values[key]
            if column.is_id:
                for i, value in enumerate(values):
                    if value.__class__ is tuple:
                        row = rows[i]
                        row.values[key], row.id_info = value
            elif column.is_list:  # the cached list is shared: every row gets its own
                for i, value in enumerate(values):
                    if value.__class__ is list:
                        rows[i].values[key] = list(value)
        return rows
