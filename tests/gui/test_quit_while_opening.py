"""Quitting while the register's first list is still being read: once the window has closed (and has
waited for its jobs, so that the database can be closed), nothing more starts on the database. The
list's and the tree's results arrive after the close; they used to start the status bar's counts, the
search index's catching up (a write) and the other parts' menus on a database being closed."""

from __future__ import annotations

from sqlalchemy import text

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import finish_all_jobs
from fupin_desktop.services.register.search import dirty_count
from fupin_desktop.services.setup.demo import generate_demo


def test_nothing_starts_on_the_database_after_quitting(qtbot, tmp_db):
    generate_demo(tmp_db, households=40, seed=3)
    with tmp_db.connect() as conn:  # as after an import or a sync package: the index has to catch up
        conn.execute(text("INSERT OR IGNORE INTO search_dirty (household_id) SELECT id FROM household"))
    dirty = dirty_count(tmp_db)
    assert dirty == 40
    window = MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, defer_hooks=True)  # as the app
    qtbot.addWidget(window)
    window.show()
    window.quit_action.trigger()  # 文件 › 退出 while the list and the tree are being read
    assert not window.isVisible()
    qtbot.wait(600)  # their results arrive (and the list's after-paint fallback would have run)
    finish_all_jobs()
    assert dirty_count(tmp_db) == dirty  # no write after the close
    assert window.stats is None and window.counts_label.text() == ""  # no counting
    assert window.sync_actions is None and window.plan_actions is None  # no menus (nor the daily backup)
