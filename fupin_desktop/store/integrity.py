"""Is the database file intact? The full check, and a marker that lets a clean file skip it at open.

A full ``PRAGMA integrity_check`` reads every page and compares every index with its table's rows
(``quick_check`` skips that comparison and so misses damaged indexes that later writes make worse):
a few seconds for a county database (430 MB), longer from a slow disk or USB stick. Most opens follow a clean close by this program, so the file
is byte for byte what SQLite itself wrote on top of a file that had passed a check. A clean close
therefore leaves a *verification marker* beside the database (``<name>.db-verified``) recording the
file's size, modification time, inode, SQLite header (change counter, page count, schema version)
and a digest of page 1. At open the full check runs only when:

- there is no marker, or it does not match the file (copied in, restored, edited by another
  program, an unclean shutdown after which SQLite changed the file);
- a write-ahead log with content lies beside the file (the program did not close cleanly);
- the header looks wrong (not SQLite, page count against file size);
- the last full check is older than ``MAX_TRUST_SECONDS`` (bit rot at rest is invisible to a marker).

The marker is deleted when the database is opened and written again only at a clean close, so a
crash always leads to a full check. When the check was skipped, the GUI runs it in the background
after the window is shown (:func:`verify_file`), and a failure puts the database read-only.
Everything here reads the database file only; the marker is the only file it writes.

Reading the file ourselves is only safe while SQLite has it closed in this process: SQLite's locks on
POSIX are fcntl locks, which belong to the process, and closing *any* descriptor of the file (even
one opened just to read 100 bytes) silently releases all of them. Another program closing the file
next then believes it is the last user, checkpoints and deletes the -wal and -shm that our
connections keep writing into: those writes are lost. So the engine counts its open connections per
file (:func:`hold`, :func:`release`) and :func:`read_header` never opens a file that is counted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"SQLite format 3\x00"
MARKER_SUFFIX = "-verified"
MARKER_FORMAT = 1
MAX_TRUST_SECONDS = 7 * 24 * 3600  # a full check at open at least weekly, even without the GUI
CLI_RECHECK_SECONDS = 24 * 3600  # the CLI has no background check: a full one at open at least daily
RACY_WAIT_SECONDS = 2.5  # FAT32 stores modification times in 2 s steps


def full_check(con: sqlite3.Connection) -> list[str]:
    """SQLite's integrity_check (pages, and every index against its rows); ``["ok"]`` when intact.
    Raises sqlite3.DatabaseError when the file is not a database at all."""
    return [row[0] for row in con.execute("PRAGMA integrity_check").fetchall()]


def verify_file(path: Path) -> list[str]:
    """The full check on a read-only connection of its own (for the background check)."""
    con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, check_same_thread=False)
    try:
        return full_check(con)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


# --- files SQLite has open in this process -------------------------------------------------
_open_connections: dict[str, int] = {}
_open_lock = threading.Lock()


def _key(path: Path | str) -> str:
    return os.path.realpath(path)  # resolves symlinks with stat calls: never opens the file


def hold(path: Path | str) -> None:
    """This process opened the file: an open Database for its lifetime, and each connection (the
    engine's and ``store.reader``'s) while it is open."""
    with _open_lock:
        key = _key(path)
        _open_connections[key] = _open_connections.get(key, 0) + 1


def release(path: Path | str) -> None:
    """A connection of this process closed the file."""
    with _open_lock:
        key = _key(path)
        left = _open_connections.get(key, 0) - 1
        if left > 0:
            _open_connections[key] = left
        else:
            _open_connections.pop(key, None)


def held(path: Path | str) -> bool:
    """True while a connection of this process has the file open: it must not be opened by any
    other means then (see the module's docstring)."""
    with _open_lock:
        return _key(path) in _open_connections


def held_files() -> list[Path]:
    """Every file this process has open now (resolved paths; see :func:`hold`)."""
    with _open_lock:
        return [Path(key) for key in _open_connections]


# --- the header ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    page_size: int
    change_counter: int
    page_count: int  # 0 when the header's count is not valid (written by an old SQLite)
    user_version: int
    page1_sha: str


def read_header(path: Path) -> Header | None:
    """The SQLite header and a digest of page 1; None when the file does not look like SQLite, and
    None without touching the file while a connection of this process has it open (closing our
    descriptor would drop that connection's locks): whoever asks then cannot vouch for the file,
    so the full check runs through SQLite instead. The engine reads it before it connects and after
    its last connection closed."""
    if held(path):
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            if len(head) < 100 or head[:16] != MAGIC:
                return None
            page_size = int.from_bytes(head[16:18], "big")
            page_size = 65536 if page_size == 1 else page_size
            if page_size < 512 or page_size & (page_size - 1):
                return None
            fh.seek(0)
            page1 = fh.read(page_size)
    except OSError:
        return None
    counter = int.from_bytes(head[24:28], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    pages = int.from_bytes(head[28:32], "big") if counter == valid_for else 0
    return Header(page_size=page_size, change_counter=counter, page_count=pages,
                  user_version=int.from_bytes(head[60:64], "big", signed=True),
                  page1_sha=hashlib.sha256(page1).hexdigest())


def _wal_has_content(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _fingerprint(path: Path) -> dict | None:
    """What the marker records about the file; None when the file is not in a clean, closed state."""
    header = read_header(path)
    if header is None or _wal_has_content(path):
        return None
    st = path.stat()
    if st.st_size % header.page_size or (header.page_count and header.page_count * header.page_size != st.st_size):
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino,
            "change_counter": header.change_counter, "page_count": header.page_count,
            "user_version": header.user_version, "page1_sha256": header.page1_sha}


# --- the marker -----------------------------------------------------------------------------
def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def trusted_since(path: Path, now: float | None = None) -> float | None:
    """When the last full check of this exact file passed, if a valid marker vouches for the file
    as it is now; None means: run the full check."""
    marker = marker_path(path)
    try:
        data = json.loads(marker.read_text(encoding="ascii"))
        marker_mtime = marker.stat().st_mtime_ns
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != MARKER_FORMAT:
        return None
    current = _fingerprint(path)
    if current is None or data.get("file") != current:
        return None
    # A marker written in the same clock tick as the file's last change cannot tell a later change
    # in that tick apart (the "racy clean" problem); such a marker is not trusted.
    if marker_mtime <= current["mtime_ns"]:
        return None
    checked_at = data.get("checked_at")
    now = time.time() if now is None else now
    if not isinstance(checked_at, (int, float)) or not 0 <= now - checked_at <= MAX_TRUST_SECONDS:
        return None
    return float(checked_at)


def forget(path: Path) -> None:
    """Remove the marker: the file is about to change (opened for writing) or is damaged."""
    try:
        marker_path(path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot remove %s: %s", marker_path(path), exc)


def record_clean_close(path: Path, checked_at: float, wait: float = RACY_WAIT_SECONDS) -> bool:
    """After the last connection closed: vouch for the file as it is now. False (and no marker)
    when the file is not in a clean state (a write-ahead log is still in use) or cannot be marked.

    Closed cleanly means closed by everyone: when the last connection to a WAL database closes,
    SQLite takes an exclusive lock, checkpoints and deletes -wal and -shm; while another program
    (the window, when this is the ``fupin`` command) or another connection of ours still has the
    file open, that lock fails and both stay. So either of them still beside the file means no
    marker, even when the log is empty."""
    if any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm")):
        forget(path)
        return False
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        forget(path)
        return False
    marker = marker_path(path)
    partial = marker.with_name(marker.name + ".partial")
    body = json.dumps({"format": MARKER_FORMAT, "checked_at": checked_at, "closed_at": time.time(),
                       "file": fingerprint}, indent=1)
    try:
        partial.write_text(body, encoding="ascii")
        os.replace(partial, marker)
        deadline = time.monotonic() + wait
        while marker.stat().st_mtime_ns <= fingerprint["mtime_ns"]:  # same clock tick as the file
            if time.monotonic() > deadline:
                forget(path)
                return False
            time.sleep(0.01)
            os.utime(marker)
    except OSError as exc:  # a read-only folder: the next open runs the full check
        log.info("no verification marker for %s: %s", path, exc)
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True
