"""What a failed operation says on screen, in the interface language.

Services raise ``UserFacingError(zh, en, detail)``. The Chinese interface shows the Chinese text only
(never ``str(exc)``, which adds the English gist and the detail for the command line and the log); the
English interface shows the English gist first and the Chinese below it, since the data, the papers
and the colleagues the user will ask are Chinese. The detail is for the log only.
"""

from __future__ import annotations

import logging

from fupin_desktop.errors import UserFacingError
from fupin_desktop.gui.vocab_labels import is_english
from fupin_desktop.store.driver_errors import driver_message

log = logging.getLogger(__name__)


def logged_error_text(exc: BaseException, where: str) -> str:
    """``error_text`` for a failure caught outside the background runner (which logs its own): the whole
    error, detail included, goes to the log first; the screen gets the interface language's text only."""
    log.warning("%s failed: %s", where, exc, exc_info=not isinstance(exc, UserFacingError))
    return error_text(exc)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, UserFacingError):
        zh = str(exc.zh)
        if is_english() and exc.en:
            return f"{exc.en}\n{zh}"
        return zh
    if getattr(exc, "orig", None) is not None:  # a database error: never its SQL or parameters
        return driver_message(exc)
    return str(exc)
