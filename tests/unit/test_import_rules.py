"""Which layer may import which (README, Layout): checked on the source, like the Qt-free test beside it.

- io/ is file formats only: no use cases (services/), no database (store's engine, sessions, models and
  bulk writer; SQLAlchemy), no GUI.
- gui/ reaches file formats only through services/: it imports nothing from io/.
- Arrows point one way, gui -> services -> (domain, store, pdf, sync, io), cli -> services: nothing below
  services/ imports it, the CLI or the GUI, and domain/ (pure rules) imports none of the layers that do I/O.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "fupin_desktop"

IO_MAY_NOT_IMPORT = (
    "fupin_desktop.services",
    "fupin_desktop.gui",
    "fupin_desktop.store.engine",
    "fupin_desktop.store.models",
    "fupin_desktop.store.bulk_write",
    "sqlalchemy",
    "sqlmodel",
    "PySide6",
)
GUI_MAY_NOT_IMPORT = ("fupin_desktop.io",)
UPPER = ("fupin_desktop.services", "fupin_desktop.cli", "fupin_desktop.gui")
MAY_NOT_IMPORT = {
    "domain": UPPER + ("fupin_desktop.store", "fupin_desktop.sync", "fupin_desktop.pdf", "fupin_desktop.io"),
    "store": UPPER,
    "sync": UPPER,
    "pdf": UPPER,
    "io": UPPER,
    "services": ("fupin_desktop.cli", "fupin_desktop.gui"),
}


def _imported(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function; ``from a import b`` counts as a and a.b."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for name in sorted(_imported(path)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return out


def test_io_is_file_formats_only():
    assert _offenders("io", IO_MAY_NOT_IMPORT) == []


def test_gui_imports_no_io():
    assert _offenders("gui", GUI_MAY_NOT_IMPORT) == []


def test_arrows_point_one_way():
    offenders = [line for folder, forbidden in MAY_NOT_IMPORT.items() for line in _offenders(folder, forbidden)]
    assert offenders == []


def test_the_rules_see_every_import_form(tmp_path):
    """A rule that cannot fail is no rule: each import form is seen."""
    source = tmp_path / "m.py"
    source.write_text(
        "import fupin_desktop.io.roster_reader\n"
        "from fupin_desktop import io\n"
        "def f():\n    from fupin_desktop.store.engine import Database\n",
        encoding="utf-8",
    )
    names = _imported(source)
    assert {"fupin_desktop.io.roster_reader", "fupin_desktop.io", "fupin_desktop.store.engine"} <= names
