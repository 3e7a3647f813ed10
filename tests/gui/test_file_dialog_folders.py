"""A package opened from a village's USB stick does not make the next export open on that stick.
Found walking a county clerk's day: after 导入同步包 from a stick, 导出农户花名册's dialog opened on the
stick, and one Enter put the county's whole register (names, ID numbers) on a village's stick.
Files opened and files saved now remember their folders apart."""

from __future__ import annotations

from pathlib import Path

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.qt import QPushButton
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from tests.gui.test_file_dialog_refuses_database import (  # noqa: F401
    CANCEL,
    LEFT,
    county_window,
    person,
)


def test_opening_a_package_from_a_stick_leaves_the_export_folder_alone(qtbot, tmp_db, tmp_path, person):
    window = county_window(qtbot, tmp_db)
    office = tmp_path / "县办文件"
    office.mkdir()
    stick = tmp_path / "U盘"
    stick.mkdir()
    (stick / "大桥村.fpkg").write_bytes(b"not really a package")
    settings = file_dialogs.gui_settings()  # the clerk's exports went here last time
    settings.setValue(file_dialogs.LAST_FOLDER_KEY, str(office))
    settings.remove(file_dialogs.LAST_OPEN_FOLDER_KEY)
    settings.sync()

    opened = person([str(stick / "大桥村.fpkg")], in_dialog=True)
    window.sync_actions.actions["import"].trigger()
    dialog = next(d for d in window.sync_actions.dialogs if isinstance(d, ImportDialog) and d.isVisible())
    qtbot.mouseClick(dialog.findChild(QPushButton, "browsePackage"), LEFT)
    opened.wait(lambda: dialog.path_edit.text() != "")
    assert Path(dialog.path_edit.text()) == stick / "大桥村.fpkg"
    dialog.done(0)
    opened.stop()

    saved = person([CANCEL])
    window.county_actions.actions["export_register"].trigger()
    saved.wait(lambda: len(saved.dialogs) == 1 and not saved.dialogs[0].isVisible())
    assert Path(saved.dialogs[0].directory().absolutePath()) == office  # not the stick

    again = person([CANCEL], in_dialog=True)
    window.sync_actions.actions["import"].trigger()
    dialog = next(d for d in window.sync_actions.dialogs if isinstance(d, ImportDialog) and d.isVisible())
    qtbot.mouseClick(dialog.findChild(QPushButton, "browsePackage"), LEFT)
    again.wait(lambda: len(again.dialogs) == 1 and not again.dialogs[0].isVisible())
    assert Path(again.dialogs[0].directory().absolutePath()) == stick  # the next package: from the stick again
    dialog.done(0)
