"""同步 › 导出同步包 on a village laptop shows no 分配的村 caption: only the county assigns villages.

Walkthrough: the laptop's export dialog read "分配的村：" with nothing beside it, before and after joining.
"""

from __future__ import annotations

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QLabel
from fupin_desktop.gui.sync.export_dialog import ExportDialog
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import keep


def test_a_laptop_export_dialog_has_no_empty_village_row(qtbot, tmp_db):
    save_profile(tmp_db, Profile(role="village", user_name="李建国"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    window.sync_actions.actions["export"].trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    keep(qtbot, dialog)
    shown = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    assert not [t for t in shown if "分配的村" in t], shown
    assert not dialog.villages.isVisible()
