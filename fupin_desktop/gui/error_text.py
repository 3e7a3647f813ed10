"""What a failed operation says on screen, in the interface language.

Services raise ``UserFacingError(zh, en)``. The Chinese interface shows the Chinese text; the
English interface shows the English gist first and the Chinese below it, since the data, the
papers and the colleagues the user will ask are Chinese.
"""

from __future__ import annotations

from fupin_desktop.gui.vocab_labels import is_english
from fupin_desktop.store.errors import UserFacingError, driver_message


def error_text(exc: BaseException) -> str:
    if isinstance(exc, UserFacingError):
        zh = str(exc.zh)
        if is_english() and exc.en:
            return f"{exc.en}\n{zh}"
        return zh
    if getattr(exc, "orig", None) is not None:  # a database error: never its SQL or parameters
        return driver_message(exc)
    return str(exc)
