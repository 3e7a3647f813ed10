"""The one place the GUI package imports the Qt binding (PySide6).

Every other GUI module does ``from fupin_desktop.gui.qt import QMainWindow, Signal, ...``.
Binding quirks and version differences are handled here, once, so a future switch of
binding or a Qt upgrade touches this file only. Only QtCore, QtGui and QtWidgets are
pulled in here: modules that need more (QtPrintSupport, QtPdf) should add them below so
the bundle spec keeps seeing every Qt module the app uses in one file.
"""

# ruff: noqa: F401
from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

# Names are looked up on first use (PEP 562) instead of ``from PySide6.QtWidgets import *``:
# PySide6 creates its Python types lazily, and a star import of the three modules forced all of
# them into being at start-up (about 0.1 s, most of a bare Qt window's own start).
_MODULES = (QtWidgets, QtGui, QtCore)  # the star imports' order: later modules won


def __getattr__(name: str):
    if not name.startswith("__"):
        for module in _MODULES:
            value = getattr(module, name, _MISSING)
            if value is not _MISSING:
                globals()[name] = value
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MISSING = object()

# PySide names these Signal/Slot/Property; keep the PyQt spellings available too so code
# samples and habits from either binding work unchanged.
from PySide6.QtCore import Property, Signal, Slot  # noqa: E402  (kept next to the aliases it feeds)

pyqtSignal = Signal
pyqtSlot = Slot

QT_VERSION_STR = QtCore.qVersion()
BINDING = "PySide6"


def qt_translations_dir() -> str:
    """Folder holding Qt's own .qm files (qtbase_zh_CN.qm ...).

    ``QLibraryInfo.location`` was removed in Qt 6; ``path`` replaced it.
    """
    info = QtCore.QLibraryInfo
    if hasattr(info, "path"):
        return info.path(info.LibraryPath.TranslationsPath)
    return info.location(info.TranslationsPath)  # pragma: no cover - Qt 5 era bindings


def exec_dialog(dialog: QtWidgets.QDialog) -> int:
    """Run a modal dialog; ``exec_`` is gone in PySide6, ``exec`` is the one spelling."""
    return dialog.exec()
