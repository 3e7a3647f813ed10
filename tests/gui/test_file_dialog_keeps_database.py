"""A file dialog showing the folder of the open database loses nothing.

Walkthrough: 县级 › 导入花名册 with the roster beside the database; `fupin stats` from a shell meanwhile
deleted c.db-wal and c.db-shm and the window went on writing into the deleted files. Qt's dialog had
read every file it listed to guess its type, the database included, and on POSIX closing that
descriptor released all of SQLite's locks of the process. Driven through the real menu item and
Qt's own dialog; another program then writes, checkpoints and closes the database.
"""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import text

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QFileDialog, Qt, QTimer, QTreeView
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from tests.gui.register_support import keep

OTHER_PROGRAM = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=10)
con.execute("INSERT INTO setting (key, value) VALUES ('other_program', '1')")
con.commit()
con.execute("PRAGMA wal_checkpoint(PASSIVE)")
con.close()
"""
READER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=10)
print(",".join(sorted(k for (k,) in con.execute(
    "SELECT key FROM setting WHERE key IN ('other_program', 'window_after')"))))
con.close()
"""


def _run(code: str, path) -> str:
    return subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True,
                          text=True, timeout=60).stdout.strip()


def test_a_file_dialog_in_the_database_folder_keeps_the_database_whole(qtbot, tmp_db):
    generate_demo(tmp_db, households=4, seed=2, year=2024)
    set_setting(tmp_db, "role", ROLE_COUNTY)
    folder = tmp_db.path.parent
    (folder / "花名册.xlsx").write_bytes(b"PK\x03\x04")  # the roster beside the database
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    seen: dict = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, drive)
            return
        try:
            dialog.setDirectory(str(folder))
            view = dialog.findChild(QTreeView, "treeView")
            model = view.model()

            def rows() -> list:
                root = view.rootIndex()
                return [model.index(r, 0, root) for r in range(model.rowCount(root))]

            qtbot.waitUntil(lambda: "花名册.xlsx" in {i.data() for i in rows()}, timeout=5000)
            for index in rows():  # what the dialog shows: each file's icon and type
                index.data(Qt.ItemDataRole.DecorationRole)
                index.siblingAtColumn(2).data()
            qtbot.wait(300)  # Qt fetches icons and types in a thread of its own
            seen["types"] = {i.data(): i.siblingAtColumn(2).data() for i in rows()}
        finally:
            dialog.done(0)  # the person changes their mind

    QTimer.singleShot(0, drive)
    window.county_actions.actions["import"].trigger()
    assert "花名册.xlsx" in seen["types"], seen  # the database itself is not listed (the dialog shows workbooks)

    _run(OTHER_PROGRAM, tmp_db.path)  # `fupin stats` from a shell does the same at its close
    wal, shm = (tmp_db.path.with_name(tmp_db.path.name + s) for s in ("-wal", "-shm"))
    assert wal.exists() and shm.exists(), "another program deleted the log the window writes into"
    with tmp_db.write() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('window_after', '1')"))
    assert _run(READER, tmp_db.path) == "other_program,window_after"
