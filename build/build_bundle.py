"""Build the one-folder bundle: build/dist/fupin-desktop/{fupin-desktop,fupin,_internal/}.

    python build/build_bundle.py

Runs PyInstaller on build/fupin.spec (work files in build/work) and prints the build time, the
folder's size by part (build/bundle_parts.py) and fails above SIZE_LIMIT_MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bundle_parts import folder_size, format_sizes, needs_cli_launcher, size_by_part

BUILD = Path(__file__).resolve().parent
REPO = BUILD.parent
DIST = BUILD / "dist"
WORK = BUILD / "work"
BUNDLE = DIST / "fupin-desktop"
SIZE_LIMIT_MB = 150  # issue 14 §3


LAUNCHER = """#!/bin/sh
# The `fupin` command line: the same program as the GUI, started with --cli.
exec "$(dirname "$(readlink -f "$0")")/fupin-desktop" --cli "$@"
"""


def write_cli_launcher(bundle: Path) -> None:
    """Outside Windows the spec builds one executable; `fupin` is this launcher beside it."""
    if not needs_cli_launcher():
        return
    launcher = bundle / "fupin"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    launcher.chmod(0o755)


def main() -> int:
    started = time.monotonic()
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(BUILD / "fupin.spec"),
    ]
    print("+", " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, cwd=REPO, env={**os.environ, "PYTHONHASHSEED": "0"})
    if proc.returncode != 0:
        print(f"PyInstaller failed ({proc.returncode})", file=sys.stderr)
        return proc.returncode
    write_cli_launcher(BUNDLE)
    seconds = time.monotonic() - started
    size_mb = folder_size(BUNDLE) / 1e6
    print("bundle size by part:")
    print(format_sizes(size_by_part(BUNDLE)))
    print(f"bundle: {BUNDLE.relative_to(REPO)}  size {size_mb:.1f} MB  built in {seconds:.0f} s")
    if size_mb > SIZE_LIMIT_MB:
        print(f"bundle is larger than {SIZE_LIMIT_MB} MB: check the exclusions in build/fupin.spec", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
