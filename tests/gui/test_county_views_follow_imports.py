"""The county views already open (目标与进度 …) show what an import brought in. A clerk imported the
villages' packages and a roster, went back to the 目标与进度 tab and read the old figures (农户 510
while the status bar said 512) until pressing 刷新 or reopening the view from the menu."""

from __future__ import annotations

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QPushButton, Qt
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from fupin_desktop.store.models import Household, Village
from tests.gui.register_support import keep
from tests.unit.sync.helpers import VILLAGES, enrol, export_to, first, make_county, new_site

LEFT = Qt.MouseButton.LeftButton


def click_tab(qtbot, window, widget) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(window.tabs.indexOf(widget)).center())
    assert window.tabs.currentWidget() is widget


def test_the_open_dashboard_counts_the_households_a_package_brought(qtbot, tmp_path, monkeypatch):
    county, lap = make_county(tmp_path), new_site(tmp_path, "lap")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(county, lap, [VILLAGES[0]], stick)
    with lap.db.transaction() as s:  # the cadre registered a new household on the laptop
        s.add(Household(village_id=first(lap, Village, code=VILLAGES[0]).id, head_name="新来户",
                        household_no=f"{VILLAGES[0]}0099", group_name="第1组"))
    package = export_to(lap, county, stick).path
    lap.db.close()
    set_setting(county.db, "role", ROLE_COUNTY)

    window = keep(qtbot, MainWindow(county.path, db=county.db, settings=None, log_path=None, runner=run_inline))
    window.show()
    window.county_actions.actions["dashboard"].trigger()
    dashboard = window.county_actions.views["dashboard"]
    qtbot.waitUntil(lambda: dashboard.report is not None)
    households = dashboard.tiles["households"].value_label
    assert households.text() == "6"

    click_tab(qtbot, window, window.register)  # the clerk goes back to the register tab, then imports
    window.sync_actions.actions["import"].trigger()
    dialog = next(w for w in window.findChildren(ImportDialog) if w.isVisible())
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (str(package), "")))
    [browse] = [b for b in dialog.findChildren(QPushButton) if b.text().endswith("…")]
    qtbot.mouseClick(browse, LEFT)
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert "已导入" in dialog.summary.text(), dialog.summary.text()
    dialog.close()

    click_tab(qtbot, window, dashboard)  # back by its tab: no 刷新, no menu
    qtbot.waitUntil(lambda: households.text() == "7", timeout=5000)
    county.db.close()
