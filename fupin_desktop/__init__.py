"""fupin-desktop: offline register, N+2 assistance plans and USB sync for rural assistance cadres.

Nothing in this package outside ``fupin_desktop.gui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "fupin-desktop"
APP_TITLE = "扶贫帮扶"
