"""导入花名册 as a person goes through it: choose the workbook, map its columns, check, import.

One flow for both roles (the county's 县级 menu and the village's 文件 menu, and the first start's
“导入花名册” choice): the dialogs are ``gui.county.mapping_dialog`` and ``gui.county.import_preview``,
the work is ``services.excel.roster_import``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from fupin_desktop.gui.file_dialogs import get_open_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import QCoreApplication, QWidget


def choose_roster_file(parent: Optional[QWidget]) -> str:
    """The file dialog; "" when the user cancelled. (Literal translate calls: lupdate reads them.)"""
    path, _ = get_open_file_name(parent, QCoreApplication.translate("RosterImport", "选择花名册"), "",
                                 QCoreApplication.translate("RosterImport", "Excel 表格 (*.xlsx *.xlsm)"))
    return path or ""


def run_roster_import(parent: Optional[QWidget], db, path: Optional[str] = None,
                      runner: Callable = run_in_background,
                      on_imported: Optional[Callable[[object], None]] = None):
    """Ask for the file (unless given), then the column mapping (modal); show the preview.

    Returns the preview dialog (non-modal: the import runs in it), or None when the user cancelled.
    ``on_imported(result)`` runs after rows were written.
    """
    from fupin_desktop.gui.county.import_preview import ImportPreviewDialog
    from fupin_desktop.gui.county.mapping_dialog import ColumnMappingDialog

    if not isinstance(path, (str, Path)) or not str(path):  # a triggered(bool) must not pass for a path
        path = choose_roster_file(parent)
        if not path:
            return None
    mapping = ColumnMappingDialog(Path(path), runner=runner, parent=parent)
    if not mapping.exec():
        return None
    dialog = ImportPreviewDialog(db, Path(path), mapping.saved, runner=runner, parent=parent)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.show()
    return dialog
