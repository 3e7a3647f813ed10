"""The only session class the app uses: every flush stamps synced records (``store.stamps``).

Importing this module loads sqlmodel, the ORM and every table; ``Database.session()`` and
``Database.write()`` import it on first use, so opening a database and Core reads do without.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlmodel import Session

import fupin_desktop.store.models  # noqa: F401  (registers every table before the first flush)
from fupin_desktop.store.stamps import stamp_session


class StampingSession(Session):
    """A sqlmodel session whose every flush stamps the synced records it writes."""


event.listen(StampingSession, "before_flush", stamp_session)
