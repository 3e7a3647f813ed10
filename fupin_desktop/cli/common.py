"""Shared bits of the `fupin` commands: opening the database, JSON output, terminal progress."""

from __future__ import annotations

import json
import sys
from typing import Any

from fupin_desktop.paths import default_db_path
from fupin_desktop.store import integrity
from fupin_desktop.store.engine import Database, open_database

_opened: list[Database] = []


def open_db(args, create: bool = True) -> Database:
    # No background check here: the full integrity check runs at open when the last one is over a
    # day old, before anything is written (a damaged file is refused, unchanged).
    db = open_database(default_db_path(getattr(args, "db", None)), create=create,
                       recheck_after=integrity.CLI_RECHECK_SECONDS)
    _opened.append(db)
    return db


def close_opened() -> None:
    """Close what the command opened (main() does, after every command): after a clean close the
    next open may skip the whole-file integrity check (store/integrity.py)."""
    while _opened:
        _opened.pop().close()


def print_json(data: Any) -> None:
    # One write of the whole text: json.dump streams millions of tiny writes (15 MB for a county's check).
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


class TerminalProgress:
    """A one-line progress indicator on a terminal; silent when stderr is not a terminal."""

    def __init__(self, label: str, stream=None):
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = -1

    def __call__(self, done: int, total: int) -> bool:
        if self.enabled and total:
            pct = int(done * 100 / total)
            if pct != self._last:
                self._last = pct
                self.stream.write(f"\r{self.label} {done}/{total} ({pct}%)")
                self.stream.flush()
        return True  # never cancels

    def finish(self) -> None:
        if self.enabled and self._last >= 0:
            self.stream.write("\n")
            self.stream.flush()
