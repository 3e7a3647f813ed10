"""Printing in the app: preview (QtPdf), the system print dialog (QPrinter), save as PDF, batches in
the background. Import from here lazily: QtPdf loads only when printing is first used."""

from __future__ import annotations


def install_print_actions(main_window, db, **kw):
    from fupin_desktop.gui.printing.actions import install_print_actions as install

    return install(main_window, db, **kw)
