"""Who this installation trusts: the TrustedKey table (county, escrow, enrolled laptops).

A village laptop trusts one county key (learned from its enrolment package, after the cadre and
the county compare fingerprints in person) and that county's escrow key. The county office
trusts its own key, its escrow key, and every laptop it enrolled from a join request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pyrage import x25519
from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import TrustedKey, Village
from fupin_desktop.sync import local
from fupin_desktop.sync.errors import KeyProblem
from fupin_desktop.sync.keys import (
    JoinRequest,
    PublicKeys,
    escrow_file_text,
    fingerprint,
    load_device_keys,
    write_secret_file,
)

ROLE_COUNTY = "county"
ROLE_ESCROW = "escrow"
ROLE_LAPTOP = "laptop"
_T = TrustedKey.__table__


@dataclass
class TrustedKeyInfo:
    fingerprint: str
    role: str
    device_id: str
    label: str
    villages: list[str] = field(default_factory=list)
    revoked: bool = False
    added_at: str = ""
    signing_key: str = ""
    age_recipient: str = ""

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing_key, self.age_recipient)


def _info(row) -> TrustedKeyInfo:
    m = row._mapping
    return TrustedKeyInfo(
        fingerprint=m["fingerprint"], role=m["role"], device_id=m["device_id"], label=m["label"],
        villages=[c for c in (m["villages"] or "").split(",") if c], revoked=bool(m["revoked"]),
        added_at=m["added_at"], signing_key=m["signing_public_key"], age_recipient=m["age_recipient"],
    )


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def list_keys(conn: Connection) -> list[TrustedKeyInfo]:
    return [_info(r) for r in conn.execute(select(_T).order_by(_T.c.role, _T.c.added_at))]


def trusted_keys(db: Database) -> list[TrustedKeyInfo]:
    with db.engine.connect() as conn:
        return list_keys(conn)


def find_key(conn: Connection, fp: str) -> TrustedKeyInfo | None:
    row = conn.execute(select(_T).where(_T.c.fingerprint == fp)).first()
    return _info(row) if row else None


def upsert_key(conn: Connection, info: TrustedKeyInfo) -> None:
    values = dict(
        role=info.role, device_id=info.device_id, signing_public_key=info.signing_key,
        age_recipient=info.age_recipient, label=info.label, villages=",".join(info.villages),
        revoked=info.revoked,
    )
    if conn.execute(select(_T.c.fingerprint).where(_T.c.fingerprint == info.fingerprint)).first():
        conn.execute(update(_T).where(_T.c.fingerprint == info.fingerprint).values(**values))
    else:
        conn.execute(_T.insert().values(fingerprint=info.fingerprint, added_at=info.added_at or _now(), **values))


def county_key(conn: Connection) -> TrustedKeyInfo | None:
    """The county office key this installation trusts (its own, at the county office)."""
    for info in list_keys(conn):
        if info.role == ROLE_COUNTY and not info.revoked:
            return info
    return None


def escrow_keys(conn: Connection) -> list[TrustedKeyInfo]:
    return [k for k in list_keys(conn) if k.role == ROLE_ESCROW and not k.revoked]


def installation_name(conn: Connection) -> str:
    """This installation as people call it: the laptop's name from the county, or the county office's
    ("县级" without a label); "" for a laptop that has not joined a county."""
    mine = local.get_setting(conn, local.LAPTOP_LABEL_SETTING)
    if mine:
        return mine
    if local.role(conn) == local.ROLE_COUNTY:
        county = county_key(conn)
        return (county.label if county else "") or "县级"
    return ""


def is_county(db: Database) -> bool:
    with db.engine.connect() as conn:
        return local.role(conn) == local.ROLE_COUNTY


# --- county set-up --------------------------------------------------------------------------

@dataclass
class CountyInit:
    county_fingerprint: str
    escrow_fingerprint: str
    escrow_file: Path
    public_file: Path


def init_county(db: Database, out_dir: Path, label: str = "") -> CountyInit:
    """Make this installation the county office: its key becomes the county key, and a new
    escrow key is written to ``out_dir`` (meant for a separate medium; not kept here)."""
    keys = load_device_keys(db.path)
    with db.connect() as conn:
        existing = county_key(conn)
        if existing and existing.fingerprint != keys.fingerprint:
            raise KeyProblem(
                "本机已加入另一个县级单位，不能再初始化为县级",
                "this installation is enrolled to another county office",
            )
        if escrow_keys(conn):
            raise KeyProblem(
                "县级密钥和托管密钥已经初始化过；重新生成会使已发出的村级设置失效",
                "county and escrow keys exist already",
            )
    with db.engine.connect() as conn:
        label = label or local.get_setting(conn, "unit") or "县级"
    escrow = x25519.Identity.generate()
    escrow_public = str(escrow.to_public())
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    escrow_file = out_dir / "escrow-identity.txt"
    if escrow_file.exists():
        raise KeyProblem(f"目标文件夹中已有托管密钥文件：{escrow_file}", "an escrow key file exists in that folder")
    write_secret_file(escrow_file, escrow_file_text(escrow, label).encode("utf-8"))
    county = TrustedKeyInfo(keys.fingerprint, ROLE_COUNTY, db.device_id, label,
                            signing_key=keys.public.signing_key, age_recipient=keys.public.age_recipient)
    escrow_info = TrustedKeyInfo(fingerprint("", escrow_public), ROLE_ESCROW, "", f"{label} 托管密钥",
                                 age_recipient=escrow_public)
    public_file = out_dir / "county-public.txt"
    public_file.write_text(
        f"县级单位 county: {label}\n县级密钥指纹 county fingerprint: {county.fingerprint}\n"
        f"托管密钥指纹 escrow fingerprint: {escrow_info.fingerprint}\n"
        f"county age recipient: {county.age_recipient}\nescrow age recipient: {escrow_public}\n",
        encoding="utf-8",
    )
    with db.connect() as conn:
        upsert_key(conn, county)
        upsert_key(conn, escrow_info)
        local.set_setting(conn, "role", local.ROLE_COUNTY)
    return CountyInit(county.fingerprint, escrow_info.fingerprint, escrow_file, public_file)


# --- laptops --------------------------------------------------------------------------------

def known_village_codes(conn: Connection, codes: list[str]) -> list[str]:
    table = Village.__table__
    found = {r[0] for r in conn.execute(select(table.c.code).where(table.c.code.in_(codes), table.c.deleted == False))}  # noqa: E712
    missing = [c for c in codes if c not in found]
    if missing:
        raise KeyProblem(f"本机没有这些村：{'、'.join(missing)}", f"unknown village codes: {', '.join(missing)}")
    return codes


MAX_LAPTOP_LABEL = 16


def clean_laptop_label(label: str) -> str:
    """A short laptop name fit for file names and lists: no path or shell characters, at most 16."""
    text = re.sub(r'[\\/:*?"<>|\s]+', "", label or "")
    return text[:MAX_LAPTOP_LABEL]


def suggest_laptop_label(conn: Connection, villages: list[str]) -> str:
    """"甲村1号电脑": the first village's name and the next free number. Never a person's name."""
    names = dict(conn.execute(select(Village.__table__.c.code, Village.__table__.c.name)).all())
    first = names.get(villages[0], villages[0]) if villages else "村级"
    taken = {k.label for k in list_keys(conn) if k.role == ROLE_LAPTOP}
    n = 1
    while clean_laptop_label(f"{first}{n}号电脑") in taken:
        n += 1
    return clean_laptop_label(f"{first}{n}号电脑")


def enrol_laptop(db: Database, request: JoinRequest, villages: list[str], label: str = "") -> TrustedKeyInfo:
    """Trust a laptop from its join request and assign it villages (replacing any earlier assignment).

    ``label`` is the short name the clerk gives the laptop ("甲村1号"): it names the laptop in lists,
    messages and package file names, so it must not be a person's name; without one the laptop keeps
    its earlier name or gets "<村>N号电脑"."""
    if not villages:
        raise KeyProblem("请用 --village 指定分配给这台电脑的村", "name the villages assigned to the laptop")
    with db.connect() as conn:
        known_village_codes(conn, villages)
        existing = find_key(conn, request.fingerprint)
        if existing and existing.revoked:
            raise KeyProblem("这台电脑的密钥已被吊销，不能再加入", "this laptop's key has been revoked")
        personal = " ".join(p for p in (request.unit, request.user_name) if p)  # how earlier versions named it
        kept = existing.label if existing and existing.label not in (personal, request.device_id) else ""
        label = clean_laptop_label(label) or kept or suggest_laptop_label(conn, villages)
        info = TrustedKeyInfo(request.fingerprint, ROLE_LAPTOP, request.device_id, label,
                              villages=sorted(set(villages)), signing_key=request.keys.signing_key,
                              age_recipient=request.keys.age_recipient)
        upsert_key(conn, info)
    return info


def laptops_for(db: Database, village_codes: list[str] | None = None, device_id: str | None = None) -> list[TrustedKeyInfo]:
    with db.engine.connect() as conn:
        keys = [k for k in list_keys(conn) if k.role == ROLE_LAPTOP and not k.revoked]
    if device_id:
        keys = [k for k in keys if k.device_id == device_id or k.fingerprint == device_id]
    if village_codes:
        keys = [k for k in keys if set(k.villages) & set(village_codes)]
    return keys


def set_assignment(db: Database, fp: str, villages: list[str]) -> None:
    with db.connect() as conn:
        known_village_codes(conn, villages)
        conn.execute(update(_T).where(_T.c.fingerprint == fp).values(villages=",".join(sorted(set(villages)))))


def revoke(db: Database, fp: str) -> TrustedKeyInfo:
    with db.connect() as conn:
        info = find_key(conn, fp)
        if info is None:
            raise KeyProblem(f"没有这个指纹的密钥：{fp}", f"no trusted key with fingerprint {fp}")
        conn.execute(update(_T).where(_T.c.fingerprint == fp).values(revoked=True))
    info.revoked = True
    return info
