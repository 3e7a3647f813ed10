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
# Issue 14's figures (start-up, bulk paths), printed together at the end: (module, figure, what it is, goal).
HEADLINES = [
    ("bench_start", "bare_window_wall_s", "bare QMainWindow process, wall (s)", ""),
    ("bench_start", "first_paint_wall_s", "main.py --first-paint, whole process, wall (s)", ""),
    ("bench_start", "first_paint_vs_bare_wall", "first paint / bare window, wall", "<= 2"),
    ("bench_start", "first_paint_vs_bare_cpu", "first paint / bare window, CPU", "<= 2"),
    ("bench_start", "first_paint_vs_bare_png_wall", "first paint / bare window saved as PNG, wall", "<= 2"),
    ("bench_start", "usable_list_wall_s", "usable list (tree + first page painted), wall (s)", ""),
    ("bench_start", "usable_list_vs_bare_wall", "usable list / bare window, wall", "<= 5"),
    ("bench_start", "usable_list_vs_bare_cpu", "usable list / bare window, CPU", "<= 5"),
    ("bench_sync", "import_peak_rss_mb", "county package import, peak RSS (MB)", "< 300"),
    ("bench_sync", "export_vs_raw_read", "county package export / raw read of the same rows", "<= 2"),
    ("bench_check", "check_seconds", "fupin check, county (s)", "<= 5"),
    ("bench_check", "check_cpu_seconds", "fupin check, county (CPU s)", "<= 5"),
]


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
    headlines = [(what, results[m][k], goal) for m, k, what, goal in HEADLINES if k in results.get(m, {})]
    if headlines:
        print("== side by side")
        size = max(len(h[0]) for h in headlines)
        for what, value, goal in headlines:
            print(f"  {what:<{size}}  {_fmt(value):>8}" + (f"   goal {goal}" if goal else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
