"""Everything that imports Qt lives in this package."""

from fupin_desktop.gui.pyside_fixes import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see pyside_fixes
