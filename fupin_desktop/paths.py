"""Where things live: bundled resources, the per-user data directory, the default database."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

from fupin_desktop import APP_NAME

DB_ENV = "FUPIN_DB"
DATA_DIR_ENV = "FUPIN_DATA_DIR"
DB_FILENAME = "fupin.db"
PORTABLE_MARKER = "fupin-portable.txt"
LOCATION_POINTER = "database-location.txt"


def program_dir() -> Path:
    """The folder holding the program (the bundle folder when frozen, the checkout otherwise)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Bundled read-only resources: fonts, vocabularies, catalogue, translations."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir(appname: str, appauthor: Literal[False] | str | None = False) -> str:
    """The per-user folder by the platform's rules (platformdirs is imported only when asked: the first
    paint needs no data folder when one is set or portable)."""
    from platformdirs import user_data_dir as platform_user_data_dir

    return platform_user_data_dir(appname, appauthor=appauthor)


def data_dir() -> Path:
    """Per-user data directory, or the program folder in portable mode (running from a USB stick)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    elif (program_dir() / PORTABLE_MARKER).exists():
        path = program_dir() / "data"
    else:
        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def location_pointer() -> Path:
    """File naming another folder for the database (chosen at first start or in the settings)."""
    return data_dir() / LOCATION_POINTER


def default_db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """--db wins, then FUPIN_DB, then a folder chosen by the user, then the data directory."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    pointer = location_pointer()
    if pointer.exists():
        folder = pointer.read_text(encoding="utf-8").strip()
        if folder:
            return Path(folder) / DB_FILENAME
    return data_dir() / DB_FILENAME


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir_for(db_path: Path) -> Path:
    """Automatic backups sit beside the database in a `backups` folder."""
    path = Path(db_path).resolve().parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
