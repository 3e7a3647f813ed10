"""Start-up on the county database (50,000 households) next to a bare PySide6 window, from outside.

    python -m tests.benchmarks.bench_start

Three kinds of process, started in turn (interleaved, so a busy shared machine slows all of them
alike), each several times; medians of wall and CPU time (the process's user+system, from wait4):
- bare: a bare QMainWindow (1280×760) shown and painted, then the process ends; also the same
  window saved as a PNG the way --first-paint saves the frame (the like-for-like comparison);
- first paint: ``python main.py --db COUNTY --first-paint FILE.png``, the window's frame saved as
  first painted (before the store loads), the whole process (goal ≤ 2× bare);
- usable list: ``python main.py --db COUNTY`` as a person starts it, up to the moment the area tree
  and the first page of the household list are painted (goal ≤ 5× bare; wall from the spawn, CPU of
  the process at that moment); also when the other parts' menus (帮扶, 打印, 同步, 县级) are in.
All three run on the same 1920×1080 offscreen screen as --screenshot, with Python's bytecode cache
on (an installed app and the bundle have theirs; PYTHONDONTWRITEBYTECODE would make every start
compile the project's modules again) after one unmeasured round that writes it. Figures are printed,
never asserted.
"""

from __future__ import annotations

import json
import os
import sys
import time

RUNS = int(os.environ.get("FUPIN_BENCH_STARTS", "5"))

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1280, 760)
window.show()
app.processEvents()
if len(sys.argv) > 1:  # the bare window saved as --first-paint saves the frame
    window.grab().save(sys.argv[1], "PNG", 80)
"""


# --- the usable-list child: the real start-up (gui.app.main), QApplication.exec replaced ---------
def _child_usable(db_path: str) -> None:
    import resource

    from fupin_desktop.gui import app as app_module
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.qt import QApplication, QEventLoop, QTimer

    figures: dict = {}

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def wait_for(ready, *signals) -> None:
        loop = QEventLoop()
        for signal in signals:
            signal.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        while not ready() and figures.get("timeout") is None:
            loop.exec()

    def run_until_usable(_app=None) -> int:  # stands in for QApplication.exec: the person is at work
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        register = window.register
        tree, rows = register.tree, register.list.model
        wait_for(lambda: bool(tree.roots) and rows.rowCount() > 0, register.tree_loaded, register.list.loaded)
        window.repaint()  # the tree and the first page of the list, painted now
        figures.update(usable_at=time.time(), usable_cpu=cpu(), rows=rows.rowCount())
        wait_for(lambda: window.plan_actions is not None, window.hooks_installed)
        figures.update(menus_at=time.time())
        window.close()  # as a person quits: the jobs end, the database closes cleanly (marker kept)
        return 0

    QApplication.exec = run_until_usable
    code = app_module.main(["--db", db_path, "--lang", "zh_CN"])
    print(json.dumps({**figures, "exit": code}))
    sys.stdout.flush()
    os._exit(0)  # the figures are taken


# --- the parent ------------------------------------------------------------------------------------
def _spawn(argv: list[str], env: dict) -> dict:
    import subprocess
    from pathlib import Path

    started = time.time()
    proc = subprocess.Popen(argv, cwd=Path(__file__).resolve().parents[2], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(proc.pid, 0)
    ended = time.time()
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[1:]} failed ({proc.returncode}): {err[-2000:]}")
    line = next((ln for ln in out.splitlines() if ln.startswith("{")), "{}")
    return {"started": started, "wall": ended - started, "cpu": usage.ru_utime + usage.ru_stime, **json.loads(line)}


def _median(values) -> float:
    import statistics

    return statistics.median(values)


def prepare_county():
    """A copy of the county database as a person has it: profile chosen (no first-start dialog),
    closed cleanly (the verification marker lets the open skip the full integrity check)."""
    from fupin_desktop.services.setup.first_start import Profile, save_profile
    from fupin_desktop.store.engine import open_database
    from tests.benchmarks.common import COUNTY_HOUSEHOLDS, county_db, fresh_copy

    path = fresh_copy(county_db(COUNTY_HOUSEHOLDS))
    db = open_database(path)
    save_profile(db, Profile(role="county", user_name="王芳"))
    db.close()
    return path


def run() -> dict:
    import tempfile

    from fupin_desktop.gui.app import screenshot_screen
    from tests.benchmarks.common import COUNTY_HOUSEHOLDS

    path = prepare_county()
    work = tempfile.mkdtemp(prefix="fupin-bench-start-")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screenshot_screen()}",
           "FUPIN_DATA_DIR": work, "FUPIN_LANG": "zh_CN"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable
    kinds = {
        "bare": [python, "-c", BARE],
        "bare_png": [python, "-c", BARE, os.path.join(work, "bare.png")],
        "first_paint": [python, "main.py", "--db", str(path), "--first-paint", os.path.join(work, "first.png")],
        "usable": [python, "-m", "tests.benchmarks.bench_start", "--child", str(path)],
    }
    runs: dict[str, list[dict]] = {kind: [] for kind in kinds}
    for round_ in range(RUNS + 1):
        for kind, argv in kinds.items():
            figures = _spawn(argv, env)
            if round_:  # the first round writes the bytecode cache and warms the file cache
                runs[kind].append(figures)
    for run_ in runs["usable"]:
        run_["usable_wall"] = run_["usable_at"] - run_["started"]
        run_["menus_wall"] = run_["menus_at"] - run_["started"]
    bare_wall = _median(r["wall"] for r in runs["bare"])
    bare_cpu = _median(r["cpu"] for r in runs["bare"])
    bare_png_wall = _median(r["wall"] for r in runs["bare_png"])
    bare_png_cpu = _median(r["cpu"] for r in runs["bare_png"])
    paint_wall = _median(r["wall"] for r in runs["first_paint"])
    paint_cpu = _median(r["cpu"] for r in runs["first_paint"])
    usable_wall = _median(r["usable_wall"] for r in runs["usable"])
    usable_cpu = _median(r["usable_cpu"] for r in runs["usable"])
    return {
        "households": COUNTY_HOUSEHOLDS,
        "runs_each": RUNS,
        "bare_window_wall_s": round(bare_wall, 3),
        "bare_window_cpu_s": round(bare_cpu, 3),
        "bare_window_saved_as_png_wall_s": round(bare_png_wall, 3),
        "bare_window_saved_as_png_cpu_s": round(bare_png_cpu, 3),
        "first_paint_wall_s": round(paint_wall, 3),
        "first_paint_cpu_s": round(paint_cpu, 3),
        "first_paint_vs_bare_wall": round(paint_wall / bare_wall, 2),
        "first_paint_vs_bare_cpu": round(paint_cpu / bare_cpu, 2),
        "first_paint_vs_bare_png_wall": round(paint_wall / bare_png_wall, 2),
        "first_paint_vs_bare_png_cpu": round(paint_cpu / bare_png_cpu, 2),
        "usable_list_wall_s": round(usable_wall, 3),
        "usable_list_cpu_s": round(usable_cpu, 3),
        "usable_list_vs_bare_wall": round(usable_wall / bare_wall, 2),
        "usable_list_vs_bare_cpu": round(usable_cpu / bare_cpu, 2),
        "all_menus_wall_s": round(_median(r["menus_wall"] for r in runs["usable"]), 3),
        "list_rows": runs["usable"][-1]["rows"],
    }


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        _child_usable(sys.argv[2])
    print(json.dumps(run(), ensure_ascii=False, indent=2))
