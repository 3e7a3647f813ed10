"""Start the GUI: arguments, display check, QApplication, font, translations, logging, window.

    python main.py [--db PATH] [--screenshot FILE.png] [--lang zh_CN|en]
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
    if args.screenshot:
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
    # The store (SQLAlchemy, sqlmodel, every table) before PySide6: shiboken's import hook reads the
    # source of each module imported after PySide6, which cost about 70 ms at start-up.
    pause_gc()
    import fupin_desktop.store.engine  # noqa: F401
    from fupin_desktop import APP_NAME
    from fupin_desktop.gui.crash import install_excepthook, report_exception
    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.qt import QApplication
    from fupin_desktop.gui.translations import install_translations

    interactive = not args.screenshot
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
    loaded = install_translations(app, args.lang)
    from fupin_desktop.gui.window_size import install_screen_fit

    install_screen_fit(app)  # every window and dialog opens inside the screen (first start included)
    log.info("platform=%s font=%s lang=%s translations=%s",
             app.platformName(), family, args.lang, [p.name for p in loaded])
    try:
        return _open_and_show(app, args, log_path)
    except Exception:
        report_exception(*sys.exc_info())
        return 1
    finally:
        gc.enable()


def _open_and_show(app, args: argparse.Namespace, log_path: Path | None) -> int:
    from fupin_desktop.gui.fonts import install_app_font
    from fupin_desktop.gui.main_window import MainWindow
    from fupin_desktop.gui.operations import run_inline
    from fupin_desktop.gui.qt import QMessageBox, QSettings
    from fupin_desktop.gui.settings_flow import apply_location, ask_first_start, font_size
    from fupin_desktop.paths import DB_ENV, data_dir, default_db_path
    from fupin_desktop.services import first_start
    from fupin_desktop.store.engine import open_database
    from fupin_desktop.store.errors import UserFacingError

    interactive = not args.screenshot
    named = args.db or os.environ.get(DB_ENV)
    locked = Path(named) if named else None  # the database was named: first start cannot move it
    db_path = default_db_path(args.db)
    choice = None
    if interactive and not db_path.exists():  # a new installation: ask before creating anything
        resume_gc()  # a dialog waits for the user: nothing to gain
        choice = ask_first_start(locked)
        if choice is None:
            return 0
        db_path = apply_location(choice, locked)
    try:
        db = open_database(db_path)
    except UserFacingError as exc:
        log.warning("cannot open %s: %s", db_path, exc)
        if args.screenshot:
            print(f"错误: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, app.translate("app", "无法打开数据库"), exc.zh)
        return 1
    log.info("opened database %s (device %s)", db.path, db.device_id)
    try:
        if not interactive:
            window = MainWindow(db.path, db=db, settings=None, log_path=log_path, runner=run_inline)
            return _screenshot(app, window, Path(args.screenshot))
        if choice is None and first_start.needs_first_start(db):  # e.g. a database made by `fupin demo`
            resume_gc()
            choice = ask_first_start(db.path, first_start.load_profile(db), db=db)  # no demo offered over data
            if choice is None:
                return 0
        if choice is not None:
            first_start.save_profile(db, choice.profile)
        settings = QSettings(str(data_dir() / "gui-settings.ini"), QSettings.Format.IniFormat)
        install_app_font(app, font_size(settings))
        window = MainWindow(db.path, db=db, settings=settings, log_path=log_path, defer_hooks=True)
        window.show()
        resume_gc()
        if choice is not None and choice.demo_households:
            window.load_demo(choice.demo_households)
        elif choice is not None and choice.import_roster:  # what first start promised: the roster import
            window.menus.actions["import_roster"].trigger()
        return app.exec()
    finally:
        db.close()


def _screenshot(app, window, target: Path) -> int:
    window.show()
    app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target), "PNG"):
        print(f"错误: 无法写入截图 {target} (cannot write screenshot)", file=sys.stderr)
        return 1
    log.info("screenshot written to %s", target)
    print(f"已保存截图 {target} (screenshot written)")
    window.close()
    return 0
