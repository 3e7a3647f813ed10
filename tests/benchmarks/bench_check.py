"""`fupin check` over a county-scale demo database (50,000 households): register rules + plan rules.

    python -m tests.benchmarks.bench_check

Times what the command does: open the database, run every rule (register consistency, then the
N+2/五对 plan checks for every household's current plan), and build the --json output. The plan
part is also timed on its own, so a slow half is easy to spot. Goal: the whole within 5 s (issue 14).
Figures only; nothing here passes or fails on time.

Where the CPU time went (December 2026, 2 cores, about 4.4 s in all): reading the rows about half
(measures 1.1 s, members 0.7 s, the ledger's sums 0.25 s, households and plans 0.3 s), the register
rules 0.85 s (ID numbers by the fast path of ``idnumber.valid_birth_sex``), the plan rules 0.9 s,
the JSON 0.1 s. A database not closed cleanly gets its full integrity check at open (3-4 s more):
the figure then includes it.
"""

from __future__ import annotations

import json
import time
from datetime import date

from tests.benchmarks.common import COUNTY_HOUSEHOLDS, Timer, county_db, peak_rss_mb


def run(households: int = COUNTY_HOUSEHOLDS) -> dict:
    from fupin_desktop.services.register.checks import CheckContext, check_plans, check_register
    from fupin_desktop.store.engine import open_database

    path = county_db(households)  # generated once with services.setup.demo.generate_demo, then reused
    today = date.today()
    cpu = time.process_time()
    with Timer() as t_total:
        db = open_database(path, create=False)
        report = check_register(db, today=today)
        with Timer() as t_json:
            text = json.dumps(report.as_dict(), ensure_ascii=False, default=str)
    cpu = time.process_time() - cpu
    with Timer() as t_plans:
        _findings, totals = check_plans(db, CheckContext(today=today))
    db.close()
    checked = report.totals["households_checked"]
    return {
        "households": checked,
        "plans_confirmed": totals["plans_confirmed"],
        "n_plus_2_ok": totals["n_plus_2_ok"],
        "n_plus_2_missing": totals["n_plus_2_missing"],
        "errors": report.errors,
        "warnings": report.warnings,
        "check_seconds": round(t_total.seconds, 2),
        "check_cpu_seconds": round(cpu, 2),
        "of_which_json_seconds": round(t_json.seconds, 2),
        "plan_checks_alone_seconds": round(t_plans.seconds, 2),
        "households_per_second": round(checked / t_total.seconds),
        "json_mb": round(len(text.encode("utf-8")) / 1e6, 1),
        "goal_seconds": 5,
        "peak_rss_mb": peak_rss_mb(),
    }


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
