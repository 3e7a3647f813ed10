"""Explicit schema versions (``PRAGMA user_version``) and the ordered steps between them.

A new database is created from the current models and stamped CURRENT_VERSION. An older one
is backed up, then upgraded step by step in one transaction. A newer one is refused untouched.
To change the schema: change the models, append a step here, bump nothing else. The test
``test_migrations`` upgrades a version-1 file and checks it matches a freshly created one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def _v1_peer_watermark_hlc(conn: Connection) -> None:
    """v1 -> v2: watermarks carry the HLC as well as the sequence number (sync merge needs it)."""
    conn.exec_driver_sql("ALTER TABLE peer_watermark ADD COLUMN hlc VARCHAR NOT NULL DEFAULT ''")


def _v2_search_index(conn: Connection) -> None:
    """v2 -> v3: the register's search index (models/search.py); every household starts dirty."""
    conn.exec_driver_sql(
        "CREATE TABLE search_household (n INTEGER NOT NULL, household_id VARCHAR(32) NOT NULL,"
        " sort_name VARCHAR NOT NULL, PRIMARY KEY (n), UNIQUE (household_id))"
    )
    conn.exec_driver_sql(
        'CREATE TABLE search_key ("key" VARCHAR NOT NULL, n INTEGER NOT NULL, PRIMARY KEY ("key", n)) WITHOUT ROWID'
    )
    conn.exec_driver_sql("CREATE INDEX ix_search_key_n ON search_key (n)")
    conn.exec_driver_sql(
        "CREATE TABLE search_dirty (household_id VARCHAR(32) NOT NULL, PRIMARY KEY (household_id)) WITHOUT ROWID"
    )
    for statement in (
        "CREATE TRIGGER IF NOT EXISTS search_household_insert AFTER INSERT ON household"
        " BEGIN INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.id); END",
        "CREATE TRIGGER IF NOT EXISTS search_household_update AFTER UPDATE OF household_no, phone, head_name"
        " ON household BEGIN INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.id); END",
        "CREATE TRIGGER IF NOT EXISTS search_member_insert AFTER INSERT ON member"
        " BEGIN INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.household_id); END",
        "CREATE TRIGGER IF NOT EXISTS search_member_update AFTER UPDATE OF name, id_number, phone, deleted,"
        " household_id ON member BEGIN"
        " INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.household_id);"
        " INSERT OR IGNORE INTO search_dirty (household_id) VALUES (OLD.household_id); END",
    ):
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql("INSERT INTO search_dirty (household_id) SELECT id FROM household")


def _v3_cadre_retired(conn: Connection) -> None:
    """v3 -> v4: a 帮扶责任人 can be retired (kept on old records, not offered for new ones)."""
    conn.exec_driver_sql("ALTER TABLE cadre ADD COLUMN retired BOOLEAN NOT NULL DEFAULT 0")


# Step n upgrades a database at version n to version n + 1.
STEPS: list[Callable[[Connection], None]] = [
    _v1_peer_watermark_hlc,
    _v2_search_index,
    _v3_cadre_retired,
]

CURRENT_VERSION = 1 + len(STEPS)


def pending_steps(from_version: int) -> list[tuple[int, Callable[[Connection], None]]]:
    return [(v, STEPS[v - 1]) for v in range(from_version, CURRENT_VERSION)]
