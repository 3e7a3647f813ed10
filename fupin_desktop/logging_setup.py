"""Logging for the GUI and the CLI: one rotating file per kind in the data directory.

No Qt here; the GUI's crash dialog only needs the path this returns.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import Literal

from fupin_desktop import __version__
from fupin_desktop.paths import log_dir

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LEVEL_ENV = "FUPIN_LOG_LEVEL"
_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"
_HANDLER_MARK = "_fupin_handler"


def setup_logging(kind: Literal["gui", "cli"], directory: Path | None = None) -> Path:
    """Send the root logger to ``<log dir>/fupin-<kind>.log`` (1 MB x 5, UTF-8) and return that path.

    Calling it again replaces the handler it installed before, so tests and re-entry don't
    duplicate lines. ``FUPIN_LOG_LEVEL`` (e.g. DEBUG) overrides the default INFO.
    """
    if kind not in ("gui", "cli"):
        raise ValueError(f"unknown log kind: {kind!r}")
    directory = Path(directory) if directory is not None else log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"fupin-{kind}.log"

    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
    )
    setattr(handler, _HANDLER_MARK, True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    level_name = os.environ.get(LEVEL_ENV, "INFO").upper()
    root.setLevel(getattr(logging, level_name, logging.INFO))
    logging.captureWarnings(True)
    logging.getLogger("fupin").info(
        "fupin-desktop %s (%s) started, python %s, frozen=%s",
        __version__, kind, sys.version.split()[0], bool(getattr(sys, "frozen", False)),
    )
    return path
