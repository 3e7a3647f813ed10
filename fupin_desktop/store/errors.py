"""Errors a user can act on. ``str(err)`` is one line: Chinese first, then the English gist."""

from __future__ import annotations


class UserFacingError(Exception):
    def __init__(self, zh: str, en: str = ""):
        self.zh = zh
        self.en = en
        super().__init__(f"{zh} ({en})" if en else zh)


class DatabaseError(UserFacingError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseBusy(DatabaseError):
    """Another writer held the database for longer than the busy timeout."""
