"""The fault-injection suite: ``make faults`` (or ``python -m tests.faults.run``).

    python -m tests.faults.run [--trials 30] [--households 1500] [--packages 200] [--flips 20] [--json]

Prints one table row per scenario (trials, passed, lost or damaged) and, with --json, the same as
JSON; exits 1 when anything was lost, half-applied, written to a damaged file, or shown as a
traceback. CI runs it with small numbers (see .ci/run).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.faults import environment, hostile, kill9
from tests.faults.prepare import prepare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30, help="kill -9 trials per command")
    parser.add_argument("--households", type=int, default=1500, help="demo households (size of every file)")
    parser.add_argument("--packages", type=int, default=200, help="fuzzed packages")
    parser.add_argument("--flips", type=int, default=20, help="detected byte flips")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="fupin-faults-"))
    began = time.monotonic()
    try:
        print(f"preparing {args.households} households in {work} …", flush=True)
        prepared = prepare(work / "prepared", args.households)
        tallies = kill9.run_all(prepared, work / "kill", args.trials, args.seed)
        for make in (lambda: hostile.byte_flips(prepared, work / "flips", args.flips, rng),
                     lambda: hostile.fuzzed_packages(prepared, work / "fuzz", args.packages, rng),
                     lambda: hostile.malformed_workbooks(prepared, work / "xlsx", rng),
                     lambda: environment.disk_full(prepared, work / "full"),
                     lambda: environment.locked_database(prepared, work / "lock")):
            started = time.monotonic()
            tally = make()
            tally.seconds = round(time.monotonic() - started, 1)
            tallies.append(tally)
            print(f"  {tally.scenario}: {tally.passed}/{tally.trials}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    lost = sum(len(t.failures) for t in tallies)
    _table(tallies, time.monotonic() - began)
    if args.json:
        print(json.dumps({"tallies": [t.as_dict() for t in tallies], "lost_or_damaged": lost}, ensure_ascii=False,
                         indent=1))
    for tally in tallies:
        for failure in tally.failures[:5]:
            print(f"FAILED {tally.scenario}: {failure}", file=sys.stderr)
    return 1 if lost else 0


def _table(tallies, seconds: float) -> None:
    width = max(len(t.scenario) for t in tallies)
    print(f"\n{'scenario'.ljust(width)}  trials  passed  lost/damaged  seconds  note")
    for t in tallies:
        print(f"{t.scenario.ljust(width)}  {t.trials:6d}  {t.passed:6d}  {len(t.failures):12d}  {t.seconds:7.1f}  "
              f"{t.skipped}")
    total = sum(len(t.failures) for t in tallies)
    print(f"{'total'.ljust(width)}  {sum(t.trials for t in tallies):6d}  {sum(t.passed for t in tallies):6d}  "
          f"{total:12d}  {seconds:7.1f}")


if __name__ == "__main__":
    sys.exit(main())
