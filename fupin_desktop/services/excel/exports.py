"""Excel exports a clerk hands to a superior: register, plans (五对), fund ledger, rectification list.

Chinese labels for every coded value and text cells for ID numbers and account numbers (so Excel
cannot damage them); the sheet format itself (headers, widths, dates, amounts, print setup) is
io.xlsx_sheets. The register export uses the importer's own headers, so an exported register
re-imports without loss.
Every export writes an audit event (DOMAIN.md §8: log every export).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Optional

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import func, select

from fupin_desktop.domain.vocab import catalogue, policies, vocab
from fupin_desktop.io.roster_headers import header_catalogue
from fupin_desktop.io.xlsx_sheets import (
    HEADER_FONT,
    MONEY_FORMAT,
    OVERDUE_FILL,
    Column,
    append_row,
    cell_value,
    check_destination,
    new_sheet,
    save_xlsx,
    typed_row,
)
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.excel.sheet_titles import key_columns, sheet_heading
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Area, FundEntry, Household, Measure, Member, Plan, Village

Progress = Callable[[int, int], bool]
WHAT = ("register", "plans", "ledger", "rectification")


@dataclass
class ExportResult:
    what: str
    path: Path
    rows: int

    def as_dict(self) -> dict:
        return {"what": self.what, "path": str(self.path), "rows": self.rows}


def _width_for(header: str, kind: str = "text") -> float:
    if header == "户编号":  # 16 to 18 digits in the national numbering
        return 20
    base = {"id": 22, "name": 10, "bool": 8, "int": 8, "float": 12, "months": 8, "year": 10, "date": 12}.get(kind, 14)
    return max(base, min(30, len(header) * 2.1 + 2))


def _fits_labels(vocab_name: str, floor: float = 14) -> float:
    """Wide enough for the vocabulary's longest label (中央财政专项扶贫资金 was printed without its 金)."""
    longest = max((len(item.label) for item in vocab(vocab_name).items), default=0)
    return max(floor, min(30, longest * 2.1 + 2))


def _heading(db: Database, what: str, year: Optional[int] = None, village_code: Optional[str] = None,
             today: Optional[date] = None) -> str:
    with db.engine.connect() as conn:
        return sheet_heading(conn, what, year=year, village_code=village_code, today=today)


def _key_count(what: str, columns: list[Column]) -> int:
    """How many leading columns are the export's key columns (resources/print/xlsx_titles.yaml)."""
    keys = key_columns(what)
    return len(keys) if [c.header for c in columns[:len(keys)]] == keys else 0


def _audit(db: Database, what: str, path: Path, rows: int, extra: Optional[dict] = None) -> None:
    with db.transaction() as session:
        record_event(session, "export.xlsx", what, "", {"file": path.name, "rows": rows, **(extra or {})})


def _labels(name: str) -> dict[str, str]:
    return _labels_of(vocab(name))


def _labels_of(vocabulary) -> dict[str, str]:
    return {item.code: item.label for item in vocabulary.items}


def _outside(family: dict[str, str], code: Optional[str]) -> str:
    """A measure whose item the catalogue no longer has: its family and a note, never the code."""
    return f"{family.get(code or '', '')}（目录外项目）".lstrip()


def _area_names(conn) -> dict[str, str]:
    return {code: name for code, name in conn.execute(
        select(Area.code, Area.name).where(Area.deleted == False))}  # noqa: E712


# --- register ----------------------------------------------------------------------------------
REGISTER_SKIP = frozenset({"head_name", "other_cause_1", "other_cause_2"})


def register_columns() -> list[tuple[str, Column]]:
    """(field key, column) for every roster field, in the order of the header catalogue, except the
    key columns (行政村, 户编号, 姓名) first: a printout too wide for one page repeats them on each."""
    kinds = {"date": "date", "float": "money"}
    columns = [(key, Column(spec.label, _width_for(spec.label, spec.kind), kinds.get(spec.kind, "text")))
               for key, spec in header_catalogue().fields.items() if key not in REGISTER_SKIP]
    keys = key_columns("register")
    first = sorted((kc for kc in columns if kc[1].header in keys), key=lambda kc: keys.index(kc[1].header))
    return first + [kc for kc in columns if kc[1].header not in keys]


def _register_value(key: str, h: dict, m: dict, names: dict, labels: dict) -> object:
    spec = header_catalogue().fields[key]
    if key == "county_name":
        return names.get(h["township_code"][:6] + "000000", "")
    if key == "township_name":
        return names.get(h["township_code"], "")
    if key == "township_code":
        return h["township_code"]
    if key == "village_name":
        return h["village_name"]
    if key == "village_code":
        return h["village_code"]
    if key == "household_size":
        return h["size"]
    if key == "household_phone":
        return h["phone"] or None
    if key == "member_phone":
        return m["phone"] or None
    if key == "other_causes":
        causes = [c for c in (h["other_cause_1"], h["other_cause_2"]) if c]
        return "、".join(labels["poverty_cause"].get(c, c) for c in causes) or None
    if key == "unsafe_house":
        return not h["housing_safe_ok"]
    source = m if spec.level == "member" else h
    value = source.get(key)
    if spec.kind == "vocab" and value:
        return labels[spec.vocab].get(value, value)
    if spec.kind == "vocab_multi" and value:
        return "、".join(labels[spec.vocab].get(c, c) for c in value.split(",") if c)
    if value == "" or value is None:
        return None
    return value


def export_register(db: Database, path: str | Path, village_code: Optional[str] = None,
                    progress: Optional[Progress] = None) -> ExportResult:
    """One row per person, household fields repeated: the shape of the national roster."""
    path = Path(path)
    columns = register_columns()
    plain_columns = [c for _, c in columns]
    vocab_names = {spec.vocab for spec in header_catalogue().fields.values() if spec.vocab}
    labels = {name: _labels(name) for name in vocab_names}
    wb = Workbook(write_only=True)
    ws = new_sheet(wb, "花名册", plain_columns, heading=_heading(db, "register", village_code=village_code),
                   key_columns=_key_count("register", plain_columns))
    text_keys = {"id_number", "bank_account", "household_no", "village_code", "township_code",
                 "household_phone", "member_phone"}
    hq = (select(Household, Village.code.label("village_code"), Village.name.label("village_name"),
                 Village.township_code.label("township_code"))
          .join(Village, Village.id == Household.village_id).where(Household.deleted == False))  # noqa: E712
    if village_code:
        hq = hq.where(Village.code == village_code)
    rows = 0
    with db.engine.connect() as conn:
        names = _area_names(conn)
        total = conn.execute(select(func.count()).select_from(Member).where(Member.deleted == False)).scalar_one()  # noqa: E712
        households = {r.id: r._asdict() for r in conn.execute(hq)}
        mq = (select(Member).where(Member.deleted == False)  # noqa: E712
              .order_by(Member.household_id, Member.sort_order))
        ordered = sorted(households.values(), key=lambda h: (h["village_code"], h["group_name"], h["household_no"]))
        members: dict[str, list[dict]] = {}
        for m in conn.execute(mq):
            if m.household_id in households:
                members.setdefault(m.household_id, []).append(m._asdict())
    for h in ordered:
        for m in members.get(h["id"], ()):
            values = []
            for key, _col in columns:
                value = cell_value(_register_value(key, h, m, names, labels))
                if key in text_keys and value is not None:
                    value = str(value)
                values.append(value)
            ws.append(typed_row(ws, plain_columns, values))
            rows += 1
            if progress and rows % 5000 == 0 and not progress(rows, total):
                raise InterruptedError("export cancelled")
    save_xlsx(wb, path)
    _audit(db, "register", path, rows, {"village": village_code} if village_code else None)
    return ExportResult("register", path, rows)


# --- plans (五对) --------------------------------------------------------------------------------
PLAN_COLUMNS = [
    Column("乡(镇)", 12), Column("行政村", 12), Column("自然村(组)", 10), Column("户编号", 20), Column("户主", 10),
    Column("计划年度", 9), Column("计划状态", 10), Column("版本", 6),
    Column("对人：措施对象", 14), Column("对事：帮扶措施", 22), Column("帮扶类别", 10), Column("政策依据", 24),
    Column("具体内容", 30), Column("对时：开始日期", 13, "date"), Column("对时：完成时限", 13, "date"),
    Column("对责：责任人", 12), Column("对账：计划金额(元)", 14, "money"), Column("对账：资金来源", _fits_labels("fund_source")),
    Column("已拨付(元)", 12, "money"), Column("措施状态", 10), Column("完成日期", 12, "date"),
    Column("龙头企业", 16), Column("合作组织", 16), Column("生产基地", 16),
]


def export_plans(db: Database, path: str | Path, year: Optional[int] = None,
                 progress: Optional[Progress] = None) -> ExportResult:
    """Every measure of every current plan, one row each, with all five 对 columns."""
    path = Path(path)
    items = {item.code: item for item in catalogue().items}
    family = _labels("measure_family")
    fund = _labels("fund_source")
    measure_status = _labels("measure_status")
    plan_status = _labels("plan_status")
    policy_titles = _labels_of(policies())
    scope_household = "本户"
    paid = (select(FundEntry.measure_id.label("mid"), func.sum(FundEntry.amount).label("paid"))
            .where(FundEntry.deleted == False).group_by(FundEntry.measure_id).subquery())  # noqa: E712
    query = (
        select(Village.township_code, Village.name, Household.group_name, Household.household_no, Household.head_name,
               Plan.year, Plan.status, Plan.version, Measure.scope, Member.name, Measure.item_code, Measure.family,
               Measure.policy_ref, Measure.detail, Measure.start_date, Measure.due_date, Measure.responsible_name,
               Measure.amount, Measure.fund_source, func.coalesce(paid.c.paid, 0.0), Measure.status, Measure.done_date,
               Measure.enterprise, Measure.cooperative, Measure.production_base)
        .join(Plan, Plan.id == Measure.plan_id)
        .join(Household, Household.id == Plan.household_id)
        .join(Village, Village.id == Household.village_id)
        .outerjoin(Member, Member.id == Measure.member_id)
        .outerjoin(paid, paid.c.mid == Measure.id)
        .where(Measure.deleted == False, Plan.deleted == False, Plan.is_current == True,  # noqa: E712
               Household.deleted == False)  # noqa: E712
        .order_by(Village.code, Household.group_name, Household.household_no, Plan.year, Measure.sort_order)
    )
    if year is not None:
        query = query.where(Plan.year == year)
    wb = Workbook(write_only=True)
    ws = new_sheet(wb, "帮扶计划", PLAN_COLUMNS, heading=_heading(db, "plans", year),
                   key_columns=_key_count("plans", PLAN_COLUMNS))
    rows = 0
    with db.engine.connect() as conn:
        names = _area_names(conn)
        for (tcode, vname, group, hno, head, pyear, pstatus, version, scope, member, code, fam, policy, detail,
             start, due, responsible, amount, source, paid_amount, mstatus, done, enterprise, coop, base) in conn.execute(query):
            item = items.get(code)
            policy_code = policy or (item.policy if item else "")
            append_row(ws, PLAN_COLUMNS, [cell_value(v) for v in (
                names.get(tcode, ""), vname, group, str(hno) if hno else None, head, pyear,
                plan_status.get(pstatus, pstatus), version,
                member if scope == "person" else scope_household, item.label if item else _outside(family, fam),
                family.get(fam, fam), policy_titles.get(policy_code, policy_code), detail, start, due, responsible,
                amount, fund.get(source, source), round(paid_amount or 0.0, 2), measure_status.get(mstatus, mstatus),
                done, enterprise, coop, base)], wrap_long=True)  # 政策依据, 具体内容: long texts wrap, rows fit
            rows += 1
            if progress and rows % 5000 == 0 and not progress(rows, 0):
                raise InterruptedError("export cancelled")
    save_xlsx(wb, path)
    _audit(db, "plans", path, rows, {"year": year} if year else None)
    return ExportResult("plans", path, rows)


# --- fund ledger (对账) ---------------------------------------------------------------------------
LEDGER_COLUMNS = [
    Column("乡(镇)", 12), Column("行政村", 12), Column("户编号", 20), Column("户主", 10), Column("计划年度", 9),
    Column("帮扶措施", 22), Column("措施对象", 10), Column("计划金额(元)", 13, "money"), Column("拨付日期", 12, "date"),
    Column("拨付金额(元)", 13, "money"), Column("资金来源", _fits_labels("fund_source")), Column("凭证号", 16), Column("备注", 24),
]


def export_ledger(db: Database, path: str | Path, year: Optional[int] = None) -> ExportResult:
    path = Path(path)
    items = {item.code: item.label for item in catalogue().items}
    family = _labels("measure_family")
    fund = _labels("fund_source")
    query = (
        select(Village.township_code, Village.name, Household.household_no, Household.head_name, Plan.year,
               Measure.item_code, Measure.family, Measure.scope, Member.name, Measure.amount, FundEntry.entry_date,
               FundEntry.amount, FundEntry.fund_source, FundEntry.voucher_no, FundEntry.note)
        .join(Measure, Measure.id == FundEntry.measure_id)
        .join(Plan, Plan.id == Measure.plan_id)
        .join(Household, Household.id == Plan.household_id)
        .join(Village, Village.id == Household.village_id)
        .outerjoin(Member, Member.id == Measure.member_id)
        .where(FundEntry.deleted == False, Measure.deleted == False, Household.deleted == False)  # noqa: E712
        .order_by(Village.code, Household.household_no, FundEntry.entry_date)
    )
    if year is not None:
        query = query.where(Plan.year == year)
    wb = Workbook(write_only=True)
    ws = new_sheet(wb, "资金台账", LEDGER_COLUMNS, heading=_heading(db, "ledger", year),
                   key_columns=_key_count("ledger", LEDGER_COLUMNS))
    rows, total = 0, 0.0
    with db.engine.connect() as conn:
        names = _area_names(conn)
        for tcode, vname, hno, head, pyear, code, fam, scope, member, planned, when, amount, source, voucher, note in conn.execute(query):
            ws.append(typed_row(ws, LEDGER_COLUMNS, [cell_value(v) for v in (
                names.get(tcode, ""), vname, str(hno) if hno else None, head, pyear, items.get(code) or _outside(family, fam),
                member if scope == "person" else "本户", planned, when, amount, fund.get(source, source),
                str(voucher) if voucher else None, note)]))
            rows += 1
            total += amount or 0.0
    total_cell = WriteOnlyCell(ws, value="合计")
    total_cell.font = HEADER_FONT
    total_value = WriteOnlyCell(ws, value=round(total, 2))
    total_value.font, total_value.number_format = HEADER_FONT, MONEY_FORMAT
    ws.append([total_cell] + [None] * 8 + [total_value])
    save_xlsx(wb, path)
    _audit(db, "ledger", path, rows, {"total": round(total, 2)})
    return ExportResult("ledger", path, rows)


# --- rectification list -------------------------------------------------------------------------
RECTIFICATION_COLUMNS = [
    Column("序号", 6), Column("问题来源", 10), Column("乡(镇)", 12), Column("行政村", 12), Column("户主", 10),
    Column("存在问题", 36), Column("整改措施", 36), Column("责任人", 12), Column("整改时限", 12, "date"),
    Column("整改状态", 10), Column("是否逾期", 8), Column("销号日期", 12, "date"), Column("整改佐证", 30),
]


def export_rectification(db: Database, path: str | Path, items: Optional[Iterable] = None,
                         today: Optional[date] = None) -> ExportResult:
    """The 整改清单, overdue rows shaded. ``items`` defaults to every item."""
    from fupin_desktop.services.county.rectification import list_items

    path = Path(path)
    items = list(items) if items is not None else list_items(db, today=today)
    with db.engine.connect() as conn:
        names = _area_names(conn)
    wb = Workbook(write_only=True)
    ws = new_sheet(wb, "整改清单", RECTIFICATION_COLUMNS, heading=_heading(db, "rectification", today=today))
    for n, item in enumerate(items, start=1):
        values = [n, item.source_label, names.get(item.township_code, ""), item.village_name, item.household_head,
                  item.problem, item.action, item.responsible, item.deadline, item.status_label, item.overdue,
                  item.closed_date, item.evidence_note]
        append_row(ws, RECTIFICATION_COLUMNS, [cell_value(v) for v in values],
                   fill=OVERDUE_FILL if item.overdue else None, wrap=True)
    save_xlsx(wb, path)
    _audit(db, "rectification", path, len(items))
    return ExportResult("rectification", path, len(items))


def export(db: Database, what: str, path: str | Path, year: Optional[int] = None,
           progress: Optional[Progress] = None) -> ExportResult:
    check_destination(path)
    if what == "register":
        return export_register(db, path, progress=progress)
    if what == "plans":
        return export_plans(db, path, year, progress)
    if what == "ledger":
        return export_ledger(db, path, year)
    if what == "rectification":
        return export_rectification(db, path)
    raise ValueError(f"unknown export {what!r}; one of {WHAT}")


# --- village exit assessment ---------------------------------------------------------------------
EXIT_COLUMNS = [
    Column("乡(镇)", 12), Column("行政村", 12), Column("行政村代码", 15), Column("贫困村", 7), Column("退出年度", 9),
    Column("户籍人口", 9, "count"), Column("未脱贫人口", 10, "count"), Column("贫困发生率", 10),
    Column("是否达到退出标准", 10), Column("缺项与原因", 60),
]


def export_exit_assessment(db: Database, assessments: Iterable, path: str | Path) -> ExportResult:
    """The exit assessment (or the 补短板 list, when given only those villages), villages failing shaded."""
    path = Path(path)
    assessments = list(assessments)
    with db.engine.connect() as conn:
        names = _area_names(conn)
    wb = Workbook(write_only=True)
    ws = new_sheet(wb, "贫困村退出评估", EXIT_COLUMNS, heading=_heading(db, "village_exit"))
    for a in assessments:
        values = [names.get(a.township_code, ""), a.name, a.code, a.is_poverty_village, a.exit_year,
                  a.registered_population, a.remaining_poor,
                  None if a.incidence is None else f"{a.incidence * 100:.2f}%", a.meets, "；".join(a.reasons)]
        append_row(ws, EXIT_COLUMNS, [cell_value(v) for v in values],
                   fill=None if a.meets else OVERDUE_FILL, wrap=True)
    save_xlsx(wb, path)
    _audit(db, "village_exit", path, len(assessments))
    return ExportResult("village_exit", path, len(assessments))
