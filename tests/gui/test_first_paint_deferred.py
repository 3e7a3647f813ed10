"""What the start-up's first paint leaves for later (issue 14 §1), and that it does come.

The frame is painted without the text sizes' YAML (for the default size), without the Qt-gaps
translator's YAML and without the application-wide screen-fit filter (it fits the main window
alone); once it is painted, every window fits the screen and Qt's dialogs have their texts, and a
saved non-standard text size is the frame's size from the first paint on.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import QSettings, Qt
from tests.gui.test_first_paint import REPO, _child_env, _demo_db

CHILD = r"""
import json, sys
from fupin_desktop.gui import app as app_module
from fupin_desktop.gui import window_size
from fupin_desktop.gui.loading_view import LoadingView
from fupin_desktop.gui.qt import QApplication, QCoreApplication

seen = {}

def state():
    app = QApplication.instance()
    return {"yaml": "yaml" in sys.modules, "point_size": app.font().pointSizeF(),
            "screen_fit": window_size.screen_fit_installed(app),
            "look_in": QCoreApplication.translate("QFileDialog", "&Look in:")}

original_paint = LoadingView.paintEvent
def paint(self, event):
    original_paint(self, event)
    seen.setdefault("frame", state())
LoadingView.paintEvent = paint

def at_work(_app=None):
    from fupin_desktop.gui.main_window import MainWindow
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    seen["ready"] = state()
    window.close()
    return 0

QApplication.exec = at_work
seen["exit"] = app_module.main(sys.argv[1:])
print(json.dumps(seen, ensure_ascii=False))
"""


@pytest.mark.parametrize("saved, points", [(None, 10.0), ("standard", 10.0), ("xlarge", 14.0)])
def test_the_frame_leaves_yaml_and_filters_for_later_in_the_saved_text_size(tmp_path, saved, points):
    db_path = _demo_db(tmp_path / "village.db", households=5)
    env = _child_env(tmp_path)
    if saved is not None:
        settings = QSettings(str(tmp_path / "data" / "gui-settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("ui/text_size", saved)
        settings.sync()
    result = subprocess.run([sys.executable, "-c", CHILD, "--db", str(db_path), "--lang", "zh_CN"], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    frame, ready = seen["frame"], seen["ready"]
    assert frame["point_size"] == points and ready["point_size"] == points  # the saved size from the start
    assert frame["yaml"] is (saved == "xlarge")  # only a size other than the default reads the sizes' file
    assert not frame["screen_fit"] and frame["look_in"] == "&Look in:"  # left for after the first paint
    assert ready["screen_fit"] and ready["look_in"] == "查找范围(&L)："  # and there once it is painted
    assert seen["exit"] == 0


def test_the_default_size_known_without_yaml_is_the_files_default():
    from fupin_desktop.gui import text_sizes

    default = text_sizes.default_text_size()
    assert (text_sizes.DEFAULT_KEY, text_sizes.DEFAULT_POINT_SIZE) == (default.key, default.point_size)


@pytest.mark.parametrize("values", [{}, {"ui/text_size": "standard"}, {"ui/text_size": "large"},
                                    {"ui/text_size": "xlarge"}, {"ui/text_size": "nonsense"},
                                    {"ui/font_size": 13}, {"ui/font_size": "x"}, {"ui/text_size": ""}])
def test_the_start_up_size_is_the_chosen_size(tmp_path, values):
    from fupin_desktop.gui.text_sizes import chosen_size, startup_point_size

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    assert startup_point_size(settings) == chosen_size(settings).point_size
    assert startup_point_size(None) == chosen_size(None).point_size


def test_the_opening_window_fits_the_screen_alone_until_its_frame_is_painted(qtbot, qapp, tmp_db_path):
    from fupin_desktop.gui import window_size

    for fit in window_size._installed:  # the session's application-wide filter, as gui.app has none yet
        qapp.removeEventFilter(fit)
    window_size._installed.clear()
    try:
        window = MainWindow(tmp_db_path, settings=None, log_path=None, opening=True)
        qtbot.addWidget(window)
        assert not window_size.screen_fit_installed(qapp)
        window.resize(4000, 3000)  # larger than any screen
        with qtbot.waitSignal(window.loading_view.painted, timeout=5000):
            window.show()
        area = window_size.available_area(window)
        assert window.width() < area.width() and window.height() < area.height()  # fitted alone
        qtbot.waitUntil(lambda: window_size.screen_fit_installed(qapp), timeout=5000)  # then every window
    finally:
        window_size.install_screen_fit(qapp)


def test_a_saved_header_sort_is_the_first_query_not_a_second(qtbot, tmp_path, monkeypatch):
    """Start-up with the list's header saved sorted by a column: one household_ids query, in that order
    (restoring the header asked for one before the start-up's own, which then replaced it)."""
    from fupin_desktop.gui.operations import run_inline
    from fupin_desktop.gui.register import household_list
    from fupin_desktop.gui.register.register_view import HEADER_KEY
    from fupin_desktop.store.engine import open_database

    db_path = _demo_db(tmp_path / "village.db", households=12)
    settings = QSettings(str(tmp_path / "gui-settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(db_path, db=open_database(db_path), settings=None, log_path=None, runner=run_inline)
    qtbot.addWidget(first)
    column = next(i for i, (key, _title) in enumerate(first.register.list.model.columns) if key)
    first.register.list.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    settings.setValue(HEADER_KEY, first.register.list.table.horizontalHeader().saveState())
    wanted = first.register.list.model.columns[column][0]
    first.close()
    first.db.close()

    asked = []
    real = household_list.household_ids
    monkeypatch.setattr(household_list, "household_ids", lambda db, f: asked.append((f.sort, f.descending))
                        or real(db, f))
    window = MainWindow(db_path, settings=settings, log_path=None, runner=run_inline, opening=True)
    qtbot.addWidget(window)
    db = open_database(db_path)
    try:
        window.attach_database(db)
        assert asked == [(wanted, True)]
        assert window.register.list.model.rowCount() == 12
        window.register.list.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)  # a click
        assert asked[-1] == (wanted, False)  # later sorts query at once, as before
    finally:
        window.close()
        db.close()
