"""同步状态 (county): for each enrolled laptop, its villages, the last package received from it and
whether it has gone quiet for more than N days; villages no laptop serves are listed too.

N is the setting ``sync_overdue_days`` (default in resources/sync/status.yaml). A laptop matches a
received package by the key fingerprint in the package log's summary, or by its device id (older
logs carry no fingerprint; a laptop restored from a backup has a new device id but the same key).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Optional

import yaml
from sqlalchemy import select

from fupin_desktop.errors import UserFacingError
from fupin_desktop.paths import resource
from fupin_desktop.services.setup.settings import get_setting, set_setting
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import PackageLog, Village
from fupin_desktop.sync.trust import ROLE_LAPTOP, list_keys

SETTING_KEY = "sync_overdue_days"

# Row states (stable English keys for `--json`; the GUI and the CLI table show Chinese).
OK = "ok"
OVERDUE = "overdue"
NEVER_SENT = "never_sent"  # enrolled, no package yet, still within N days
NEVER_SENT_OVERDUE = "never_sent_overdue"
REVOKED = "revoked"
NO_LAPTOP = "no_laptop"


@cache
def _config() -> dict:
    with open(resource("sync", "status.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def default_overdue_days() -> int:
    return int(_config()["overdue_days"])


def days_range() -> tuple[int, int]:
    c = _config()
    return int(c["min_days"]), int(c["max_days"])


def overdue_days(db: Database) -> int:
    text = get_setting(db, SETTING_KEY, "")
    try:
        return check_days(int(text)) if text else default_overdue_days()
    except (ValueError, UserFacingError):  # a hand-edited or damaged value: fall back to the default
        return default_overdue_days()


def check_days(days: int) -> int:
    low, high = days_range()
    if not low <= int(days) <= high:
        raise UserFacingError(f"天数应在 {low} 到 {high} 之间", f"days must be within {low}..{high}")
    return int(days)


def set_overdue_days(db: Database, days: int) -> int:
    days = check_days(days)
    set_setting(db, SETTING_KEY, str(days))
    return days


@dataclass
class VillageRef:
    code: str
    name: str


@dataclass
class LastPackage:
    at: str  # ISO local time of the import at the county
    file_name: str
    records: int
    new: int
    changed: int
    deleted: int
    conflicts: int


@dataclass
class LaptopStatus:
    laptop: str  # the short name given at enrolment; "" for a village no laptop serves
    fingerprint: str
    villages: list[VillageRef] = field(default_factory=list)
    enrolled_at: str = ""
    revoked: bool = False
    last: Optional[LastPackage] = None
    packages: int = 0  # packages received from this laptop in all
    days_silent: Optional[int] = None  # since the last package, or since enrolment when none yet
    state: str = OK

    @property
    def overdue(self) -> bool:
        return self.state in (OVERDUE, NEVER_SENT_OVERDUE)

    @property
    def never_sent(self) -> bool:
        return self.state in (NEVER_SENT, NEVER_SENT_OVERDUE)

    def as_dict(self) -> dict:
        last = self.last
        return {
            "laptop": self.laptop, "fingerprint": self.fingerprint,
            "villages": [{"code": v.code, "name": v.name} for v in self.villages],
            "enrolled_at": self.enrolled_at, "revoked": self.revoked, "state": self.state,
            "overdue": self.overdue, "never_sent": self.never_sent, "days_silent": self.days_silent,
            "packages_received": self.packages,
            "last_package": None if last is None else {
                "at": last.at, "file_name": last.file_name, "records": last.records, "new": last.new,
                "changed": last.changed, "deleted": last.deleted, "conflicts": last.conflicts},
        }


@dataclass
class SyncStatus:
    days: int
    today: str
    rows: list[LaptopStatus]

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self.rows if r.overdue)

    def as_dict(self) -> dict:
        return {"overdue_days": self.days, "today": self.today, "overdue_count": self.overdue_count,
                "rows": [r.as_dict() for r in self.rows]}


def _day(text: str) -> Optional[date]:
    try:
        return datetime.fromisoformat(text).date() if text else None
    except ValueError:
        return None


def _count(summary: dict, key: str) -> int:
    try:
        return int(summary.get(key) or 0)
    except (TypeError, ValueError):
        return 0


def sync_status(db: Database, days: Optional[int] = None, today: Optional[date] = None) -> SyncStatus:
    """The board: enrolled laptops (revoked ones last), then villages no active laptop serves."""
    days = overdue_days(db) if days is None else check_days(days)
    today = today or date.today()
    log, vt = PackageLog.__table__, Village.__table__
    with db.engine.connect() as conn:
        laptops = [k for k in list_keys(conn) if k.role == ROLE_LAPTOP]
        villages = conn.execute(select(vt.c.code, vt.c.name).where(vt.c.deleted == False)  # noqa: E712
                                .order_by(vt.c.code)).all()
        received = conn.execute(select(log.c.peer_device_id, log.c.at, log.c.file_name, log.c.record_count,
                                       log.c.summary).where(log.c.direction == "imported")
                                .order_by(log.c.at)).all()
    names = {code: name for code, name in villages}
    by_fp: dict[str, list] = {}
    by_device: dict[str, list] = {}
    for r in received:
        try:
            summary = json.loads(r.summary or "{}")
        except ValueError:
            summary = {}
        entry = (r, summary if isinstance(summary, dict) else {})
        fp = entry[1].get("sender_fingerprint")
        if fp:
            by_fp.setdefault(fp, []).append(entry)
        else:
            by_device.setdefault(r.peer_device_id, []).append(entry)
    rows = []
    for key in laptops:
        entries = by_fp.get(key.fingerprint, []) + (by_device.get(key.device_id, []) if key.device_id else [])
        entries.sort(key=lambda e: e[0].at)
        row = LaptopStatus(key.label, key.fingerprint, [VillageRef(c, names.get(c, c)) for c in key.villages],
                           key.added_at, key.revoked, packages=len(entries))
        if entries:
            r, s = entries[-1]
            row.last = LastPackage(r.at, r.file_name, int(r.record_count or 0), _count(s, "new"),
                                   _count(s, "changed"), _count(s, "deleted"), _count(s, "conflicts"))
        since = _day(row.last.at) if row.last else _day(key.added_at)
        row.days_silent = (today - since).days if since else None
        late = row.days_silent is not None and row.days_silent > days
        if key.revoked:
            row.state = REVOKED
        elif row.last is None:
            row.state = NEVER_SENT_OVERDUE if late else NEVER_SENT
        else:
            row.state = OVERDUE if late else OK
        rows.append(row)
    rows.sort(key=lambda r: (r.revoked, r.villages[0].code if r.villages else "", r.laptop))
    served = {c for k in laptops if not k.revoked for c in k.villages}
    rows += [LaptopStatus("", "", [VillageRef(code, name)], state=NO_LAPTOP)
             for code, name in villages if code not in served]
    return SyncStatus(days, today.isoformat(), rows)
