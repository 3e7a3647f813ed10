"""Backups: encrypted copies for a USB stick (备份到U盘), restore (从备份恢复), rotating daily copies.

An encrypted backup is the envelope + age ciphertext of a zip holding ``manifest.json`` (date,
schema, counts, SHA-256 of the database), ``fupin.db`` (a consistent copy made with SQLite's
backup API) and ``device.key`` (this installation's keys, so a restored laptop keeps its
identity). It is sealed to this laptop, the county key and the escrow key -- so a lost stick
leaks nothing and a dead laptop's backup can still be restored with the escrow key -- or to a
passphrase the user chooses.

Restoring checks everything before touching the current database, backs the current one up
first, then swaps files. The restored installation gets a new device id: writes it made after
the backup may already be at the county, and reusing its stamps would clash with them.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Sequence

from fupin_desktop import __version__
from fupin_desktop.errors import UserFacingError
from fupin_desktop.paths import backup_dir_for
from fupin_desktop.store import integrity
from fupin_desktop.store.copies import automatic_backup, backup_file
from fupin_desktop.store.engine import Database
from fupin_desktop.store.hlc import format_hlc
from fupin_desktop.store.migrations import CURRENT_VERSION
from fupin_desktop.store.models import SYNCED_TABLES
from fupin_desktop.sync import envelope
from fupin_desktop.sync.container import ZipReader
from fupin_desktop.sync.errors import Damaged, KeyProblem, TooNew
from fupin_desktop.sync.fileio import write_verified
from fupin_desktop.sync.keys import (
    DeviceKeys,
    identity_fingerprint,
    key_file_for,
    load_device_keys,
    load_identities,
    write_secret_file,
)
from fupin_desktop.sync.trust import county_key, escrow_keys, installation_name

Progress = Callable[[int, int], bool]
BACKUP_FORMAT = "fupin-backup"
MANIFEST, DB_MEMBER, KEY_MEMBER = "manifest.json", "fupin.db", "device.key"
SUFFIX = ".fbak"
DAILY_KEEP = 14
MAX_DB_BYTES = 8 * 1024 ** 3


@dataclass
class BackupInfo:
    created_at: str
    device_id: str
    schema_version: int
    app_version: str
    counts: dict[str, int]
    db_bytes: int
    db_sha256: str
    includes_keys: bool
    recipients: list[str] = field(default_factory=list)
    # Who made it, as people call that computer ("甲村1号", the county office, "甲村的电脑"): shown
    # when restoring instead of the device id. "" when nobody knows (an older backup from elsewhere).
    device_label: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class BackupResult:
    path: Path
    size: int
    sha256: str
    info: BackupInfo


@dataclass
class RestoreResult:
    db_path: Path
    info: BackupInfo
    previous_copy: Path | None
    new_device_id: str


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        out = {}
        for model in SYNCED_TABLES:
            name = model.__table__.name
            try:
                out[name] = con.execute(f'SELECT count(*) FROM "{name}" WHERE deleted = 0').fetchone()[0]
            except sqlite3.Error:
                out[name] = 0
        return out
    finally:
        con.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(4 * 1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _backup_recipients(db: Database, keys: DeviceKeys) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        county = county_key(conn)
        escrow = escrow_keys(conn)
    found = {keys.fingerprint: keys.public.age_recipient}
    if county is not None:
        found[county.fingerprint] = county.age_recipient
    for key in escrow:
        found[key.fingerprint] = key.age_recipient
    return list(found.items())


def make_backup(db: Database, out: Path, passphrase: str | None = None, progress: Progress | None = None) -> BackupResult:
    """An encrypted backup of the whole database (and this installation's keys) at ``out``."""
    keys = load_device_keys(db.path)
    recipients = [] if passphrase else _backup_recipients(db, keys)
    if not passphrase and len(recipients) < 2:
        raise KeyProblem("本机尚未加入县级（没有县级和托管密钥），请为备份设定口令，否则换电脑后无法恢复",
                         "not enrolled: choose a passphrase so the backup can be restored elsewhere")
    with tempfile.TemporaryDirectory(prefix="fupin-backup-", dir=db.path.parent) as tmp:
        copy = backup_file(db.path, Path(tmp) / DB_MEMBER)
        info = BackupInfo(
            created_at=datetime.now().isoformat(timespec="seconds"), device_id=db.device_id,
            schema_version=_user_version(copy), app_version=__version__, counts=_counts(copy),
            db_bytes=copy.stat().st_size, db_sha256=_sha256(copy), includes_keys=True,
            device_label=_computer_name(db),
        )
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.writestr(MANIFEST, json.dumps({"format": BACKUP_FORMAT, **info.as_dict()}, ensure_ascii=False, indent=1))
            zf.write(copy, DB_MEMBER)
            zf.writestr(KEY_MEMBER, keys.to_json())
    payload = buffer.getvalue()
    del buffer
    if passphrase:
        ciphertext = envelope.seal_with_passphrase(payload, passphrase)
        fps = [envelope.PASSPHRASE_RECIPIENT]
    else:
        ciphertext = envelope.seal(payload, [r for _, r in recipients])
        fps = [fp for fp, _ in recipients]
    del payload
    info.recipients = fps
    backup_id = uuid.uuid4().hex
    header = envelope.envelope_line(envelope.KIND_BACKUP, backup_id, fps, ciphertext)
    out = Path(out)
    if out.is_dir():
        out = out / f"fupin-backup-{datetime.now():%Y%m%d-%H%M}-{backup_id[:6]}{SUFFIX}"
    written = write_verified(out, [header, ciphertext], progress, len(header) + len(ciphertext))
    return BackupResult(written.path, written.size, written.sha256, info)


def _computer_name(db: Database) -> str:
    """The name a person knows this computer by: the laptop's name from the county, the county office's,
    or, before joining a county, the villages it holds ("甲村、乙村的电脑")."""
    with db.engine.connect() as conn:
        name = installation_name(conn)
        if name:
            return name
        villages = [n for (n,) in conn.exec_driver_sql(
            "SELECT name FROM village WHERE deleted = 0 AND name != '' ORDER BY code LIMIT 4")]
    if not villages:
        return ""
    return "、".join(villages[:3]) + ("等村" if len(villages) > 3 else "") + "的电脑"


def _name_known_here(db_path: Path, device_id: str) -> str:
    """For a backup written before backups carried a name: what the database at ``db_path`` calls the
    device that made it (itself, or a laptop the county enrolled); "" when it does not know it."""
    from sqlalchemy import create_engine

    if not db_path.exists():
        return ""
    engine = create_engine(f"sqlite:///file:{db_path.as_posix()}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            mine = conn.exec_driver_sql("SELECT device_id FROM device_state WHERE id = 1").scalar()
            if mine == device_id:
                return installation_name(conn)
            row = conn.exec_driver_sql("SELECT label FROM trusted_key WHERE device_id = ? AND label != ''",
                                       (device_id,)).first()
            return str(row[0]) if row else ""
    except Exception:  # a name is a courtesy; a damaged current database must not stop a restore
        return ""
    finally:
        engine.dispose()


def _user_version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def _allowed(name: str) -> bool:
    return name in (MANIFEST, DB_MEMBER, KEY_MEMBER)


def _open(db_path: Path, path: Path, identity_files: list[Path], passphrase: str | None) -> tuple[BackupInfo, ZipReader]:
    data = envelope.read_file(path)
    env, ciphertext = envelope.parse(data, envelope.KIND_BACKUP)
    identities = []
    key_file = key_file_for(db_path)
    own = DeviceKeys.from_json(key_file.read_bytes()) if key_file.exists() else None
    for f in identity_files:
        identities += load_identities(Path(f))
    found = {own.fingerprint: own.age_identity} if own else {}
    found.update({identity_fingerprint(i): i for i in identities})
    payload = envelope.decrypt(env, ciphertext, found, passphrase, what="备份文件")
    del data, ciphertext
    zipped = ZipReader(payload, what="备份文件", allowed=_allowed)
    try:
        obj = json.loads(zipped.read_small(MANIFEST, 1024 * 1024))
        if obj.get("format") != BACKUP_FORMAT:
            raise ValueError("not a backup manifest")
        info = BackupInfo(str(obj["created_at"]), str(obj["device_id"]), int(obj["schema_version"]),
                          str(obj.get("app_version", "")), {str(k): int(v) for k, v in obj["counts"].items()},
                          int(obj["db_bytes"]), str(obj["db_sha256"]), bool(obj.get("includes_keys")),
                          list(env.recipients), str(obj.get("device_label") or ""))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Damaged("备份文件的清单无效", "invalid backup manifest", detail=str(exc)) from exc
    if info.schema_version > CURRENT_VERSION:
        raise TooNew(f"此备份来自较新版本的软件（数据结构版本 {info.schema_version}），请先升级软件",
                     f"backup schema {info.schema_version} is newer than supported ({CURRENT_VERSION})")
    zipped.check_declared([DB_MEMBER] + ([KEY_MEMBER] if KEY_MEMBER in zipped.names else []))
    if not info.device_label:
        info.device_label = _name_known_here(db_path, info.device_id)
    return info, zipped


def inspect_backup(db_path: Path, path: Path, identity_files: Sequence[Path] = (), passphrase: str | None = None) -> BackupInfo:
    """What a backup holds (date, counts), after decrypting and checking it."""
    info, _ = _open(Path(db_path), Path(path), list(identity_files), passphrase)
    return info


def _refuse_if_open(db_path: Path) -> None:
    """Swapping the file and deleting its -wal/-shm under an open connection of this process loses
    that connection's writes and can mix the old log into the new file."""
    if integrity.held(db_path):
        raise UserFacingError("数据库还在使用中，没有恢复，当前数据未改动。请稍等片刻再点“恢复”，或重新启动程序后再恢复。",
                              "the database is still in use: nothing was restored or changed; wait a moment and click Restore again, or restart the program first",
                              detail=str(db_path))


def restore_backup(db_path: Path, path: Path, identity_files: Sequence[Path] = (), passphrase: str | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` (which must be closed) with the backup's copy.

    Refuses while a connection of this process has the database open, and a damaged backup, before
    anything changes; backs up the current database first."""
    db_path = Path(db_path).resolve()
    _refuse_if_open(db_path)
    info, zipped = _open(db_path, Path(path), list(identity_files), passphrase)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        with open(staged, "wb") as out, zipped.zip.open(zipped.infos[DB_MEMBER]) as src:
            digest = hashlib.sha256()
            size = 0
            for block in iter(lambda: src.read(4 * 1024 * 1024), b""):
                size += len(block)
                if size > MAX_DB_BYTES:
                    raise Damaged("备份中的数据库过大", "database in backup is too large")
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != info.db_sha256 or size != info.db_bytes:
            raise Damaged("备份中的数据库校验不符，已拒绝恢复；当前数据未改动", "database SHA-256 differs from the manifest")
        new_device_id = _check_and_rekey(staged, info)
        _refuse_if_open(db_path)  # again: decrypting and checking took a while
        previous = _save_current(db_path)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    if KEY_MEMBER in zipped.names:
        key_file = key_file_for(db_path)
        if key_file.exists():
            shutil.copy2(key_file, key_file.with_name(key_file.name + f".before-restore-{datetime.now():%Y%m%d%H%M%S}"))
        write_secret_file(key_file, zipped.read_small(KEY_MEMBER, 64 * 1024))
    return RestoreResult(db_path, info, previous, new_device_id)


def _check_and_rekey(staged: Path, info: BackupInfo) -> str:
    con = sqlite3.connect(staged)
    try:
        try:
            ok = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            old_id, seq, wall, counter = con.execute(
                "SELECT device_id, seq, hlc_wall_ms, hlc_counter FROM device_state WHERE id = 1").fetchone()
        except (sqlite3.Error, TypeError) as exc:
            raise Damaged("备份中的数据库已损坏，已拒绝恢复；当前数据未改动", "database in backup is damaged",
                          detail=str(exc)) from exc
        if not ok:
            raise Damaged("备份中的数据库未通过完整性检查，已拒绝恢复；当前数据未改动", "integrity check failed")
        if version > CURRENT_VERSION:
            raise TooNew("此备份来自较新版本的软件，请先升级软件", f"schema {version} is newer than supported")
        new_id = uuid.uuid4().hex[:16]
        now = datetime.now().isoformat(timespec="seconds")
        with con:
            con.execute("UPDATE device_state SET device_id = ? WHERE id = 1", (new_id,))
            # The old identity's writes up to the backup are held here: say so in our version vector.
            con.execute("DELETE FROM peer_watermark WHERE direction = 'received' AND device_id = ?", (old_id,))
            con.execute("INSERT INTO peer_watermark (device_id, direction, seq, hlc, updated_at) VALUES (?, 'received', ?, ?, ?)",
                        (old_id, seq, format_hlc(wall, counter, old_id), now))
        return new_id
    finally:
        con.close()


def _save_current(db_path: Path) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return automatic_backup(db_path, "pre-restore")
    except sqlite3.Error:  # the current file is damaged: keep its bytes as they are
        dest = backup_dir_for(db_path) / f"{db_path.stem}-pre-restore-raw-{datetime.now():%Y%m%d-%H%M%S}.db"
        shutil.copy2(db_path, dest)
        return dest


def daily_backup(db: Database, keep: int = DAILY_KEEP) -> Path | None:
    """Today's rotating local copy, unless there is one already (called at start-up)."""
    folder = backup_dir_for(db.path)
    if list(folder.glob(f"{db.path.stem}-daily-{datetime.now():%Y%m%d}-*.db")):
        return None
    return automatic_backup(db.path, "daily", keep=keep)
