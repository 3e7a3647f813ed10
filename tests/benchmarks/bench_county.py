"""County office at scale: a 200,000-member roster workbook imported, and progress over the county.

    python -m tests.benchmarks.bench_county

The roster is the demo county's register exported by our own Excel export (one row per person,
every roster column, title-free), so the import has to read every cell of a realistic workbook.
Printed side by side: reading the workbook alone, and our whole import (header recognition, value
parsing, vocabulary matching, ID checks, duplicate and household checks = the preview, then the
one-transaction write). The goal is an import limited by reading the workbook, not by our code.

Reading alone is printed twice: ``read_workbook_only`` is plain openpyxl (``load_workbook``
read-only, values only), which on a sheet without a ``<dimension>`` element parses the whole sheet
once at open to find its size; ``read_workbook_as_import`` is how the import reads (our reader: no
size probe, empty rows skipped, garbage collector paused) and is the floor our own work is measured
against: ``our_code_cpu_seconds`` = import − that floor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.common import Timer, county_db, fresh_copy, peak_rss_mb


class CpuTimer(Timer):
    """Wall and CPU seconds: the benchmark machine may be shared, CPU time is the steadier figure."""

    def __enter__(self):
        self.cpu_start = time.process_time()
        return super().__enter__()

    def __exit__(self, *exc):
        super().__exit__(*exc)
        self.cpu = time.process_time() - self.cpu_start

ROSTER_MEMBERS = int(os.environ.get("FUPIN_BENCH_ROSTER_MEMBERS", "200000"))
MEMBERS_PER_HOUSEHOLD = 3.8  # the demo's average at county scale


def _read_only(path: Path) -> tuple[int, int]:
    """Just read every cell, the floor for any importer."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    rows = cells = 0
    for ws in wb.worksheets:
        ws.reset_dimensions()
        for values in ws.iter_rows(values_only=True):
            rows += 1
            cells += len(values)
    wb.close()
    return rows, cells


def _read_as_import(path: Path) -> int:
    """Read every row the way the import does, and nothing else: the floor for our importer."""
    from fupin_desktop.io.roster_reader import inspect_sheets, iter_data_rows, open_workbook
    from fupin_desktop.store.bulk_write import paused_gc

    rows = 0
    with paused_gc():
        wb = open_workbook(path)
        for sheet in inspect_sheets(wb):
            if sheet.mapping is not None:
                for _ in iter_data_rows(wb, sheet):
                    rows += 1
        wb.close()
    return rows


_CHILD = """
import json, sys
from pathlib import Path
from fupin_desktop.services.excel.roster_import import import_roster, preview_roster
from fupin_desktop.store.engine import open_database
from tests.benchmarks.common import peak_rss_mb
db = open_database(Path(sys.argv[2]))
result = import_roster(db, preview_roster(db, Path(sys.argv[1]), value_decisions={}), accept_valid=True)
db.close()
# VmHWM, not ru_maxrss: the latter carries this benchmark's own (larger) peak into the child.
print(json.dumps({"peak_rss_mb": peak_rss_mb(), "members": result.members}))
"""


def _import_memory(roster: Path, folder: Path) -> float:
    """Peak RSS of a whole import (preview and write) in a process of its own: this benchmark's
    process has built the demo county, which takes more memory than the import."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(roster), str(folder / "memory.db")],
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    return json.loads(done.stdout.strip().splitlines()[-1])["peak_rss_mb"]


def roster_import(members: int = ROSTER_MEMBERS) -> dict:
    from fupin_desktop.services.excel.exports import export_register
    from fupin_desktop.services.excel.roster_import import import_roster, preview_roster
    from fupin_desktop.store.engine import open_database

    households = int(members / MEMBERS_PER_HOUSEHOLD) + 1
    source = open_database(fresh_copy(county_db(households, seed=11)))
    folder = Path(tempfile.mkdtemp(prefix="fupin-bench-roster-"))
    roster = folder / "roster.xlsx"
    with Timer() as t_export:
        exported = export_register(source, roster)
    source.close()
    with CpuTimer() as t_read:
        rows, cells = _read_only(roster)
    with CpuTimer() as t_read_ours:
        _read_as_import(roster)
    target = open_database(folder / "imported.db")
    with CpuTimer() as t_preview:
        preview = preview_roster(target, roster)
    with CpuTimer() as t_write:
        result = import_roster(target, preview, accept_valid=True)
    target.close()
    import_peak_rss = _import_memory(roster, folder)
    total = t_preview.seconds + t_write.seconds
    total_cpu = t_preview.cpu + t_write.cpu
    return {
        "roster_members": exported.rows,
        "roster_columns": cells // max(rows, 1),
        "roster_mb": round(roster.stat().st_size / 2**20, 1),
        "export_seconds": round(t_export.seconds, 2),
        "export_rows_per_s": round(exported.rows / t_export.seconds),
        "read_workbook_only_seconds": round(t_read.seconds, 2),
        "read_workbook_only_cpu_seconds": round(t_read.cpu, 2),
        "import_total_seconds": round(total, 2),
        "import_total_cpu_seconds": round(total_cpu, 2),
        "import_preview_cpu_seconds": round(t_preview.cpu, 2),
        "import_write_cpu_seconds": round(t_write.cpu, 2),
        "read_workbook_as_import_cpu_seconds": round(t_read_ours.cpu, 2),
        "import_over_read_ratio_cpu": round(total_cpu / t_read.cpu, 2),
        "import_over_read_as_import_ratio_cpu": round(total_cpu / t_read_ours.cpu, 2),
        "our_code_cpu_seconds": round(total_cpu - t_read_ours.cpu, 2),
        "import_rows_per_s": round(exported.rows / total),
        "imported_households": result.households,
        "imported_members": result.members,
        "rejected_rows": len(preview.rejected),
        "import_peak_rss_mb": import_peak_rss,  # the budget: under 500 MB for 200,000 members
    }


def progress_at_scale() -> dict:
    from fupin_desktop.services.county.exit_check import exit_check
    from fupin_desktop.services.county.progress import compute_progress, drill_down, export_progress_pdf, set_target
    from fupin_desktop.services.register.stats import database_stats
    from fupin_desktop.store.engine import open_database

    db = open_database(fresh_copy(county_db()))
    year = date.today().year
    stats = database_stats(db)
    with Timer() as t_first:
        report = compute_progress(db, year)
    county = report.roots[0]
    set_target(db, year, county.code, 2991, 23)
    with Timer() as t_progress:
        report = compute_progress(db, year)
    with Timer() as t_drill:
        lines = drill_down(db, year, county.code, "no_plan")
    with Timer() as t_exit:
        check = exit_check(db, year=year)
    pdf = Path(tempfile.mkdtemp(prefix="fupin-bench-pdf-")) / "progress.pdf"
    with Timer() as t_pdf:
        export_progress_pdf(db, year, pdf)
    db.close()
    return {
        "households": stats.households,
        "members": stats.members,
        "measures": stats.measures,
        "villages": stats.villages,
        "progress_first_seconds": round(t_first.seconds, 3),
        "progress_seconds": round(t_progress.seconds, 3),
        "drill_down_county_no_plan_seconds": round(t_drill.seconds, 3),
        "drill_down_households": len(lines),
        "exit_check_seconds": round(t_exit.seconds, 3),
        "shortfall_villages": len(check.shortfalls),
        "progress_pdf_seconds": round(t_pdf.seconds, 2),
        "progress_pdf_pages": _pages(pdf),
        "people_exited": report.roots[0].people_exited,
    }


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def run() -> dict:
    figures = {}
    figures.update({f"progress_{k}" if not k.startswith("progress") else k: v for k, v in progress_at_scale().items()})
    figures.update({f"roster_{k}" if not k.startswith("roster") else k: v for k, v in roster_import().items()})
    figures["peak_rss_mb"] = peak_rss_mb()
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<40} {value}")
