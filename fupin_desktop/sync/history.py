"""The history of packages sent and received (PackageLog), for the history page and `fupin packages`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select, text

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
