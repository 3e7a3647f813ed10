"""Nothing in fupin_desktop/ outside gui/ may import PySide6 (checked on the source, and at run time)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "fupin_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt_in_source():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
        if any(name.startswith("fupin_desktop.gui") for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)) + " (imports fupin_desktop.gui)")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        if "gui" in rel.parts or rel.name == "__main__":  # __main__ runs the program when imported
            continue
        modules.append(".".join(p for p in rel.parts if p != "__init__"))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n    importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
