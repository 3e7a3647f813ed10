"""The register at county scale (50,000 households): start-up, search per keystroke, memory.

    python -m tests.benchmarks.bench_register

- Start-up: a fresh process from launch to a usable main window (window shown, area tree counted,
  first page of the household list painted), next to a bare PySide6 QMainWindow process
  measured in the same run; also when the other parts' menus (帮扶, 打印, 同步) are complete.
  Median of several runs; offscreen. The start as a person starts it (main.py: first paint, then
  the store) is bench_start's; this child builds the window on an open database, as tests do.
  Each run follows a clean close, so the verification marker stands in for the full integrity
  check at open (store/integrity.py); one more run without the marker shows the start after an
  unclean shutdown (or a file copied in), which pays the full check.
- Search: every keystroke of typing names in pinyin (full and initials), an ID tail and a
  household-number tail, timed as the list does it: the id query plus the first page of rows
  (goal ≤ 30 ms per keystroke; the list waits 150 ms after the last key before asking).
- Peak RSS of the GUI process after the list was scrolled from top to bottom (goal ≤ 300 MB).
Figures are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.common import COUNTY_HOUSEHOLDS, county_db, fresh_copy, peak_rss_mb

RUNS = int(os.environ.get("FUPIN_BENCH_STARTS", "3"))
REPO = Path(__file__).resolve().parents[2]


# --- child processes ------------------------------------------------------------------------------
def _peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM). getrusage's ru_maxrss would include the parent's
    peak, which Linux carries across fork and exec."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return peak_rss_mb()


def _child_bare() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    return {"usable_at": time.time(), "peak_rss_mb": _peak_rss_mb()}


def _child_app(db_path: str) -> dict:
    from fupin_desktop.gui.app import pause_gc, resume_gc

    pause_gc()  # as app.py starts
    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.qt import QApplication, QEventLoop, QTimer
    from fupin_desktop.gui.translations import install_translations

    app = QApplication([sys.argv[0]])
    install_app_font(app)
    install_translations(app, "zh_CN")
    from fupin_desktop.gui.store_loader import open_store  # after Qt, as app.py loads it

    db = open_store(db_path)
    window = MainWindow(db.path, db=db, settings=None, defer_hooks=True)  # as app.py opens it
    window.show()
    resume_gc()
    register = window.register
    loop = QEventLoop()
    state = {"tree": bool(register.tree.roots), "list": register.list.model.rowCount() > 0}

    def check(key):
        state[key] = True
        if state["tree"] and state["list"]:
            loop.quit()

    register.tree_loaded.connect(lambda: check("tree"))
    register.list.loaded.connect(lambda: check("list"))
    QTimer.singleShot(60_000, loop.quit)
    if not (state["tree"] and state["list"]):
        loop.exec()
    window.repaint()  # paint the tree and the first page of the list now
    usable_at = time.time()
    # The other parts' menus (帮扶, 打印, 同步) are installed right after the list is on screen.
    hooks = QEventLoop()
    window.hooks_installed.connect(hooks.quit)
    QTimer.singleShot(30_000, hooks.quit)
    if window.plan_actions is None:
        hooks.exec()
    menus_at = time.time()
    rows = register.list.model.rowCount()
    rss_usable = _peak_rss_mb()
    # Scroll the whole list (page by page, as a user dragging the scroll bar would) and measure again.
    table = register.list.table
    bar = table.verticalScrollBar()
    started = time.perf_counter()
    steps = 0
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep() * 25)):
        bar.setValue(value)
        app.processEvents()
        steps += 1
    bar.setValue(bar.maximum())
    app.processEvents()
    scroll_ms = (time.perf_counter() - started) * 1000 / max(1, steps)
    result = {"usable_at": usable_at, "menus_at": menus_at, "rows": rows, "peak_rss_usable_mb": rss_usable,
              "peak_rss_mb": _peak_rss_mb(), "scroll_ms_per_jump": round(scroll_ms, 1),
              "pages_read": register.list.model.pages_read, "pages_cached": register.list.model.cached_pages()}
    window.close()
    db.close()
    return result


def _spawn(kind: str, db_path: str = "") -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FUPIN_DATA_DIR": str(Path(db_path or "/tmp").parent)}
    started = time.time()
    proc = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_register", "--child", kind, db_path],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("{")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"child {kind} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    figures = json.loads(line)
    figures["seconds"] = figures.pop("usable_at") - started
    if "menus_at" in figures:
        figures["menus_seconds"] = figures.pop("menus_at") - started
    return figures


# --- search -------------------------------------------------------------------------------------
def _typing_sessions(db) -> list[str]:
    """What a cadre types: names in full pinyin and initials, an ID tail, a household-number tail."""
    from fupin_desktop.domain.search_keys import name_keys

    with db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM member WHERE rowid % 9973 = 1 LIMIT 6")]
        ident = conn.exec_driver_sql("SELECT id_number FROM member WHERE rowid = 4242").scalar_one()
        number = conn.exec_driver_sql("SELECT household_no FROM household WHERE rowid = 31337").scalar_one()
    sessions = []
    for name in names:
        keys = [k for k in name_keys(name) if k.isascii()]
        sessions.append(max(keys, key=len))  # full pinyin, e.g. zhangxiuying
        sessions.append(min(keys, key=len))  # initials, e.g. zxy
    sessions += [name for name in names[:2]]  # 汉字 (an input method commits the whole name)
    sessions.append(ident[-6:])
    sessions.append(number[-4:])
    return sessions


def search_latency(db) -> dict:
    from fupin_desktop.services.register.query import HouseholdFilter, household_ids, household_rows

    household_ids(db, HouseholdFilter(search="zz"))  # warm the page cache, as a running app has it
    timings, worst = [], ("", 0.0)
    for text in _typing_sessions(db):
        for end in range(1, len(text) + 1):
            prefix = text[:end]
            started = time.perf_counter()
            ids = household_ids(db, HouseholdFilter(search=prefix)).ids
            household_rows(db, ids[:50])
            ms = (time.perf_counter() - started) * 1000
            timings.append(ms)
            if ms > worst[1]:
                worst = (prefix, ms)
    timings.sort()
    return {
        "search_keystrokes": len(timings),
        "search_ms_median": round(statistics.median(timings), 1),
        "search_ms_p95": round(timings[int(len(timings) * 0.95) - 1], 1),
        "search_ms_max": round(worst[1], 1),
        "search_slowest_prefix": worst[0],
        "search_share_within_30ms": round(sum(t <= 30 for t in timings) / len(timings), 3),
    }


def run() -> dict:
    from fupin_desktop.store.engine import open_database

    path = fresh_copy(county_db(COUNTY_HOUSEHOLDS))
    db = open_database(path)
    db.close()
    import sqlite3

    from fupin_desktop.store import integrity

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    started = time.perf_counter()
    con.execute("PRAGMA quick_check").fetchall()  # the store's full check (without a valid marker)
    quick_check_s = time.perf_counter() - started
    con.close()
    opens = {}
    for case in ("marker", "full", "marker"):
        if case == "full":
            integrity.forget(path)
        started = time.perf_counter()
        db = open_database(path)
        opens[case] = time.perf_counter() - started
        assert db.check_skipped == (case == "marker"), case  # the bench measures what it says
        db.close()
    db = open_database(path)
    figures = {"households": COUNTY_HOUSEHOLDS, "database_mb": round(path.stat().st_size / 2**20),
               "open_preflight_quick_check_s": round(quick_check_s, 2),
               "open_database_full_check_s": round(opens["full"], 3),
               "open_database_after_clean_close_s": round(opens["marker"], 3)}
    figures.update(search_latency(db))
    db.close()
    bare = [_spawn("bare") for _ in range(RUNS)]
    apps = [_spawn("app", str(path)) for _ in range(RUNS)]
    integrity.forget(path)  # as after an unclean shutdown: the open runs the full check
    unclean = _spawn("app", str(path))
    bare_s = statistics.median(b["seconds"] for b in bare)
    app_s = statistics.median(a["seconds"] for a in apps)
    last = apps[-1]
    figures.update({
        "start_bare_qmainwindow_s": round(bare_s, 2),
        "start_register_window_s": round(app_s, 2),
        "start_ratio": round(app_s / bare_s, 2),
        "start_all_menus_s": round(statistics.median(a["menus_seconds"] for a in apps), 2),
        "start_register_window_unclean_s": round(unclean["seconds"], 2),
        "list_rows": last["rows"],
        "peak_rss_at_start_mb": last["peak_rss_usable_mb"],
        "peak_rss_after_full_scroll_mb": last["peak_rss_mb"],
        "bare_peak_rss_mb": bare[-1]["peak_rss_mb"],
        "scroll_ms_per_jump": last["scroll_ms_per_jump"],
        "row_pages_read_while_scrolling": last["pages_read"],
        "row_pages_kept": last["pages_cached"],
    })
    return figures


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        out = _child_bare() if sys.argv[2] == "bare" else _child_app(sys.argv[3])
        print(json.dumps(out))
        sys.stdout.flush()
        os._exit(0)  # skip interpreter teardown: the figure is already taken
    print(json.dumps(run(), ensure_ascii=False, indent=2))
