"""After 从备份恢复 the window's database is held and kept open again, as after opening it: the file
dialogs go on refusing its files, its write-ahead log stays, and no verification marker vouches for
the restored file at the next close (no full check has read it). Before, the database closed for the
restore stayed closed while the window went on using it."""

from __future__ import annotations

from sqlalchemy import text

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import QPushButton
from fupin_desktop.gui.sync.backup_dialogs import RestoreDialog
from fupin_desktop.services.setup.database_files import open_database_of
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store import integrity
from fupin_desktop.sync.backups import make_backup
from tests.gui.register_support import keep, type_text
from tests.gui.test_file_dialog_refuses_database import LEFT, PASS, person, start_in  # noqa: F401


def test_the_restored_database_is_held_and_open_again(qtbot, tmp_db, person):
    generate_demo(tmp_db, households=4, seed=2, year=2024)
    stick = tmp_db.path.parent / "stick"
    stick.mkdir()
    backup = make_backup(tmp_db, stick / "备份.fbak", passphrase=PASS).path
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None))
    window.show()
    qtbot.waitUntil(lambda: window.sync_actions is not None, timeout=30000)
    start_in(stick)
    answers = person([backup.name], yes=True, in_dialog=True)
    window.sync_actions.actions["restore"].trigger()
    dialog = next(d for d in window.sync_actions.dialogs if isinstance(d, RestoreDialog) and d.isVisible())
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "选择备份文件…")
    qtbot.mouseClick(browse, LEFT)
    answers.wait(lambda: dialog.path_edit.text() == str(backup))
    type_text(qtbot, dialog.passphrase, PASS)
    qtbot.mouseClick(dialog.inspect_button, LEFT)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=30000)
    qtbot.mouseClick(dialog.restore_button, LEFT)  # 替换当前数据吗？ -- Yes
    qtbot.waitUntil(lambda: dialog.operation is None and "已恢复" in dialog.details.text(), timeout=30000)
    dialog.done(0)

    assert integrity.held(tmp_db.path) and not tmp_db.closed
    assert open_database_of(tmp_db.path) == tmp_db.path.resolve()  # the file dialogs refuse it again
    assert tmp_db.path.with_name(tmp_db.path.name + "-wal").exists()
    with tmp_db.read() as s:
        assert s.execute(text("SELECT count(*) FROM household")).scalar() == 4
    window.close()
    tmp_db.close()
    assert not integrity.held(tmp_db.path)
    assert integrity.trusted_since(tmp_db.path) is None  # nothing vouches for the restored file unchecked
