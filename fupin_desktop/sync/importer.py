"""Importing a package: verify -> (dry run | backup + apply in ONE transaction) -> watermarks.

The dry run is the very same code path rolled back at the end, so its counts are exactly what
the import will do. Any problem anywhere -- a malformed row, a part whose hash differs from the
manifest, a record referring to a parent that is nowhere, a cancel -- rolls everything back and
the database is as it was. Importing a package a second time changes nothing and says when it
was imported.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Sequence

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from fupin_desktop.store.copies import automatic_backup
from fupin_desktop.store.engine import Database, scratch_copy
from fupin_desktop.store.hlc import parse_hlc
from fupin_desktop.store.migrations import CURRENT_VERSION
from fupin_desktop.store.models import SYNCED_TABLES, PackageLog
from fupin_desktop.store.stamps import observe_remote, reserve_stamps
from fupin_desktop.sync import local
from fupin_desktop.sync.adopt import adopt_same_code
from fupin_desktop.sync.change_preview import ChangeCollector, ChangeLine
from fupin_desktop.sync.conflicts import field_label, merge_conflict_rows, record_conflicts, record_label, table_label
from fupin_desktop.sync.container import part_en, part_zh
from fupin_desktop.sync.errors import Cancelled, IntegrityProblem, InvalidRow
from fupin_desktop.sync.keys import load_device_keys
from fupin_desktop.sync.merge import CHANGED, NEW, FieldConflict, merge_row
from fupin_desktop.sync.package import (
    CONFLICTS_TABLE,
    KIND_ENROLMENT,
    OpenedPackage,
    clock_limit,
    open_package,
)
from fupin_desktop.sync.row_meaning import check_meaning, references
from fupin_desktop.sync.rows import TableCodec, codec
from fupin_desktop.sync.scope import ScopeGuard
from fupin_desktop.sync.trust import ROLE_COUNTY, ROLE_ESCROW, ROLE_LAPTOP, TrustedKeyInfo, find_key, upsert_key
from fupin_desktop.sync.watermarks import knows, my_vector, raise_received, set_acks

Progress = Callable[[int, int], bool]
BATCH = 2000
# A bigger page cache than the default while importing. 64 MiB: at county scale (50,000 households
# into an empty database) 32, 64, 128 and 192 MiB import in the same time, and 192 MiB took the
# import past its 300 MB memory budget (issue 14).
IMPORT_CACHE_KIB = 64 * 1024
IN_CHUNK = 900

STATUS_IMPORTED = "imported"
STATUS_DRY_RUN = "dry_run"
STATUS_ALREADY = "already_imported"


@dataclass
class TableCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0


@dataclass
class ImportReport:
    status: str
    package_id: str
    kind: str
    file_name: str
    sender_device_id: str
    sender_fingerprint: str
    sender_label: str
    sender_role: str
    created_at: str
    imported_at: str = ""
    records: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0
    duplicates: int = 0
    per_table: dict[str, TableCounts] = field(default_factory=dict)
    conflict_ids: list[str] = field(default_factory=list)
    backup_path: str = ""
    first_contact: bool = False  # enrolment: the county key is trusted on the strength of the fingerprint
    villages: list[str] = field(default_factory=list)
    changes: list[ChangeLine] = field(default_factory=list)  # the first few hundred, in words
    changes_more: int = 0  # changes beyond those listed

    def as_dict(self) -> dict:
        return asdict(self)


def _report(pkg: OpenedPackage, status: str) -> ImportReport:
    m = pkg.manifest
    return ImportReport(
        status=status, package_id=m.package_id, kind=m.kind, file_name=pkg.path.name,
        sender_device_id=m.sender.device_id, sender_fingerprint=m.sender.fingerprint,
        sender_label=(pkg.signer.label if pkg.signer else m.sender.label), sender_role=m.sender.role,
        created_at=m.created_at, records=sum(p.records for p in m.parts if p.table != CONFLICTS_TABLE),
        first_contact=pkg.first_contact, villages=list(m.villages),
    )


def previous_import(db: Database, package_id: str) -> str | None:
    with db.engine.connect() as conn:
        return _imported_at(conn, package_id)


def _imported_at(conn, package_id: str) -> str | None:
    t = PackageLog.__table__
    row = conn.execute(select(t.c.at).where(t.c.package_id == package_id, t.c.direction == "imported")).first()
    return row[0] if row else None


def import_package(db: Database, path: Path, *, dry_run: bool = False, progress: Progress | None = None,
                   accept_clock_skew: bool = False, extra_identities: Sequence = (),
                   make_backup: bool = True) -> ImportReport:
    keys = load_device_keys(db.path)
    with open_package(db, Path(path), keys, extra_identities, accept_clock_skew) as pkg:
        return _import_opened(db, pkg, dry_run, progress, make_backup)


def _import_opened(db: Database, pkg: OpenedPackage, dry_run: bool, progress: Progress | None,
                   make_backup: bool) -> ImportReport:
    before = previous_import(db, pkg.manifest.package_id)
    if before:
        report = _report(pkg, STATUS_ALREADY)
        report.imported_at = before
        return report
    report = _report(pkg, STATUS_DRY_RUN if dry_run else STATUS_IMPORTED)
    if not dry_run and make_backup:
        report.backup_path = str(automatic_backup(db.path, "pre-import"))
    if dry_run:
        # Applied to a private copy and thrown away: a preview never takes the write lock, so it
        # never makes another writer wait.
        with scratch_copy(db) as engine:
            done = _apply_in(engine, pkg, report, progress, dry_run=True)
    else:
        # A real import takes the write lock before its first read (BEGIN IMMEDIATE), so it waits
        # for another writer instead of failing.
        done = _apply_in(db.write_engine, pkg, report, progress, dry_run=False)
    if done is not report:
        return done
    report.imported_at = datetime.now().isoformat(timespec="seconds")
    return report


def _apply_in(engine, pkg: OpenedPackage, report: ImportReport, progress: Progress | None,
              dry_run: bool) -> ImportReport:
    """Apply the package in one transaction on ``engine``: committed, or rolled back for a dry run.
    Returns ``report``, or an 已导入 report when another import got there first."""
    with engine.connect() as conn:
        # A bigger page cache while importing: index pages of random UUID keys stay in memory.
        raw = conn.connection.driver_connection  # outside SQLAlchemy's transaction bookkeeping
        assert raw is not None  # an open connection has its driver connection
        cache_size = raw.execute("PRAGMA cache_size").fetchone()[0]
        raw.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        trans = conn.begin()
        try:
            if not dry_run:
                # Asked again under the lock: of two simultaneous imports the second says 已导入.
                before = _imported_at(conn, pkg.manifest.package_id)
                if before:
                    trans.rollback()
                    already = _report(pkg, STATUS_ALREADY)
                    already.imported_at = before
                    return already
            _Apply(conn, pkg, report, progress).run()
            if dry_run:
                trans.rollback()
            else:
                trans.commit()
        except IntegrityError as exc:
            trans.rollback()
            raise _integrity_message(exc) from exc
        except BaseException:
            trans.rollback()
            raise
        finally:
            raw.execute(f"PRAGMA cache_size = {cache_size}")
    return report


def _named(conn, table: str, record_id: str) -> str:
    """A record as a person knows it (农户 张三户（户号）), or "一条<表>记录" when it has no name to show:
    a record id is program text."""
    shown = record_label(conn, table, record_id)
    return f"一条{table_label(table)}记录" if record_id[:8] in shown else f"{table_label(table)} {shown}"


def _integrity_message(exc: IntegrityError) -> IntegrityProblem:
    text = str(exc.orig) if exc.orig else str(exc)
    if "UNIQUE" in text and text.rstrip().endswith(".id"):
        return IntegrityProblem("同步包内同一条记录出现了两次，已拒绝；数据未改动",
                                "a record is listed twice", code="duplicate_record", detail=text)
    if "UNIQUE" in text:
        # SQLite's words name the table and column ("village.code"): the log has them, the person the gist
        return IntegrityProblem(
            "同步包中的记录与本机已有的另一条记录编码重复。数据未改动；请联系县级核对区划/村代码",
            "a record's code is already used by another record here", code="duplicate_code", detail=text)
    return IntegrityProblem("同步包中的记录无法写入。数据未改动", "a record cannot be written", detail=text)


class _Apply:
    def __init__(self, conn: Connection, pkg: OpenedPackage, report: ImportReport, progress: Progress | None):
        self.conn = conn
        self.pkg = pkg
        self.m = pkg.manifest
        self.report = report
        self.progress = progress
        self.done = 0
        self.total = max(report.records, 1)
        self.limit = clock_limit(self.m)
        self.older = self.m.schema_version < CURRENT_VERSION
        self.conflicts: list[FieldConflict] = []
        self.member_ids: set[str] = set()
        self.touched: list[str] = []
        self.changes = ChangeCollector(conn)
        self.household_ids: list[str] = []  # the package's households: each in one of its villages

    def run(self) -> None:
        conn, m = self.conn, self.m
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        self.we_knew = knows(my_vector(conn))
        self.sender_knows = knows(m.acks)
        observe_remote(conn, parse_hlc(m.clock))
        self.scope = ScopeGuard.for_sender(conn, self.pkg.signer)
        parts = {p.table: p for p in m.parts}
        for model in SYNCED_TABLES:
            part = parts.get(model.__table__.name)
            if part is not None:
                self._import_part(codec(model), part)
        if CONFLICTS_TABLE in parts:
            rows = [row for _, row in self.pkg.zip.iter_rows(parts[CONFLICTS_TABLE])]
            merge_conflict_rows(conn, parts[CONFLICTS_TABLE].columns, rows)
        self.report.conflicts, self.report.conflict_ids = record_conflicts(conn, self.conflicts, m.package_id)
        self.report.duplicates = self._duplicates()
        self.changes.add_conflicts(self.conflicts)
        self.report.changes, self.report.changes_more = self.changes.finish(), self.changes.more
        self._check_references()
        raise_received(conn, m.acks)
        set_acks(conn, m.sender.device_id, m.acks)
        self._update_trust()
        self._log()

    def _import_part(self, table: TableCodec, part) -> None:
        counts = self.report.per_table.setdefault(table.name, TableCounts())
        mapper = table.mapper(part.columns, self.older)
        # An empty table (a new installation) has nothing to merge with: skip the look-ups.
        # A record listed twice then fails the primary key and the whole import is refused.
        self.empty_table = self.conn.exec_driver_sql(f'SELECT 1 FROM "{table.name}" LIMIT 1').first() is None
        batch: list[list] = []
        for lineno, value in self.pkg.zip.iter_rows(part):
            try:
                row = table.validate(mapper(value), self.limit)
                check_meaning(table, row)
                if table.name == "household":
                    self.household_ids.append(row[table.index["id"]])
                batch.append(row)
            except (ValueError, TypeError, KeyError, IndexError) as exc:
                raise InvalidRow(f"同步包内{part_zh(part.table)}第 {lineno} 行数据无效，已拒绝整个包，数据未改动",
                                 f"{part_en(part.table)} line {lineno} is invalid", detail=f"{part.name}: {exc}") from exc
            if len(batch) >= BATCH:
                self._apply_batch(table, batch, counts, part.name)
                batch = []
        if batch:
            self._apply_batch(table, batch, counts, part.name)
        self.touched.append(table.name)

    def _fetch_local(self, table: TableCodec, ids: list[str]) -> dict[str, list]:
        found: dict[str, list] = {}
        sql = table.select_sql()
        for start in range(0, len(ids), IN_CHUNK):
            chunk = ids[start:start + IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            id_i = table.index["id"]
            for row in self.conn.exec_driver_sql(f"{sql} WHERE id IN ({marks})", tuple(chunk)):
                found[row[id_i]] = list(row)
        return found

    def _apply_batch(self, table: TableCodec, batch: list[list], counts: TableCounts, part_name: str) -> None:
        id_i = table.index["id"]
        ids = [row[id_i] for row in batch]
        if len(set(ids)) != len(ids):
            raise InvalidRow(f"同步包内{part_zh(table.name)}有重复的记录编号", f"{part_en(table.name)} lists a record twice",
                             detail=part_name,
                             code="duplicate_record")
        kept: dict[str, set[str]] = {}
        if self.m.kind == KIND_ENROLMENT and not self.empty_table:
            kept = adopt_same_code(self.conn, table, batch)  # the laptop's own township/village: the county's ids
        local_rows = {} if self.empty_table else self._fetch_local(table, ids)
        to_insert: list[list] = []
        to_update: list[list] = []
        restamp: list[list] = []
        for row in batch:
            result = merge_row(table, local_rows.get(row[id_i]), row, self.sender_knows, self.we_knew)
            if result.conflicts:
                own = kept.get(row[id_i], ())  # the laptop's values beside the county's blank placeholder
                self.conflicts.extend(c for c in result.conflicts if c.field not in own)
            if result.kind == NEW:
                counts.new += 1
                self.report.new += 1
            elif result.kind == CHANGED:
                counts.changed += 1
                self.report.changed += 1
            else:
                counts.unchanged += 1
                self.report.unchanged += 1
            if result.tombstoned or (result.kind == NEW and row[table.index["deleted"]]):
                counts.deleted += 1
                self.report.deleted += 1
            if result.row is not None:
                if self.scope is not None:
                    self.scope.check(table, result.row)
                (to_insert if result.kind == NEW else to_update).append(result.row)
                self.changes.add(result.kind, table, local_rows.get(row[id_i]), result.row)
                if result.restamp:
                    restamp.append(result.row)
        if restamp:
            device_id, stamps = reserve_stamps(self.conn, len(restamp))
            for row, (seq, hlc) in zip(restamp, stamps):
                row[table.index["device_id"]], row[table.index["seq"]], row[table.index["hlc"]] = device_id, seq, hlc
        if to_insert:
            self.conn.exec_driver_sql(table.insert_sql(), [tuple(r) for r in to_insert])
        if to_update:
            self.conn.exec_driver_sql(table.update_sql(), [table.update_params(r) for r in to_update])
        if table.name == "member":
            k = table.index["id_number"]
            self.member_ids.update(r[k] for r in to_insert + to_update if r[k])
        self.done += len(batch)
        if self.progress is not None and not self.progress(self.done, self.total):
            raise Cancelled()

    def _duplicates(self) -> int:
        """Distinct national IDs, touched by this package, now held by more than one live member."""
        if not self.member_ids:
            return 0
        # "+deleted" keeps SQLite off the low-selectivity index on the tombstone flag.
        if len(self.member_ids) > 20_000:  # one pass over the index beats many IN lists
            rows = self.conn.exec_driver_sql(
                "SELECT id_number FROM member WHERE +deleted = 0 AND id_number != '' "
                "GROUP BY id_number HAVING count(*) > 1").all()
            return sum(1 for (number,) in rows if number in self.member_ids)
        numbers = sorted(self.member_ids)
        groups = 0
        for start in range(0, len(numbers), IN_CHUNK):
            chunk = numbers[start:start + IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            groups += len(self.conn.exec_driver_sql(
                f"SELECT id_number FROM member WHERE +deleted = 0 AND id_number IN ({marks}) "
                "GROUP BY id_number HAVING count(*) > 1", tuple(chunk)).all())
        return groups

    def _check_villages(self) -> None:
        """Every household the package carries lies in one of the villages its manifest names."""
        codes = sorted(set(self.m.villages or ()))
        if not codes or not self.household_ids:
            return
        marks = ",".join("?" * len(codes))
        for start in range(0, len(self.household_ids), IN_CHUNK):
            chunk = self.household_ids[start:start + IN_CHUNK]
            outside = self.conn.exec_driver_sql(
                f"SELECT h.id, v.code FROM household h JOIN village v ON v.id = h.village_id "
                f"WHERE h.id IN ({','.join('?' * len(chunk))}) AND v.code NOT IN ({marks}) LIMIT 1",
                tuple(chunk) + tuple(codes)).first()
            if outside:
                names: dict[str, str] = dict(self.conn.exec_driver_sql(
                    f"SELECT code, name FROM village WHERE code IN ({marks}, ?)", tuple(codes) + (outside[1],)).all())
                raise InvalidRow(
                    f"同步包中的农户 {record_label(self.conn, 'household', outside[0])} 属于"
                    f"{names.get(outside[1]) or outside[1]}，不在此包所列的村（"
                    f"{'、'.join(names.get(c) or c for c in codes)}）之内。已拒绝整个包，数据未改动",
                    "a household lies outside the package's villages",
                    detail=f"household {outside[0]} in village {outside[1]}, package villages {', '.join(codes)}")

    def _check_references(self) -> None:
        self._check_villages()
        for field_name, target in references().items():
            table, column = field_name.split(".", 1)
            if table not in self.touched:
                continue
            dangling = self.conn.exec_driver_sql(
                f'SELECT t.id FROM "{table}" t WHERE t."{column}" IS NOT NULL AND t."{column}" != \'\' '
                f'AND NOT EXISTS (SELECT 1 FROM "{target}" r WHERE r.id = t."{column}") LIMIT 1').first()
            if dangling:
                raise InvalidRow(
                    f"同步包中的{_named(self.conn, table, dangling[0])}的"
                    f"“{field_label(table, column)}”指向不存在的{table_label(target)}，已拒绝整个包，数据未改动",
                    "a record refers to a record that does not exist",
                    detail=f"{table} {dangling[0]}: {column} names no {target} record")
        problems: list[Any] = []  # foreign_key_check rows
        for name in self.touched:
            problems += self.conn.exec_driver_sql(f'PRAGMA foreign_key_check("{name}")').all()
            if len(problems) > 20:
                break
        if problems:
            table, _rowid, parent, _fk = problems[0]
            raise IntegrityProblem(
                f"同步包中有 {len(problems)} 条以上记录引用了不存在的上级记录（如{table_label(table)}引用的"
                f"{table_label(parent)}）。可能缺少更早的同步包；数据未改动",
                f"{len(problems)} records refer to missing records", code="missing_parent",
                detail=f"{table} -> {parent}")

    def _update_trust(self) -> None:
        m, conn = self.m, self.conn
        if m.sender.role == ROLE_COUNTY:
            county = TrustedKeyInfo(m.sender.fingerprint, ROLE_COUNTY, m.sender.device_id, m.sender.label,
                                    villages=sorted(m.villages), signing_key=m.sender.signing_key,
                                    age_recipient=m.sender.age_recipient)
            upsert_key(conn, county)
            recipient = m.raw.get("recipient") or {}
            given = str(recipient.get("label", "")).strip() if isinstance(recipient, dict) else ""
            if given:  # the name the county gave this laptop: it names our packages from now on
                local.set_setting(conn, local.LAPTOP_LABEL_SETTING, given[:32])
            for key in m.county_keys:
                if key.get("role") == ROLE_ESCROW and not find_key(conn, str(key.get("fingerprint"))):
                    upsert_key(conn, TrustedKeyInfo(str(key["fingerprint"]), ROLE_ESCROW, "", str(key.get("label", "")),
                                                    age_recipient=str(key["age_recipient"])))
        elif self.pkg.signer is not None and self.pkg.signer.role == ROLE_LAPTOP:
            signer = self.pkg.signer
            if signer.device_id != m.sender.device_id:  # a laptop restored from backup gets a new device id
                signer.device_id = m.sender.device_id
                upsert_key(conn, signer)

    def _log(self) -> None:
        m, r = self.m, self.report
        summary = {"new": r.new, "changed": r.changed, "unchanged": r.unchanged, "deleted": r.deleted,
                   "conflicts": r.conflicts, "duplicates": r.duplicates, "kind": m.kind, "villages": m.villages,
                   "sender": m.sender.label, "sender_role": m.sender.role, "created_at": m.created_at,
                   # the key, not the device id: a laptop restored from a backup keeps its key (同步状态)
                   "sender_fingerprint": m.sender.fingerprint}
        self.conn.execute(PackageLog.__table__.insert().values(
            package_id=m.package_id, direction="imported", peer_device_id=m.sender.device_id,
            at=datetime.now().isoformat(timespec="seconds"), file_name=self.pkg.path.name,
            seq_from=m.seq_range[0], seq_to=m.seq_range[1], record_count=r.records,
            summary=json.dumps(summary, ensure_ascii=False, sort_keys=True),
        ))
        local.record_audit(self.conn, "sync.import" if m.kind != KIND_ENROLMENT else "sync.enrol",
                           entity="package", entity_id=m.package_id,
                           detail={"sender": m.sender.device_id, "records": r.records, "new": r.new,
                                   "changed": r.changed, "conflicts": r.conflicts})
