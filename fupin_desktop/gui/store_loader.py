"""The one place the GUI loads the store: off the GUI thread, once the window's frame is on screen.

Importing the store (SQLAlchemy, sqlmodel, every table) and the services the register reads
through takes about half a second, most of a start-up; a county's integrity check at open can take
seconds more. The main window therefore paints its frame first (title, menus, 正在打开……) without
them, and :func:`open_in_background` imports and opens here, in a worker thread, while the window
keeps painting. Nothing Qt is imported in the worker: only the Qt-free core. GUI modules that
import the store at module level (the register, the other parts' menus) are imported after this
has finished, on the GUI thread, where they then cost little.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from fupin_desktop.gui.operations import Operation, run_write

if TYPE_CHECKING:
    from fupin_desktop.store.engine import Database


def quicker_pyside_import_hook() -> None:
    """PySide6 looks at every module imported after it for the string "PySide6" (its ``__feature__``
    switching), through ``inspect.getsource``: tokenised lines kept in ``linecache`` for each of the
    store's ~300 modules, about 60 ms of a start and their whole source text in memory. The same
    answer read straight from the file. The app never uses ``__feature__``; a PySide6 without this
    private hook is left as it is."""
    import os

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    if hasattr(feature._mod_uses_pyside, "replaced"):  # done already
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not path or not path.endswith(".py") or not os.path.isfile(path):
            return False  # built-in, compiled or without source: what inspect.getsource answers too
        try:
            with open(path, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            return False

    uses_pyside.replaced = feature._mod_uses_pyside  # type: ignore[attr-defined]  # (the test compares them)
    feature._mod_uses_pyside = uses_pyside


def load_store() -> None:
    """Import the store and the services that read the register's first screen (the area tree, the
    list's first page, the summary, the role), so the GUI thread does not import them when it
    builds the register (idempotent; any thread). They read through ``store.reader``: SQLAlchemy,
    sqlmodel, the ORM and the tables (about half a second) load in :func:`load_parts`, once the list
    is on screen. Plain import statements, not a list of names: a module moved or renamed fails
    here, loudly."""
    quicker_pyside_import_hook()
    import fupin_desktop.store.engine  # noqa: F401
    from fupin_desktop.services.register import area_tree  # noqa: F401
    from fupin_desktop.services.register import query as household_query  # noqa: F401
    from fupin_desktop.services.register import summary as household_summary  # noqa: F401
    from fupin_desktop.services.setup import first_start, settings  # noqa: F401


def load_parts() -> None:
    """Import what the rest of the program needs, right after the register is usable: SQLAlchemy,
    the ORM and every table (searching, the first edit, the other parts' menus), the services the
    register searches and edits through, and the PDF layout (reportlab, Pillow), plan and sync
    services (cryptography) the 帮扶, 打印, 同步 and 县级 menus load when they are installed, so
    installing them does not import these on the GUI thread. All Qt-free."""
    import fupin_desktop.pdf.layout  # noqa: F401
    import fupin_desktop.store.medium  # noqa: F401
    import fupin_desktop.store.session  # noqa: F401
    from fupin_desktop.services.plans import data as plan_data  # noqa: F401
    from fupin_desktop.services.plans import lifecycle as plans  # noqa: F401
    from fupin_desktop.services.plans import tracking as plan_tracking  # noqa: F401
    from fupin_desktop.services.register import cadres, search, stats, villages  # noqa: F401
    from fupin_desktop.services.register import listing as households  # noqa: F401
    from fupin_desktop.services.register import records as household_records  # noqa: F401
    from fupin_desktop.services.sync import facade as sync_facade  # noqa: F401


def open_store(db_path: Path) -> "Database":
    """Load the store and open the database (in the worker thread)."""
    load_store()
    from fupin_desktop.store.engine import open_database

    return open_database(db_path)


def open_in_background(db_path: Path, on_done: Callable[[object], None],
                       on_error: Callable[[BaseException], None]) -> Operation:
    """Open ``db_path`` in a worker thread; ``on_done(db)`` or ``on_error(exc)`` run on the GUI thread.
    It runs on the one writer thread: an open may migrate the schema or create a new file."""
    return run_write(lambda progress, cancelled: open_store(db_path), on_done=on_done, on_error=on_error)
