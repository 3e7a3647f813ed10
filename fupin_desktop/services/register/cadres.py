"""帮扶责任人: the list of cadres a cadre manages (add, edit, retire) and the default one.

A retired cadre stays on the households, measures and visits that name it (old cards still print
the name) but is no longer offered for new ones. The default is the cadre first start made from
the person using this installation (setting ``default_cadre_id``); new households start with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import func, select

from fupin_desktop.domain.phone import normalize_phone, phone_problem
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.setup.settings import get_setting, set_setting
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Cadre, Household

DEFAULT_KEY = "default_cadre_id"
EDITED_FIELDS = ("name", "unit", "post", "phone", "village_id")


@dataclass(frozen=True)
class CadreRecord:
    id: str
    name: str
    unit: str
    post: str
    phone: str
    village_id: Optional[str]
    retired: bool
    households: int  # live households naming this cadre as 帮扶责任人
    is_default: bool


@dataclass
class CadreDraft:
    id: Optional[str] = None  # None: a new cadre
    name: str = ""
    unit: str = ""
    post: str = ""
    phone: str = ""
    village_id: Optional[str] = None


@dataclass
class CadreSaveResult:
    saved: bool
    id: str = ""
    errors: dict[str, str] = field(default_factory=dict)  # field -> Chinese message


def list_cadres(db: Database, include_retired: bool = True) -> list[CadreRecord]:
    """Active cadres first, then retired ones, each by name; with the households each is responsible for."""
    default = get_setting(db, DEFAULT_KEY, "")
    with db.engine.connect() as conn:
        counts = dict(conn.execute(
            select(Household.responsible_cadre_id, func.count())
            .where(Household.deleted == False, Household.responsible_cadre_id.is_not(None))  # noqa: E712
            .group_by(Household.responsible_cadre_id)).all())
        query = select(Cadre.id, Cadre.name, Cadre.unit, Cadre.post, Cadre.phone, Cadre.village_id, Cadre.retired) \
            .where(Cadre.deleted == False)  # noqa: E712
        if not include_retired:
            query = query.where(Cadre.retired == False)  # noqa: E712
        rows = conn.execute(query).all()
    records = [CadreRecord(r.id, r.name, r.unit, r.post, r.phone, r.village_id, bool(r.retired),
                           counts.get(r.id, 0), r.id == default) for r in rows]
    return sorted(records, key=lambda c: (c.retired, not c.is_default, c.name))


def load_cadre(db: Database, cadre_id: str) -> CadreDraft:
    with db.session() as session:
        cadre = session.get(Cadre, cadre_id)
        if cadre is None or cadre.deleted:
            raise KeyError(cadre_id)
        return CadreDraft(cadre.id, *(getattr(cadre, name) or ("" if name != "village_id" else None)
                                      for name in EDITED_FIELDS))


def validate_cadre(draft: CadreDraft) -> dict[str, str]:
    errors = {}
    if not draft.name.strip():
        errors["name"] = "请填写帮扶责任人的姓名。"
    problem = phone_problem(draft.phone)
    if problem:
        errors["phone"] = problem
    return errors


def save_cadre(db: Database, draft: CadreDraft) -> CadreSaveResult:
    errors = validate_cadre(draft)
    if errors:
        return CadreSaveResult(False, draft.id or "", errors)
    values = {"name": draft.name.strip(), "unit": draft.unit.strip(), "post": draft.post.strip(),
              "phone": normalize_phone(draft.phone), "village_id": draft.village_id or None}
    with db.transaction() as session:
        cadre = session.get(Cadre, draft.id) if draft.id else None
        if cadre is None:
            cadre = Cadre(**values)
            session.add(cadre)
            session.flush()
            record_event(session, "cadre.create", "cadre", cadre.id, {"name": values["name"]})
        else:
            changed = [name for name, value in values.items() if getattr(cadre, name) != value]
            for name in changed:
                setattr(cadre, name, values[name])
            if changed:
                record_event(session, "cadre.update", "cadre", cadre.id, {"name": values["name"], "fields": changed})
        draft.id = cadre.id
    return CadreSaveResult(True, draft.id)


def set_retired(db: Database, cadre_id: str, retired: bool = True) -> None:
    """Retire (or bring back) a cadre; the records that name it keep it."""
    with db.transaction() as session:
        cadre = session.get(Cadre, cadre_id)
        if cadre is None or cadre.deleted:
            raise KeyError(cadre_id)
        if bool(cadre.retired) != retired:
            cadre.retired = retired
            record_event(session, "cadre.retire" if retired else "cadre.reinstate", "cadre", cadre.id,
                         {"name": cadre.name})
    if retired and get_setting(db, DEFAULT_KEY, "") == cadre_id:
        set_setting(db, DEFAULT_KEY, "")  # a retired cadre is nobody's default


def default_cadre_id(db: Database) -> str:
    """The cadre new households start with: "" when none is set or it was retired or deleted."""
    cadre_id = get_setting(db, DEFAULT_KEY, "")
    if not cadre_id:
        return ""
    with db.engine.connect() as conn:
        row = conn.execute(select(Cadre.retired, Cadre.deleted).where(Cadre.id == cadre_id)).first()
    return cadre_id if row is not None and not row.retired and not row.deleted else ""


def set_default_cadre(db: Database, cadre_id: str) -> None:
    set_setting(db, DEFAULT_KEY, cadre_id)


def ensure_default_cadre(db: Database, name: str, unit: str = "", phone: str = "") -> str:
    """First start: the person using this installation becomes a 帮扶责任人 and the default one.

    Does nothing when a default is already set (first start runs once; 设置 may save the profile
    again). An active cadre of the same name is reused rather than made twice.
    """
    name = name.strip()
    if not name or default_cadre_id(db):
        return default_cadre_id(db)
    with db.engine.connect() as conn:
        existing = conn.execute(select(Cadre.id).where(Cadre.name == name, Cadre.deleted == False,  # noqa: E712
                                                       Cadre.retired == False)).scalars().first()  # noqa: E712
    if existing is None:
        phone = phone if phone_problem(phone) is None else ""
        existing = save_cadre(db, CadreDraft(name=name, unit=unit, phone=phone)).id
    set_default_cadre(db, existing)
    return existing
