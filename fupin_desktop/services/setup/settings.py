"""Installation settings kept in the database (role, user, unit, yearly poverty line, thresholds)."""

from __future__ import annotations

from sqlmodel import select

from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Setting

ROLE_VILLAGE = "village"
ROLE_COUNTY = "county"
DEFAULT_INCIDENCE_THRESHOLD = 0.02


def get_setting(db: Database, key: str, default: str = "") -> str:
    # Core, not a session: the window reads the role while it is built, and the first ORM query
    # configures every mapper (about 40 ms) that the first screen does not otherwise need.
    table = Setting.__table__  # the table, not the mapped class: that would configure the mappers too
    with db.engine.connect() as conn:
        value = conn.execute(select(table.c.value).where(table.c.key == key)).scalar_one_or_none()
    return value if value is not None else default


def get_settings(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {row.key: row.value for row in session.exec(select(Setting))}


def set_setting(db: Database, key: str, value: str) -> None:
    set_settings(db, {key: value})


def set_settings(db: Database, values: dict[str, str]) -> None:
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
