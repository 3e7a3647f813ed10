"""Tables that describe this installation and its exchanges; they never travel as records."""

from __future__ import annotations

from typing import Optional

from sqlmodel import Field

from fupin_desktop.store.models.base import TableModel


class DeviceState(TableModel, table=True):
    """This device's identity and clocks (a single row, id = 1)."""

    __tablename__ = "device_state"
    id: int = Field(default=1, primary_key=True)
    device_id: str
    seq: int = 0
    hlc_wall_ms: int = 0
    hlc_counter: int = 0


class Setting(TableModel, table=True):
    """Installation settings: role, user, unit, poverty line per year, thresholds..."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str = ""


class PeerWatermark(TableModel, table=True):
    """Per-device high-water marks (a version vector), kept by ``fupin_desktop.sync.watermarks``.

    ``direction = "received"``: this installation holds every write of ``device_id`` up to
    (seq, hlc). ``direction = "ack:<peer device id>"``: that peer has acknowledged every write of
    ``device_id`` up to (seq, hlc), so exports to it leave those out.
    """

    __tablename__ = "peer_watermark"
    device_id: str = Field(primary_key=True)
    direction: str = Field(primary_key=True, description="received | ack:<peer device id>")
    seq: int = 0
    hlc: str = Field(default="", description="HLC of that device's write at seq (orders with field stamps)")
    updated_at: str = ""


class PackageLog(TableModel, table=True):
    """Every sync package written or read, so a second import of the same one changes nothing."""

    __tablename__ = "package_log"
    package_id: str = Field(primary_key=True)
    direction: str = Field(description="exported | imported")
    peer_device_id: str = ""
    at: str = ""
    file_name: str = ""
    seq_from: int = 0
    seq_to: int = 0
    record_count: int = 0
    summary: str = Field(default="{}", description="JSON counts")


class SyncConflict(TableModel, table=True):
    """Same field changed on two sides: the provisional winner is applied, the loser kept here."""

    __tablename__ = "sync_conflict"
    id: str = Field(primary_key=True)
    table_name: str = Field(index=True)
    record_id: str = Field(index=True)
    field: str
    winner_value: str = ""
    winner_stamp: str = ""
    loser_value: str = ""
    loser_stamp: str = ""
    package_id: str = ""
    detected_at: str = ""
    resolved: bool = Field(default=False, index=True)
    resolution: Optional[str] = None


class TrustedKey(TableModel, table=True):
    """Public keys this installation trusts (county, escrow, enrolled laptops)."""

    __tablename__ = "trusted_key"
    fingerprint: str = Field(primary_key=True)
    role: str = Field(description="county | escrow | laptop")
    device_id: str = ""
    signing_public_key: str = ""
    age_recipient: str = ""
    label: str = ""
    villages: str = Field(default="", description="comma-separated village codes assigned")
    revoked: bool = False
    added_at: str = ""
