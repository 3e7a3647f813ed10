"""Work-arounds for defects in the pinned PySide6 that would otherwise crash the app.

PySide6 6.12.0 (upstream PYSIDE-3474) returns ``None`` from every void Qt method
(``QLabel.setText``, ``QStandardItem.setData``, …), ``None`` from ``data()`` of an unset role, and
``True``/``False`` from some bool returns, without taking a reference. From Python 3.12 on these
objects are immortal (PEP 683) and this is harmless; on CPython 3.11 every such call lowers the
object's reference count by one, and after some tens of thousands of calls (a dozen reloads of the
county area tree) the interpreter aborts with "Fatal Python error: none_dealloc". Upstream will not
fix it below 3.12, so we build and ship on 3.12+ (the Makefile picks it) and, where 3.11 still
runs the app, give the three singletons the immortality Python 3.12 gives them: a reference count
so large that no run can use it up. Only the PySide6 versions known to have the defect get it.
"""

from __future__ import annotations

import sys

# 2**40 lost references would take years of clicking; far from Py_ssize_t's limit.
_IMMORTAL_BOOST = 1 << 40
# PySide6 releases with the lost-reference defect (the pinned one); a newer pin must be checked
# with tests/gui/test_pyside_fixes.py on 3.11 before it is added here or the guard dropped.
AFFECTED_PYSIDE6 = ("6.12.0",)
SINGLETONS = (None, True, False)


def _pyside_version() -> str:
    """The installed PySide6's version, read from its distribution's metadata: importing PySide6
    here would load Qt for modules of the GUI package that need none (vocab_labels)."""
    from importlib import metadata

    for distribution in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return ""


def needs_fix(version_info=sys.version_info, pyside_version: str | None = None) -> bool:
    """True where the singletons are mortal and the PySide6 in use loses references to them."""
    if sys.implementation.name != "cpython" or version_info >= (3, 12):
        return False
    return (pyside_version if pyside_version is not None else _pyside_version()) in AFFECTED_PYSIDE6


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False out of reach; True if any was changed."""
    if not needs_fix():
        return False
    import ctypes

    changed = False
    for obj in SINGLETONS:
        # ob_refcnt is the first field of every object in CPython's (non-debug) object header.
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        if refcount.value < _IMMORTAL_BOOST:
            refcount.value += _IMMORTAL_BOOST
            changed = True
    return changed


