"""kill -9 at a random moment of a real command; the next start must find all-before or all-after.

Each trial copies the prepared folder, starts the command in its own process, kills it after a
random delay within the time the command took undisturbed, and then checks what a person would
meet: an intact database (SQLite's integrity_check) whose records are exactly those before or
exactly those after (never a part), a final output file that is either absent or complete, and a
second run that ends where an undisturbed run ends.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path
from typing import Callable

from tests.faults.common import Tally, content_digest, copy_site, counts, integrity, run_cli, start_cli, timed
from tests.faults.prepare import Prepared


def _kill_after(db: Path, argv: list, delay: float) -> None:
    process = start_cli(db, *argv)
    try:
        process.wait(timeout=delay)
    except Exception:  # still running: the moment has come
        process.send_signal(signal.SIGKILL)
        process.wait()


def _final_files(folder: Path, pattern: str) -> list[Path]:
    return sorted(p for p in folder.glob(pattern) if not p.name.endswith(".partial"))


class Scenario:
    """One command under kill -9: ``state`` says what "the same" means for it."""

    def __init__(self, name: str, site: Callable[[Prepared], Path], argv: Callable[[Prepared, Path], list],
                 state: Callable[[Path], object], output: Callable[[Prepared, Path], list] | None = None,
                 output_ok: Callable[[Prepared, Path], str] | None = None, rerun: bool = True):
        self.name, self.site, self.argv, self.state = name, site, argv, state
        self.output, self.output_ok, self.rerun = output, output_ok, rerun


def _db_state_digest(db: Path) -> object:
    return content_digest(db)


def _db_state_counts(db: Path) -> object:
    return counts(db)


def _package_ok(prepared: Prepared, package: Path) -> str:
    result = run_cli(prepared.county, "import", package, "--dry-run", "--json")
    return "" if result.returncode == 0 else f"written package does not open: {result.stderr.strip()[-200:]}"


def _backup_ok(prepared: Prepared, backup: Path) -> str:
    result = run_cli(prepared.county, "restore", backup, "--dry-run", "--json")
    return "" if result.returncode == 0 else f"written backup does not open: {result.stderr.strip()[-200:]}"


SCENARIOS = [
    Scenario("demo", lambda p: p.empty_county,
             lambda p, db: ["demo", "--households", str(p.households), "--seed", "9"], _db_state_counts),
    Scenario("import", lambda p: p.laptop,
             lambda p, db: ["import", p.enrolment], _db_state_digest),
    Scenario("roster import", lambda p: p.empty_county,
             lambda p, db: ["roster", "import", p.roster], _db_state_counts),
    Scenario("restore", lambda p: p.county_changed,
             lambda p, db: ["restore", p.backup], _db_state_digest),
    Scenario("export", lambda p: p.laptop_enrolled,
             lambda p, db: ["export", "--out", f"{db.parent / 'stick'}/"], _db_state_digest,
             output=lambda p, db: _final_files(db.parent / "stick", "*.fpkg"), output_ok=_package_ok, rerun=False),
    Scenario("backup", lambda p: p.county,
             lambda p, db: ["backup", "--out", f"{db.parent / 'stick'}/"], _db_state_digest,
             output=lambda p, db: _final_files(db.parent / "stick", "*.fbak"), output_ok=_backup_ok, rerun=False),
]


def run_scenario(scenario: Scenario, prepared: Prepared, work: Path, trials: int, rng: random.Random) -> Tally:
    tally = Tally(f"kill -9: {scenario.name}")
    source = scenario.site(prepared)
    # An undisturbed run: how long it takes, and where it ends.
    reference = copy_site(source.parent, work / "reference") / source.name
    before = scenario.state(reference)
    duration = timed(reference, *scenario.argv(prepared, reference))
    after = scenario.state(reference)
    for trial in range(trials):
        db = copy_site(source.parent, work / f"trial-{trial}") / source.name
        _kill_after(db, scenario.argv(prepared, db), rng.uniform(0.2, 1.1) * duration)
        problem = _check(scenario, prepared, db, before, after)
        tally.record(problem and f"trial {trial}: {problem}")
    return tally


def _check(scenario: Scenario, prepared: Prepared, db: Path, before, after) -> str:
    check = integrity(db)
    if check != "ok":
        return f"integrity_check: {check}"
    state = scenario.state(db)
    if state not in (before, after):
        return f"half applied: {state!r} is neither before {before!r} nor after {after!r}"
    if scenario.output is not None:
        for path in scenario.output(prepared, db):
            problem = scenario.output_ok(prepared, path)
            if problem:
                return f"{path.name}: {problem}"
    if scenario.rerun and state == before:
        result = run_cli(db, *scenario.argv(prepared, db))
        if result.returncode != 0:
            return f"second run failed: {result.stderr.strip()[-200:]}"
        if scenario.state(db) != after:
            return "second run did not converge to an undisturbed run's content"
    return ""


def run_all(prepared: Prepared, work: Path, trials: int, seed: int) -> list[Tally]:
    rng = random.Random(seed)
    tallies = []
    for scenario in SCENARIOS:
        began = time.monotonic()
        tally = run_scenario(scenario, prepared, work / scenario.name.replace(" ", "-"), trials, rng)
        tally.seconds = round(time.monotonic() - began, 1)
        tallies.append(tally)
    return tallies
