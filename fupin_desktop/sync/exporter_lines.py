"""The export's rows as JSON lines, a fetch batch of whole lines at a time.

Two ways to the same lines (one JSON array per row, compact, UTF-8, the format every reader
knows): SQLite builds each row's JSON itself (``json_array``, in C: no Python object per value,
so the export reads its rows for less than a plain ``SELECT *`` costs), or Python's C encoder
encodes the fetched tuples. SQLite writes a REAL with 15 significant digits, which does not give
every double back, so floats go through ``float.__repr__`` (what ``json.dumps`` writes) in a
function SQLite calls, except whole numbers, which both write as "<integer>.0"; a table with many
float columns (the household's income block) is cheaper in Python. A probe at the start checks that this SQLite has the JSON functions and gives every
kind of value back exactly; if not, or if a value cannot be written that way (an infinite float),
everything goes the Python way.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Callable, Iterator

from fupin_desktop.sync.errors import Cancelled
from fupin_desktop.sync.rows import FLOAT, TableCodec

Progress = Callable[[int, int], bool]
BATCH = 2000
REAL_FUNCTION = "fupin_json_real"
# Up to this share of float columns SQLite builds the line; past it each float's call back into
# Python costs more than the C encoder (the county's household table, 28 of 84: 1.17 s vs 0.95 s).
MAX_FLOAT_SHARE = 1 / 8
# (float column, text column, integer column): every branch of _column, and text and integers
# at their edges. Each line must give back the same values, floats to the last bit.
_PROBE: tuple[tuple[Any, Any, Any], ...] = (
    (0.1 + 0.2, 'a"b\\c\n\t\x01\x7f中文\u2028', -2 ** 63),
    (4566.666666666667, "", 2 ** 63 - 1),
    (1000.0, None, 0),
    (-5.0, "x", None),
    (None, "y", 1),
    (999999999999999.0, "z", -1),
    (2.0 ** 53, "w", 2),
    (1e16, "v", 3),
    (1 / 3, "u", 4),
)


class SqlJsonFailed(Exception):
    """SQLite could not write a row as JSON (say an infinite float): write the package the Python way."""


def row_encoder() -> Callable[[tuple], str]:
    """``json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode`` for one row, with the
    C encoder made once: ``encode`` builds a new one per call, a third of its time per row."""
    reference = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return reference.encode
    try:
        encoder = make(None, reference.default, json.encoder.encode_basestring, None, reference.key_separator,
                       reference.item_separator, reference.sort_keys, reference.skipkeys, reference.allow_nan)
    except TypeError:  # another Python's private signature: the public way
        return reference.encode
    join = "".join
    return lambda row: join(encoder(row, 0))


def _json_real(value: Any) -> str:
    """A value of a float column as JSON text, exactly as ``json.dumps`` writes it."""
    if type(value) is float and value - value == 0.0:  # finite
        return float.__repr__(value)
    return json.dumps(value, ensure_ascii=False)  # NULL; anything else goes as Python would send it


def sql_json_ready(raw: sqlite3.Connection) -> bool:
    """Register the float function and check that SQLite's JSON gives every value back exactly."""
    rows = ", ".join("(?, ?, ?)" for _ in _PROBE)
    sql = (f"WITH t(f, s, i) AS (VALUES {rows}) "
           f'SELECT CAST(json_array({_column("f", FLOAT)}, t."s", t."i") AS BLOB) FROM t')
    try:
        raw.create_function(REAL_FUNCTION, 1, _json_real, deterministic=True)
        back = [json.loads(line) for (line,) in raw.execute(sql, [v for row in _PROBE for v in row])]
    except (sqlite3.Error, AttributeError, ValueError, TypeError):  # AttributeError: not a sqlite3 connection
        return False
    return [list(map(repr, row)) for row in back] == [list(map(repr, row)) for row in _PROBE]


def sql_json_suits(table: TableCodec) -> bool:
    return sum(kind == FLOAT for kind in table.kinds) <= MAX_FLOAT_SHARE * len(table.columns)


def _column(name: str, kind: str) -> str:
    if kind != FLOAT:
        return f't."{name}"'
    # A whole number below 1e15 (amounts in yuan, months) is "<integer>.0" in Python's repr too, so
    # SQLite writes it without a call into Python; zero goes to Python for the sign of -0.0.
    c = f't."{name}"'
    return (f"CASE WHEN {c} IS NULL THEN NULL "
            f"WHEN typeof({c}) = 'real' AND {c} = CAST({c} AS INTEGER) AND {c} <> 0 AND abs({c}) < 1e15 "
            f"THEN json(CAST({c} AS INTEGER) || '.0') "
            f"ELSE json({REAL_FUNCTION}({c})) END")


class RowLines:
    """Reads the rows of one read transaction and hands them out as JSON lines; keeps this
    device's sequence range over every row sent, and reports progress."""

    def __init__(self, raw: sqlite3.Connection, me: str, progress: Progress | None, sql_json: bool):
        self.cursor = raw.cursor()
        self.me = me
        self.progress = progress
        self.sql_json = sql_json
        self.done = 0
        self.total = 1
        self.seq_lo: int | None = None
        self.seq_hi = 0

    def lines(self, table: TableCodec, cte: str, where: str, cte_params: tuple, where_params: tuple) -> Iterator[bytes]:
        if self.sql_json and sql_json_suits(table):
            return self._sql_lines(table, cte, where, cte_params, where_params)
        sql = f'{cte}SELECT {", ".join(f"t.{col}" for col in table.columns)} FROM "{table.name}" t{where}'
        return self._python_lines(table, sql, cte_params + where_params)

    def _mine(self, seqs: list[int]) -> None:
        if seqs:
            low, high = min(seqs), max(seqs)
            self.seq_lo = low if self.seq_lo is None else min(self.seq_lo, low)
            self.seq_hi = max(self.seq_hi, high)

    def _advance(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None and not self.progress(self.done, self.total):
            raise Cancelled()

    def _sql_lines(self, table: TableCodec, cte: str, where: str, cte_params: tuple,
                   where_params: tuple) -> Iterator[bytes]:
        columns = ", ".join(_column(name, kind) for name, kind in zip(table.columns, table.kinds))
        sql = (f'{cte}SELECT CAST(json_array({columns}) AS BLOB), CASE WHEN t.device_id = ? THEN t.seq END '
               f'FROM "{table.name}" t{where}')
        try:
            self.cursor.execute(sql, cte_params + (self.me,) + where_params)
            while rows := self.cursor.fetchmany(BATCH):
                self._mine([row[1] for row in rows if row[1] is not None])
                yield b"\n".join([row[0] for row in rows]) + b"\n"
                self._advance(len(rows))
        except sqlite3.OperationalError as exc:  # a value JSON cannot hold as SQLite writes it
            raise SqlJsonFailed(str(exc)) from exc

    def _python_lines(self, table: TableCodec, sql: str, params: tuple) -> Iterator[bytes]:
        seq_i, dev_i = table.index["seq"], table.index["device_id"]
        dumps = row_encoder()
        me = self.me
        self.cursor.execute(sql, params)
        while rows := self.cursor.fetchmany(BATCH):
            self._mine([row[seq_i] for row in rows if row[dev_i] == me])
            yield ("\n".join(map(dumps, rows)) + "\n").encode("utf-8")
            self._advance(len(rows))
