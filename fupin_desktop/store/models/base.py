"""Columns every synced table carries from day one.

Records are born on many laptops, so primary keys are UUIDs. Each write is stamped
with the writing device, that device's sequence number and a hybrid logical clock
(HLC) string; ``field_stamps`` keeps the HLC of the last write per field so the
sync layer can merge field by field. Deletes are tombstones (``deleted``) that sync.
Stamping happens in one place (``fupin_desktop.store.stamps``), never by hand.
"""

from __future__ import annotations

import os
import threading
import time
from typing import TYPE_CHECKING, ClassVar, Optional

from sqlalchemy import Table
from sqlmodel import Field, SQLModel

if TYPE_CHECKING:
    class TableModel(SQLModel):
        """What a type checker should know of a ``table=True`` class: SQLModel's metaclass gives it
        ``__table__``, which SQLModel's own annotations do not declare."""

        __table__: ClassVar[Table]
else:
    TableModel = SQLModel  # at run time the tables are plain SQLModel subclasses

_id_lock = threading.Lock()
_id_clock = [0, 0]  # last millisecond used, counter within it


def new_id() -> str:
    """A time-ordered UUID (version 7, RFC 9562) as 32 hex digits.

    Ids made one after another sort in creation order, so inserts append to the primary-key
    and foreign-key indexes instead of landing on random B-tree pages: a county-scale bulk
    write is about a third faster than with random version-4 ids. 62 random bits per id keep
    ids made on different laptops apart. A 12-bit counter orders ids made in the same
    millisecond; when it runs out the clock is borrowed one millisecond ahead.
    """
    with _id_lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _id_clock[0]:
            ms = _id_clock[0]
            _id_clock[1] += 1
            if _id_clock[1] > 0xFFF:
                ms += 1
                _id_clock[1] = 0
        else:
            _id_clock[1] = 0
        _id_clock[0] = ms
        counter = _id_clock[1]
    random_bits = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    return "%032x" % ((ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | random_bits)


# Columns that belong to the sync machinery rather than to the record's content.
SYNC_COLUMNS = frozenset(
    {"id", "device_id", "seq", "hlc", "origin_hlc", "field_stamps", "deleted", "deleted_at", "created_at", "updated_at"}
)


class SyncedRecord(TableModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    device_id: str = Field(default="", max_length=32, description="device of the last write")
    seq: int = Field(default=0, description="that device's sequence number for the last write")
    hlc: str = Field(default="", index=True, description="hybrid logical clock stamp of the last write")
    origin_hlc: str = Field(default="", description="stamp of the insert: the stamp of every field not in field_stamps")
    field_stamps: str = Field(default="{}", description="JSON {field: hlc} for fields written after the insert")
    deleted: bool = Field(default=False, index=True, description="tombstone; rows are never hard-deleted")
    deleted_at: Optional[str] = Field(default=None, description="wall time of the delete, for display")
    created_at: str = Field(default="", description="wall time, ISO, for display only")
    updated_at: str = Field(default="", description="wall time, ISO, for display only")
