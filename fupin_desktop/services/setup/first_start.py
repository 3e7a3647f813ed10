"""First start: who uses this installation, and where its database lives.

The role, name, unit and phone are settings in the database. The data location cannot live in the
database it locates, so it is a file: the portable marker beside the program (data in
``<program>/data``, for running from a USB stick), or a pointer file in the per-user data folder
naming another folder; neither means the per-user data folder. ``paths.default_db_path`` reads
both, so the GUI and the ``fupin`` command agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from fupin_desktop import paths
from fupin_desktop.services.setup.settings import ROLE_COUNTY, ROLE_VILLAGE, get_setting, set_settings
from fupin_desktop.store.engine import Database

USER, PORTABLE, CUSTOM = "user", "portable", "custom"
SETTING_KEYS = ("role", "user_name", "unit", "phone")


@dataclass
class Profile:
    role: str = ROLE_VILLAGE
    user_name: str = ""
    unit: str = ""
    phone: str = ""


@dataclass
class Location:
    kind: str  # user | portable | custom
    folder: Path

    @property
    def db_path(self) -> Path:
        return self.folder / paths.DB_FILENAME


def needs_first_start(db: Database) -> bool:
    """True until someone has chosen a role for this database (first start, or `fupin init`)."""
    return get_setting(db, "role", "") not in (ROLE_VILLAGE, ROLE_COUNTY)


def load_profile(db: Database) -> Profile:
    return Profile(*(get_setting(db, key, default) for key, default in
                     zip(SETTING_KEYS, (ROLE_VILLAGE, "", "", ""))))


def save_profile(db: Database, profile: Profile) -> None:
    if profile.role not in (ROLE_VILLAGE, ROLE_COUNTY):
        raise ValueError(f"unknown role {profile.role!r}")
    set_settings(db, {"role": profile.role, "user_name": profile.user_name.strip(), "unit": profile.unit.strip(),
                      "phone": profile.phone.strip()})
    if profile.role == ROLE_VILLAGE:  # the village cadre is the first 帮扶责任人 and the default one
        from fupin_desktop.services.register.cadres import ensure_default_cadre

        ensure_default_cadre(db, profile.user_name, profile.unit, profile.phone)


def portable_folder() -> Path:
    return paths.program_dir() / "data"


def current_location() -> Location:
    if (paths.program_dir() / paths.PORTABLE_MARKER).exists():
        return Location(PORTABLE, portable_folder())
    pointer = paths.location_pointer()
    if pointer.exists():
        folder = pointer.read_text(encoding="utf-8").strip()
        if folder:
            return Location(CUSTOM, Path(folder))
    return Location(USER, paths.data_dir())


def set_location(kind: str, folder: Optional[Path] = None) -> Location:
    """Make ``kind`` the data location from now on (and for the next start); returns it.

    Raises OSError when the marker or pointer cannot be written (a read-only program folder).
    """
    marker = paths.program_dir() / paths.PORTABLE_MARKER
    if kind == PORTABLE:
        marker.write_text("扶贫帮扶便携模式：数据保存在本文件夹的 data 子文件夹中。\n", encoding="utf-8")
        location = Location(PORTABLE, portable_folder())
    else:
        if marker.exists():
            marker.unlink()
        pointer = paths.location_pointer()
        if kind == CUSTOM:
            if folder is None:
                raise ValueError("a custom location needs a folder")
            pointer.write_text(str(Path(folder).resolve()) + "\n", encoding="utf-8")
            location = Location(CUSTOM, Path(folder).resolve())
        elif kind == USER:
            pointer.unlink(missing_ok=True)
            location = Location(USER, paths.data_dir())
        else:
            raise ValueError(f"unknown location kind {kind!r}")
    location.folder.mkdir(parents=True, exist_ok=True)
    return location
