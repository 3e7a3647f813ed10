"""What an import changes, line by line, in words: which record, which field, old → new.

The dry run of a package lists the first few hundred changes so the clerk can see *what* changes
("农户 甲村 王德福户（H001）· 联系电话：138… → 139…"), not only how many records.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache

import yaml
from sqlalchemy import text
from sqlalchemy.engine import Connection

from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.paths import resource
from fupin_desktop.sync.conflicts import display_value, field_label, record_label, table_label
from fupin_desktop.sync.rows import MERGE_DELETED, TableCodec

CHANGE_LIMIT = 300  # lines kept for the preview; the counts cover everything
NEW, CHANGED, DELETED, CONFLICT = "new", "changed", "deleted", "conflict"


@dataclass(frozen=True)
class ChangeLine:
    kind: str  # new | changed | deleted
    table: str
    record_id: str
    record: str  # "农户 甲村 王德福户（H001）"
    field: str = ""
    field_label: str = ""
    old: str = ""
    new: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def text(self) -> str:
        if self.kind == NEW:
            return f"新增 {self.record}"
        if self.kind == DELETED:
            return f"删除 {self.record}"
        if self.kind == CONFLICT:  # both sides changed the field: say so, and where it is decided
            return (f"冲突 {self.record} · {self.field_label}：暂定值 {self.old}，另一方 {self.new}"
                    "（在“同步 › 冲突处理”中决定）")
        return f"{self.record} · {self.field_label}：{self.old} → {self.new}"


def describe_record(conn: Connection, table: str, record_id: str) -> str:
    """A record by its kind and name; plans, measures, payments and visits by their household."""
    household = None
    if table in ("plan", "visit"):
        household = conn.execute(text(f'SELECT household_id FROM "{table}" WHERE id = :i'), {"i": record_id}).scalar()
    elif table == "measure":
        row = conn.execute(text("SELECT p.household_id, m.item_code FROM measure m JOIN plan p ON p.id = m.plan_id "
                                "WHERE m.id = :i"), {"i": record_id}).first()
        if row:
            household = row[0]
            found = catalogue().item(row[1]) if row[1] else None
            item = found.label if found else ""
            return f"帮扶措施 {item}（{record_label(conn, 'household', household)}）".replace("  ", " ")
    elif table == "fund_entry":
        household = conn.execute(text("SELECT p.household_id FROM fund_entry f JOIN measure m ON m.id = f.measure_id "
                                      "JOIN plan p ON p.id = m.plan_id WHERE f.id = :i"), {"i": record_id}).scalar()
    elif table == "target":  # by area and year: a laptop gets every village's targets, not only its own
        row = conn.execute(text("SELECT t.year, COALESCE(v.name, a.name, t.area_code) FROM target t "
                                "LEFT JOIN village v ON v.code = t.area_code LEFT JOIN area a ON a.code = t.area_code "
                                "WHERE t.id = :i"), {"i": record_id}).first()
        if row:
            return f"{table_label(table)} {row[1]} {row[0]}年"
    elif table == "rectification":
        problem = conn.execute(text("SELECT problem FROM rectification WHERE id = :i"), {"i": record_id}).scalar()
        if problem:
            return f"{table_label(table)} {problem[:40]}"
    elif table == "audit_event":
        return _audit_event(conn, record_id)
    if household:
        return f"{table_label(table)}（{record_label(conn, 'household', household)}）"
    label = record_label(conn, table, record_id)
    if table in ("household", "member", "village", "area", "cadre") and not label.startswith(table_label(table)):
        return f"{table_label(table)} {label}"
    return table_label(table)


@cache
def _audit_actions() -> dict[str, str]:
    with open(resource("audit", "labels.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh).get("actions", {})


def _audit_event(conn: Connection, record_id: str) -> str:
    """An event by what was done to which record, by whom and when (the 操作记录 view has the rest)."""
    row = conn.execute(text("SELECT action, entity, entity_id, user, at FROM audit_event WHERE id = :i"),
                       {"i": record_id}).first()
    if not row:
        return table_label("audit_event")
    action, entity, entity_id, user, at = row
    what = _audit_actions().get(action, "")
    if entity in ("household", "member") and entity_id:
        what = f"{what} {record_label(conn, entity, entity_id)}"
    who = "，".join(p for p in (user, (at or "")[:16].replace("T", " ")) if p)
    return f"{table_label('audit_event')} {what.strip()}（{who}）".replace(" （", "（")


class ChangeCollector:
    """Gathers the first CHANGE_LIMIT changes of an import; counts the rest."""

    def __init__(self, conn: Connection, limit: int = CHANGE_LIMIT):
        self.conn = conn
        self.limit = limit
        self.lines: list[ChangeLine] = []
        self.more = 0
        self._pending: list[tuple] = []
        self._conflicts: list[tuple] = []

    def full(self) -> bool:
        return len(self._pending) >= self.limit

    def add(self, kind: str, table: TableCodec, local: list | None, row: list) -> None:
        """Remember a merged row; it is described after it is written, so new records have names."""
        if len(self._pending) >= self.limit and kind == NEW:
            self.more += 1
            return
        if kind == NEW:
            entries = [(NEW, table.name, row[table.index["id"]], "", None, None)]
        else:
            assert local is not None, kind  # only a new record has no local copy
            entries = []
            for name, k in zip(table.merge_fields, table.merge_idx):
                if local[k] == row[k]:
                    continue
                if name == MERGE_DELETED:
                    entries.append((DELETED if row[k] else CHANGED, table.name, row[table.index["id"]], name,
                                    local[k], row[k]))
                else:
                    entries.append((CHANGED, table.name, row[table.index["id"]], name, local[k], row[k]))
        for entry in entries:
            if len(self._pending) < self.limit:
                self._pending.append(entry)
            else:
                self.more += 1

    def add_conflicts(self, conflicts) -> None:
        """Fields both sides changed (sync.merge.FieldConflict): listed first, they need a decision."""
        for c in conflicts[:self.limit]:
            self._conflicts.append((CONFLICT, c.table, c.record_id, c.field, c.winner_value, c.loser_value))
        self.more += max(0, len(conflicts) - self.limit)

    def finish(self) -> list[ChangeLine]:
        names: dict[tuple[str, str], str] = {}
        for kind, table, rid, field, old, new in self._conflicts + self._pending:
            if (table, rid) not in names:
                names[(table, rid)] = describe_record(self.conn, table, rid)
            record = names[(table, rid)]
            if kind not in (CHANGED, CONFLICT):
                self.lines.append(ChangeLine(kind, table, rid, record))
            else:
                self.lines.append(ChangeLine(kind, table, rid, record, field, field_label(table, field),
                                             display_value(table, field, old), display_value(table, field, new)))
        self._pending, self._conflicts = [], []
        return self.lines
