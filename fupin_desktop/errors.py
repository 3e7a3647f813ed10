"""Errors a user can act on. ``str(err)`` is one line: Chinese first, then the English gist, then the
technical detail in brackets (for the command line and the log; screens show ``zh`` or ``en`` only).

The GUI shows them and the CLI prints them on stderr; the database kinds below are what
``store.driver_errors`` turns a driver's exception into."""

from __future__ import annotations


class UserFacingError(Exception):
    def __init__(self, zh: str, en: str = "", detail: str = ""):
        self.zh = zh  # what a person reads in the Chinese interface: plain Chinese, no program text
        self.en = en  # the same gist in English, for the English interface
        self.detail = detail  # the driver's or parser's own words: log and command line only
        text = f"{zh} ({en})" if en else zh
        super().__init__(f"{text} [{detail}]" if detail else text)


class DatabaseError(UserFacingError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseBusy(DatabaseError):
    """Another writer held the database for longer than the busy timeout."""


class DatabaseUnwritable(DatabaseError):
    """The disk is full, read-only or failing: SQLite could not write."""
