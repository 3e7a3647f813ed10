"""Receipts: after importing a laptop's package, the county can write a small signed receipt back
to the stick so the cadre sees what arrived. It holds counts and dates only (nothing personal),
is signed with the county key, and is checked against the county key the laptop trusts.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from fupin_desktop.store.engine import Database
from fupin_desktop.sync.errors import BadSignature, Damaged, UnknownSigner
from fupin_desktop.sync.fileio import write_verified
from fupin_desktop.sync.importer import ImportReport
from fupin_desktop.sync.keys import load_device_keys
from fupin_desktop.sync.trust import clean_laptop_label, county_key

RECEIPT_FORMAT = "fupin-receipt"
MAX_RECEIPT_BYTES = 64 * 1024


@dataclass
class Receipt:
    package_id: str
    status: str
    imported_at: str
    receiver_fingerprint: str
    receiver_label: str
    records: int
    new: int
    changed: int
    unchanged: int
    deleted: int
    conflicts: int
    duplicates: int

    def as_dict(self) -> dict:
        return asdict(self)


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_receipt(db: Database, report: ImportReport, folder: Path) -> Path:
    keys = load_device_keys(db.path)
    with db.engine.connect() as conn:
        me = county_key(conn)
    receipt = Receipt(report.package_id, report.status, report.imported_at, keys.fingerprint,
                      me.label if me is not None else "", report.records, report.new, report.changed,
                      report.unchanged, report.deleted, report.conflicts, report.duplicates)
    body = {"format": RECEIPT_FORMAT, "version": 1, **receipt.as_dict()}
    signed = dict(body, signature=base64.b64encode(keys.sign(_canonical(body))).decode("ascii"))
    data = json.dumps(signed, ensure_ascii=False, indent=1).encode("utf-8")
    return write_verified(_receipt_path(Path(folder), report), [data]).path


def _receipt_path(folder: Path, report: ImportReport) -> Path:
    """fupin-receipt-第1村1号电脑-20261204-2211.json: the laptop and the time a person recognises on the
    stick (older receipts, named by the package id, are read all the same: the file's name is never
    read); "-2", "-3" when one of that name is already there."""
    when = "".join(c for c in report.imported_at[:16] if c.isdigit())
    when = f"{when[:8]}-{when[8:]}" if len(when) == 12 else (when or "receipt")
    stem = "-".join(p for p in ("fupin-receipt", clean_laptop_label(report.sender_label), when) if p)
    path, n = folder / f"{stem}.json", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.json"
    return path


def read_receipt(db: Database, path: Path) -> Receipt:
    """A receipt checked against the county key this laptop trusts."""
    try:
        raw = Path(path).read_bytes()
        if len(raw) > MAX_RECEIPT_BYTES:
            raise ValueError("too large")
        obj = json.loads(raw)
        if obj.get("format") != RECEIPT_FORMAT:
            raise ValueError("not a receipt")
        signature = base64.b64decode(obj.pop("signature"), validate=True)
        fields = {k: obj[k] for k in Receipt.__dataclass_fields__}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Damaged("回执文件无效或已损坏", "invalid receipt", detail=str(exc)) from exc
    with db.engine.connect() as conn:
        county = county_key(conn)
    if county is None or county.fingerprint != fields["receiver_fingerprint"]:
        raise UnknownSigner("此回执不是本机信任的县级单位开具的", "receipt is not from the trusted county")
    if not county.public.verify(_canonical(obj), signature):
        raise BadSignature("回执签名不符，内容可能被改动过", "receipt signature does not verify")
    return Receipt(**fields)
