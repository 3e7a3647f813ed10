"""Test sites (county office, village laptops) built in temporary folders, and package plumbing."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from sqlmodel import select

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.store.engine import Database, open_database
from fupin_desktop.store.models import Area, Cadre, Household, Measure, Member, Plan, Village
from fupin_desktop.sync import envelope
from fupin_desktop.sync.container import MANIFEST, SIGNATURE
from fupin_desktop.sync.exporter import export_package, target_to_county, targets_from_county
from fupin_desktop.sync.importer import import_package
from fupin_desktop.sync.keys import DeviceKeys, load_device_keys, make_join_request, read_join_request
from fupin_desktop.sync.merge import effective_stamps
from fupin_desktop.sync.rows import codecs_by_name
from fupin_desktop.sync.scope import export_filter
from fupin_desktop.sync.trust import init_county

VILLAGES = ("411525100201", "411525100202")
COMPARED = ("area", "village", "cadre", "household", "member", "plan", "measure", "fund_entry", "visit", "target",
            "rectification")


@dataclass
class Site:
    name: str
    path: Path
    db: Database

    @property
    def keys(self) -> DeviceKeys:
        return load_device_keys(self.path)

    def reopen(self) -> None:
        self.db.close()
        self.db = open_database(self.path)


def new_site(root: Path, name: str) -> Site:
    path = root / name / f"{name}.db"
    return Site(name, path, open_database(path))


def seed_county(db: Database, villages=VILLAGES, households: int = 3) -> None:
    with db.transaction() as s:
        s.add(Area(code="411525000000", name="固始县", level="county"))
        s.add(Area(code="411525100000", name="城关镇", level="township", parent_code="411525000000"))
        serial = 0
        for vi, code in enumerate(villages):
            v = Village(code=code, name=f"第{vi + 1}村", township_code="411525100000")
            s.add(v)
            s.flush()
            cadre = Cadre(name=f"干部{vi}", unit="县扶贫办", village_id=v.id)
            s.add(cadre)
            s.flush()
            for h in range(households):
                head = f"户主{vi}{h}"
                hh = Household(village_id=v.id, household_no=f"{code}{h + 1:04d}", head_name=head, size=2,
                               group_name="第1组", responsible_cadre_id=cadre.id, main_cause="illness",
                               status="not_exited")  # 脱贫状态 is required (household.status_missing)
                s.add(hh)
                s.flush()
                for m, (name, rel) in enumerate([(head, "head"), (f"{head}妻", "spouse")]):
                    serial += 1
                    s.add(Member(household_id=hh.id, sort_order=m, name=name, relationship=rel, sex="male",
                                 id_number=make_id("411525", date(1970 + h, 1 + m, 1), serial)))
                plan = Plan(household_id=hh.id, year=2024)
                s.add(plan)
                s.flush()
                s.add(Measure(plan_id=plan.id, scope="household", item_code="industry", amount=1000.0))


def make_county(root: Path, villages=VILLAGES, households: int = 3) -> Site:
    site = new_site(root, "county")
    init_county(site.db, root / "escrow", "固始县扶贫办")
    seed_county(site.db, villages, households)
    return site


def enrol(county: Site, laptop: Site, villages, stick: Path):
    request = read_join_request(make_join_request(laptop.keys, laptop.db.device_id, laptop.name, "村委", ""))
    [target] = targets_from_county(county.db, list(villages), join_request=request)
    result = export_package(county.db, stick, target)
    return import_package(laptop.db, result.path)


def export_to(sender: Site, receiver: Site, stick: Path):
    """The package ``sender`` would write for ``receiver`` (county -> laptop or laptop -> county)."""
    try:
        target = target_to_county(sender.db)
    except Exception:
        [target] = targets_from_county(sender.db, to=receiver.db.device_id)
    return export_package(sender.db, stick, target)


def ship(sender: Site, receiver: Site, stick: Path, **kw):
    return import_package(receiver.db, export_to(sender, receiver, stick).path, **kw)


def content(db: Database, villages=None, tables=COMPARED) -> dict:
    """Per table: {id: (merge-field values, explicit field stamps)} -- what must agree between copies."""
    out = {}
    with db.engine.connect() as conn:
        for name in tables:
            c = codecs_by_name()[name]
            cond, params = "", ()
            if villages is not None:
                scope = export_filter(name, list(villages))
                if scope is not None:
                    cond, params = " WHERE " + scope[0], scope[1]
            rows = conn.exec_driver_sql(f"{c.select_sql()} t{cond}", params).all()
            out[name] = {r[c.index["id"]]: (tuple(r[k] for k in c.merge_idx),
                                            tuple(sorted(effective_stamps(c, list(r)).items()))) for r in rows}
    return out


def conflict_set(db: Database) -> set:
    with db.engine.connect() as conn:
        return {tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, table_name, record_id, field, winner_stamp, loser_stamp, resolved FROM sync_conflict")}


def file_sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def closed_sha(site: Site) -> str:
    """Close the database (WAL checkpointed) and hash the file; the site is reopened."""
    site.db.close()
    assert not Path(str(site.path) + "-wal").exists() or Path(str(site.path) + "-wal").stat().st_size == 0
    digest = file_sha(site.path)
    site.db = open_database(site.path)
    return digest


def edit(site: Site, model, record_id: str, **values) -> None:
    with site.db.transaction() as s:
        obj = s.get(model, record_id)
        for k, v in values.items():
            setattr(obj, k, v)


def first(site: Site, model, **where):
    with site.db.session() as s:
        q = select(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return s.exec(q.order_by(model.id)).first()


# --- crafting hostile packages --------------------------------------------------------------

def unpack(path: Path, receiver_keys: DeviceKeys) -> tuple[dict, list[tuple[str, bytes]]]:
    """(manifest, [(member name, bytes)]) of a real package."""
    env, ct = envelope.parse(Path(path).read_bytes(), envelope.KIND_PACKAGE)
    payload = envelope.decrypt(env, ct, {receiver_keys.fingerprint: receiver_keys.age_identity})
    zf = zipfile.ZipFile(io.BytesIO(payload))
    members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    manifest = json.loads(dict(members)[MANIFEST])
    return manifest, [(n, d) for n, d in members if n not in (MANIFEST, SIGNATURE)]


def repack(out: Path, manifest: dict, members: list[tuple[str, bytes]], signer: DeviceKeys, recipient: DeviceKeys,
           extra: Callable[[zipfile.ZipFile], None] | None = None, fix_parts: bool = True,
           compress=zipfile.ZIP_DEFLATED) -> Path:
    """Build a package from parts, re-signed by ``signer`` and sealed to ``recipient``."""
    if fix_parts:
        data = dict(members)
        for part in manifest["parts"]:
            if part["name"] in data:
                blob = data[part["name"]]
                part["sha256"] = hashlib.sha256(blob).hexdigest()
                part["records"] = blob.count(b"\n")
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compress) as zf:
        for name, blob in members:
            zf.writestr(name, blob)
        zf.writestr(MANIFEST, raw)
        zf.writestr(SIGNATURE, signer.sign(raw).hex())
        if extra:
            extra(zf)
    ct = envelope.seal(buffer.getvalue(), [recipient.public.age_recipient])
    header = envelope.envelope_line(envelope.KIND_PACKAGE, manifest["package_id"], [recipient.fingerprint], ct)
    Path(out).write_bytes(header + ct)
    return Path(out)
