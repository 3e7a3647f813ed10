"""Qt's PDF and print modules, imported here only (lazily, by the printing package).

They come from the PySide6_Pdf wheel (QtPdf, QtPdfWidgets) and PySide6-Essentials (QtPrintSupport).
Kept out of ``gui/qt.py`` on purpose: the main window must still start on an installation whose
bundle lacks libQt6Pdf; only printing then reports that it is unavailable.
"""

# ruff: noqa: F401
from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
