"""The machine misbehaves: a full disk (a small tmpfs; needs root) and a database held by another program."""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

from tests.faults.common import Tally, content_digest, copy_site, integrity, plain_failure, read_only, run_cli
from tests.faults.prepare import Prepared
from tests.write_lock import hold_write_lock


@contextmanager
def small_disk(path: Path, size_kib: int):
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(path)], check=True,
                   capture_output=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def can_mount() -> str:
    """Empty when a tmpfs can be mounted here; else why not."""
    if os.geteuid() != 0:
        return "not root: cannot mount a small tmpfs (run as root, as CI does)"
    probe = Path("/tmp") / f"fupin-faults-probe-{os.getpid()}"
    try:
        with small_disk(probe, 64):
            pass
    except (subprocess.CalledProcessError, OSError) as exc:
        return f"mount not allowed here: {exc}"
    finally:
        try:
            probe.rmdir()
        except OSError:
            pass
    return ""


def _fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk, leaving ``leave`` bytes (so a write may fail part-way rather than at once)."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    (folder / "filler.bin").write_bytes(b"\0" * max(free - leave, 0))


def disk_full(prepared: Prepared, work: Path) -> Tally:
    tally = Tally("disk full (tmpfs)")
    reason = can_mount()
    if reason:
        tally.skipped = reason
        return tally
    with read_only(prepared.county) as con:
        village = con.execute("SELECT code FROM village LIMIT 1").fetchone()[0]
    stick = work / "stick"
    outputs = {
        "package": (prepared.laptop_enrolled, lambda out: ["export", "--out", f"{out}/"]),
        "backup": (prepared.county, lambda out: ["backup", "--out", f"{out}/"]),
        "PDF": (prepared.county, lambda out: ["print", "village", "--village", village, "--out", out / "v.pdf"]),
        "Excel": (prepared.county, lambda out: ["export-xlsx", "--what", "register", "--out", out / "r.xlsx"]),
    }
    for name, (source, argv) in outputs.items():
        db = copy_site(source.parent, work / "site") / source.name
        before = content_digest(db)
        with small_disk(stick, 256) as out:
            _fill(out)
            result = run_cli(db, *argv(out))
            left = sorted(p.name for p in out.iterdir() if p.name != "filler.bin")
        problems = [p for p in [plain_failure(result)] if p]
        if result.returncode != 1:
            problems.append(f"exit {result.returncode} on a full stick")
        if left:
            problems.append(f"left behind: {left}")
        if content_digest(db) != before:
            problems.append("the database changed")
        tally.record(f"{name}: " + "; ".join(problems) if problems else "")
    # The database itself on a full disk: a write fails plainly, the file stays intact and unchanged.
    disk = work / "dbdisk"
    folder_bytes = sum(p.stat().st_size for p in prepared.county.parent.rglob("*") if p.is_file())
    size_kib = folder_bytes // 1024 + 4096
    with small_disk(disk, size_kib) as folder:
        copy_site(prepared.county.parent, folder / "site")
        db = folder / "site" / prepared.county.name
        before = content_digest(db)
        _fill(folder, leave=64 * 1024)
        result = run_cli(db, "demo", "--households", "500", "--seed", "11")
        problems = [p for p in [plain_failure(result)] if p]
        if result.returncode != 1:
            problems.append(f"exit {result.returncode} for a write on a full disk")
        (folder / "filler.bin").unlink()
        if integrity(db) != "ok":
            problems.append("database damaged")
        elif content_digest(db) != before:
            problems.append("database half written")
        tally.record("database: " + "; ".join(problems) if problems else "")
    return tally


def locked_database(prepared: Prepared, work: Path) -> Tally:
    """Another program holds the write lock: a short hold is waited out, a long one is named."""
    tally = Tally("database held by another program")
    with read_only(prepared.county) as con:
        area = con.execute("SELECT code FROM area WHERE level = 'county'").fetchone()[0]
    db = copy_site(prepared.county.parent, work / "locked") / prepared.county.name
    write = ["target", "--year", "2030", "--area", area, "--people", "5"]
    holder = hold_write_lock(db, 3)
    result = run_cli(db, *write)
    holder.join()
    tally.record("" if result.returncode == 0 else f"a 3 s hold was not waited out: {result.stderr.strip()[-200:]}")
    holder = hold_write_lock(db, 30)  # well past the 10 s busy timeout, start-up included
    result = run_cli(db, *write)
    holder.join()
    problems = [p for p in [plain_failure(result)] if p]
    if result.returncode != 1 or "另一个程序" not in result.stderr:
        problems.append(f"a long hold was not named (exit {result.returncode}): {result.stderr.strip()[-200:]}")
    tally.record("; ".join(problems))
    return tally
