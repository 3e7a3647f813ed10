"""Find PySide6's command-line tools (uic, lupdate, lrelease) for the build helpers.

Prefer the wrapper script installed beside this Python (``<venv>/bin/pyside6-uic``); fall back
to calling the same wrapper function through the interpreter, which works whenever PySide6 is
importable (e.g. a venv whose bin/ is not on PATH, or Windows' Scripts/ folder).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def tool_command(name: str) -> list[str]:
    """The argv prefix that runs ``pyside6-<name>`` (name: uic, lupdate, lrelease)."""
    bin_dir = Path(sys.prefix) / ("Scripts" if sys.platform == "win32" else "bin")
    for candidate in (bin_dir / f"pyside6-{name}", bin_dir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    code = (
        "import sys; from PySide6.scripts import pyside_tool; "
        f"sys.argv[0] = 'pyside6-{name}'; sys.exit(pyside_tool.{name}())"
    )
    return [sys.executable, "-c", code]


def run_tool(name: str, args: list[str], cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess:
    """Run a tool, capturing its output as text; raise with its stderr when it fails."""
    proc = subprocess.run(
        tool_command(name) + args, cwd=cwd, capture_output=True, text=True, encoding="utf-8"
    )
    if proc.returncode != 0:
        raise RuntimeError(f"pyside6-{name} {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc
