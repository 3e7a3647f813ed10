"""目标与进度 names the area in view; a county that was never named (made from the code of the first
village a clerk adds) read 411525000000 at the top of the view."""

from __future__ import annotations

import re

import pytest

from fupin_desktop.gui.county.dashboard import DashboardWidget
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QDialogButtonBox, QLabel, QPushButton, Qt, QToolButton
from fupin_desktop.gui.register.village_form import VillageFormDialog
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import keep, type_text

CODE12 = re.compile(r"\d{12}")


def _crumbs(view) -> list[str]:
    """The texts of the path shown at the top of the view, in order."""
    items = [view.crumbs.itemAt(i).widget() for i in range(view.crumbs.count())]
    return [w.text() for w in items if isinstance(w, (QLabel, QToolButton)) and w.objectName().startswith("crumb_")]


def _county_with_one_new_village(qtbot, tmp_db):
    """A county clerk's window after 新增村 石桥村 in 城关镇, typed and saved by clicks; the county is unnamed."""
    save_profile(tmp_db, Profile(role="county", user_name="赵秀梅"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    window.menus.actions["new_village"].trigger()
    form = next(d for d in window.register.findChildren(VillageFormDialog) if d.isVisible())
    type_text(qtbot, form.ui.nameEdit, "石桥村")
    type_text(qtbot, form.ui.codeEdit, "411525100201")
    type_text(qtbot, form.ui.townshipCombo.lineEdit(), "城关镇")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    return window, form


def test_an_unnamed_county_is_called_by_its_level_not_its_code(qtbot, tmp_db):
    window, form = _county_with_one_new_village(qtbot, tmp_db)
    assert not form.isVisible()

    window.county_actions.actions["dashboard"].trigger()
    view = window.county_actions.views["dashboard"]
    assert isinstance(view, DashboardWidget)
    qtbot.waitUntil(lambda: view.report is not None)
    assert _crumbs(view) == ["<b>全县</b>"]
    # Down into the township: the way back up is named too.
    view.go_to(view.current().children[0].code)
    texts = _crumbs(view)
    assert texts == ["全县", "<b>城关镇</b>"], texts
    assert not [t for t in texts if CODE12.search(t)]


def test_the_targets_dialog_names_an_unnamed_county_too(qtbot, tmp_db, monkeypatch):
    from fupin_desktop.gui.county.targets_dialog import TargetsDialog

    window, form = _county_with_one_new_village(qtbot, tmp_db)
    window.county_actions.actions["dashboard"].trigger()
    view = window.county_actions.views["dashboard"]
    qtbot.waitUntil(lambda: view.report is not None)
    shown: list = []
    monkeypatch.setattr(TargetsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    button = next(b for b in view.findChildren(QPushButton) if b.text().startswith("设定目标"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown, "设定目标… opened no dialog"
    table = shown[0].table
    names = [table.item(r, 0).text().strip("　") for r in range(table.rowCount())]
    assert names == ["全县", "城关镇", "石桥村"], names


@pytest.mark.parametrize("lang", ["en"], indirect=True)
def test_an_unnamed_county_is_called_by_its_level_in_english(qtbot, tmp_db, lang):
    """The level names are found by lupdate (written out as QCoreApplication.translate in full), so the
    English interface says Whole county, not 全县."""
    window, form = _county_with_one_new_village(qtbot, tmp_db)
    window.county_actions.actions["dashboard"].trigger()
    view = window.county_actions.views["dashboard"]
    qtbot.waitUntil(lambda: view.report is not None)
    assert _crumbs(view) == ["<b>Whole county</b>"]
