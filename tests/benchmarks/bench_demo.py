"""Demo county generation at county scale next to a raw sqlite3 executemany baseline of the same rows."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import select

from tests.benchmarks.common import COUNTY_HOUSEHOLDS, Timer, peak_rss_mb


def run(households: int = COUNTY_HOUSEHOLDS) -> dict:
    from fupin_desktop.services.setup.demo import generate_demo
    from fupin_desktop.store.engine import open_database
    from fupin_desktop.store.models import Household, Measure, Member, Plan

    folder = Path(tempfile.mkdtemp(prefix="fupin-bench-demo-"))
    db = open_database(folder / "demo.db")
    with Timer() as t_demo:
        summary = generate_demo(db, households=households, seed=3)
    demo_rss = peak_rss_mb()  # before the baseline reads every row back into memory
    rows = summary.households + summary.members + summary.plans + summary.measures + summary.villages

    # Baseline: the very same rows, read back as tuples, written with raw sqlite3 executemany
    # into an empty copy of the tables (no indexes, triggers or foreign keys) in one transaction.
    tables = [Household, Member, Plan, Measure]
    with db.engine.connect() as conn:
        data = {m.__tablename__: conn.execute(select(m.__table__)).all() for m in tables}
        ddl = [r[0] for r in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name IN ('household','member','plan','measure')")]
    db.close()
    raw = sqlite3.connect(folder / "raw.db")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    for statement in ddl:  # foreign keys stay off in the baseline: it has no village rows
        raw.execute(statement)
    raw_rows = sum(len(v) for v in data.values())
    with Timer() as t_raw:
        with raw:
            for name, rows_ in data.items():
                if rows_:
                    marks = ",".join("?" * len(rows_[0]))
                    raw.executemany(f"INSERT INTO {name} VALUES ({marks})", [tuple(r) for r in rows_])
    raw.close()
    return {
        "households": summary.households,
        "members": summary.members,
        "plans": summary.plans,
        "measures": summary.measures,
        "demo_seconds": round(t_demo.seconds, 2),
        "demo_rows_per_second": round(rows / t_demo.seconds),
        "raw_executemany_seconds_same_rows": round(t_raw.seconds, 2),
        "raw_rows_per_second": round(raw_rows / t_raw.seconds),
        "demo_vs_raw_ratio": round(t_demo.seconds / t_raw.seconds, 2),
        "demo_peak_rss_mb": demo_rss,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), ensure_ascii=False, indent=2))
