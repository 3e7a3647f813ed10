"""Compile Designer forms: every ``ui/<name>.ui`` -> ``fupin_desktop/gui/forms/ui_<name>.py``.

    python -m fupin_desktop.gui.build_forms          # (re)write the compiled forms
    python -m fupin_desktop.gui.build_forms --check  # exit 1 naming forms that are stale or orphaned

The compiled forms are committed (the bundle and a fresh clone need no build step); the check,
run by the test suite, proves they match their .ui files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fupin_desktop.gui.pyside_tools import REPO_ROOT, run_tool

UI_DIR = REPO_ROOT / "ui"
FORMS_DIR = REPO_ROOT / "fupin_desktop" / "gui" / "forms"
HEADER = (
    "# generated from ui/{name}.ui by pyside6-uic — do not edit.\n"
    "# Change the .ui file in Qt Designer, then run `make forms` "
    "(python -m fupin_desktop.gui.build_forms).\n"
)


def ui_files(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(ui_dir.glob("*.ui"))


def form_path(ui_file: Path, forms_dir: Path = FORMS_DIR) -> Path:
    return forms_dir / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes from ``ui_file``, with our header, LF line ends."""
    # Run beside the file so the output names only "<name>.ui", whatever the checkout path.
    out = run_tool("uic", [ui_file.name], cwd=ui_file.parent).stdout
    body = out.replace("\r\n", "\n")
    return HEADER.format(name=ui_file.stem) + body


def _show(path: Path) -> str:
    try:
        return path.relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def stale_forms(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[str]:
    """Compiled forms that differ from a fresh compile, are missing, or have no .ui source."""
    stale = []
    expected = set()
    for ui in ui_files(ui_dir):
        target = form_path(ui, forms_dir)
        expected.add(target.name)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != compile_form(ui):
            stale.append(_show(target) + ("" if current is not None else " (missing)"))
    for existing in sorted(forms_dir.glob("ui_*.py")):
        if existing.name not in expected:
            stale.append(_show(existing) + " (no ui/ source)")
    return stale


def build() -> list[Path]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Compiled Designer forms (generated from ui/*.ui; do not edit)."""\n', encoding="utf-8")
    written = []
    for ui in ui_files():
        target = form_path(ui)
        source = compile_form(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            target.write_text(source, encoding="utf-8", newline="\n")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_forms", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that compiled forms are current")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        if stale:
            print("界面表单已过期，请运行 make forms (compiled forms are stale; run `make forms`):", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(f"{len(ui_files())} 个表单均为最新 (compiled forms are current)")
        return 0
    written = build()
    for path in written:
        print(f"wrote {path.relative_to(REPO_ROOT).as_posix()}")
    print(f"{len(ui_files())} 个表单，更新 {len(written)} 个 ({len(written)} of {len(ui_files())} forms rewritten)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
