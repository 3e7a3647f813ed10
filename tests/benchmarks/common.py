"""Helpers shared by the benchmarks: peak RSS, a cached county-scale demo database."""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

COUNTY_HOUSEHOLDS = int(os.environ.get("FUPIN_BENCH_HOUSEHOLDS", "50000"))
_CACHE = Path(tempfile.gettempdir()) / "fupin-bench"


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB. On Linux the memory's own high-water
    mark (VmHWM): ``ru_maxrss`` survives fork and exec, so a child process started from a big one
    would report its parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux KiB, macOS bytes


def county_db(households: int = COUNTY_HOUSEHOLDS, seed: int = 7) -> Path:
    """A demo county database, generated once per run of `make bench` and then copied."""
    from fupin_desktop.services.setup.demo import generate_demo
    from fupin_desktop.store.engine import open_database

    _CACHE.mkdir(parents=True, exist_ok=True)
    path = _CACHE / f"county-{households}-{seed}.db"
    if not path.exists():
        tmp = path.with_suffix(".building.db")
        tmp.unlink(missing_ok=True)
        db = open_database(tmp)
        generate_demo(db, households=households, seed=seed)
        db.close()
        tmp.replace(path)
    return path


def fresh_copy(path: Path) -> Path:
    out = Path(tempfile.mkdtemp(prefix="fupin-bench-")) / path.name
    shutil.copy(path, out)
    return out


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
