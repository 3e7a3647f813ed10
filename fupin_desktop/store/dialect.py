"""SQL that differs between database dialects, kept here so services write one portable expression."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, false
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class ScanIsFalse(ColumnElement[bool]):
    """``column = false`` that SQLite answers by a plain table scan, not through the column's index.

    For tombstone flags (``deleted``): nearly every row is live, so the low-selectivity index only adds a
    lookup per row. SQLite gets the unary-plus trick (``+member.deleted = 0`` keeps the planner off the
    index); every other dialect gets the plain comparison (``+boolean`` is an error on PostgreSQL).
    """

    inherit_cache = True
    type = Boolean()
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any) -> None:
        self.column = column


def scan_is_false(column: Any) -> ScanIsFalse:
    return ScanIsFalse(column)


@compiles(ScanIsFalse)
def _plain(element: ScanIsFalse, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column == false(), **kw)


@compiles(ScanIsFalse, "sqlite")
def _sqlite_scan(element: ScanIsFalse, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.column == false(), **kw)
