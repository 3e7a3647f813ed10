"""Render the README screenshots offscreen from a demo database:

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_screenshots.py [OUT_DIR]

Writes main-window.png and household-form.png (default OUT_DIR: docs/).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else REPO / "docs"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fupin-shots-"))
    os.environ["FUPIN_DATA_DIR"] = str(tmp / "data")

    from fupin_desktop.services.demo import generate_demo
    from fupin_desktop.services.households import list_households
    from fupin_desktop.services.household_records import load_household
    from fupin_desktop.services.settings import set_settings
    from fupin_desktop.store.engine import open_database

    db_path = tmp / "demo.db"
    db = open_database(db_path)
    generate_demo(db, households=900, seed=4)
    set_settings(db, {"role": "village", "user_name": "李建国", "unit": "县农业农村局"})
    first = next(h for h in list_households(db) if h.members >= 4)
    db.close()

    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.qt import QApplication
    from fupin_desktop.gui.register.household_form import HouseholdFormDialog

    app = QApplication([])
    install_app_font(app)
    db = open_database(db_path)
    window = MainWindow(db_path, db)
    window.resize(1400, 820)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "main-window.png"))
    form = HouseholdFormDialog(db, load_household(db, first.id))
    form.resize(1000, 720)
    form.show()
    for _ in range(10):
        app.processEvents()
    form.grab().save(str(out / "household-form.png"))
    print(f"wrote {out / 'main-window.png'} and {out / 'household-form.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
