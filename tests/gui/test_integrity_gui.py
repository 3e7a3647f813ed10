"""The integrity check skipped at open (verification marker) runs after the window is shown; a damaged
file then turns read-only with a clear Chinese message."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from fupin_desktop.errors import DatabaseDamaged
from fupin_desktop.gui import main_window as main_window_module
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMessageBox
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Village


def _closed_with_marker(path: Path) -> None:
    db = open_database(path)
    with db.transaction() as session:
        village = Village(code="410102001201", name="测试村", township_code="410102001000")
        session.add(village)
        session.flush()
        session.add(Household(village_id=village.id, group_name="第1组", household_no="1", head_name="张三", size=1))
    db.close()


def _rot_at_rest(path: Path, table: str = "trusted_key") -> None:
    """Damage one table's root page without changing the file's size or times (as bit rot would)."""
    st = path.stat()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096: (root - 1) * 4096 + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def test_damage_found_after_start_makes_the_window_read_only(qtbot, tmp_db_path, messages, monkeypatch):
    monkeypatch.setattr(main_window_module, "INTEGRITY_CHECK_DELAY_MS", 0)
    _closed_with_marker(tmp_db_path)
    _rot_at_rest(tmp_db_path)
    db = open_database(tmp_db_path)
    try:
        assert db.check_skipped  # the marker let the open skip the full check
        win = MainWindow(db.path, db=db, runner=run_inline, defer_hooks=True)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: bool(messages), timeout=15_000)  # list loaded, menus installed, check run
        assert "损坏" in messages[0] and "拒绝写入" in messages[0]
        assert "拒绝写入" in win.db_label.text()
        with pytest.raises(DatabaseDamaged):
            with db.transaction():
                pass
        win.refresh()  # a later refresh keeps the warning in the status bar
        assert "拒绝写入" in win.db_label.text()
        win.close()
    finally:
        db.close()


def test_intact_file_checked_after_start_stays_writable(qtbot, tmp_db_path, messages):
    _closed_with_marker(tmp_db_path)
    db = open_database(tmp_db_path)
    try:
        assert db.check_skipped
        win = MainWindow(db.path, db=db, runner=run_inline)
        qtbot.addWidget(win)
        win.check_integrity()
        assert messages == [] and db.write_refusal is None and not db.check_skipped
        assert str(db.path) in win.db_label.text()
        with db.transaction():
            pass
        win.close()
    finally:
        db.close()
