"""The files of a database this program has open: the file itself, SQLite's -wal, -shm and -journal
beside it, and the verification marker (store/integrity.py). Nothing may be saved over them, and
nothing may open them by other means than SQLite: on POSIX, closing any other descriptor of the file
releases SQLite's locks of this whole process (lost writes; see store/integrity.py). The file
dialogs ask here before they take a person's choice.

Paths are compared resolved (symlinks, ``..``) and by file identity (a hard link); only stat calls,
never an open()."""

from __future__ import annotations

import os
from pathlib import Path

from fupin_desktop.store import integrity

COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", integrity.MARKER_SUFFIX)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)  # stat only
    except OSError:  # one of them does not exist
        return False


def belongs_to(chosen: Path | str, database: Path | str) -> bool:
    """True when ``chosen`` is ``database`` or one of the files SQLite or this program keeps beside it."""
    chosen_real = os.path.realpath(chosen)
    for base in {os.path.realpath(database), os.path.abspath(database)}:
        for suffix in COMPANION_SUFFIXES:
            companion = base + suffix
            if os.path.realpath(companion) == chosen_real or _same_file(companion, chosen_real):
                return True
    return False


def open_database_of(chosen: Path | str) -> Path | None:
    """The database open in this process that ``chosen`` belongs to (None when it belongs to none)."""
    if not chosen:
        return None
    for database in integrity.held_files():
        if belongs_to(chosen, database):
            return database
    return None


def is_key_of_open_database(chosen: Path | str) -> bool:
    """True when ``chosen`` is the device key file of a database open in this process: saving over it
    would destroy this installation's keys (its packages could no longer be signed or opened)."""
    from fupin_desktop.sync.keys import key_file_for  # at a choice, not at start-up

    if not chosen:
        return False
    chosen_real = os.path.realpath(chosen)
    for database in integrity.held_files():
        key = key_file_for(database)
        if os.path.realpath(key) == chosen_real or _same_file(str(key), chosen_real):
            return True
    return False
