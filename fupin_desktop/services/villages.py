"""The village form's data: indicators, poverty-village flag, exit year, and the live poverty incidence.

The incidence is computed the way the exit assessment does it (``domain.village_exit``): remaining
poor people in the register ÷ the registered rural population typed in the form, so the form can
recompute it on every keystroke from one count read when it opens.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from sqlalchemy import func, select

from fupin_desktop.domain.village_exit import ExitAssessment, VillageFacts, assess_village
from fupin_desktop.services.audit import record_event
from fupin_desktop.services.exit_check import indicator_rules, remaining_poor_by_village
from fupin_desktop.services.settings import incidence_threshold
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Cadre, Household, Village, new_id
from fupin_desktop.store.stamps import content_fields

VILLAGE_FIELDS: tuple[str, ...] = tuple(content_fields(Village))
_CODE12 = re.compile(r"^\d{12}$")


def _default(name: str) -> Any:
    info = Village.model_fields[name]
    return None if info.is_required() else info.default


VillageDraft = dataclasses.make_dataclass(
    "VillageDraft",
    [("id", str, field(default_factory=new_id)), ("is_new", bool, field(default=True)),
     *[(name, Any, field(default=_default(name))) for name in VILLAGE_FIELDS]],
    namespace={"__doc__": "A village as the form edits it (content columns of Village, plus id/is_new)."},
)


@dataclass
class VillageFormData:
    draft: Any  # VillageDraft
    remaining_poor: int  # people of this village's live households still poor (未脱贫, 返贫)
    households: int
    people: int
    threshold: float


@dataclass
class VillageSaveResult:
    saved: bool
    message: str
    errors: dict[str, str] = field(default_factory=dict)  # field -> Chinese message


def new_village(township_code: str = "", code: str = "", name: str = ""):
    return VillageDraft(township_code=township_code, code=code, name=name)


def load_village(db: Database, village_id: str) -> VillageFormData:
    with db.session() as session:
        village = session.get(Village, village_id)
        if village is None:
            raise KeyError(village_id)
        draft = VillageDraft(id=village.id, is_new=False, **{name: getattr(village, name) for name in VILLAGE_FIELDS})
    with db.engine.connect() as conn:
        poor = remaining_poor_by_village(conn, [village_id]).get(village_id, 0)
        households, people = conn.execute(
            select(func.count(), func.coalesce(func.sum(Household.size), 0))
            .where(Household.village_id == village_id, Household.deleted == False)  # noqa: E712
        ).one()
    return VillageFormData(draft, poor, households, people, incidence_threshold(db))


def assess(draft, remaining_poor: int, threshold: float) -> ExitAssessment:
    """The exit assessment of the draft as typed (pure: recomputed live by the form)."""
    rules = indicator_rules()
    facts = VillageFacts(
        village_id=draft.id, code=draft.code or "", name=draft.name or "", township_code=draft.township_code or "",
        is_poverty_village=bool(draft.is_poverty_village), exit_year=draft.exit_year,
        registered_population=draft.registered_population, remaining_poor=remaining_poor,
        indicators={rule.field: getattr(draft, rule.field, None) for rule in rules})
    return assess_village(facts, rules, threshold)


def validate_village(db: Optional[Database], draft) -> dict[str, str]:
    errors = {}
    if not (draft.name or "").strip():
        errors["name"] = "请填写村名。"
    if not _CODE12.match(draft.code or ""):
        errors["code"] = "村代码应为12位统计用区划代码。"
    elif db is not None:
        with db.engine.connect() as conn:
            other = conn.execute(select(Village.id).where(Village.code == draft.code, Village.id != draft.id)).first()
        if other is not None:
            errors["code"] = "该村代码已被另一个村使用。"
    if draft.registered_population is not None and draft.registered_population < 0:
        errors["registered_population"] = "户籍人口不能为负数。"
    if draft.exit_year is not None and not 2000 <= draft.exit_year <= 2100:
        errors["exit_year"] = "退出年度应为四位年份。"
    return errors


def save_village(db: Database, draft) -> VillageSaveResult:
    errors = validate_village(db, draft)
    if errors:
        return VillageSaveResult(False, "；".join(errors.values()), errors)
    values = {name: getattr(draft, name) for name in VILLAGE_FIELDS}
    with db.transaction() as session:
        village = session.get(Village, draft.id)
        if village is None:
            session.add(Village(id=draft.id, **values))
            changed, action = sorted(values), "village.create"
        else:
            changed = [n for n, v in values.items() if getattr(village, n) != v]
            for name in changed:
                setattr(village, name, values[name])
            action = "village.update"
        record_event(session, action, "village", draft.id, {"name": draft.name, "fields": changed})
    draft.is_new = False
    return VillageSaveResult(True, "已保存。")


def village_label(db: Database, village_id: str) -> str:
    """“城关镇 甲村” for headers (the township name when the area table has it)."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT v.name, coalesce(a.name, '') FROM village v LEFT JOIN area a ON a.code = v.township_code"
            " WHERE v.id = ?", (village_id,)).first()
    return "" if row is None else " ".join(part for part in (row[1], row[0]) if part)


@dataclass(frozen=True)
class CadreChoice:
    id: str
    name: str
    post: str
    phone: str


def cadres_for_village(db: Database, village_id: str) -> list[CadreChoice]:
    """帮扶责任人 assigned to the village first, then everyone else (a county office sees all)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(Cadre.id, Cadre.name, Cadre.post, Cadre.phone, Cadre.village_id)
            .where(Cadre.deleted == False).order_by(Cadre.name)  # noqa: E712
        ).all()
    own = [CadreChoice(*r[:4]) for r in rows if r.village_id == village_id]
    others = [CadreChoice(*r[:4]) for r in rows if r.village_id != village_id]
    return own + others if len(rows) < 500 else own
