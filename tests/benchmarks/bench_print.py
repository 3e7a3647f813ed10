"""A 1,000-card village batch of 帮扶计划 cards, with the QR code and without it, in the same run.

    python -m tests.benchmarks.bench_print        (prints JSON)

The demo generator makes villages of ~170 households, so the benchmark moves 1,000 households with
confirmed plans into one village (spread over ten groups) and prints that village. The two variants
alternate (no QR, QR, no QR, QR) and the faster of each pair counts, since other work on the machine
only ever slows a run down. CPU seconds are reported too: they are steadier than wall time on a
busy machine. Also timed: the QR alone (encode with zxing-cpp + build the path) per code.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Timer, peak_rss_mb

CARDS = int(os.environ.get("FUPIN_BENCH_CARDS", "1000"))
VILLAGE_CODE = "419999999999"


def _build(folder: Path, cards: int):
    from sqlalchemy import select, update

    from fupin_desktop.services.setup.demo import generate_demo
    from fupin_desktop.store.engine import open_database
    from fupin_desktop.store.models import Household, Plan, Village

    db = open_database(folder / "print.db")
    generate_demo(db, households=int(cards * 1.35) + 20, seed=5)
    with db.connect() as conn:
        township = conn.execute(select(Village.township_code)).first()[0]
        ids = [r[0] for r in conn.execute(
            select(Plan.household_id).where(Plan.status == "confirmed", Plan.is_current == True)  # noqa: E712
            .order_by(Plan.household_id).limit(cards))]
    with db.transaction() as session:
        village = Village(code=VILLAGE_CODE, name="基准村", township_code=township)
        session.add(village)
        session.flush()
        vid = village.id
    with db.connect() as conn:
        for n, hid in enumerate(ids):
            conn.execute(update(Household).where(Household.id == hid).values(
                village_id=vid, group_name=f"第{n * 10 // len(ids) + 1}组", household_no=f"{VILLAGE_CODE}{n + 1:04d}"))
    return db, len(ids)


def _qr_alone(n: int) -> float:
    from fupin_desktop.pdf.qr import card_code, path_operators, qr_matrix

    start = time.perf_counter()
    for i in range(n):
        path_operators(qr_matrix(card_code(f"{i:032x}", f"{i:032x}", 2026, 1)))
    return (time.perf_counter() - start) / n


def run(cards: int = CARDS) -> dict:
    from fupin_desktop.services.printing.render import render_village

    folder = Path(tempfile.mkdtemp(prefix="fupin-bench-print-"))
    with Timer() as t_build:
        db, count = _build(folder, cards)
    timings: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    pages = {}
    for qr in (False, True, False, True):
        out = folder / f"village-{'qr' if qr else 'noqr'}.pdf"
        cpu = time.process_time()
        with Timer() as t:
            job = render_village(db, VILLAGE_CODE, out, qr=qr)
        timings[qr].append((t.seconds, time.process_time() - cpu))
        pages[qr] = job.pages
        size_mb = out.stat().st_size / 1e6
        if qr:
            qr_size_mb = size_mb
        else:
            plain_size_mb = size_mb
    db.close()
    best = {qr: min(runs) for qr, runs in timings.items()}
    best_cpu = {qr: min(c for _, c in runs) for qr, runs in timings.items()}
    rate = {qr: count / best[qr][0] for qr in best}
    cpu_rate = {qr: count / best_cpu[qr] for qr in best}
    return {
        "cards": count,
        "pages_with_qr": pages[True],
        "pages_without_qr": pages[False],
        "build_db_seconds": round(t_build.seconds, 1),
        "seconds_with_qr": round(best[True][0], 2),
        "seconds_without_qr": round(best[False][0], 2),
        "cards_per_second_with_qr": round(rate[True], 1),
        "cards_per_second_without_qr": round(rate[False], 1),
        "qr_vs_no_qr_rate": round(rate[True] / rate[False], 3),
        "cpu_cards_per_second_with_qr": round(cpu_rate[True], 1),
        "cpu_cards_per_second_without_qr": round(cpu_rate[False], 1),
        "cpu_qr_vs_no_qr_rate": round(cpu_rate[True] / cpu_rate[False], 3),
        "all_wall_seconds_with_qr": [round(w, 2) for w, _ in timings[True]],
        "all_wall_seconds_without_qr": [round(w, 2) for w, _ in timings[False]],
        "qr_encode_and_path_ms": round(_qr_alone(1000) * 1000, 3),
        "file_mb_with_qr": round(qr_size_mb, 2),
        "file_mb_without_qr": round(plain_size_mb, 2),
        "peak_rss_mb": peak_rss_mb(),
    }


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
