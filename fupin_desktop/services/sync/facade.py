"""Sync use cases for the GUI and the CLI: keys, export, import, conflicts, duplicates, backups.

Thin on purpose: the work is in ``fupin_desktop.sync``; this module gives callers one place
with plain-dataclass results and no knowledge of the layers underneath.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from fupin_desktop.store.engine import Database
from fupin_desktop.sync import trust
from fupin_desktop.sync.backups import (  # noqa: F401  (re-exported)
    BackupInfo,
    BackupResult,
    RestoreResult,
    daily_backup,
    inspect_backup,
    make_backup,
    restore_backup,
)
from fupin_desktop.sync.conflict_text import recipients as decision_recipients  # noqa: F401
from fupin_desktop.sync.conflict_text import resolution_text, side_source  # noqa: F401
from fupin_desktop.sync.conflicts import (  # noqa: F401
    KEEP_LOSER,
    KEEP_WINNER,
    NEW_VALUE,
    ConflictView,
    list_conflicts,
    resolve_conflict,
)
from fupin_desktop.sync.duplicates import DuplicateGroup, possible_duplicates  # noqa: F401
from fupin_desktop.sync.errors import KeyProblem
from fupin_desktop.sync.exporter import ExportResult, export_package, target_to_county, targets_from_county
from fupin_desktop.sync.fileio import write_verified
from fupin_desktop.sync.history import PackageEntry, SentPackage, package_history, sent_package  # noqa: F401
from fupin_desktop.sync.importer import ImportReport, import_package  # noqa: F401
from fupin_desktop.sync.keys import load_device_keys, load_identities, make_join_request, read_join_request
from fupin_desktop.sync.receipt import Receipt, read_receipt, write_receipt  # noqa: F401
from fupin_desktop.sync.trust import CountyInit, TrustedKeyInfo  # noqa: F401

Progress = Callable[[int, int], bool]


@dataclass
class KeysOverview:
    device_id: str
    fingerprint: str
    role: str  # county | village
    county: TrustedKeyInfo | None
    escrow: list[TrustedKeyInfo] = field(default_factory=list)
    laptops: list[TrustedKeyInfo] = field(default_factory=list)
    village_names: dict[str, str] = field(default_factory=dict)  # code -> name, for showing assignments
    laptop_label: str = ""  # the name the county gave this laptop (from its packages), "" at the county

    def villages_text(self, codes: list[str]) -> str:
        """Assigned villages as a person reads them: by name (the code only for a village not here)."""
        return "、".join(self.village_names.get(code) or code for code in codes) or "—"

    @property
    def is_county(self) -> bool:
        return self.county is not None and self.county.fingerprint == self.fingerprint

    @property
    def enrolled(self) -> bool:
        return self.county is not None and not self.is_county

    @property
    def villages(self) -> list[str]:
        return list(self.county.villages) if self.enrolled else []


@dataclass
class JoinRequestResult:
    path: Path
    fingerprint: str
    device_id: str


def keys_overview(db: Database) -> KeysOverview:
    keys = load_device_keys(db.path)
    all_keys = trust.trusted_keys(db)
    county = next((k for k in all_keys if k.role == trust.ROLE_COUNTY and not k.revoked), None)
    return KeysOverview(
        device_id=db.device_id, fingerprint=keys.fingerprint,
        role="county" if trust.is_county(db) else "village", county=county,
        escrow=[k for k in all_keys if k.role == trust.ROLE_ESCROW],
        laptops=[k for k in all_keys if k.role == trust.ROLE_LAPTOP],
        village_names={v.code: v.name for v in list_villages(db)},
        laptop_label=_laptop_label(db),
    )


def _laptop_label(db: Database) -> str:
    from fupin_desktop.sync import local

    with db.engine.connect() as conn:
        return local.get_setting(conn, local.LAPTOP_LABEL_SETTING) or ""


def init_county(db: Database, out_dir: Path, label: str = "") -> CountyInit:
    return trust.init_county(db, Path(out_dir), label)


def write_join_request(db: Database, out: Path, user_name: str = "", unit: str = "", phone: str = "") -> JoinRequestResult:
    from fupin_desktop.services.setup.settings import get_settings

    settings = get_settings(db)
    keys = load_device_keys(db.path)
    data = make_join_request(keys, db.device_id, user_name or settings.get("user_name", ""),
                             unit or settings.get("unit", ""), phone or settings.get("phone", ""))
    out = Path(out)
    if out.is_dir():
        out = out / f"fupin-join-{db.device_id[:8]}.json"
    written = write_verified(out, [data])
    return JoinRequestResult(written.path, keys.fingerprint, db.device_id)


def read_request(path: Path):
    return read_join_request(Path(path).read_bytes())


def export(db: Database, out: Path, villages: list[str] | None = None, join_request: Path | None = None,
           to: str | None = None, progress: Progress | None = None, laptop_label: str = "") -> list[ExportResult]:
    """Village laptop: its changes for the county. County: one package per laptop of ``villages``
    (or the laptop ``to``), or the enrolment package for ``join_request`` (the new laptop is named
    ``laptop_label``, or "<村>N号电脑")."""
    out = Path(out)
    if trust.is_county(db):
        request = read_request(join_request) if join_request else None
        targets = targets_from_county(db, villages, to, request, laptop_label)
    else:
        if join_request:
            raise KeyProblem("只有县级可以用加入申请导出设置包", "only the county office enrols laptops")
        targets = [target_to_county(db)]
    if len(targets) > 1 and not out.is_dir():
        raise KeyProblem(f"有 {len(targets)} 台村级电脑分配了这些村：请写到一个文件夹（每台一个包），"
                         "或在“导出同步包”的“接收方”里选一台",
                         "several laptops match: write to a folder (one package each) or choose one under Receiver",
                         detail="fupin export: --out DIR/ or --to DEVICE")
    return [export_package(db, out, t, progress) for t in targets]


def suggest_laptop_label(db: Database, villages: list[str]) -> str:
    with db.engine.connect() as conn:
        return trust.suggest_laptop_label(conn, villages)


def import_file(db: Database, path: Path, dry_run: bool = False, progress: Progress | None = None,
                accept_clock_skew: bool = False, identity_files: list[Path] = ()) -> ImportReport:
    identities = []
    for f in identity_files:
        identities += load_identities(Path(f))
    return import_package(db, Path(path), dry_run=dry_run, progress=progress,
                          accept_clock_skew=accept_clock_skew, extra_identities=identities)


def revoke_key(db: Database, fingerprint: str) -> TrustedKeyInfo:
    return trust.revoke(db, fingerprint)


def assign_villages(db: Database, fingerprint: str, villages: list[str]) -> None:
    trust.set_assignment(db, fingerprint, villages)


@dataclass
class VillageChoice:
    code: str
    name: str


def list_villages(db: Database) -> list[VillageChoice]:
    """Live villages by code, for choosing a laptop's assignment."""
    from sqlalchemy import select

    from fupin_desktop.store.models import Village

    t = Village.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(select(t.c.code, t.c.name).where(t.c.deleted == False).order_by(t.c.code))  # noqa: E712
        return [VillageChoice(code, name) for code, name in rows]
