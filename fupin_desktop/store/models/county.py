"""County-office records: targets, rectification items, the audit trail."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlmodel import Field

from fupin_desktop.store.models.base import SyncedRecord


class Target(SyncedRecord, table=True):
    """Annual target for an area (county, township or village code)."""

    year: int = Field(index=True)
    area_code: str = Field(index=True, max_length=12)
    people_target: int = 0
    villages_target: int = 0
    note: str = ""


class Rectification(SyncedRecord, table=True):
    """整改清单 item."""

    source: str = Field(description="rectification_source")
    village_id: Optional[str] = Field(default=None, foreign_key="village.id", index=True)
    household_id: Optional[str] = Field(default=None, foreign_key="household.id", index=True)
    problem: str
    action: str = ""
    responsible: str = ""
    deadline: Optional[date] = None
    status: str = Field(default="open", index=True, description="rectification_status")
    evidence_note: str = ""
    closed_date: Optional[date] = None


class AuditEvent(SyncedRecord, table=True):
    """Who did what, when: every save, print, export and import. Append-only."""

    __tablename__ = "audit_event"

    at: str = Field(index=True, description="wall time, ISO")
    user: str = ""
    action: str = Field(index=True, description="e.g. household.save, plan.confirm, print.card, export")
    entity: str = ""
    entity_id: str = ""
    detail: str = Field(default="{}", description="JSON")
