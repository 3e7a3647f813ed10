"""Every file dialog of the program: it opens in the folder last used, else in 文档 (Documents), never in
the program folder (where a bare file name such as "整改清单.xlsx" would put Qt's dialog).

Drop-in for ``QFileDialog``'s static functions (same arguments, same results); the folder chosen is
remembered in the GUI settings file. Qt's dialog texts come from qtbase_<lang>.qm plus the gaps filled
by ``gui.translations``; on Windows, where the system's own dialog is used, it speaks the system's
language.

The dialog judges files by their names only. Qt's usual icon provider reads the start of every file
it lists to guess its type (MIME magic), the open database included when its folder is shown; on
POSIX, closing that descriptor releases all of SQLite's locks of this process on the file, and the
next program to close the database then deletes the -wal/-shm our connections still write into (lost
writes). So, except on Windows (whose file locks belong to a handle, not to the process), every
dialog is Qt's own widget dialog (a platform dialog runs in this process too, and sniffs) with
:class:`NameOnlyIcons`. Tests stand in for the person at the ``ask_*`` functions.

No dialog takes the open database's own files (the file, its -wal/-shm, its marker) as a person's
choice, typed or clicked: saving an export over it destroys it, and opening it as a workbook, package
or backup reads it past SQLite (the locks again). The widget dialog refuses in its ``accept`` and
stays open; a platform dialog (Windows), already closed by then, is asked again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fupin_desktop.gui.file_kinds import load_file_kinds
from fupin_desktop.gui.qt import (
    QCoreApplication,
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QFileInfo,
    QMessageBox,
    QMimeDatabase,
    QSettings,
    QStandardPaths,
)

LAST_FOLDER_KEY = "file_dialogs/last_folder"  # where files were last saved (and folders chosen)
# Where a file was last opened, kept apart: a package opened from a village's USB stick must not make
# the next Excel export or PDF (county-wide personal data) default to that stick.
LAST_OPEN_FOLDER_KEY = "file_dialogs/last_open_folder"


def gui_settings() -> QSettings:
    """The per-user GUI settings file (the main window keeps its geometry there too)."""
    from fupin_desktop.paths import data_dir

    return QSettings(str(data_dir() / "gui-settings.ini"), QSettings.Format.IniFormat)


def documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def start_folder(opening: bool = False) -> str:
    """The folder last saved to (``opening``: last opened from, else last saved to) if it still
    exists, else the documents folder."""
    settings = gui_settings()
    for key in (LAST_OPEN_FOLDER_KEY, LAST_FOLDER_KEY) if opening else (LAST_FOLDER_KEY,):
        last = settings.value(key, "")
        if isinstance(last, str) and last and Path(last).is_dir():
            return last
    return documents_folder()


def start_path(suggested: str = "", opening: bool = False) -> str:
    """Where a dialog opens: an absolute path as given; a bare file name inside :func:`start_folder`."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    folder = start_folder(opening)
    return str(Path(folder) / suggested) if suggested else folder


def remember(chosen: str, is_folder: bool = False, opened: bool = False) -> None:
    if not chosen:
        return
    folder = Path(chosen) if is_folder else Path(chosen).parent
    # A mistyped folder (the save then fails: 文件夹不存在) is not remembered, or the next dialog would
    # open in 文档 and a second Enter save there unnoticed: its nearest existing parent is.
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    settings = gui_settings()
    settings.setValue(LAST_OPEN_FOLDER_KEY if opened else LAST_FOLDER_KEY, str(folder))
    settings.sync()


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from the file name alone: never opens a file (see the module's docstring)."""

    def __init__(self):
        super().__init__()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)  # no .directory files read
        self._mimes = QMimeDatabase()
        self._kinds = load_file_kinds()  # read here, on the GUI thread: Qt asks for types from its own

    def icon(self, what):
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return super().icon(QFileIconProvider.IconType.Drive)
            return super().icon(QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        # Our own files by the names in resources/ui/file_types.yaml (the MIME database knows no .db,
        # .fpkg or .fbak and said 未知), anything else by its extension in the MIME database.
        if info.isFile():
            ours = self._kinds.name_for(info.fileName())
            if ours:
                return ours
            mime = self._mimes.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
            return mime.comment() or mime.name()
        if info.isDir() and not info.isRoot():
            return self._kinds.folder_name()  # Qt's "Folder" is missing from its Chinese catalogue
        return super().type(info)


_icons: list[NameOnlyIcons] = []  # one for the program's life: a dialog does not own its provider


def refusal(dialog: QFileDialog, chosen: str) -> str:
    """What to tell a person who chose one of the open database's files, or saves over its device key
    ("" for any other file)."""
    from fupin_desktop.services.setup.database_files import (  # at a choice, not at start-up
        is_key_of_open_database,
        open_database_of,
    )

    if not chosen:
        return ""
    name = Path(chosen).name
    saving = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    if saving and is_key_of_open_database(chosen):
        return QCoreApplication.translate("FileDialogs", "“{name}”是本机的密钥文件，保存在这里会毁掉本机的密钥，"
                                          "以后无法再收发同步包。请换一个文件名。").format(name=name)
    if open_database_of(chosen) is None:
        return ""
    if saving:
        return QCoreApplication.translate("FileDialogs", "“{name}”是本软件正在使用的数据库文件，不能用来保存，"
                                          "否则数据会丢失。请换一个文件名。").format(name=name)
    return QCoreApplication.translate("FileDialogs", "“{name}”是本软件正在使用的数据库文件，不能在这里打开。"
                                      "请选择别的文件。").format(name=name)


def _refuse(dialog: QFileDialog, chosen: list[str]) -> bool:
    """Tell the person why their choice is refused; False when it is not."""
    for path in chosen:
        text = refusal(dialog, path)
        if text:
            QMessageBox.warning(dialog if dialog.isVisible() else dialog.parentWidget(), dialog.windowTitle(), text)
            return True
    return False


class GuardedFileDialog(QFileDialog):
    """Qt's dialog that refuses the open database's files and stays open (see the module's docstring)."""

    def accept(self) -> None:
        # A platform dialog has closed before it calls accept: refusing here would leave an
        # invisible modal loop; _run asks it again instead.
        if self.testOption(QFileDialog.Option.DontUseNativeDialog) and _refuse(self, self.selectedFiles()):
            return
        super().accept()


def _dialog(parent, caption: str, directory: str, filter: str = "") -> QFileDialog:  # noqa: A002
    dialog = GuardedFileDialog(parent, caption, directory, filter)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if not _icons:
            _icons.append(NameOnlyIcons())
        dialog.setIconProvider(_icons[0])
    return dialog


def _run(dialog: QFileDialog) -> str:
    try:
        while True:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return ""
            chosen = dialog.selectedFiles()
            if not _refuse(dialog, chosen):
                return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def ask_open_file_name(parent, caption: str, dir: str, filter: str) -> tuple[str, str]:  # noqa: A002
    """What ``QFileDialog.getOpenFileName`` answers, asked in a dialog that judges files by name."""
    dialog = _dialog(parent, caption, dir, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    path = _run(dialog)
    return path, (dialog.selectedNameFilter() if path else "")


def ask_save_file_name(parent, caption: str, dir: str, filter: str) -> tuple[str, str]:  # noqa: A002
    """What ``QFileDialog.getSaveFileName`` answers (the dialog asks before replacing a file)."""
    dialog = _dialog(parent, caption, dir, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    path = _run(dialog)
    return path, (dialog.selectedNameFilter() if path else "")


def ask_existing_directory(parent, caption: str, dir: str) -> str:  # noqa: A002
    """What ``QFileDialog.getExistingDirectory`` answers."""
    dialog = _dialog(parent, caption, dir)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def get_open_file_name(parent=None, caption: str = "", dir: str = "", filter: str = "") -> tuple[str, str]:  # noqa: A002
    path, chosen_filter = ask_open_file_name(parent, caption, start_path(dir, opening=True), filter)
    remember(path, opened=True)
    return path, chosen_filter


def get_save_file_name(parent=None, caption: str = "", dir: str = "", filter: str = "") -> tuple[str, str]:  # noqa: A002
    path, chosen_filter = ask_save_file_name(parent, caption, start_path(dir), filter)
    remember(path)
    return path, chosen_filter


def get_existing_directory(parent=None, caption: str = "", dir: str = "") -> str:  # noqa: A002
    folder = ask_existing_directory(parent, caption, start_path(dir))
    remember(folder, is_folder=True)
    return folder
