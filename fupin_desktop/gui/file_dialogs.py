"""Every file dialog of the program: it opens in the folder last used, else in 文档 (Documents), never in
the program folder (where a bare file name such as "整改清单.xlsx" would put Qt's dialog).

Drop-in for ``QFileDialog``'s static functions (same arguments, same results); the folder chosen is
remembered in the GUI settings file. Qt's dialog texts come from qtbase_<lang>.qm plus the gaps filled
by ``gui.translations``; where the platform has its own dialog (Windows, macOS) it speaks the system's
language.
"""

from __future__ import annotations

from pathlib import Path

from fupin_desktop.gui.qt import QFileDialog, QSettings, QStandardPaths

LAST_FOLDER_KEY = "file_dialogs/last_folder"


def gui_settings() -> QSettings:
    """The per-user GUI settings file (the main window keeps its geometry there too)."""
    from fupin_desktop.paths import data_dir

    return QSettings(str(data_dir() / "gui-settings.ini"), QSettings.Format.IniFormat)


def documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def start_folder() -> str:
    """The folder last used if it still exists, else the documents folder."""
    last = gui_settings().value(LAST_FOLDER_KEY, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return documents_folder()


def start_path(suggested: str = "") -> str:
    """Where a dialog opens: an absolute path as given; a bare file name inside :func:`start_folder`."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    folder = start_folder()
    return str(Path(folder) / suggested) if suggested else folder


def remember(chosen: str, is_folder: bool = False) -> None:
    if not chosen:
        return
    folder = Path(chosen) if is_folder else Path(chosen).parent
    settings = gui_settings()
    settings.setValue(LAST_FOLDER_KEY, str(folder))
    settings.sync()


def get_open_file_name(parent=None, caption: str = "", dir: str = "", filter: str = "") -> tuple[str, str]:  # noqa: A002
    path, chosen_filter = QFileDialog.getOpenFileName(parent, caption, start_path(dir), filter)
    remember(path)
    return path, chosen_filter


def get_save_file_name(parent=None, caption: str = "", dir: str = "", filter: str = "") -> tuple[str, str]:  # noqa: A002
    path, chosen_filter = QFileDialog.getSaveFileName(parent, caption, start_path(dir), filter)
    remember(path)
    return path, chosen_filter


def get_existing_directory(parent=None, caption: str = "", dir: str = "") -> str:  # noqa: A002
    folder = QFileDialog.getExistingDirectory(parent, caption, start_path(dir))
    remember(folder, is_folder=True)
    return folder
