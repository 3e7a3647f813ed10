"""Excel roster import: preview with row-level errors first, then one transaction (DOMAIN.md §9).

    preview = preview_roster(db, "花名册.xlsx")       # nothing written
    preview.rejected                                   # every bad row with ALL its errors
    import_roster(db, preview, accept_valid=False)     # refuses while any row is rejected

With ``value_decisions`` (the clerk's choices, field -> {value: code or REJECT}; {} at first), a cell
value in no code list is not a row error: it is listed once in ``preview.decisions_needed`` with its
count, rows and suggestions, and the rows of its household are held back until it is decided.
Without (None), such a value is a row error, as for a program that makes no decisions.

Layouts: one sheet of members carrying their household number (the national export: one row per
person, 户编号 repeating, the head's row has 与户主关系 = 户主), split over several sheets or not;
or a households sheet plus a members sheet joined by 户编号. A household is imported whole or not
at all: one bad row holds back the rows of its household, each told why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from sqlalchemy import select

from fupin_desktop.domain.required_fields import required_household_fields
from fupin_desktop.errors import UserFacingError
from fupin_desktop.io.roster_decisions import DecisionNeeded, decisions_needed
from fupin_desktop.io.roster_drafts import SPENT_VALUES, HouseholdDraft, draft_household, first_value
from fupin_desktop.io.roster_headers import field_spec
from fupin_desktop.io.roster_households import BATCH, RowCollector, batches, village_key, village_of, waits_for
from fupin_desktop.io.roster_limits import limits, too_many_rows
from fupin_desktop.io.roster_reader import SheetInfo, inspect_sheets, iter_data_rows, open_workbook, skipped_sheets
from fupin_desktop.io.roster_rows import ColumnPlan, RosterRow
from fupin_desktop.io.roster_skips import SkippedItem
from fupin_desktop.io.roster_values import Decisions, id_core
from fupin_desktop.services.excel.roster_areas import PlannedArea, area_rows, resolve_areas
from fupin_desktop.store.bulk_write import StampedWriter, larger_page_cache, paused_gc
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Area, Household, Member, Village
from fupin_desktop.store.session import StampingSession

log = logging.getLogger(__name__)
Progress = Callable[[int, int], bool]

class ImportRefused(UserFacingError):
    pass


@dataclass
class RowProblem:
    sheet: str
    row: int  # the row number Excel shows
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        out = {"sheet": self.sheet, "row": self.row, "errors": list(self.errors)}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


@dataclass
class MissingColumn:
    """A field every household must have (resources/rules/required_household_fields.yaml) that no column feeds."""
    field: str
    label: str  # the header our own exports write
    aliases: tuple[str, ...]  # other headers recognised for it
    sheet: str  # the sheet whose header was read (members sheet)
    header_row: Optional[int]

    def describe(self) -> str:
        others = "、".join(a for a in self.aliases if a != self.label)[:40]
        also = f"（也认“{others}”等列名）" if others else ""
        return (f"表格中没有“{self.label}”列{also}，每户都必须有{self.label}，有这一列才能导入。"
                f"请在“列对应”中把表格中的相应列对应到“{self.label}”，或在表格中加上这一列后重新导入。")

    def as_dict(self) -> dict:
        return {"field": self.field, "label": self.label, "sheet": self.sheet, "header_row": self.header_row,
                "message": self.describe()}


def missing_required_columns(sheets: list[SheetInfo]) -> list[MissingColumn]:
    """The required household fields no read sheet maps a column to (on any sheet: households or members)."""
    readable = [s for s in sheets if s.kind in ("members", "households") and s.mapping]
    mapped = set()
    for sheet in readable:
        mapped.update(sheet.mapping.field_columns())
    where = next((s for s in readable if s.kind == "members"), readable[0] if readable else None)
    out = []
    for required in required_household_fields():
        if required.field not in mapped:
            spec = field_spec(required.field)
            out.append(MissingColumn(required.field, spec.label, spec.aliases,
                                     where.name if where else "", where.header_row if where else None))
    return out


@dataclass
class RosterPreview:
    path: Path
    sheets: list[SheetInfo]
    households: list[HouseholdDraft]
    rejected: list[RowProblem]
    warnings: list[RowProblem]
    new_areas: list[PlannedArea]
    rows_read: int
    skipped: list[SkippedItem] = field(default_factory=list)
    decisions_needed: list[DecisionNeeded] = field(default_factory=list)
    held: list[RowProblem] = field(default_factory=list)  # rows waiting for a value decision (``errors``: why)
    # Fields every household must have with no column mapped to them in any sheet: the import is refused.
    missing_columns: list[MissingColumn] = field(default_factory=list)

    @property
    def members(self) -> int:
        return sum(len(h.members) for h in self.households)

    @property
    def new_townships(self) -> list[PlannedArea]:
        return [a for a in self.new_areas if a.level == "township"]

    @property
    def new_villages(self) -> list[PlannedArea]:
        return [a for a in self.new_areas if a.level == "village"]

    def as_dict(self) -> dict:
        return {
            "file": str(self.path),
            "sheets": [{"name": s.name, "kind": s.kind, "header_row": s.header_row, "rows": s.data_rows,
                        "unmapped_columns": s.mapping.unmapped_headers() if s.mapping else []} for s in self.sheets],
            "rows_read": self.rows_read,
            "households": len(self.households),
            "members": self.members,
            "new_areas": [a.as_dict() for a in self.new_areas],
            "rejected": [p.as_dict() for p in self.rejected],
            "warnings": [p.as_dict() for p in self.warnings],
            "skipped": [s.as_dict() for s in self.skipped],
            "decisions_needed": [d.as_dict() for d in self.decisions_needed],
            "held_back": [{"sheet": p.sheet, "row": p.row, "waiting_for": list(p.errors)} for p in self.held],
            "missing_columns": [m.as_dict() for m in self.missing_columns],
        }


@dataclass
class ImportResult:
    households: int
    members: int
    townships: int
    villages: int
    rejected_rows: int
    held_rows: int = 0

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def _as_list(item) -> list:
    return item if item.__class__ is list else [item]


@paused_gc()
def preview_roster(
    db: Database,
    path: str | Path,
    saved_mapping: Optional[dict[str, str]] = None,
    create_areas: Optional[bool] = None,
    progress: Optional[Progress] = None,
    value_decisions: Optional[Decisions] = None,
) -> RosterPreview:
    """Read and check the whole roster; nothing is written. ``create_areas=None``: only into an empty register.
    ``value_decisions``: see the module docstring."""
    path = Path(path)
    try:
        return _preview(db, path, saved_mapping, create_areas, progress, value_decisions)
    except MemoryError as exc:
        raise UserFacingError(f"表格 {path.name} 太大，内存不够。请按乡镇拆分成几个表格分别导入。",
                              "out of memory reading the roster") from exc


def _preview(db, path: Path, saved_mapping, create_areas, progress, decisions) -> RosterPreview:
    wb = open_workbook(path)
    builder = RowCollector(decisions)
    max_rows = limits().max_data_rows
    try:
        sheets = inspect_sheets(wb, saved_mapping)
        skipped = skipped_sheets(sheets)
        readable = [s for s in sheets if s.kind in ("members", "households")]
        if not any(s.kind == "members" for s in readable):
            raise UserFacingError(
                f"{path.name} 中没有找到成员表（需要“姓名”“证件号码”“与户主关系”等列）。请在列对应中指定各列。",
                "no member sheet recognised",
            )
        rows_read = 0
        for sheet in readable:
            plan = ColumnPlan(sheet, decisions)
            members = sheet.kind == "members"
            if members and "household_no" in sheet.mapping.field_columns():
                builder.numbered_sheets.add(sheet.name)
            target = builder.member_rows if members else builder.household_rows
            for batch in batches(iter_data_rows(wb, sheet, skipped)):
                for row in plan.parse(sheet.name, batch):
                    builder.check_area_codes(row)
                    if members:
                        builder.check_member_row(row)
                    target.append(row)
                sheet.data_rows += len(batch)
                rows_read += len(batch)
                if rows_read > max_rows:
                    raise too_many_rows(path.name)
                if progress and len(batch) == BATCH and not progress(rows_read, 0):
                    raise UserFacingError("已取消导入", "cancelled")
    finally:
        wb.close()
    preview = _assemble(db, path, sheets, builder, create_areas, rows_read)
    preview.skipped = skipped
    preview.missing_columns = missing_required_columns(sheets)
    return preview


def _assemble(db: Database, path: Path, sheets: list[SheetInfo], builder: RowCollector, create_areas: Optional[bool],
              rows_read: int) -> RosterPreview:
    groups, links = builder.households()
    head = builder.head
    # Required fields whose column is mapped but left blank for a household: that household is held back
    # (an unmapped column is preview.missing_columns, refused as a whole, not repeated on every row).
    mapped = {k for s in sheets if s.kind in ("members", "households") and s.mapping
              for k in s.mapping.field_columns()}
    required = [r.field for r in required_household_fields() if r.field in mapped]
    # Household-level checks.
    for i, rows in enumerate(groups):
        heads = [r for r in rows if r.values.get("relationship") == head]
        no = first_value(rows, "household_no") or ""
        label = f"户编号 {no} " if no else "本户"
        if not heads and any(waits_for(r, "relationship") for r in rows):
            pass  # the head may be the row whose relationship waits for a decision: held, not an error
        elif not heads:
            for r in rows:
                r.add_error(f"{label}没有“户主”行")
        elif len(heads) > 1:
            numbers = "、".join(str(r.row) for r in heads)
            for r in heads:
                r.add_error(f"{label}有 {len(heads)} 个户主（第 {numbers} 行）")
        hrow = links.get(i)
        for key in required:
            both = rows + ([hrow] if hrow is not None else [])
            if first_value(rows, key, hrow) is None and not any(
                    waits_for(r, key) or key in getattr(r, "failed", ()) for r in both):
                for r in (heads or rows[:1]):
                    r.add_error(f"{label}未填写{field_spec(key).label}（每户都必须有）")
        size = first_value(rows, "household_size", hrow)
        if size is not None and size != len(rows):
            (heads[0] if heads else rows[0]).add_warning(f"人数填为 {size}，表中本户有 {len(rows)} 行")
        if hrow is not None and hrow.values.get("head_name") and heads and heads[0].values.get("name") \
                and hrow.values["head_name"] != heads[0].values["name"]:
            hrow.add_warning(f"户主姓名“{hrow.values['head_name']}”与成员表户主“{heads[0].values['name']}”不同")
    # Duplicate ID numbers, in the file and against the database.
    # By the 18-character core: ID and card are one person. A row, or a list once a core repeats
    # (a list per row cost 20 MB at county scale).
    seen: dict[str, RosterRow | list[RosterRow]] = {}
    for r in builder.member_rows:
        ident = r.values.get("id_number")
        if ident:
            core = id_core(ident)
            other = seen.setdefault(core, r)
            if other is not r:
                if other.__class__ is list:
                    other.append(r)
                else:
                    seen[core] = [other, r]
    for ident, rows in seen.items():
        if rows.__class__ is list and len(rows) > 1:
            for r in rows:
                others = "、".join(str(o.row) for o in rows if o is not r)
                r.add_error(f"证件号码 {ident} 与第 {others} 行重复")
    with db.engine.connect() as conn:
        in_db = _existing_ids(conn, set(seen))
        for ident, where in in_db.items():
            for r in _as_list(seen[ident]):
                r.add_error(f"证件号码 {ident} 已在数据库中（{where}）")
        # Areas.
        village_of_group = []
        for i, rows in enumerate(groups):
            hrow = links.get(i)
            key = (village_key(hrow.values) if hrow is not None else None) or village_of(rows)
            village_of_group.append(key)
        keys = [k for k in village_of_group if k is not None]
        resolution = resolve_areas(conn, keys, create_areas, id_numbers=seen.keys())
        existing_numbers = _existing_household_numbers(conn, set(resolution.village_ids.values()))
    drafts: list[HouseholdDraft] = []
    held: list[RowProblem] = []
    for i, rows in enumerate(groups):
        hrow = links.get(i)
        all_rows = rows + ([hrow] if hrow is not None else [])
        key = village_of_group[i]
        if key is None:
            for r in rows:
                r.add_error("未填写乡镇、行政村")
        elif key in resolution.errors:
            for r in rows:
                r.add_error(resolution.errors[key])
        village_id = resolution.village_ids.get(key) if key is not None else None
        no = first_value(rows, "household_no", hrow) or ""
        if village_id and no and (village_id, no) in existing_numbers:
            for r in rows:
                r.add_error(f"户编号 {no} 已在数据库中")
        bad = [r for r in all_rows if r.errors]
        if bad:
            numbers = "、".join(str(r.row) for r in bad)
            for r in all_rows:
                if not r.errors:
                    r.add_error(f"同户第 {numbers} 行有错误，整户暂不导入")
            continue
        waiting = [r for r in all_rows if r.pending]
        if waiting:
            numbers = "、".join(str(r.row) for r in waiting)
            for r in all_rows:
                reasons = [f"{field_spec(f).label}“{v}”待决定" for f, v in dict.fromkeys(r.pending)]
                held.append(RowProblem(r.sheet, r.row, reasons or [f"同户第 {numbers} 行的值待决定"]))
            continue
        drafts.append(draft_household(village_id, rows, hrow, head))
        for r in all_rows:  # drafted: the row's values are not needed again (memory at county scale)
            r.values = SPENT_VALUES
    rejected, warnings = [], []
    for r in builder.household_rows + builder.member_rows:
        if r.errors:
            rejected.append(RowProblem(r.sheet, r.row, list(r.errors), list(r.warnings)))
        elif r.warnings:
            warnings.append(RowProblem(r.sheet, r.row, [], list(r.warnings)))
    sheet_order = {s.name: i for i, s in enumerate(sheets)}
    rejected.sort(key=lambda p: (sheet_order.get(p.sheet, 0), p.row))
    warnings.sort(key=lambda p: (sheet_order.get(p.sheet, 0), p.row))
    held.sort(key=lambda p: (sheet_order.get(p.sheet, 0), p.row))
    used = {d.village_id for d in drafts}
    planned = _used_areas(resolution.planned, used)
    preview = RosterPreview(path, sheets, drafts, rejected, warnings, planned, rows_read)
    preview.held = held
    preview.decisions_needed = decisions_needed(
        [r for r in builder.household_rows + builder.member_rows if r.pending], sheet_order)
    return preview


def _used_areas(planned: list[PlannedArea], village_ids: set[str]) -> list[PlannedArea]:
    """Only the planned areas some accepted household needs (plus their parents)."""
    villages = [p for p in planned if p.level == "village" and p.id in village_ids]
    townships_needed = {v.parent_code for v in villages}
    townships = [p for p in planned if p.level == "township" and p.code in townships_needed]
    counties_needed = {t.parent_code for t in townships}
    counties = [p for p in planned if p.level == "county" and p.code in counties_needed]
    return counties + townships + villages


def _existing_ids(conn, cores: set[str]) -> dict[str, str]:
    """For the ID cores already in the register: where (village, head). One pass over the members."""
    if not cores:
        return {}
    hits: dict[str, str] = {}
    for ident, household_id in conn.execute(
            select(Member.id_number, Member.household_id).where(Member.deleted == False, Member.id_number != "")):  # noqa: E712
        core = id_core(ident)
        if core in cores:
            hits[core] = household_id
    if not hits:
        return {}
    where = {}
    ids = list(set(hits.values()))
    for start in range(0, len(ids), 900):
        for hid, village, head in conn.execute(
                select(Household.id, Village.name, Household.head_name)
                .join(Village, Village.id == Household.village_id)
                .where(Household.id.in_(ids[start:start + 900]), Household.deleted == False)):  # noqa: E712
            where[hid] = f"{village} 户主 {head}"
    return {core: where[hid] for core, hid in hits.items() if hid in where}


def _existing_household_numbers(conn, village_ids: set[str]) -> set[tuple[str, str]]:
    if not village_ids:
        return set()
    query = select(Household.village_id, Household.household_no).where(
        Household.deleted == False, Household.village_id.in_(list(village_ids)), Household.household_no != "")  # noqa: E712
    return {(v, n) for v, n in conn.execute(query)}


@paused_gc()
def import_roster(
    db: Database,
    preview: RosterPreview,
    accept_valid: bool = False,
    progress: Optional[Progress] = None,
) -> ImportResult:
    """Write the preview's valid households in ONE transaction. Refused while rows are rejected or
    values wait for a decision, unless the user chose ``accept_valid`` (then only the households
    that are valid and need no decision are written). Always refused while a column every household
    needs is not mapped: ``accept_valid`` does not write households with it blank."""
    if preview.missing_columns:
        labels = "、".join(f"“{m.label}”" for m in preview.missing_columns)
        raise ImportRefused(
            f"表格中没有{labels}列，每户都必须有。未写入任何数据。"
            "请在“列对应”中指定这些列，或在表格中加上这些列后重新导入。",
            f"required columns not mapped: {', '.join(m.field for m in preview.missing_columns)}; nothing written",
        )
    if preview.decisions_needed and not accept_valid:
        named = "、".join(d.describe() for d in preview.decisions_needed[:10])
        more = f"等 {len(preview.decisions_needed)} 个值" if len(preview.decisions_needed) > 10 else ""
        raise ImportRefused(
            f"还有值不在代码表中、需要先决定：{named}{more}。未写入任何数据。"
            "请逐个决定（对应到代码或不导入这些行），或选择只导入无需决定的行。",
            f"{len(preview.decisions_needed)} values need a decision; nothing written",
        )
    if preview.rejected and not accept_valid:
        raise ImportRefused(
            f"有 {len(preview.rejected)} 行未通过检查，未写入任何数据。请修正后重新导入，或选择只导入无误的行。",
            f"{len(preview.rejected)} rows rejected; nothing written",
        )
    area_list, village_list = area_rows(preview.new_areas)
    n_households = len(preview.households)
    n_members = preview.members
    total = len(area_list) + len(village_list) + n_households + n_members
    with db.connect() as conn, larger_page_cache(conn):
        writer = StampedWriter(conn, [Area, Village, Household, Member], total)
        for row in area_list:
            writer.add(Area, row)
        for row in village_list:
            writer.add(Village, row)
        for done, draft in enumerate(preview.households, start=1):
            household_id = writer.add(Household, draft.household, village_id=draft.village_id)
            for m in draft.members:
                writer.add(Member, m, household_id=household_id)
            if progress and done % 2000 == 0:
                progress(writer.written, total)
        writer.flush()
        session = StampingSession(bind=conn)
        from fupin_desktop.services.audit.record import record_event

        record_event(session, "import.roster", entity="roster", detail={
            "file": preview.path.name, "households": n_households, "members": n_members,
            "rejected_rows": len(preview.rejected), "held_rows": len(preview.held), "new_villages": len(village_list),
        })
        session.flush()
        session.close()
    if progress:
        progress(total, total)
    return ImportResult(n_households, n_members, sum(a["level"] == "township" for a in area_list),
                        len(village_list), len(preview.rejected), len(preview.held))
