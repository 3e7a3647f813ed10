"""The history of packages sent and received (PackageLog), for the history page and `fupin packages`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import PackageLog


@dataclass
class PackageEntry:
    package_id: str
    direction: str  # exported | imported
    peer_device_id: str
    peer_label: str
    at: str
    file_name: str
    record_count: int
    seq_from: int
    seq_to: int
    summary: dict = field(default_factory=dict)


def package_history(db: Database, limit: int = 500) -> list[PackageEntry]:
    t = PackageLog.__table__
    with db.engine.connect() as conn:
        labels: dict[str, str] = dict(conn.execute(text("SELECT device_id, label FROM trusted_key WHERE device_id != ''")).all())
        rows = conn.execute(select(t).order_by(t.c.at.desc(), t.c.package_id).limit(limit)).mappings().all()
    out = []
    for r in rows:
        summary = json.loads(r["summary"] or "{}")
        label = labels.get(r["peer_device_id"]) or summary.get("peer") or summary.get("sender") or r["peer_device_id"]
        out.append(PackageEntry(r["package_id"], r["direction"], r["peer_device_id"], label, r["at"], r["file_name"],
                                r["record_count"], r["seq_from"], r["seq_to"], summary))
    return out


@dataclass
class SentPackage:
    """A package this installation wrote, as its sender knows it: when it was made, which of its
    packages it was (1 = the first), for which villages, and the name this computer goes by."""

    made_at: str
    number: int
    villages: list[str]  # names (a code only for a village not held here)
    computer: str


def sent_package(db: Database, package_id: str) -> SentPackage | None:
    """The package ``package_id`` from this installation's own export log; None when it did not write it
    (another laptop's receipt, or one written before this database was restored from a backup)."""
    from fupin_desktop.sync.trust import county_key, installation_name

    t = PackageLog.__table__
    with db.engine.connect() as conn:
        row = conn.execute(select(t.c.at, t.c.summary).where(
            t.c.package_id == package_id, t.c.direction == "exported")).first()
        if row is None:
            return None
        number = conn.execute(select(func.count()).select_from(t).where(
            t.c.direction == "exported", t.c.at <= row.at)).scalar_one()
        codes = json.loads(row.summary or "{}").get("villages")
        if not codes:  # a laptop's package to the county carries the villages the county assigned it
            county = county_key(conn)
            codes = list(county.villages) if county is not None else []
        codes = [str(c) for c in codes]
        names: dict[str, str] = dict(conn.execute(text("SELECT code, name FROM village WHERE name != ''")).all()) if codes else {}
        computer = installation_name(conn)
    return SentPackage(row.at, int(number), [names.get(c) or c for c in codes], computer)
