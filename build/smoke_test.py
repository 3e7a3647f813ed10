"""Smoke-test the built bundle: it starts offscreen, opens a database, renders the main window.

    python build/smoke_test.py [BUNDLE_DIR]

Runs ``fupin-desktop --db <tmp>/smoke.db --screenshot <tmp>/shot.png`` with QT_QPA_PLATFORM=offscreen
and checks exit code 0, a real PNG of the window, and (from the app's log) that the bundled font
and Qt's Chinese translation were loaded from inside the bundle. Then runs the bundled ``fupin``
CLI on the same database. Then times the start (best of 3) of the bundle against the source
(``python main.py`` with the same flags) and prints the bundle size by part. Fails when the
bundle is larger than SIZE_LIMIT_MB or starts slower than START_RATIO_LIMIT times the source.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUILD = Path(__file__).resolve().parent
REPO = BUILD.parent
DEFAULT_BUNDLE = BUILD / "dist" / "fupin-desktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
MIN_PNG_BYTES = 5_000
SIZE_LIMIT_MB = 150  # issue 14 §3
START_RATIO_LIMIT = 1.5  # bundle start / source start, each the best of START_RUNS
START_RUNS = 3

sys.path.insert(0, str(BUILD))
from bundle_parts import folder_size, format_sizes, size_by_part  # noqa: E402


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def run(cmd: list[str], env: dict, timeout: int = 180) -> subprocess.CompletedProcess:
    print("+", " ".join(cmd), flush=True)
    started = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    print(f"  exit {proc.returncode} in {time.monotonic() - started:.1f} s")
    for stream in (proc.stdout, proc.stderr):
        if stream.strip():
            print("  " + stream.strip().replace("\n", "\n  "))
    return proc


def best_start(label: str, cmd: list[str], env: dict, runs: int = START_RUNS) -> float:
    """Seconds of the fastest of ``runs`` whole-process starts (the machine may be busy)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, timeout=180)
        times.append(time.perf_counter() - started)
        if proc.returncode != 0:
            raise RuntimeError(f"{cmd[0]} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-300:]}")
    print(f"  {label}: {', '.join(f'{t:.2f}' for t in times)} s")
    return min(times)


def start_times(gui: Path, db: Path, tmp_dir: Path, env: dict) -> tuple[float, float]:
    """(source, bundle) start to a rendered window: `main.py --db DB --screenshot PNG`, offscreen."""
    shot = tmp_dir / "timed.png"
    print(f"start time, best of {START_RUNS} (--db, --screenshot, offscreen):", flush=True)
    source = best_start("source (python main.py)", [sys.executable, str(REPO / "main.py"), "--db", str(db), "--screenshot", str(shot)], env)
    bundle = best_start(f"bundle ({gui.name})", [str(gui), "--db", str(db), "--screenshot", str(shot)], env)
    return source, bundle


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0]) if args else DEFAULT_BUNDLE
    gui = bundle / f"fupin-desktop{EXE_SUFFIX}"
    cli = bundle / f"fupin{EXE_SUFFIX}"
    if not gui.exists():
        print(f"FAIL: no bundle at {gui}; run `make bundle` first", file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory(prefix="fupin-smoke-") as tmp:
        tmp_dir = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "FUPIN_DB")}
        env.update(QT_QPA_PLATFORM="offscreen", FUPIN_DATA_DIR=str(tmp_dir / "data"))
        db, shot = tmp_dir / "smoke.db", tmp_dir / "shot.png"

        proc = run([str(gui), "--db", str(db), "--screenshot", str(shot)], env)
        if proc.returncode != 0:
            failures.append(f"GUI exited {proc.returncode}")
        if not shot.exists() or shot.stat().st_size < MIN_PNG_BYTES:
            failures.append(f"screenshot missing or trivial ({shot.stat().st_size if shot.exists() else 0} bytes)")
        else:
            width, height = png_size(shot)
            print(f"  screenshot {width}x{height}, {shot.stat().st_size} bytes")
            if width < 400 or height < 300:
                failures.append(f"screenshot too small: {width}x{height}")
        if not db.exists():
            failures.append("database was not created")
        log = tmp_dir / "data" / "logs" / "fupin-gui.log"
        log_text = log.read_text(encoding="utf-8") if log.exists() else ""
        startup = next((line for line in log_text.splitlines() if " platform=" in line), "")
        for needle, what in (("font=WenQuanYi Micro Hei", "bundled font"), ("qtbase_zh_CN.qm", "Qt Chinese translation"),
                             ("fupin_zh_CN.qm", "app translation")):
            if needle not in startup:
                failures.append(f"{what} not loaded (startup log line: {startup or 'missing'!r})")
        if "frozen=True" not in log_text:
            failures.append("log does not show a frozen start")

        if cli.exists():
            proc = run([str(cli), "--db", str(db), "stats", "--json"], env)
            try:
                stats = json.loads(proc.stdout)
                if proc.returncode != 0 or "households" not in stats:
                    failures.append(f"CLI stats failed: exit {proc.returncode}")
            except json.JSONDecodeError:
                failures.append(f"CLI stats did not print JSON (exit {proc.returncode})")
            # The printing stack (reportlab, the embedded font, zxing-cpp QR) works inside the bundle.
            run([str(cli), "--db", str(db), "demo", "--households", "12", "--seed", "2"], env)
            proc = run([str(cli), "--db", str(db), "households", "--json"], env)
            try:
                village = json.loads(proc.stdout)[0]["village"]
                pdf = tmp_dir / "village.pdf"
                proc = run([str(cli), "--db", str(db), "print", "village", "--village", village, "--out", str(pdf)], env)
                if proc.returncode != 0 or not pdf.exists() or not pdf.read_bytes().startswith(b"%PDF"):
                    failures.append(f"CLI print village failed: exit {proc.returncode} {proc.stderr.strip()[-300:]}")
                else:
                    print(f"  village batch PDF {pdf.stat().st_size} bytes")
            except (json.JSONDecodeError, IndexError, KeyError):
                failures.append(f"CLI households did not list the demo data (exit {proc.returncode})")
        else:
            failures.append(f"no CLI at {cli}")
        if not any(bundle.rglob("libQt6Pdf*")):
            failures.append("QtPdf missing: the print preview would not work")

        if db.exists():
            try:
                source_s, bundle_s = start_times(gui, db, tmp_dir, env)
                ratio = bundle_s / source_s
                print(f"start: source {source_s:.2f} s, bundle {bundle_s:.2f} s ({ratio:.2f}x, limit {START_RATIO_LIMIT}x)")
                if ratio > START_RATIO_LIMIT:
                    failures.append(f"bundle starts in {bundle_s:.2f} s, {ratio:.2f}x the source's {source_s:.2f} s "
                                    f"(limit {START_RATIO_LIMIT}x)")
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                failures.append(f"start timing failed: {exc}")

    size_mb = folder_size(bundle) / 1e6
    print("bundle size by part:")
    print(format_sizes(size_by_part(bundle)))
    print(f"bundle size: {size_mb:.1f} MB ({bundle}), limit {SIZE_LIMIT_MB} MB")
    if size_mb > SIZE_LIMIT_MB:
        failures.append(f"bundle is {size_mb:.1f} MB, over {SIZE_LIMIT_MB} MB")
    if failures:
        for line in failures:
            print("FAIL:", line, file=sys.stderr)
        return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
