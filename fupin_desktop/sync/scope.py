"""Which records a sender may change, and which records a receiver is sent.

A village laptop is assigned villages by the county. The county refuses a laptop's package that
would change personal records (households and everything hanging off them) outside those
villages. Going the other way, the county sends a laptop the personal records of its villages
only, plus reference data every laptop needs (areas, all village names, cadres, targets).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from fupin_desktop.sync.errors import OutOfScope
from fupin_desktop.sync.rows import TableCodec
from fupin_desktop.sync.trust import ROLE_LAPTOP, TrustedKeyInfo

# Tables sent whole to every laptop; the rest are filtered by village.
REFERENCE_TABLES = ("area", "village", "cadre", "target")
NOT_SENT_TO_LAPTOPS = ("audit_event",)


def _marks(values) -> str:
    return ",".join("?" * len(values))


def export_filter(table: str, village_codes: list[str]) -> tuple[str, tuple] | None:
    """SQL condition (on alias ``t``) limiting ``table`` to the villages; None = whole table."""
    if table in REFERENCE_TABLES:
        return None
    codes = tuple(village_codes)
    villages = f"SELECT id FROM village WHERE code IN ({_marks(codes)})"
    households = f"SELECT id FROM household WHERE village_id IN ({villages})"
    plans = f"SELECT id FROM plan WHERE household_id IN ({households})"
    if table == "household":
        return f"t.village_id IN ({villages})", codes
    if table in ("member", "plan", "visit"):
        return f"t.household_id IN ({households})", codes
    if table == "measure":
        return f"t.plan_id IN ({plans})", codes
    if table == "fund_entry":
        return f"t.measure_id IN (SELECT id FROM measure WHERE plan_id IN ({plans}))", codes
    if table == "rectification":
        return f"(t.village_id IN ({villages}) OR t.household_id IN ({households}))", codes + codes
    return "0", ()


class ScopeGuard:
    """Checks, row by row, that a laptop's package stays inside its assigned villages."""

    def __init__(self, conn: Connection, village_codes: list[str], label: str):
        self.conn = conn
        self.codes = list(village_codes)
        self.label = label
        marks = _marks(self.codes)
        rows = conn.exec_driver_sql(f"SELECT id, code, name FROM village WHERE code IN ({marks})",
                                    tuple(self.codes)).all() if self.codes else []
        self.villages = {r[0] for r in rows}
        self.names = {code: name for _id, code, name in rows if name}  # a refusal names villages, not codes
        self._households: set[str] | None = None
        self._plans: set[str] | None = None
        self._measures: set[str] | None = None

    @classmethod
    def for_sender(cls, conn: Connection, signer: TrustedKeyInfo | None) -> "ScopeGuard | None":
        if signer is None or signer.role != ROLE_LAPTOP:
            return None
        return cls(conn, signer.villages, signer.label)

    def _ids(self, sql: str, params: tuple) -> set[str]:
        return {r[0] for r in self.conn.exec_driver_sql(sql, params)}

    @property
    def households(self) -> set[str]:
        if self._households is None:
            vs = tuple(self.villages)
            self._households = self._ids(f"SELECT id FROM household WHERE village_id IN ({_marks(vs)})", vs) if vs else set()
        return self._households

    @property
    def plans(self) -> set[str]:
        if self._plans is None:
            hs = tuple(self.households)
            self._plans = set()
            for start in range(0, len(hs), 900):
                chunk = hs[start:start + 900]
                self._plans |= self._ids(f"SELECT id FROM plan WHERE household_id IN ({_marks(chunk)})", chunk)
        return self._plans

    @property
    def measures(self) -> set[str]:
        if self._measures is None:
            ps = tuple(self.plans)
            self._measures = set()
            for start in range(0, len(ps), 900):
                chunk = ps[start:start + 900]
                self._measures |= self._ids(f"SELECT id FROM measure WHERE plan_id IN ({_marks(chunk)})", chunk)
        return self._measures

    def _refuse(self, table: TableCodec, row: list) -> None:
        from fupin_desktop.sync.conflicts import table_label  # conflicts imports the store; scope stays light

        villages = "、".join(self.names.get(c) or c for c in self.codes) or "无"
        raise OutOfScope(
            f"“{self.label}”的同步包修改了分配给它的村（{villages}）以外的"
            f"{table_label(table.name)}记录，已拒绝整个包，数据未改动",
            "package changes records outside the laptop's villages",
            detail=f"{table.name} {row[table.index['id']]}; villages {','.join(self.codes)}")

    def check(self, table: TableCodec, row: list) -> None:
        name, ix = table.name, table.index
        if name == "village":
            ok = row[ix["id"]] in self.villages
        elif name == "household":
            ok = row[ix["village_id"]] in self.villages
            if ok:
                self.households.add(row[ix["id"]])
        elif name in ("member", "visit"):
            ok = row[ix["household_id"]] in self.households
        elif name == "plan":
            ok = row[ix["household_id"]] in self.households
            if ok:
                self.plans.add(row[ix["id"]])
        elif name == "measure":
            ok = row[ix["plan_id"]] in self.plans
            if ok:
                self.measures.add(row[ix["id"]])
        elif name == "fund_entry":
            ok = row[ix["measure_id"]] in self.measures
        elif name == "rectification":
            ok = row[ix["village_id"]] in self.villages or row[ix["household_id"]] in self.households
        elif name == "cadre":
            ok = row[ix["village_id"]] is None or row[ix["village_id"]] in self.villages
        else:
            ok = True
        if not ok:
            self._refuse(table, row)
