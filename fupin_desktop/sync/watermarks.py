"""Version vectors kept in PeerWatermark.

``received``: for each device, the latest of its writes up to which this installation holds
everything (a later write of the same record counts as holding the earlier one). Our own entry
is our clock. A package carries the sender's vector; after importing it ours is the maximum of
both, and the sender's vector is recorded as what that peer has acknowledged (``ack:<peer>``), so
the next export to it leaves those writes out. Replacing (not maximising) the acknowledgement
means a peer restored from an older backup is sent everything again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.engine import Connection

from fupin_desktop.store.hlc import format_hlc
from fupin_desktop.store.models import PeerWatermark
from fupin_desktop.store.stamps import wall_time_iso
from fupin_desktop.sync.rows import stamp_device

RECEIVED = "received"
_W = PeerWatermark.__table__


@dataclass(frozen=True)
class Mark:
    seq: int
    hlc: str

    def as_json(self) -> dict:
        return {"seq": self.seq, "hlc": self.hlc}


Vector = dict[str, Mark]


def ack_direction(peer_device_id: str) -> str:
    return f"ack:{peer_device_id}"


def own_mark(conn: Connection) -> tuple[str, Mark]:
    device_id, seq, wall, counter = conn.execute(
        text("SELECT device_id, seq, hlc_wall_ms, hlc_counter FROM device_state WHERE id = 1")
    ).one()
    return device_id, Mark(seq, format_hlc(wall, counter, device_id))


def _read(conn: Connection, direction: str) -> Vector:
    rows = conn.execute(select(_W.c.device_id, _W.c.seq, _W.c.hlc).where(_W.c.direction == direction))
    return {d: Mark(s, h) for d, s, h in rows if h}


def my_vector(conn: Connection) -> Vector:
    """What this installation holds, per device, including itself."""
    vector = _read(conn, RECEIVED)
    device_id, mark = own_mark(conn)
    vector[device_id] = mark
    return vector


def peer_acks(conn: Connection, peer_device_id: str) -> Vector:
    return _read(conn, ack_direction(peer_device_id))


def _write(conn: Connection, direction: str, device_id: str, mark: Mark) -> None:
    conn.execute(delete(_W).where(_W.c.direction == direction, _W.c.device_id == device_id))
    conn.execute(_W.insert().values(device_id=device_id, direction=direction, seq=mark.seq, hlc=mark.hlc,
                                    updated_at=wall_time_iso()))


def raise_received(conn: Connection, vector: Vector) -> None:
    """Our vector becomes the per-device maximum of ours and ``vector`` (our own entry is our clock)."""
    me, _ = own_mark(conn)
    current = _read(conn, RECEIVED)
    for device_id, mark in vector.items():
        if device_id == me:
            continue
        old = current.get(device_id)
        if old is None or mark.hlc > old.hlc:
            _write(conn, RECEIVED, device_id, mark)


def set_acks(conn: Connection, peer_device_id: str, vector: Vector) -> None:
    direction = ack_direction(peer_device_id)
    conn.execute(delete(_W).where(_W.c.direction == direction))
    for device_id, mark in vector.items():
        _write(conn, direction, device_id, mark)


def knows(vector: Vector):
    """A predicate: does the holder of ``vector`` hold the write stamped ``stamp``?"""
    def check(stamp: str) -> bool:
        mark = vector.get(stamp_device(stamp))
        return mark is not None and mark.hlc >= stamp
    return check


def vector_to_json(vector: Vector) -> dict:
    return {d: m.as_json() for d, m in sorted(vector.items())}


def vector_from_json(obj) -> Vector:
    if not isinstance(obj, dict):
        raise ValueError("acknowledgements must be an object")
    out = {}
    for device_id, mark in obj.items():
        if not isinstance(mark, dict) or type(mark.get("seq")) is not int or not isinstance(mark.get("hlc"), str):
            raise ValueError("malformed acknowledgement")
        if stamp_device(mark["hlc"]) != device_id:
            raise ValueError("acknowledgement stamp is not from its device")
        out[str(device_id)] = Mark(mark["seq"], mark["hlc"])
    return out
