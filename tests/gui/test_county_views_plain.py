"""Every view of the county's 县级 and 同步 menus, in both languages, shows no program key or raw JSON
(issue 12: "every county view passes the check"). The journey (test_county_journey) checks the views
with its own data in Chinese; this opens each one from its menu on a demo county with a rectification
item and a target, in English too, where a missing translation would show a code."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from fupin_desktop.gui import operations
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import QAction, QThreadPool
from fupin_desktop.services.county import rectification as rect
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.engine import open_database
from tests.gui.screen_text import assert_plain

VIEWS = ("county_dashboard", "county_exit", "county_rectification", "county_audit", "sync_conflicts",
         "sync_duplicates", "sync_history", "sync_keys")


@pytest.fixture
def county(qtbot, tmp_path_factory, template_db_path):
    folder = tmp_path_factory.mktemp("countyviews")  # the path is on screen: no snake_case test name in it
    shutil.copy(template_db_path, folder / "county.db")
    db = open_database(folder / "county.db")
    generate_demo(db, households=60, seed=5)
    save_profile(db, Profile(role="county", user_name="王芳"))
    rect.create_item(db, source=rect.vocab("rectification_source").codes[0], problem="计划未确认",
                     responsible="刘村医", deadline=date(2024, 6, 1))
    yield db
    db.close()


def test_every_county_view_shows_no_program_key(qtbot, county, lang):
    window = MainWindow(county.path, db=county, settings=None, log_path=None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.county_actions is not None and window.register.list.model.rowCount() > 0,
                    timeout=30_000)
    for name in VIEWS:
        action = window.findChild(QAction, name)
        assert action is not None and action.isEnabled(), name
        action.trigger()
        qtbot.waitUntil(lambda: not operations.running_jobs(), timeout=30_000)
        qtbot.wait(20)
        view = window.tabs.currentWidget()
        assert view is not window.register, name
        assert_plain(view, f"{lang}: {action.text()}", codes=lang != "en")  # English words belong there
    assert_plain(window, f"{lang}: main window", codes=lang != "en")
    QThreadPool.globalInstance().waitForDone(30_000)
