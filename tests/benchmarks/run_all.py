"""`make bench`: run every tests/benchmarks/bench_*.py module's run() and print JSON plus a table.

Benchmarks print figures; they never pass or fail on time. Each module exposes ``run() -> dict``
(name -> number or string). Pass module names to run a subset: ``make bench BENCH_ARGS=demo``.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(only: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if only:
        names = [n for n in names if any(n == f"bench_{o}" or n == o for o in only)]
    return names


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def main(argv: list[str]) -> int:
    results: dict[str, dict] = {}
    failed = False
    for name in discover(argv):
        start = time.perf_counter()
        try:
            figures = importlib.import_module(f"tests.benchmarks.{name}").run()
        except Exception:
            traceback.print_exc()
            figures = {"error": traceback.format_exc(limit=1).strip().splitlines()[-1]}
            failed = True
        figures["wall_seconds"] = round(time.perf_counter() - start, 2)
        results[name] = figures
        print(f"# {name} done", file=sys.stderr, flush=True)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    print()
    width = max((len(k) for figs in results.values() for k in figs), default=10)
    for name, figures in results.items():
        print(f"== {name}")
        for key, value in figures.items():
            print(f"  {key:<{width}}  {_fmt(value)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
