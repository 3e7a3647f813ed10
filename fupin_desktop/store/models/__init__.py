"""All tables. Import from here so every table is registered on ``SQLModel.metadata``."""

from fupin_desktop.store.models.base import SYNC_COLUMNS, SyncedRecord, new_id
from fupin_desktop.store.models.county import AuditEvent, Rectification, Target
from fupin_desktop.store.models.local import (
    DeviceState,
    PackageLog,
    PeerWatermark,
    Setting,
    SyncConflict,
    TrustedKey,
)
from fupin_desktop.store.models.plans import FundEntry, Measure, Plan, Visit
from fupin_desktop.store.models.register import Area, Cadre, Household, Member, Village
from fupin_desktop.store.models.search import SearchDirty, SearchHousehold, SearchKey

# Tables that travel in sync packages, in dependency order (parents first).
SYNCED_TABLES: tuple[type[SyncedRecord], ...] = (
    Area,
    Village,
    Cadre,
    Household,
    Member,
    Plan,
    Measure,
    FundEntry,
    Visit,
    Target,
    Rectification,
    AuditEvent,
)

__all__ = [
    "SYNC_COLUMNS",
    "SYNCED_TABLES",
    "Area",
    "AuditEvent",
    "Cadre",
    "DeviceState",
    "FundEntry",
    "Household",
    "Measure",
    "Member",
    "PackageLog",
    "PeerWatermark",
    "Plan",
    "Rectification",
    "SearchDirty",
    "SearchHousehold",
    "SearchKey",
    "Setting",
    "SyncConflict",
    "SyncedRecord",
    "Target",
    "TrustedKey",
    "Village",
    "Visit",
    "new_id",
]
