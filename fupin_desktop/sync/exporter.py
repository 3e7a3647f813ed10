"""Exporting a package: every change the receiver has not acknowledged, signed, sealed, verified.

Village laptop -> county: everything the county has not acknowledged, sealed to the county key
and the escrow key. County -> laptop: the laptop's villages (plus reference data), sealed to the
laptop's own key; the first package to a laptop (enrolment) also carries the county's public
keys and is complete, as is any package after the laptop's villages changed.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fupin_desktop import __version__
from fupin_desktop.store.engine import Database
from fupin_desktop.store.migrations import CURRENT_VERSION
from fupin_desktop.store.models import SYNCED_TABLES, PackageLog, Village
from fupin_desktop.sync import envelope, local
from fupin_desktop.sync.conflicts import CONFLICT_COLUMNS, conflict_lines
from fupin_desktop.sync.container import ZipWriter
from fupin_desktop.sync.envelope import READ_BLOCK
from fupin_desktop.sync.errors import KeyProblem, WriteFailed, os_reason
from fupin_desktop.sync.exporter_lines import (  # noqa: F401  row_encoder: tests and callers import it from here
    RowLines,
    SqlJsonFailed,
    row_encoder,
    sql_json_ready,
)
from fupin_desktop.sync.fileio import WrittenFile, write_verified
from fupin_desktop.sync.keys import DeviceKeys, JoinRequest, load_device_keys
from fupin_desktop.sync.package import (
    CONFLICTS_TABLE,
    IN_MEMORY_BYTES,
    KIND_CHANGES,
    KIND_ENROLMENT,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
)
from fupin_desktop.sync.rows import codec
from fupin_desktop.sync.scope import NOT_SENT_TO_LAPTOPS, REFERENCE_TABLES, export_filter
from fupin_desktop.sync.trust import (
    ROLE_COUNTY,
    ROLE_LAPTOP,
    TrustedKeyInfo,
    clean_laptop_label,
    county_key,
    enrol_laptop,
    escrow_keys,
    laptops_for,
)
from fupin_desktop.sync.watermarks import Vector, my_vector, peer_acks, vector_to_json

LAPTOP_LABEL_SETTING = local.LAPTOP_LABEL_SETTING

Progress = Callable[[int, int], bool]
SUFFIX = ".fpkg"


@dataclass
class ExportTarget:
    device_id: str
    fingerprint: str
    label: str
    recipients: list[TrustedKeyInfo]  # sealed to these keys
    villages: list[str] | None = None  # None: every record (to the county)
    kind: str = KIND_CHANGES
    full: bool = False  # ignore acknowledgements (enrolment, villages changed)


@dataclass
class ExportResult:
    path: Path
    package_id: str
    kind: str
    size: int
    sha256: str
    records: int
    per_table: dict[str, int]
    conflicts: int
    peer_device_id: str
    peer_label: str
    peer_fingerprint: str
    recipients: list[str]
    villages: list[str] | None
    full: bool
    seq_range: tuple[int, int]
    my_fingerprint: str
    created_at: str = ""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


# --- choosing the receiver ------------------------------------------------------------------

def target_to_county(db: Database) -> ExportTarget:
    keys = load_device_keys(db.path)
    with db.engine.connect() as conn:
        county = county_key(conn)
        escrow = escrow_keys(conn)
    if county is None:
        raise KeyProblem("本机尚未加入县级：请先用“生成加入申请”把申请交给县里，并导入县里发回的设置包",
                         "not enrolled: make a join request and import the county's enrolment package")
    if county.fingerprint == keys.fingerprint:
        raise KeyProblem("本机是县级：请在“导出同步包”的“接收方”里选一台村级电脑，新电脑选“新电脑：按加入申请文件加入…”",
                         "this is the county office: choose the laptop under Receiver in Sync › Export sync package",
                         detail="fupin export: name the laptop with --village CODE or --to, a new one with --for REQUEST")
    return ExportTarget(county.device_id, county.fingerprint, county.label, [county] + escrow)


def _last_reported_villages(conn: Connection, peer_device_id: str) -> list[str] | None:
    t = PackageLog.__table__
    row = conn.execute(select(t.c.summary).where(t.c.direction == "imported", t.c.peer_device_id == peer_device_id)
                       .order_by(t.c.at.desc()).limit(1)).first()
    if row is None:
        return None
    return list(json.loads(row[0] or "{}").get("villages", []))


def targets_from_county(db: Database, village_codes: list[str] | None = None, to: str | None = None,
                        join_request: JoinRequest | None = None, laptop_label: str = "") -> list[ExportTarget]:
    keys = load_device_keys(db.path)
    with db.engine.connect() as conn:
        county = county_key(conn)
    if county is None or county.fingerprint != keys.fingerprint:
        raise KeyProblem("本机不是县级：县里的电脑请先在“同步 → 密钥与加入”里点“初始化为县级…”",
                         "this installation is not the county office: the county's computer first uses "
                         "Set up as county office in Sync › Keys and joining",
                         detail="fupin keys init-county --out DIR")
    if join_request is not None:
        laptops = [enrol_laptop(db, join_request, village_codes or [], laptop_label)]
    else:
        laptops = laptops_for(db, village_codes, to)
        if not laptops:
            raise KeyProblem("没有找到分配了这些村的村级电脑（或它的密钥已被吊销）：新电脑请在“接收方”里选"
                             "“新电脑：按加入申请文件加入…”，再选它的加入申请文件",
                             "no enrolled laptop for those villages (or its key was revoked): enrol a new one "
                             "from its join request under Receiver",
                             detail="fupin export: enrol a new laptop with --for REQUEST --village CODE")
    targets = []
    with db.engine.connect() as conn:
        for laptop in laptops:
            reported = _last_reported_villages(conn, laptop.device_id)
            kind = KIND_ENROLMENT if reported is None else KIND_CHANGES
            full = reported is None or not set(laptop.villages) <= set(reported)
            targets.append(ExportTarget(laptop.device_id, laptop.fingerprint, laptop.label, [laptop],
                                        villages=list(laptop.villages), kind=kind, full=full))
    return targets


# --- collecting rows ------------------------------------------------------------------------

def _where(table: str, acks: Vector, villages: list[str] | None, full: bool) -> tuple[str, str, tuple, tuple] | None:
    """(CTE, WHERE, the CTE's params, the WHERE's params) for the rows of ``table`` to send; None
    when the table is not sent."""
    conditions: list[str] = []
    params: list = []
    cte, cte_params = "", []
    if villages is not None:
        if table in NOT_SENT_TO_LAPTOPS:
            return None
        scope = export_filter(table, villages)
        if scope is not None:
            conditions.append(scope[0])
            params.extend(scope[1])
    if not full and acks:
        cte = "WITH _ack(d, h) AS (VALUES " + ", ".join("(?, ?)" for _ in acks) + ") "
        for device_id, mark in sorted(acks.items()):
            cte_params += [device_id, mark.hlc]
        conditions.append("NOT EXISTS (SELECT 1 FROM _ack a WHERE a.d = t.device_id AND a.h >= t.hlc)")
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    return cte, where, tuple(cte_params), tuple(params)


def _record_in_scope(conn: Connection, villages: list[str] | None):
    if villages is None:
        return None

    def check(table: str, record_id: str) -> bool:
        if table in REFERENCE_TABLES:
            return True
        if table in NOT_SENT_TO_LAPTOPS:
            return False
        where = export_filter(table, villages)
        assert where is not None  # only reference tables (answered above) are sent whole
        cond, params = where
        return conn.exec_driver_sql(f'SELECT 1 FROM "{table}" t WHERE t.id = ? AND {cond}',
                                    (record_id,) + params).first() is not None
    return check


def _sender_info(conn: Connection, keys: DeviceKeys, me: str) -> dict:
    county = county_key(conn)
    is_county = county is not None and county.fingerprint == keys.fingerprint
    # A laptop goes by the short name the county gave it at enrolment, never by its user's name.
    label = local.get_setting(conn, LAPTOP_LABEL_SETTING) or local.get_setting(conn, "unit")
    if is_county and county is not None:
        label = county.label or label
    return {"device_id": me, "fingerprint": keys.fingerprint, "signing_key": keys.public.signing_key,
            "age_recipient": keys.public.age_recipient, "role": ROLE_COUNTY if is_county else ROLE_LAPTOP,
            "label": label or me}


def default_file_name(sender_tag: str, package_id: str) -> str:
    return f"fupin-{sender_tag}-{datetime.now():%Y%m%d}-{package_id[:6]}{SUFFIX}"


def package_tag(conn: Connection, laptop_label: str, village_codes: list[str], to_county: bool) -> str:
    """Which laptop and which villages, and which way: "甲村1号-甲村-上报" (laptop to county) or
    "甲村1号-甲村等2村-下发" (county to laptop). Laptop labels are names the county gave the
    machines, and village names are public: no person's name is ever in a file name."""
    names = dict(conn.execute(select(Village.__table__.c.code, Village.__table__.c.name)).all())
    first = clean_laptop_label(names.get(village_codes[0], village_codes[0])) if village_codes else ""
    villages = f"{first}等{len(village_codes)}村" if len(village_codes) > 1 else first
    parts = [p for p in (clean_laptop_label(laptop_label), villages) if p]
    return "-".join(parts + ["上报" if to_county else "下发"])


def export_package(db: Database, out: Path, target: ExportTarget, progress: Progress | None = None,
                   write_progress: Progress | None = None) -> ExportResult:
    """Write one package for ``target`` to ``out`` (a file, or a folder to name it in)."""
    keys = load_device_keys(db.path)
    package_id = uuid.uuid4().hex
    created_at = datetime.now().isoformat(timespec="seconds")
    with _Spool(Path(db.path).parent) as spool:
        return _export(db, out, target, progress, write_progress, keys, package_id, created_at, spool)


def _export(db: Database, out: Path, target: ExportTarget, progress: Progress | None,
            write_progress: Progress | None, keys: DeviceKeys, package_id: str, created_at: str,
            spool: _Spool) -> ExportResult:
    with db.engine.connect() as conn:
        trans = conn.begin()  # one read snapshot: rows, vector and clock agree
        try:
            vector = my_vector(conn)
            me = db.device_id
            acks = {} if target.full else peer_acks(conn, target.device_id)
            plans = []
            for model in SYNCED_TABLES:
                c = codec(model)
                where = _where(c.name, acks, target.villages, target.full)
                if where is None:
                    continue
                cte, cond, cte_params, where_params = where
                count = conn.exec_driver_sql(f'{cte}SELECT count(*) FROM "{c.name}" t{cond}',
                                             cte_params + where_params).scalar_one()
                if count:
                    plans.append((c, where, count))
            raw = conn.connection.driver_connection
            assert raw is not None  # an open connection has its driver connection
            sql_json = sql_json_ready(raw)
            try:
                writer, collector, per_table = _write_parts(raw, me, plans, progress, sql_json, spool)
            except SqlJsonFailed:  # a value SQLite cannot write as JSON: the whole package the Python way
                writer, collector, per_table = _write_parts(raw, me, plans, progress, False, spool)
            conflicts = conflict_lines(conn, _record_in_scope(conn, target.villages))
            if conflicts:
                with spool.writing():
                    writer.write_part(CONFLICTS_TABLE, CONFLICT_COLUMNS, conflicts)
            sender = _sender_info(conn, keys, me)
            manifest: dict[str, Any] = {
                "format": PACKAGE_FORMAT, "format_version": PACKAGE_FORMAT_VERSION,
                "schema_version": CURRENT_VERSION, "app_version": __version__,
                "package_id": package_id, "kind": target.kind, "created_at": created_at,
                "sender": sender, "recipient": {"device_id": target.device_id, "fingerprint": target.fingerprint,
                                                "label": target.label},
                "clock": vector[me].hlc, "acknowledgements": vector_to_json(vector),
                "seq_range": [collector.seq_lo or 0, collector.seq_hi], "full": target.full,
                "parts": [p.as_json() for p in writer.parts],
                "villages": sorted(target.villages) if target.villages is not None else _own_villages(conn),
            }
            if sender["role"] == ROLE_COUNTY:
                county = county_key(conn)
                assert county is not None  # the sender is the county office, so its key is trusted here
                manifest["county_keys"] = [
                    {"role": k.role, "fingerprint": k.fingerprint, "signing_key": k.signing_key,
                     "age_recipient": k.age_recipient, "label": k.label}
                    for k in [county] + escrow_keys(conn)
                ]
        finally:
            trans.rollback()
    # The zip and then the ciphertext go to temporary files (in memory while small), never the
    # whole package in memory; the stick is written once, from the sealed file.
    with spool.writing():
        writer.finish(manifest, keys.sign)
        zipped = spool.files[-1]  # the zip _write_parts made last
        zipped.seek(0)
        sealed = spool.new()
        length, sha256 = envelope.seal_to(zipped, sealed, [k.age_recipient for k in target.recipients])
        zipped.close()
        sealed.seek(0)
    recipient_fps = [k.fingerprint for k in target.recipients]
    # The receiver's name in the plain first line, so "not for this machine" can say for whom it is.
    header = envelope.envelope_line_for(envelope.KIND_PACKAGE, package_id, recipient_fps, length, sha256,
                                        to=clean_laptop_label(target.label))
    out = Path(out)
    if out.is_dir():
        with db.engine.connect() as conn:
            if sender["role"] == ROLE_COUNTY:
                tag = package_tag(conn, target.label, list(target.villages or []), to_county=False)
            else:
                tag = package_tag(conn, sender["label"], list(manifest["villages"]), to_county=True)
        out = out / default_file_name(tag, package_id)
    written: WrittenFile = write_verified(out, _pieces(header, sealed, spool), write_progress, len(header) + length)
    records = sum(per_table.values())
    seq_range = (collector.seq_lo or 0, collector.seq_hi)
    with db.connect() as conn:
        conn.execute(PackageLog.__table__.insert().values(
            package_id=package_id, direction="exported", peer_device_id=target.device_id, at=created_at,
            file_name=written.path.name, seq_from=seq_range[0], seq_to=seq_range[1], record_count=records,
            summary=json.dumps({"per_table": per_table, "kind": target.kind, "full": target.full,
                                "villages": target.villages, "recipients": recipient_fps, "peer": target.label,
                                "conflicts": len(conflicts), "sha256": written.sha256},
                               ensure_ascii=False, sort_keys=True),
        ))
        local.record_audit(conn, "sync.export", entity="package", entity_id=package_id,
                           detail={"peer": target.device_id, "records": records, "kind": target.kind})
    return ExportResult(
        path=written.path, package_id=package_id, kind=target.kind, size=written.size, sha256=written.sha256,
        records=records, per_table=per_table, conflicts=len(conflicts), peer_device_id=target.device_id,
        peer_label=target.label, peer_fingerprint=target.fingerprint, recipients=recipient_fps,
        villages=target.villages, full=target.full, seq_range=seq_range, my_fingerprint=keys.fingerprint,
        created_at=created_at,
    )


class _Spool:
    """The export's temporary files, in the database's folder (the plaintext zip lies beside the
    database that holds the same data), held in memory up to IN_MEMORY_BYTES; a file has no name
    on POSIX and is deleted on close on Windows, and all are closed when the export ends."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.files: list[BinaryIO] = []

    def new(self) -> BinaryIO:
        spooled = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES, mode="w+b", prefix=".fupin-export-",
                                                dir=str(self.folder))
        self.files.append(spooled)  # type: ignore[arg-type]  # a binary file; typeshed's class is not BinaryIO
        return spooled  # type: ignore[return-value]

    @contextmanager
    def writing(self):
        """A full disk in the database's folder is one plain line, as for the stick."""
        try:
            yield
        except OSError as exc:
            zh, en = os_reason(exc)
            raise WriteFailed(f"导出时写入临时文件失败（{zh}）。请在数据库所在的磁盘上腾出空间或检查权限后重试；"
                              "数据未改动",
                              f"cannot write the export's temporary file ({en}); nothing was changed",
                              detail=f"{type(exc).__name__}: {exc}") from exc

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *exc) -> None:
        for fh in self.files:
            fh.close()


def _pieces(header: bytes, sealed: BinaryIO, spool: _Spool) -> Iterator[bytes]:
    yield header
    while True:
        with spool.writing():
            block = sealed.read(READ_BLOCK)
        if not block:
            return
        yield block


def _write_parts(raw, me: str, plans: list, progress: Progress | None, sql_json: bool,
                 spool: _Spool) -> tuple[ZipWriter, RowLines, dict[str, int]]:
    for earlier in spool.files:  # an earlier attempt's zip (SQLite could not write a value)
        earlier.close()
    with spool.writing():
        writer = ZipWriter(out=spool.new())
        collector = RowLines(raw, me, progress, sql_json)
        collector.total = max(sum(count for _c, _where, count in plans), 1)
        per_table: dict[str, int] = {}
        try:
            for c, (cte, cond, cte_params, where_params), _count in plans:
                lines = collector.lines(c, cte, cond, cte_params, where_params)
                per_table[c.name] = writer.write_part(c.name, list(c.columns), lines).records
        except BaseException:
            with suppress(Exception):  # closed now, while its file is open (not by the collector, later)
                writer.zip.close()
            raise
    return writer, collector, per_table


def _own_villages(conn: Connection) -> list[str]:
    county = county_key(conn)
    return sorted(county.villages) if county else []
