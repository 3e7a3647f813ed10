"""Installation settings kept in the database (role, user, unit, yearly poverty line, thresholds)."""

from __future__ import annotations

from fupin_desktop.store.engine import Database

ROLE_VILLAGE = "village"
ROLE_COUNTY = "county"
DEFAULT_INCIDENCE_THRESHOLD = 0.02


def get_setting(db: Database, key: str, default: str = "") -> str:
    # A plain read, not the model: the window reads the role while it is built, before SQLAlchemy
    # and the tables have loaded (gui.store_loader), and they stay out of the start-up's way.
    with db.reader() as reader:
        value = reader.scalar("SELECT value FROM setting WHERE key = :key", {"key": key})
    return value if value is not None else default


def get_settings(db: Database) -> dict[str, str]:
    from sqlmodel import select

    from fupin_desktop.store.models import Setting

    with db.session() as session:
        return {row.key: row.value for row in session.exec(select(Setting))}


def set_setting(db: Database, key: str, value: str) -> None:
    set_settings(db, {key: value})


def set_settings(db: Database, values: dict[str, str]) -> None:
    from fupin_desktop.store.models import Setting

    with db.transaction() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=str(value)))
            else:
                row.value = str(value)


def role(db: Database) -> str:
    return get_setting(db, "role", ROLE_VILLAGE)


def user_name(db: Database) -> str:
    return get_setting(db, "user_name", "")


def incidence_threshold(db: Database) -> float:
    return float(get_setting(db, "incidence_threshold", str(DEFAULT_INCIDENCE_THRESHOLD)))
