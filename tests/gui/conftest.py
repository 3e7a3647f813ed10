"""GUI tests: offscreen Qt, an isolated data directory, the bundled font, fresh databases."""

from __future__ import annotations

import os

# Before any Qt import: tests never need (or open) a real display. The offscreen screen is the
# village laptop's 1366×768 (Qt's default offscreen screen is 800×800).
LAPTOP_SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "laptop_screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

import shutil  # noqa: E402
import sqlite3  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def isolated_data_dir(tmp_path_factory) -> Path:
    """Logs, settings and default databases go to a temporary folder, never the user's."""
    path = tmp_path_factory.mktemp("fupin-data")
    old = os.environ.get("FUPIN_DATA_DIR")
    os.environ["FUPIN_DATA_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("FUPIN_DATA_DIR", None)
    else:
        os.environ["FUPIN_DATA_DIR"] = old


@pytest.fixture(scope="session", autouse=True)
def app_font(qapp) -> str:
    """Every GUI test renders with the bundled font, as the app does."""
    from fupin_desktop.gui.fonts import install_app_font

    family = install_app_font(qapp)
    assert family, "bundled font did not load"
    return family


@pytest.fixture(scope="session", autouse=True)
def screen_fit(qapp) -> None:
    """Windows and dialogs fit the screen in every GUI test, as in the app (gui.window_size)."""
    from fupin_desktop.gui.window_size import install_screen_fit

    install_screen_fit(qapp)


@pytest.fixture(autouse=True)
def no_language_choice_left_behind():
    """A test that clicks 视图 › 语言 (the menu sweeps do) must not choose the next start's language
    for the tests after it."""
    yield
    from fupin_desktop.gui.file_dialogs import gui_settings
    from fupin_desktop.gui.language_menu import LANGUAGE_KEY

    settings = gui_settings()
    if settings.contains(LANGUAGE_KEY):
        settings.remove(LANGUAGE_KEY)
        settings.sync()


@pytest.fixture(scope="session")
def template_db_path(tmp_path_factory) -> Path:
    """An empty, fully migrated database made once per session; tests get copies."""
    from fupin_desktop.store.engine import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def tmp_db_path(tmp_path, template_db_path) -> Path:
    """Path of a fresh empty database for this test (a copy of the session template).

    Each copy gets its own device id, as a newly created database would.
    """
    path = tmp_path / "test.db"
    shutil.copy(template_db_path, path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE device_state SET device_id = ? WHERE id = 1", (uuid.uuid4().hex[:16],))
    con.close()
    return path


@pytest.fixture
def tmp_db(tmp_db_path):
    """The fresh database, opened; closed after the test."""
    from fupin_desktop.store.engine import open_database

    db = open_database(tmp_db_path)
    yield db
    db.close()


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, qapp):
    """Run the test once in the English and once in the Chinese interface; Chinese again afterwards."""
    from fupin_desktop.gui.translations import install_translations, remove_translations

    remove_translations(qapp)
    install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp)
    install_translations(qapp, "zh_CN")
