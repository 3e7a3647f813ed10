"""The main window shell, the app entry point (--screenshot, no display) and the crash hook."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fupin_desktop.gui import crash
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import QApplication, QImage, QMessageBox, QSettings, Qt
from fupin_desktop.gui.translations import install_translations, remove_translations
from fupin_desktop.store.models import Household, Village

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, tmp_db):
    from fupin_desktop.gui.operations import run_inline

    win = MainWindow(tmp_db.path, db=tmp_db, runner=run_inline)  # counts at once, not in the background
    qtbot.addWidget(win)
    return win


def _add_household(db) -> None:
    with db.transaction() as session:
        village = Village(code="410102001201", name="测试村", township_code="410102001000")
        session.add(village)
        session.flush()
        session.add(Household(village_id=village.id, group_name="第1组", household_no="1", head_name="张三", size=1))


def test_title_menus_status_and_empty_state(window, tmp_db):
    assert window.windowTitle() == "扶贫帮扶 — test.db"
    titles = [a.text() for a in window.menuBar().actions()]
    # The window's own menus first and 帮助 last; the other parts' menus in between (县级 only for the county role).
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮扶(&B)", "打印(&P)", "同步(&S)", "帮助(&H)"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.showing_empty_state()
    assert window.empty_state.headline.text() == "数据库中还没有农户"
    assert window.empty_state.demo_button.text() == "载入演示数据"
    assert window.empty_state.demo_button.isEnabled()
    assert str(tmp_db.path) in window.db_label.text()
    assert "0 户" in window.counts_label.text()


def test_window_without_database_shows_the_path_only(qtbot, tmp_path):
    win = MainWindow(tmp_path / "nowhere.db", db=None)
    qtbot.addWidget(win)
    assert win.windowTitle() == "扶贫帮扶 — nowhere.db"
    assert "nowhere.db" in win.db_label.text() and "未打开" in win.db_label.text()
    assert not win.empty_state.demo_button.isEnabled()


def test_demo_button_emits_the_hook(window, qtbot):
    with qtbot.waitSignal(window.demo_requested, timeout=1000):
        qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)


def test_demo_button_without_a_handler_loads_demo_data_itself(qtbot, tmp_db, monkeypatch):
    from fupin_desktop.gui.operations import run_inline
    from fupin_desktop.gui.qt import QInputDialog

    win = MainWindow(tmp_db.path, db=tmp_db, runner=run_inline)
    qtbot.addWidget(win)
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: asked.append(items) or (items[0], True))
    qtbot.mouseClick(win.empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert asked and "170" in asked[0][0]
    assert not win.showing_empty_state()
    assert "170 户" in win.counts_label.text()
    assert win.register.list.model.rowCount() == 170


def test_households_replace_the_empty_state(window, tmp_db, qtbot):
    _add_household(tmp_db)
    window.refresh()
    assert not window.showing_empty_state()
    assert "1 户" in window.counts_label.text()
    qtbot.waitUntil(lambda: window.register.list.model.rowCount() == 1, timeout=5000)


def test_geometry_is_saved_and_restored(qtbot, tmp_db, tmp_path):
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    first = MainWindow(tmp_db.path, db=tmp_db, settings=settings)
    qtbot.addWidget(first)
    first.resize(770, 455)  # above the minimum, inside the 800x800 offscreen screen: no clamping
    first.show()
    first.close()
    second = MainWindow(tmp_db.path, db=tmp_db, settings=QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (770, 455)


def test_application_font_is_the_bundled_one(qapp, app_font):
    assert app_font == "WenQuanYi Micro Hei"
    assert qapp.font().family() == "WenQuanYi Micro Hei"


def test_english_translation_applies(qapp, qtbot, tmp_db):
    loaded = install_translations(qapp, "en")
    try:
        assert any(p.name == "fupin_en.qm" for p in loaded)
        win = MainWindow(tmp_db.path, db=tmp_db)
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert titles[:3] == ["&File", "&Edit", "&View"] and titles[-1] == "&Help"
        assert win.empty_state.headline.text() == "There are no households in this database yet"
    finally:
        remove_translations(qapp)
        install_translations(qapp, "zh_CN")


def test_chinese_qt_translation_is_loaded(qapp):
    loaded = install_translations(qapp, "zh_CN")
    assert any(p.name == "qtbase_zh_CN.qm" for p in loaded)
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_about_dialog_shows_version_and_paths(window, qtbot, tmp_path):
    from fupin_desktop import __version__
    from fupin_desktop.gui.about_dialog import AboutDialog

    dialog = AboutDialog(window.db_path, tmp_path / "fupin-gui.log", window)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.versionLabel.text()
    assert "test.db" in dialog.ui.databaseValue.text()
    assert "fupin-gui.log" in dialog.ui.logValue.text()


def test_unexpected_error_is_logged_and_shown_with_the_log_path(qapp, monkeypatch, caplog, tmp_path):
    log_path = tmp_path / "fupin-gui.log"
    monkeypatch.setitem(crash._state, "log_path", log_path)
    monkeypatch.setitem(crash._state, "interactive", True)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        with caplog.at_level(logging.CRITICAL, logger="fupin.gui.crash"):
            crash.report_exception(*sys.exc_info())
    assert shown, "no message box"
    text, details = shown[0]
    assert "意外错误" in text and str(log_path) in text
    assert "RuntimeError: boom" in details
    assert any(r.exc_info and "boom" in str(r.exc_info[1]) for r in caplog.records)


def _env_without_display(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["FUPIN_DATA_DIR"] = str(tmp_path / "data")
    return env


def test_screenshot_writes_a_png(tmp_path, tmp_db_path):
    shot = tmp_path / "shot.png"
    proc = subprocess.run(
        [sys.executable, "main.py", "--db", str(tmp_db_path), "--screenshot", str(shot)],
        cwd=REPO, env=_env_without_display(tmp_path), capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 760)
    # Something is painted in the middle third (the empty page's lines and buttons), not one flat colour.
    middle = {image.pixel(x, y) for x in range(427, 853, 3) for y in range(253, 507, 3)}
    assert len(middle) > 1, "blank image"


def test_no_display_prints_one_line_and_exits_2(tmp_path):
    proc = subprocess.run(
        [sys.executable, "main.py"], cwd=REPO, env=_env_without_display(tmp_path),
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    lines = (proc.stdout + proc.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert "--screenshot" in lines[0] and "fupin" in lines[0] and "显示" in lines[0]
