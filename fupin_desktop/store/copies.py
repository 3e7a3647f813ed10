"""Copies of the database made with SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from fupin_desktop.paths import backup_dir_for

KEEP_AUTOMATIC = 10


def backup_file(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` through the backup API; the copy is written beside and renamed."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(f"file:{Path(source).as_posix()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    partial.replace(dest)
    return dest


def automatic_backup(db_path: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> Path:
    """A timestamped copy in the backups folder; older automatic copies of the same reason are pruned."""
    folder = backup_dir_for(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{Path(db_path).stem}-{reason}-{stamp}.db"
    backup_file(db_path, dest)
    old = sorted(folder.glob(f"{Path(db_path).stem}-{reason}-*.db"))
    for path in old[:-keep]:
        path.unlink(missing_ok=True)
    return dest
