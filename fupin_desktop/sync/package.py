"""Opening a package file: envelope -> decrypt -> zip structure -> manifest -> signer -> checks.

Nothing here writes to the database. What comes out is an OpenedPackage whose manifest has been
verified against a trusted signing key (or, for a first enrolment, against the county key it
carries, whose fingerprint the people compare in person), addressed to this installation, from a
schema this app can read, with a plausible clock.
"""

from __future__ import annotations

import io
import json
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Sequence

from pyrage import x25519

from fupin_desktop.store.engine import Database
from fupin_desktop.store.migrations import CURRENT_VERSION
from fupin_desktop.sync import envelope, local
from fupin_desktop.sync.container import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    SIGNATURE,
    PartInfo,
    ZipReader,
)
from fupin_desktop.sync.errors import (
    BadSignature,
    ClockSkew,
    Damaged,
    NotForUs,
    RevokedSigner,
    TooNew,
    UnknownSigner,
)
from fupin_desktop.sync.keys import DeviceKeys, PublicKeys, identity_fingerprint
from fupin_desktop.sync.rows import CLOCK_PREFIX, HLC_RE, codecs_by_name
from fupin_desktop.sync.trust import (
    ROLE_COUNTY,
    ROLE_LAPTOP,
    TrustedKeyInfo,
    county_key,
    find_key,
    installation_name,
)
from fupin_desktop.sync.watermarks import Vector, vector_from_json

log = logging.getLogger(__name__)

PACKAGE_FORMAT = "fupin-package"
PACKAGE_FORMAT_VERSION = 1
KIND_CHANGES = "changes"
KIND_ENROLMENT = "enrolment"
CONFLICTS_TABLE = "sync_conflict"
MAX_FUTURE_SKEW_MS = 2 * 24 * 3600 * 1000
# Packages whose ciphertext is up to this size are decrypted in memory; larger ones (a county's
# enrolment package is tens of MB) to a temporary file, read part by part from there.
IN_MEMORY_BYTES = 8 * 1024 * 1024


@dataclass
class Sender:
    device_id: str
    fingerprint: str
    signing_key: str
    age_recipient: str
    role: str
    label: str


@dataclass
class Manifest:
    raw: dict
    package_id: str
    kind: str
    schema_version: int
    app_version: str
    created_at: str
    sender: Sender
    recipient_device_id: str
    clock: str
    acks: Vector
    seq_range: tuple[int, int]
    parts: list[PartInfo]
    villages: list[str] = field(default_factory=list)
    county_keys: list[dict] = field(default_factory=list)


@dataclass
class OpenedPackage:
    path: Path
    envelope: envelope.Envelope
    manifest: Manifest
    zip: ZipReader
    signer: TrustedKeyInfo | None  # None on a first enrolment (trust on first use)

    @property
    def first_contact(self) -> bool:
        return self.signer is None

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _parse_manifest(raw: bytes) -> Manifest:
    try:
        obj = json.loads(raw)
        s = obj["sender"]
        sender = Sender(str(s["device_id"]), str(s["fingerprint"]), str(s["signing_key"]),
                        str(s.get("age_recipient", "")), str(s.get("role", "")), str(s.get("label", "")))
        if obj.get("format") != PACKAGE_FORMAT:
            raise ValueError("not a fupin package manifest")
        format_version = int(obj["format_version"])
        schema_version = int(obj["schema_version"])
        if format_version > PACKAGE_FORMAT_VERSION:
            raise TooNew(f"此同步包由较新版本的软件生成（包格式 {format_version}），请先升级软件",
                         f"package format {format_version} is newer than supported ({PACKAGE_FORMAT_VERSION})")
        if schema_version > CURRENT_VERSION:
            raise TooNew(
                f"此同步包来自较新版本的软件（数据结构版本 {schema_version}），本软件只支持到 {CURRENT_VERSION}。"
                f"请升级到支持结构版本 {schema_version} 的版本后再导入。数据未改动。",
                f"package schema {schema_version} needs a newer app (this one supports {CURRENT_VERSION})",
            )
        clock = str(obj["clock"])
        if not HLC_RE.match(clock):
            raise ValueError("bad clock")
        tables = codecs_by_name()
        parts = []
        for p in obj["parts"]:
            part = PartInfo(str(p["name"]), str(p["table"]), [str(c) for c in p["columns"]], int(p["records"]),
                            str(p["sha256"]), int(p.get("bytes", 0)))
            if part.table not in tables and part.table != CONFLICTS_TABLE or part.name != f"data/{part.table}.jsonl":
                raise ValueError(f"unknown part {part.name}")
            parts.append(part)
        if len({p.name for p in parts}) != len(parts):
            raise ValueError("a part is listed twice")
        seq_range = obj.get("seq_range") or [0, 0]
        return Manifest(
            raw=obj, package_id=str(obj["package_id"]), kind=str(obj["kind"]), schema_version=schema_version,
            app_version=str(obj.get("app_version", "")), created_at=str(obj.get("created_at", "")),
            sender=sender, recipient_device_id=str(obj["recipient"]["device_id"]), clock=clock,
            acks=vector_from_json(obj["acknowledgements"]), seq_range=(int(seq_range[0]), int(seq_range[1])),
            parts=parts, villages=[str(v) for v in obj.get("villages", [])],
            county_keys=list(obj.get("county_keys", [])),
        )
    except TooNew:
        raise
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise Damaged("同步包的清单无效", "invalid manifest", detail=str(exc)) from exc


def _sender_of(raw: bytes) -> dict:
    try:
        sender = json.loads(raw)["sender"]
        if not isinstance(sender, dict):
            raise TypeError("sender")
        return sender
    except (ValueError, KeyError, TypeError) as exc:
        raise Damaged("同步包的清单无效", "invalid manifest", detail=str(exc)) from exc


def _resolve_signer(db: Database, raw: bytes, signature: bytes, me: str) -> TrustedKeyInfo | None:
    """The trusted key that signed the manifest (None on a first enrolment).

    Refusals name the computers, not their key fingerprints: a fingerprint helps only when someone
    compares it in person against the other screen, and none of these refusals can be undone by
    comparing (the county revokes, enrols or re-enrols instead). The fingerprints go to the detail
    and the log for whoever sorts the keys out."""
    sender = _sender_of(raw)
    fp = str(sender.get("fingerprint", ""))
    claimed = str(sender.get("label", "") or "")  # unverified: the signer is not trusted
    with db.engine.connect() as conn:
        trusted = find_key(conn, fp)
        my_county = county_key(conn)
        at_county = local.role(conn) == local.ROLE_COUNTY
    if trusted is not None and trusted.role in (ROLE_COUNTY, ROLE_LAPTOP):
        if trusted.revoked:
            log.warning("package signed by revoked key %s (%s)", fp, trusted.label)
            who = f"“{trusted.label}”" if trusted.label else "发送此包的电脑"
            raise RevokedSigner(f"{who}的密钥已被吊销，它发来的同步包一律不再接受，已拒绝",
                                f"{trusted.label or 'the sender'}'s key has been revoked", detail=f"signer {fp}")
        if not trusted.public.verify(raw, signature):
            raise BadSignature("同步包签名不符：内容被改动过或不是由该电脑签发", "manifest signature does not verify")
        return trusted
    # First enrolment: no county key yet, a county package addressed to us, signed by the key it carries.
    obj = json.loads(raw)
    carried = PublicKeys(str(sender.get("signing_key", "")), str(sender.get("age_recipient", "")))
    first_enrolment = (
        my_county is None and obj.get("kind") == KIND_ENROLMENT and sender.get("role") == ROLE_COUNTY
        and isinstance(obj.get("recipient"), dict) and obj["recipient"].get("device_id") == me
        and carried.fingerprint == fp
    )
    if not first_enrolment:
        log.warning("package signed by untrusted key %s (calls itself %r)", fp or "-", claimed)
        sent_by = f"（自称“{claimed}”）" if claimed else ""
        if my_county is not None and sender.get("role") == ROLE_COUNTY:
            mine = f"“{my_county.label}”" if my_county.label else "本机加入的县级单位"
            raise UnknownSigner(
                f"此包由另一个县级密钥签发{sent_by}，不是{mine}发出的，已拒绝。本机只接受加入时的县级单位发来的同步包",
                "signed by a county key this laptop does not trust",
                detail=f"signer {fp}; trusted county {my_county.fingerprint}")
        enrol = "新电脑要先凭它的加入申请在“导出同步包”里加入" if at_county else ""
        raise UnknownSigner(f"此包由一台本机不认识的电脑签发{sent_by}，它不在本机的信任名单中，已拒绝。{enrol}",
                            "signed by a computer this installation does not know", detail=f"signer {fp or '-'}")
    if not carried.verify(raw, signature):
        raise BadSignature("同步包签名不符：内容被改动过", "manifest signature does not verify")
    return None


def my_identities(keys: DeviceKeys, extra: Sequence[x25519.Identity] = ()) -> dict[str, x25519.Identity]:
    found = {keys.fingerprint: keys.age_identity}
    for identity in extra:
        found[identity_fingerprint(identity)] = identity
    return found


def open_package(db: Database, path: Path, keys: DeviceKeys, extra_identities: Sequence = (),
                 accept_clock_skew: bool = False, now_ms: int | None = None) -> OpenedPackage:
    """The package checked and opened; close it when done (``with open_package(...) as pkg``)."""
    env, source = envelope.open_file(path, envelope.KIND_PACKAGE)
    try:
        payload = _decrypted(db, env, source, my_identities(keys, list(extra_identities)))
    finally:
        source.close()
    zipped = ZipReader(payload)
    try:
        return _opened(db, Path(path), env, zipped, keys, accept_clock_skew, now_ms)
    except BaseException:
        zipped.close()
        raise


def _decrypted(db: Database, env: envelope.Envelope, source: BinaryIO, identities: dict) -> BinaryIO:
    """The zip inside: in memory for a small package, else in a temporary file in the database's
    folder (the plaintext lies next to the database that holds the same data; the file has no name
    on POSIX and is deleted on close on Windows) so a county-sized package is never held whole."""
    out: BinaryIO = io.BytesIO() if env.length <= IN_MEMORY_BYTES else \
        tempfile.TemporaryFile(prefix=".fupin-import-", dir=Path(db.path).parent)
    try:
        envelope.decrypt_to(env, source, out, identities)
        out.seek(0)
    except NotForUs as exc:
        out.close()
        to = str(env.extra.get("to", "") or "")
        if not to:
            raise
        # The names say it all; the key fingerprints go to the log for whoever sorts it out.
        log.warning("package %s is for %s, not for this installation: %s", env.package_id, to, exc)
        raise NotForUs(f"此同步包是发给“{to}”的，{_not_mine(db)}，请在那台电脑上导入。", exc.en,
                       detail=exc.detail) from exc
    except BaseException:
        out.close()
        raise
    return out


def _opened(db: Database, path: Path, env: envelope.Envelope, zipped: ZipReader, keys: DeviceKeys,
            accept_clock_skew: bool, now_ms: int | None) -> OpenedPackage:
    raw = zipped.read_small(MANIFEST, MAX_MANIFEST_BYTES)
    try:
        signature = bytes.fromhex(zipped.read_small(SIGNATURE, MAX_SIGNATURE_BYTES).decode("ascii").strip())
    except ValueError as exc:
        raise BadSignature("同步包签名文件已损坏", "malformed signature", detail=str(exc)) from exc
    signer = _resolve_signer(db, raw, signature, db.device_id)
    manifest = _parse_manifest(raw)
    if manifest.package_id != env.package_id:
        raise Damaged("同步包开头的编号与清单不符", "envelope id differs from the manifest")
    recipient_fp = (manifest.raw.get("recipient") or {}).get("fingerprint") \
        if isinstance(manifest.raw.get("recipient"), dict) else None
    # Addressed by the office's key, not the database's device id: a restore from backup gives the
    # database a new device id (so no sequence number is reused) while packages sealed to the
    # office's key are still on their way to it.
    if manifest.recipient_device_id != db.device_id and recipient_fp != keys.fingerprint:
        recipient = manifest.raw.get("recipient") or {}
        to = str(recipient.get("label", "") or "") if isinstance(recipient, dict) else ""
        log.warning("package %s is addressed to device %s (key %s), this is device %s (key %s)",
                    manifest.package_id, manifest.recipient_device_id, recipient_fp, db.device_id, keys.fingerprint)
        raise NotForUs(f"此包是发给{f'“{to}”' if to else '另一台电脑'}的，{_not_mine(db)}，请在那台电脑上导入。",
                       "package is addressed to another installation")
    zipped.check_declared([p.name for p in manifest.parts])
    check_clock(db, manifest, accept_clock_skew, now_ms)
    return OpenedPackage(path, env, manifest, zipped, signer)


def _my_name(db: Database) -> str:
    """This installation as people call it: the laptop's name from the county, or the county's."""
    with db.engine.connect() as conn:
        return installation_name(conn) or "本机"


def _not_mine(db: Database) -> str:
    """"不是发给本机（乙村1号）的", or without a name "不是发给本机的"."""
    name = _my_name(db)
    return "不是发给本机的" if name == "本机" else f"不是发给本机（{name}）的"


def check_clock(db: Database, manifest: Manifest, accept: bool, now_ms: int | None = None) -> None:
    with db.engine.connect() as conn:
        wall = conn.exec_driver_sql("SELECT hlc_wall_ms FROM device_state WHERE id = 1").scalar_one()
    now = int(time.time() * 1000) if now_ms is None else now_ms
    sender_wall = int(manifest.clock[:13])
    ahead = sender_wall - max(now, wall)
    if ahead > MAX_FUTURE_SKEW_MS and not accept:
        days = ahead / 86_400_000
        span = f"约 {days / 365:.1f} 年" if days >= 365 else f"约 {days:.0f} 天"
        raise ClockSkew(
            f"发送方电脑的时钟比本机快{span}（包内时间戳在未来）。请核对两台电脑的日期时间后重新导出",
            f"sender clock is {days:.0f} days ahead of this computer",
            # the command line's way past it; the window has none (a person fixes the clock instead)
            detail="fupin import --accept-clock-skew imports it anyway",
        )


def clock_limit(manifest: Manifest) -> str:
    return manifest.clock[:CLOCK_PREFIX]
