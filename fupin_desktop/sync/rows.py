"""How records travel: one JSON array per row, values in SQLite's own representation
(text, integer, real, null; booleans 0/1, dates ``YYYY-MM-DD``), columns named once in the
manifest. Every incoming row is validated here before it can touch the database.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Callable

from sqlalchemy import Boolean, Date, Float, Integer, String, TypeDecorator

from fupin_desktop.store.models import SYNC_COLUMNS, SYNCED_TABLES, SyncedRecord
from fupin_desktop.sync.errors import InvalidRow

STR, INT, FLOAT, BOOL, DATE = "str", "int", "float", "bool", "date"
MERGE_DELETED = "deleted"  # the tombstone flag merges like a field
HLC_RE = re.compile(r"^(\d{13}\.\d{5})\.([0-9A-Za-z_-]{1,32})$")
ID_RE = re.compile(r"^[0-9a-f]{32}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK_PREFIX = 19  # "wall13.counter5": the part of a stamp that orders it in time


def _kind(column) -> str:
    t = column.type
    if isinstance(t, TypeDecorator):  # sqlmodel's AutoString wraps String
        t = t.impl_instance if hasattr(t, "impl_instance") else t.impl
    if isinstance(t, Boolean):
        return BOOL
    if isinstance(t, Date):
        return DATE
    if isinstance(t, Integer):
        return INT
    if isinstance(t, Float):
        return FLOAT
    if isinstance(t, String):
        return STR
    raise TypeError(f"column {column} has an unsupported type {t!r} for sync")


def _native_default(model: type[SyncedRecord], name: str, kind: str) -> Any:
    info = model.model_fields[name]
    if info.default_factory is not None or info.default is ...:
        return None
    value = info.default
    if kind == BOOL and value is not None:
        return int(bool(value))
    if kind == DATE and isinstance(value, date):
        return value.isoformat()
    return value


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)  # NaN and Infinity are not data


def parse_line(line: bytes) -> Any:
    return _DECODER.decode(line.decode("utf-8"))


@dataclass
class TableCodec:
    model: type[SyncedRecord]
    name: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]
    nullable: tuple[bool, ...]
    max_len: tuple[int | None, ...]
    index: dict[str, int]
    merge_fields: tuple[str, ...]  # content fields + "deleted"
    merge_idx: tuple[int, ...]
    defaults: tuple[Any, ...]
    _good_types: set = field(default_factory=set, repr=False)
    _bool_idx: tuple[int, ...] = ()
    _len_idx: tuple[tuple[int, int], ...] = ()
    _date_idx: tuple[int, ...] = ()

    def __post_init__(self):
        self._bool_idx = tuple(k for k, kind in enumerate(self.kinds) if kind == BOOL)
        self._len_idx = tuple((k, n) for k, n in enumerate(self.max_len) if n and self.kinds[k] == STR)
        self._date_idx = tuple(k for k, kind in enumerate(self.kinds) if kind == DATE)

    @property
    def i(self) -> dict[str, int]:
        return self.index

    def select_sql(self) -> str:
        return f'SELECT {", ".join(_q(c) for c in self.columns)} FROM {_q(self.name)}'

    def insert_sql(self) -> str:
        cols = ", ".join(_q(c) for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {_q(self.name)} ({cols}) VALUES ({marks})"

    def update_sql(self) -> str:
        """Parameters: the row's values without ``id``, then ``id``. (Not an UPSERT: an ON CONFLICT
        clause on the outer statement would override the OR IGNORE of other modules' triggers.)"""
        sets = ", ".join(f"{_q(c)} = ?" for c in self.columns if c != "id")
        return f"UPDATE {_q(self.name)} SET {sets} WHERE id = ?"

    def update_params(self, row: list) -> tuple:
        k = self.index["id"]
        return tuple(row[:k]) + tuple(row[k + 1:]) + (row[k],)

    def mapper(self, package_columns: list[str], older: bool) -> Callable[[Any], Any]:
        """Map a row in the package's column order to this schema's order (older packages get
        defaults for columns they did not have). Same columns: identity."""
        if list(package_columns) == list(self.columns):
            return lambda row: row
        unknown = [c for c in package_columns if c not in self.index]
        if unknown and not older:
            from fupin_desktop.sync.container import part_zh  # container imports this module

            raise InvalidRow(f"同步包内{part_zh(self.name)}含有本软件不认识的内容，已拒绝；请把两边的软件升级到同一版本",
                             "the package holds columns this version does not know",
                             detail=f"table {self.name} has unknown columns {', '.join(unknown)}")
        positions = {c: n for n, c in enumerate(package_columns)}
        plan = [(positions.get(c), self.defaults[k]) for k, c in enumerate(self.columns)]
        width = len(package_columns)

        def remap(row: Any) -> list:  # a parsed JSON value: checked here, the values by validate()
            if type(row) is not list or len(row) != width:
                raise ValueError("row has the wrong number of values")
            return [row[p] if p is not None else d for p, d in plan]

        return remap

    def validate(self, row: Any, clock_limit: str) -> list:
        """Check types and stamps of one row; return it normalised (bool -> 0/1, canonical stamps).

        Rows of one table mostly share one pattern of value types; a pattern that passed the full
        check once only needs the value checks (0/1, lengths, dates) on later rows."""
        if type(row) is not list or len(row) != len(self.columns):
            raise ValueError("row has the wrong number of values")
        signature = tuple(map(type, row))
        if signature in self._good_types:
            for k in self._bool_idx:
                v = row[k]
                if v is not None and v != 0 and v != 1:
                    raise ValueError(f"{self.columns[k]} must be 0 or 1")
            for k, limit in self._len_idx:
                v = row[k]
                if v is not None and len(v) > limit:
                    raise ValueError(f"{self.columns[k]} is too long")
            for k in self._date_idx:
                v = row[k]
                if v is not None:
                    if not DATE_RE.match(v):
                        raise ValueError(f"{self.columns[k]} must be a date YYYY-MM-DD")
                    date.fromisoformat(v)
        else:
            self._check_types(row)
            if bool not in signature and len(self._good_types) < 4096:
                self._good_types.add(signature)
        self._check_stamps(row, clock_limit)
        return row

    def _check_types(self, row: list) -> None:
        for k, kind in enumerate(self.kinds):
            v = row[k]
            if v is None:
                if not self.nullable[k]:
                    raise ValueError(f"{self.columns[k]} must not be empty")
                continue
            tv = type(v)
            if kind == STR:
                if tv is not str:
                    raise ValueError(f"{self.columns[k]} must be text")
                limit = self.max_len[k]
                if limit and len(v) > limit:
                    raise ValueError(f"{self.columns[k]} is too long")
            elif kind == FLOAT:
                if tv is not float and tv is not int:
                    raise ValueError(f"{self.columns[k]} must be a number")
            elif kind == INT:
                if tv is not int:
                    raise ValueError(f"{self.columns[k]} must be an integer")
            elif kind == BOOL:
                if tv is bool:
                    row[k] = int(v)
                elif tv is not int or v not in (0, 1):
                    raise ValueError(f"{self.columns[k]} must be 0 or 1")
            elif kind == DATE:
                if tv is not str or not DATE_RE.match(v):
                    raise ValueError(f"{self.columns[k]} must be a date YYYY-MM-DD")
                date.fromisoformat(v)

    def _check_stamps(self, row: list, clock_limit: str) -> None:
        ix = self.index
        if not ID_RE.match(row[ix["id"]]):
            raise ValueError("id must be 32 lowercase hex digits")
        hlc, origin = row[ix["hlc"]], row[ix["origin_hlc"]]
        m = HLC_RE.match(hlc)
        if not m or m.group(2) != row[ix["device_id"]]:
            raise ValueError("hlc stamp is malformed or not from the row's device")
        if row[ix["seq"]] < 0:
            raise ValueError("seq must not be negative")
        if origin != hlc and not HLC_RE.match(origin):
            raise ValueError("origin_hlc stamp is malformed")
        if hlc[:CLOCK_PREFIX] > clock_limit or origin[:CLOCK_PREFIX] > clock_limit:
            raise ValueError("a stamp is later than the sender's clock")
        raw = row[ix["field_stamps"]]
        if raw == "{}":
            return
        field_stamps = json.loads(raw)
        if type(field_stamps) is not dict:
            raise ValueError("field_stamps must be an object")
        for name, stamp in field_stamps.items():
            if name not in self.merge_fields:
                raise ValueError(f"field_stamps names an unknown field {name!r}")
            if type(stamp) is not str or not HLC_RE.match(stamp):
                raise ValueError(f"field stamp of {name} is malformed")
            if stamp[:CLOCK_PREFIX] > clock_limit:
                raise ValueError("a stamp is later than the sender's clock")
        row[ix["field_stamps"]] = canonical_stamps(field_stamps)


def canonical_stamps(stamps: dict[str, str]) -> str:
    return json.dumps(stamps, separators=(",", ":"), sort_keys=True)


def _q(name: str) -> str:
    return f'"{name}"'


@cache
def codec(model: type[SyncedRecord]) -> TableCodec:
    table = model.__table__
    cols = list(table.columns)
    names = tuple(c.name for c in cols)
    kinds = tuple(_kind(c) for c in cols)
    content = [n for n in names if n not in SYNC_COLUMNS]
    merge_fields = tuple(content + [MERGE_DELETED])
    index = {n: k for k, n in enumerate(names)}
    return TableCodec(
        model=model, name=table.name, columns=names, kinds=kinds,
        nullable=tuple(bool(c.nullable) for c in cols),
        max_len=tuple(getattr(c.type, "length", None) for c in cols),
        index=index, merge_fields=merge_fields, merge_idx=tuple(index[n] for n in merge_fields),
        defaults=tuple(_native_default(model, n, k) for n, k in zip(names, kinds)),
    )


@cache
def codecs_by_name() -> dict[str, TableCodec]:
    return {codec(m).name: codec(m) for m in SYNCED_TABLES}


def stamp_device(stamp: str) -> str:
    return stamp.split(".", 2)[2]
