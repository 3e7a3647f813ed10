"""Start the GUI: arguments, display check, QApplication, font, translations, logging, window.

    python main.py [--db PATH] [--screenshot FILE.png] [--first-paint FILE.png] [--lang zh_CN|en]

The window's frame is painted before the store is loaded; the database is opened behind it (see
gui.store_loader). ``--first-paint`` saves that frame as it is first painted, ``--screenshot`` the
finished window.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path

NO_DISPLAY_LINE = (
    "没有可用的图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开窗口；"
    "可用 --screenshot FILE.png 离屏生成窗口截图，或使用命令行 fupin（例如 fupin stats）。"
    " (No display: use --screenshot FILE.png or the `fupin` command-line tool.)"
)
LANGUAGES = ("zh_CN", "en")
LANG_ENV = "FUPIN_LANG"

log = logging.getLogger("fupin.gui")


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="fupin-desktop", description="扶贫帮扶 (fupin-desktop)")
    parser.add_argument("--db", help="数据库文件 (database file); default: $FUPIN_DB or the per-user data dir")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="离屏渲染主窗口到 PNG 后退出 (render the main window offscreen to a PNG and exit)")
    parser.add_argument("--first-paint", metavar="FILE.png", dest="first_paint",
                        help="离屏渲染主窗口的首次绘制（数据库打开之前）到 PNG 后退出 "
                             "(render the window's frame as first painted, before the database opens, and exit)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="界面语言 (interface language); default: $FUPIN_LANG, else 视图 › 语言, else zh_CN")
    return parser.parse_known_args(argv)


def display_missing() -> bool:
    """True on Linux/BSD with no X11/Wayland display and no explicit Qt platform: Qt would abort."""
    if sys.platform in ("win32", "darwin"):
        return False
    env = os.environ
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def screenshot_screen() -> str:
    """A 1920×1080 offscreen screen for --screenshot: Qt's default 800×800 one would make every window
    fit into it (gui.window_size) and the screenshots would not show the window at its own size."""
    import json
    import tempfile

    path = Path(tempfile.gettempdir()) / "fupin-screenshot-screen.json"
    path.write_text(json.dumps({"screens": [{"name": "screenshot", "x": 0, "y": 0, "width": 1920,
                                             "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
                                             "dpr": 1}]}), encoding="utf-8")
    return str(path)


def pause_gc() -> None:
    """No cyclic garbage collection while the modules load and the window is built: start-up makes
    hundreds of thousands of long-lived objects and the collector kept re-scanning them (~0.1 s)."""
    gc.disable()


def resume_gc() -> None:
    """Once the window is shown: what start-up made stays alive, so it leaves the collector's view."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot or args.first_paint:
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screenshot_screen()}"
    elif display_missing():
        print(NO_DISPLAY_LINE, file=sys.stderr)
        return 2

    from fupin_desktop.logging_setup import setup_logging

    try:
        log_path: Path | None = setup_logging("gui")
    except OSError as exc:  # a read-only data dir must not stop the app
        print(f"警告: 无法写日志 (cannot write log): {exc}", file=sys.stderr)
        log_path = None
    return _run(args, qt_args, log_path)


def _run(args: argparse.Namespace, qt_args: list[str], log_path: Path | None) -> int:
    # No store here: the window's frame is painted first and gui.store_loader loads it afterwards.
    pause_gc()
    from fupin_desktop.gui.store_loader import quicker_pyside_import_hook  # (imports Qt)

    quicker_pyside_import_hook()  # for the frame's own modules too, not only the store's
    from fupin_desktop import APP_NAME
    from fupin_desktop.gui.crash import install_excepthook, report_exception
    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.qt import QApplication
    from fupin_desktop.gui.translations import install_translations

    interactive = not (args.screenshot or args.first_paint)
    if args.lang is None:
        from fupin_desktop.gui.language_menu import startup_language

        env = os.environ.get(LANG_ENV)
        # Screenshots (make docs) do not follow this machine's 视图 › 语言 choice.
        args.lang = startup_language(None, env) if interactive else (env if env in LANGUAGES else "zh_CN")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_excepthook(log_path, interactive=interactive)
    family = install_app_font(app)
    # The frame shows none of Qt's own dialogs: their missing texts (gui.translations) and the screen fit
    # of every window (gui.window_size) come once it is painted, or before anything else is shown.
    loaded = install_translations(app, args.lang, qt_dialog_gaps=False)
    log.info("platform=%s font=%s lang=%s translations=%s",
             app.platformName(), family, args.lang, [p.name for p in loaded])
    try:
        if args.first_paint:
            return _first_paint(app, args, log_path)
        return _open_and_show(app, args, log_path)
    except Exception:
        report_exception(*sys.exc_info())
        return 1
    finally:
        gc.enable()


def _open_and_show(app, args: argparse.Namespace, log_path: Path | None) -> int:
    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.qt import QSettings, QTimer
    from fupin_desktop.gui.text_sizes import startup_point_size
    from fupin_desktop.paths import DB_ENV, data_dir, default_db_path

    if args.screenshot:
        return _screenshot_window(app, args, log_path)
    named = args.db or os.environ.get(DB_ENV)
    locked = Path(named) if named else None  # the database was named: first start cannot move it
    db_path = default_db_path(args.db)
    choice = None
    if not db_path.exists():  # a new installation: ask before creating anything
        from fupin_desktop.gui.settings_flow import apply_location, ask_first_start

        _after_first_paint(app)  # the dialog comes first
        resume_gc()  # a dialog waits for the user: nothing to gain
        choice = ask_first_start(locked)
        if choice is None:
            return 0
        db_path = apply_location(choice, locked)
    settings = QSettings(str(data_dir() / "gui-settings.ini"), QSettings.Format.IniFormat)
    install_app_font(app, startup_point_size(settings))  # the saved size from the first paint on
    window = MainWindow(db_path, settings=settings, log_path=log_path, opening=True)  # the frame
    window.loading_view.painted.connect(lambda: QTimer.singleShot(0, lambda: _after_first_paint(app)))
    window.show()
    db = _open_behind(app, window, db_path)
    if db is None:
        return 1 if window.isVisible() else 0  # refused (said so), or the window closed meanwhile
    log.info("opened database %s (device %s)", db.path, db.device_id)
    try:
        from fupin_desktop.services.setup import first_start

        if choice is None and first_start.needs_first_start(db):  # e.g. a database made by `fupin demo`
            from fupin_desktop.gui.settings_flow import ask_first_start

            resume_gc()
            choice = ask_first_start(db.path, first_start.load_profile(db), db=db)  # no demo offered over data
            if choice is None:
                window.close()
                return 0
        if choice is not None:
            first_start.save_profile(db, choice.profile)
        window.attach_database(db)
        resume_gc()
        if choice is not None and choice.demo_households:
            window.load_demo(choice.demo_households)
        elif choice is not None and choice.import_roster:  # what first start promised: the roster import
            window.menus.actions["import_roster"].trigger()
        return app.exec()
    finally:
        db.close()


def _after_first_paint(app) -> None:
    """What the frame does without and every other window needs (idempotent)."""
    from fupin_desktop.gui.translations import install_qt_gaps
    from fupin_desktop.gui.window_size import install_screen_fit

    install_screen_fit(app)
    install_qt_gaps(app)


def _open_behind(app, window, db_path: Path):
    """Open the database once the frame has been painted, in the background (gui.store_loader);
    the window keeps painting and answering meanwhile. The Database, or None when it was refused
    (the reason shown) or the window was closed before it opened."""
    from fupin_desktop.errors import UserFacingError
    from fupin_desktop.gui.operations import finish_all_jobs
    from fupin_desktop.gui.qt import QEventLoop, QMessageBox, QTimer
    from fupin_desktop.gui.store_loader import open_in_background

    loop = QEventLoop()
    outcome: dict = {}

    def start() -> None:
        if not window.isVisible() or "op" in outcome:  # closed before it began, or begun already
            return
        op = open_in_background(db_path, on_done=lambda db: outcome.setdefault("db", db),
                                on_error=lambda exc: outcome.setdefault("error", exc))
        op.finished.connect(loop.quit)
        outcome["op"] = op

    # After the first paint has reached the screen: the store's import holds Python meanwhile.
    window.loading_view.painted.connect(lambda: QTimer.singleShot(0, start))
    if window.loading_view.was_painted():
        QTimer.singleShot(0, start)
    window.closed.connect(loop.quit)
    loop.exec()
    op = outcome.get("op")
    if op is not None and not op.done:
        finish_all_jobs()  # closed while opening: the open ends before its result is dropped
        app.processEvents()
    if not window.isVisible():
        if "db" in outcome:
            outcome["db"].close()
        return None
    error = outcome.get("error")
    if isinstance(error, UserFacingError):
        log.warning("cannot open %s: %s", db_path, error)
        QMessageBox.critical(window, app.translate("app", "无法打开数据库"), error.zh)
        return None
    if error is not None:
        raise error
    return outcome.get("db")


def _first_paint(app, args: argparse.Namespace, log_path: Path | None) -> int:
    """``--first-paint``: the frame exactly as the start-up first paints it, before the store loads."""
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.qt import QEventLoop, QTimer
    from fupin_desktop.paths import default_db_path

    window = MainWindow(default_db_path(args.db), settings=None, log_path=log_path, opening=True)
    window.show()
    loop = QEventLoop()
    window.loading_view.painted.connect(lambda: QTimer.singleShot(0, loop.quit))
    QTimer.singleShot(10_000, loop.quit)
    if not window.loading_view.was_painted():
        loop.exec()
    return _save_window(window, Path(args.first_paint), fast=True)


def _screenshot_window(app, args: argparse.Namespace, log_path: Path | None) -> int:
    """``--screenshot``: the finished window, everything read before it is saved."""
    from fupin_desktop.errors import UserFacingError
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.operations import run_inline
    from fupin_desktop.gui.store_loader import open_store
    from fupin_desktop.paths import default_db_path

    _after_first_paint(app)
    db_path = default_db_path(args.db)
    try:
        db = open_store(db_path)
    except UserFacingError as exc:
        log.warning("cannot open %s: %s", db_path, exc)
        print(f"错误: {exc}", file=sys.stderr)
        return 1
    try:
        window = MainWindow(db.path, db=db, settings=None, log_path=log_path, runner=run_inline)
        return _screenshot(app, window, Path(args.screenshot))
    finally:
        db.close()


def _screenshot(app, window, target: Path) -> int:
    window.show()
    app.processEvents()
    return _save_window(window, target)


def _save_window(window, target: Path, fast: bool = False) -> int:
    """``fast`` (--first-paint, timed from outside): less compression (the same pixels, a larger file), and
    the window is left to the process's end instead of closed (closing it took 6–13 ms: nothing of it is
    opened yet, no job runs, and with no settings there is no geometry to keep)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target), "PNG", 80 if fast else -1):
        print(f"错误: 无法写入截图 {target} (cannot write screenshot)", file=sys.stderr)
        return 1
    log.info("screenshot written to %s", target)
    print(f"已保存截图 {target} (screenshot written)")
    if not fast:
        window.close()
    return 0
