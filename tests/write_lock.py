"""Another program holding the database's write lock, for tests of waiting writers."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path


def hold_write_lock(path: Path, seconds: float, change: bool = False) -> threading.Thread:
    """Take the write lock on ``path`` from another connection (in a thread) and keep it for
    ``seconds``; returns once the lock is held. ``change`` commits a no-op update, else rolls back."""
    started = threading.Event()

    def run():
        con = sqlite3.connect(path, isolation_level=None, timeout=60)
        con.execute("BEGIN IMMEDIATE")
        if change:
            con.execute("UPDATE device_state SET seq = seq WHERE id = 1")
        started.set()
        time.sleep(seconds)
        con.execute("COMMIT" if change else "ROLLBACK")
        con.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    if not started.wait(30):
        raise RuntimeError("could not take the write lock")
    return thread


def write_lock_is_free(path: Path) -> bool:
    """True when nobody holds the write lock on ``path`` at this moment (asked without waiting)."""
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()
