"""Regenerate the README's pictures from the current code (`make docs`):

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_docs.py [OUT_DIR] [--households N]

Builds a demo county with the project's own generator, renders the main window and a household
form offscreen (the main window through the same code as `main.py --screenshot`), prints a plan
card and a public notice through the printing services and turns their first pages into PNGs with
pdftoppm (poppler-utils). Writes main-window.png, household-form.png, card.png and notice.png
(default OUT_DIR: docs/).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(REPO))

PDF_DPI = 80  # an A4 page 661 px wide: readable in the README's two-column table
NOTICE_PHONE = "0376-4561234"
SEED = 4
SCREEN = (1920, 1080)


def pdf_page_png(pdf: Path, target: Path, dpi: int = PDF_DPI) -> Path:
    """First page of ``pdf`` as ``target`` (PNG)."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: install poppler-utils (apt-get install poppler-utils)")
    prefix = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)],
                   check=True)
    return target


def _sample_card(db):
    """A household worth showing: a confirmed plan, four or more members, one of them a child."""
    from fupin_desktop.services.printing.card_data import load_cards, village_choices, village_household_ids

    for village in village_choices(db):
        for card in load_cards(db, village_household_ids(db, village.code)):
            if (card.plan is not None and card.plan.status_code == "confirmed" and len(card.members) >= 4
                    and any(m.age is not None and m.age < 16 for m in card.members)):
                return village, card
    raise SystemExit("the demo has no confirmed plan of a family with a child: try more households")


def build_demo(folder: Path, households: int):
    from fupin_desktop.services.setup.demo import generate_demo
    from fupin_desktop.services.setup.settings import set_settings
    from fupin_desktop.store.engine import open_database

    db_path = folder / "demo.db"
    db = open_database(db_path)
    generate_demo(db, households=households, seed=SEED, year=date.today().year)
    set_settings(db, {"role": "village", "user_name": "李建国", "unit": "县农业农村局", "phone": NOTICE_PHONE})
    return db_path, db


def render_papers(db, out: Path, work: Path) -> tuple[Path, Path, str]:
    """card.png and notice.png; returns them and the household shown on the card."""
    from fupin_desktop.services.printing.render import render_card, render_notice

    village, card = _sample_card(db)
    card_pdf = render_card(db, card.household_id, work / "card.pdf").path
    notice_pdf = render_notice(db, village.code, work / "notice.pdf", phone=NOTICE_PHONE).path
    return pdf_page_png(card_pdf, out / "card.png"), pdf_page_png(notice_pdf, out / "notice.png"), card.household_id


def _offscreen_desktop(work: Path) -> None:
    """Qt's offscreen screen is 800×800, which every window is fitted into; give the pictures a
    desktop-sized one (before the QApplication exists)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = work / "offscreen-screen.json"
    config.write_text(json.dumps({"screens": [{"name": "docs", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def render_windows(db_path: Path, household_id: str, out: Path) -> tuple[Path, Path]:
    from fupin_desktop.gui.app import _screenshot
    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.operations import run_inline
    from fupin_desktop.gui.qt import QApplication
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog
    from fupin_desktop.gui.translations import install_translations
    from fupin_desktop.services.register.records import load_household
    from fupin_desktop.store.engine import open_database

    app = QApplication.instance()
    if app is None:  # run as `make docs` (a test brings its own application, set up as it likes)
        _offscreen_desktop(db_path.parent)
        app = QApplication([sys.argv[0]])
        install_app_font(app)
        install_translations(app, "zh_CN")  # Qt's own texts in Chinese, as in the app
    db = open_database(db_path)
    try:
        window = MainWindow(db_path, db=db, settings=None, log_path=None, runner=run_inline)
        window.resize(1400, 820)
        for _ in range(10):
            app.processEvents()
        if _screenshot(app, window, out / "main-window.png") != 0:  # what `main.py --screenshot` does
            raise SystemExit("cannot write main-window.png")
        form = HouseholdFormDialog(db, load_household(db, household_id))
        form.resize(1000, 860)  # tall enough for a four-member table
        form.show()
        for _ in range(10):
            app.processEvents()
        if not form.grab().save(str(out / "household-form.png"), "PNG"):
            raise SystemExit("cannot write household-form.png")
        form.close()
        window.deleteLater()
        form.deleteLater()
        app.processEvents()
    finally:
        db.close()
    return out / "main-window.png", out / "household-form.png"


def make_docs(out: Path, households: int = 900) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="fupin-docs-"))
    try:
        db_path, db = build_demo(work, households)
        try:
            card, notice, household_id = render_papers(db, out, work)
        finally:
            db.close()
        windows = render_windows(db_path, household_id, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [*windows, card, notice]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(REPO / "docs"), help="folder for the PNGs (default docs/)")
    parser.add_argument("--households", type=int, default=900, help="size of the demo county (default 900)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fupin-docs-data-") as data:
        os.environ["FUPIN_DATA_DIR"] = data  # nothing of a real installation is read or written
        written = make_docs(Path(args.out), args.households)
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
