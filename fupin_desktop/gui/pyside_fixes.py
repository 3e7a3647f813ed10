"""Work-arounds for defects in the pinned PySide6 that would otherwise crash the app.

PySide6 6.12.0 returns ``None`` from every void Qt method (``QLabel.setText``,
``QStandardItem.setData``, …) and from ``data()`` of an unset role without taking a reference
to it. From Python 3.12 on ``None`` is immortal (PEP 683) and this is harmless; on CPython 3.11
every such call lowers None's reference count by one, and after some tens of thousands of calls
(a dozen reloads of the county area tree) the interpreter aborts with
"Fatal Python error: none_dealloc". Version 6.12 is the first to ship QtPdf as the small
PySide6_Pdf wheel that print preview needs, so instead of going back to 6.11 we give ``None``
the immortality Python 3.12 gives it: a reference count so large that no run can use it up.
"""

from __future__ import annotations

import sys

# 2**40 lost references would take years of clicking; far from Py_ssize_t's limit.
_IMMORTAL_BOOST = 1 << 40


def make_none_immortal() -> bool:
    """Raise None's reference count out of reach on CPython < 3.12; True if it was changed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    import ctypes

    # ob_refcnt is the first field of every object in CPython's (non-debug) object header.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value >= _IMMORTAL_BOOST:
        return False  # already done
    refcount.value += _IMMORTAL_BOOST
    return True
