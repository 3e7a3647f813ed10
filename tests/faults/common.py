"""Shared pieces of the fault-injection suite: the CLI as a separate process, and what we compare.

Every scenario runs the real ``fupin`` command in its own process (so ``kill -9`` is a real kill)
against copies of a prepared set of files, then looks at the files as a person's next start would.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# The records that must agree between a database and its copy (the synced tables).
COMPARED = ("area", "village", "cadre", "household", "member", "plan", "measure", "fund_entry", "visit", "target",
            "rectification")
COUNTED = ("village", "household", "member", "plan", "measure")


def cli_command(db: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "fupin_desktop.cli", "--db", str(db), *map(str, argv)]


def cli_env() -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


def run_cli(db: Path, *argv: str, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(cli_command(db, *argv), capture_output=True, text=True, timeout=timeout,
                          env=env or cli_env())


def must(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    if result.returncode != 0:
        raise RuntimeError(f"set-up command failed ({result.returncode}): {' '.join(result.args[3:])}\n"
                           f"{result.stderr[-2000:]}")
    return result


def start_cli(db: Path, *argv: str) -> subprocess.Popen:
    return subprocess.Popen(cli_command(db, *argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=cli_env())


def timed(db: Path, *argv: str) -> float:
    began = time.monotonic()
    must(run_cli(db, *argv))
    return time.monotonic() - began


@contextmanager
def read_only(db: Path):
    """A read-only connection that leaves no -wal/-shm of its own behind (a read-only connection
    to a WAL file creates them and cannot remove them), so the checks never alter what they check."""
    sidecars = [db.with_name(db.name + s) for s in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    con = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        yield con
    finally:
        con.close()
        for path, was_there in zip(sidecars, existed):
            if not was_there and path.exists() and (path.name.endswith("-shm") or path.stat().st_size == 0):
                path.unlink()


def integrity(db: Path) -> str:
    """SQLite's own full check ("ok" when intact), on a read-only connection."""
    if not db.exists():
        return "missing"
    try:
        with read_only(db) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:3])


def counts(db: Path) -> tuple:
    with read_only(db) as con:
        return tuple(con.execute(f'SELECT count(*) FROM "{t}" WHERE deleted = 0').fetchone()[0] for t in COUNTED)


def content_digest(db: Path) -> str:
    """One hash over every row of the synced tables (all columns, rows in id order)."""
    digest = hashlib.sha256()
    with read_only(db) as con:
        for table in COMPARED:
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY id'):
                digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_site(src: Path, dst: Path) -> Path:
    """A fresh copy of a prepared folder (database, keys, markers)."""
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    return dst


def plain_failure(result: subprocess.CompletedProcess) -> str:
    """Empty when a refusal was plain (exit 1, one line, no traceback, no 意外故障); else what was wrong."""
    err = result.stderr.strip()
    if result.returncode == 0:
        return ""
    problems = []
    if result.returncode != 1:
        problems.append(f"exit {result.returncode}")
    if "Traceback" in err or "意外故障" in err:
        problems.append("traceback or 意外故障")
    if len(err.splitlines()) > 3:
        problems.append("more than three lines")
    return ", ".join(problems) + (f": {err[-300:]}" if problems else "")


@dataclass
class Tally:
    """One row of the printed table."""

    scenario: str
    trials: int = 0
    passed: int = 0
    skipped: str = ""
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def record(self, problem: str) -> None:
        self.trials += 1
        if problem:
            self.failures.append(problem)
        else:
            self.passed += 1

    def as_dict(self) -> dict:
        return {"scenario": self.scenario, "trials": self.trials, "passed": self.passed,
                "lost_or_damaged": len(self.failures), "skipped": self.skipped, "seconds": self.seconds,
                "failures": self.failures[:5]}
