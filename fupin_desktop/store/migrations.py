"""Explicit schema versions (``PRAGMA user_version``) and the ordered steps between them.

A new database is created from the current models and stamped CURRENT_VERSION. An older one
is backed up, then upgraded step by step in one transaction. A newer one is refused untouched.
To change the schema: change the models, append a step here, bump nothing else. The test
``test_migrations`` upgrades a version-1 file and checks it matches a freshly created one.
"""

from __future__ import annotations

from typing import Callable

from sqlalchemy.engine import Connection


def _v1_peer_watermark_hlc(conn: Connection) -> None:
    """v1 -> v2: watermarks carry the HLC as well as the sequence number (sync merge needs it)."""
    conn.exec_driver_sql("ALTER TABLE peer_watermark ADD COLUMN hlc VARCHAR NOT NULL DEFAULT ''")


# Step n upgrades a database at version n to version n + 1.
STEPS: list[Callable[[Connection], None]] = [
    _v1_peer_watermark_hlc,
]

CURRENT_VERSION = 1 + len(STEPS)


def pending_steps(from_version: int) -> list[tuple[int, Callable[[Connection], None]]]:
    return [(v, STEPS[v - 1]) for v in range(from_version, CURRENT_VERSION)]
