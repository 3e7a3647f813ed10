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
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.county.exit_check import indicator_rules, remaining_poor_by_village
from fupin_desktop.services.setup.settings import incidence_threshold
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Area, Cadre, Household, Village, new_id
from fupin_desktop.store.stamps import content_fields

VILLAGE_FIELDS: tuple[str, ...] = tuple(content_fields(Village))
_CODE12 = re.compile(r"^\d{12}$")


def _default(name: str) -> Any:
    info = Village.model_fields[name]
    return None if info.is_required() else info.default


VillageDraft = dataclasses.make_dataclass(
    "VillageDraft",
    [("id", str, field(default_factory=new_id)), ("is_new", bool, field(default=True)),
     ("township_name", str, field(default="")),
     *[(name, Any, field(default=_default(name))) for name in VILLAGE_FIELDS]],
    namespace={"__doc__": "A village as the form edits it (content columns of Village, plus id/is_new and the "
                          "所属乡镇 name as typed or chosen: saving resolves it to a township code)."},
)


@dataclass(frozen=True)
class TownshipChoice:
    code: str
    name: str  # "" when only the code is known (villages of a roster imported without township names)


def township_choices(db: Database) -> list[TownshipChoice]:
    """Townships for the village form's 所属乡镇: named ones from the area table, then codes villages use."""
    with db.engine.connect() as conn:
        named = conn.execute(
            select(Area.code, Area.name).where(Area.level == "township", Area.deleted == False)  # noqa: E712
        ).all()
        used = conn.execute(
            select(Village.township_code).where(Village.deleted == False).distinct()  # noqa: E712
        ).scalars().all()
    names = {code: name for code, name in named}
    for code in used:
        names.setdefault(code, "")
    return [TownshipChoice(code, names[code]) for code in sorted(names)]


def _township_name(conn, code: str) -> str:
    return conn.execute(
        select(Area.name).where(Area.code == code, Area.deleted == False)  # noqa: E712
    ).scalar_one_or_none() or ""


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
        draft.township_name = _township_name(conn, draft.township_code or "")
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


def resolve_township(db: Database, draft) -> tuple[str, str, str]:
    """(township code, name to create under that code or "", error) for the 所属乡镇 as typed.

    An existing township is found by name (the one sharing the village code's first 9 digits when
    names repeat across counties). A new name names the township of the village code's first 9
    digits (统计用区划代码: 6 county + 3 township + 3 village), or the draft's unnamed township code.
    """
    name = (draft.township_name or "").strip()
    code = draft.code or ""
    if not name:
        if draft.is_new or not draft.township_code:
            return "", "", "请选择或填写所属乡镇。"
        return draft.township_code, "", ""  # an imported village whose township has no name yet
    with db.engine.connect() as conn:
        same_name = conn.execute(
            select(Area.code).where(Area.level == "township", Area.name == name,
                                    Area.deleted == False).order_by(Area.code)  # noqa: E712
        ).scalars().all()
        if same_name:
            prefix = code[:9] if _CODE12.match(code) else (draft.township_code or "")[:9]
            return next((c for c in same_name if c[:9] == prefix), same_name[0]), "", ""
        for candidate in (draft.township_code or "", code[:9] + "000" if _CODE12.match(code) else ""):
            if candidate and not _township_name(conn, candidate):
                return candidate, name, ""
    if not _CODE12.match(code):
        return "", "", ""  # the code's own error says what to fix
    return "", "", "村代码前9位对应的乡镇已有名称，与所填乡镇不符；请选择该乡镇或核对村代码。"


def validate_village(db: Optional[Database], draft) -> dict[str, str]:
    errors = {}
    if not (draft.name or "").strip():
        errors["name"] = "请填写村名。"
    if draft.is_new and not (draft.township_name or "").strip():
        errors["township"] = "请选择或填写所属乡镇。"
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
    township_code, new_township, township_error = resolve_township(db, draft)
    if township_error:
        errors.setdefault("township", township_error)
    if errors:
        return VillageSaveResult(False, "；".join(errors.values()), errors)
    draft.township_code = township_code
    values = {name: getattr(draft, name) for name in VILLAGE_FIELDS}
    with db.transaction() as session:
        if new_township:
            area = Area(code=township_code, name=new_township, level="township",
                        parent_code=township_code[:6] + "000000")
            session.add(area)
            record_event(session, "area.create", "area", area.id, {"name": new_township, "code": township_code})
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
    retired: bool = False  # only ever the one a record already names


def cadres_for_village(db: Database, village_id: str, keep: Optional[str] = None) -> list[CadreChoice]:
    """帮扶责任人 assigned to the village first, then everyone else (a county office sees all).

    Retired cadres are left out, except ``keep`` (the one the record already names)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(Cadre.id, Cadre.name, Cadre.post, Cadre.phone, Cadre.retired, Cadre.village_id)
            .where(Cadre.deleted == False, (Cadre.retired == False) | (Cadre.id == (keep or "")))  # noqa: E712
            .order_by(Cadre.name)
        ).all()
    own = [CadreChoice(*r[:5]) for r in rows if r.village_id == village_id]
    others = [CadreChoice(*r[:5]) for r in rows if r.village_id != village_id]
    if len(rows) < 500:
        return own + others
    return own + [c for c in others if c.id == keep]  # the record's own cadre is always there
