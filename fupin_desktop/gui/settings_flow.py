"""First start and 设置: show the dialogs, then apply the choices through the services.

``first_start`` runs before the main window exists (it may choose where the database lives);
``run_settings_dialog`` runs from the window's 文件 → 设置 menu.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Optional

from fupin_desktop.gui.fonts import install_app_font
from fupin_desktop.gui.operations import write_and_wait
from fupin_desktop.gui.qt import QApplication, QCoreApplication, QMessageBox, QSettings
from fupin_desktop.gui.register.profile_dialogs import (
    FirstStartChoice,
    FirstStartDialog,
    SettingsDialog,
)
from fupin_desktop.gui.text_sizes import chosen_size, nearest_size, save_size, size_for
from fupin_desktop.services.county.household_exit import poverty_line_rows, save_poverty_lines
from fupin_desktop.services.setup import first_start as fs
from fupin_desktop.store.copies import backup_file

log = logging.getLogger(__name__)


def font_size(settings: Optional[QSettings]) -> float:
    """The application font's point size for the 文字大小 chosen in 设置 (resources/ui/text_sizes.yaml)."""
    return chosen_size(settings).point_size


def ask_first_start(locked_path: Optional[Path], profile: Optional[fs.Profile] = None,
                    dialog_factory=FirstStartDialog, db=None) -> Optional[FirstStartChoice]:
    """Show 首次使用设置; None when the user quits. ``locked_path``: the database was named on the command line;
    ``db``: the database when it exists already (its households are not to be mixed with a demo)."""
    from fupin_desktop.services.register.stats import database_stats

    current = fs.current_location()
    households = database_stats(db).households if db is not None else 0
    dialog = dialog_factory(current, fs.paths.data_dir(), locked_path, profile, households=households)
    if not dialog.exec():
        return None
    return dialog.choice()


def apply_location(choice: FirstStartChoice, locked_path: Optional[Path]) -> Path:
    """Where the database is, after the first-start choice (written as marker/pointer files)."""
    if locked_path is not None:
        return locked_path
    try:
        return fs.set_location(choice.location_kind, choice.folder).db_path
    except OSError as exc:
        log.warning("cannot set the data location (%s); using the per-user folder", exc)
        QMessageBox.warning(None, QCoreApplication.translate("FirstStart", "数据保存位置"),
                            QCoreApplication.translate("FirstStart", "无法写入所选位置（{error}），数据将保存在本机用户文件夹。")
                            .format(error=exc))
        return fs.set_location(fs.USER).db_path


def run_settings_dialog(window, dialog_factory=SettingsDialog):
    """文件 → 设置: profile, 文字大小 (applied at once to every open window), data location (copied; used
    from the next start)."""
    db = window.db
    if db is None:
        return None
    profile = fs.load_profile(db)
    settings = window.settings
    locked = None if _location_is_default(db.path) else db.path
    year = (getattr(window, "today", None) or date.today()).year
    # Without saved settings (tests, screenshots) the size in use is the application font's.
    current = chosen_size(settings) if settings is not None else nearest_size(QApplication.font().pointSizeF())
    dialog = dialog_factory(profile, current.key, fs.current_location(), fs.paths.data_dir(), locked, window,
                            poverty_lines=poverty_line_rows(db, year + 1), current_year=year)
    if not dialog.exec():
        return dialog
    choice = dialog.choice()
    def write() -> None:
        fs.save_profile(db, choice.profile)
        if choice.poverty_lines:
            save_poverty_lines(db, choice.poverty_lines)

    write_and_wait(write)
    text_size = size_for(choice.text_size)
    install_app_font(QApplication.instance(), text_size.point_size)  # every open window follows the app font
    save_size(settings, text_size)
    if choice.profile.role != profile.role:
        _role_changed(window, choice.profile.role)
    if locked is None and dialog.location_changed():
        _move_database(window, choice)
    window.refresh()
    return dialog


def _location_is_default(db_path: Path) -> bool:
    """True when this database is the one the saved location points at (not a --db or FUPIN_DB file)."""
    try:
        return Path(db_path).resolve() == fs.current_location().db_path.resolve()
    except OSError:
        return False


def _role_changed(window, new_role: str) -> None:
    from fupin_desktop.services.setup.settings import ROLE_COUNTY

    county = getattr(window, "county_actions", None)
    if new_role == ROLE_COUNTY and county is None and window.db is not None:
        from fupin_desktop.gui.county import install_county_actions

        window.county_actions = install_county_actions(window, window.db, runner=window.runner)
        window.county_actions.data_changed.connect(window.reload)
        if window.menus.help_menu is not None:  # keep 帮助 last
            window.menuBar().removeAction(window.menus.help_menu.menuAction())
            window.menuBar().addAction(window.menus.help_menu.menuAction())
    elif county is not None:
        county.menu.menuAction().setVisible(new_role == ROLE_COUNTY)


def _move_database(window, choice) -> None:
    target = (choice.folder if choice.location_kind == fs.CUSTOM else
              fs.portable_folder() if choice.location_kind == fs.PORTABLE else None)
    try:
        if choice.location_kind == fs.USER:
            location = fs.set_location(fs.USER)
        else:
            location = fs.set_location(choice.location_kind, target)
        if location.db_path.exists():
            QMessageBox.information(window, QCoreApplication.translate("Settings", "数据保存位置"),
                                    QCoreApplication.translate("Settings", "新位置已有数据库 {path}，下次启动时将使用它"
                                                               "（当前数据库未复制）。").format(path=location.db_path))
            return
        backup_file(window.db.path, location.db_path)
    except OSError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("Settings", "数据保存位置"),
                            QCoreApplication.translate("Settings", "无法更改数据保存位置：{error}").format(error=exc))
        return
    QMessageBox.information(window, QCoreApplication.translate("Settings", "数据保存位置"),
                            QCoreApplication.translate("Settings", "已将数据库复制到 {path}，原文件保留不动。"
                                                       "软件现在关闭，再次启动后使用新位置。").format(path=location.db_path))
    window.close()  # later edits must go to the copy, not to the old file
