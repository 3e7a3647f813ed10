"""What the roster import leaves out, and says so: rows and sheets that are not people (DOMAIN.md §9).

Totals rows (合计/小计/总计), signature and date lines (填表人/审核人/日期), blank rows between data
rows, hidden rows and hidden sheets are skipped; formula cells without a stored result are read as
blank. Each is listed (sheet, rows, column, reason) so nothing is left out silently. The marker
words are data (resources/import/row_markers.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Optional

import yaml

from fupin_desktop.paths import resource

REASONS = {
    "hidden_sheet": "隐藏的工作表，未导入",
    "hidden_row": "隐藏的行",
    "formula": "公式没有计算结果（请用 Excel/WPS 打开、保存后再导入），按空白读取",
    "totals": "合计行，不是人员",
    "footer": "签字或日期行，不是人员",
    "blank": "空行",
}


@dataclass
class SkippedItem:
    sheet: str
    kind: str  # a key of REASONS
    row: Optional[int] = None  # first Excel row (None: the whole sheet)
    last_row: Optional[int] = None  # last row of a run of rows skipped for the same reason
    column: str = ""  # the header of the column (formula cells)
    text: str = ""  # what the row says (合计 6户12人)

    @property
    def reason(self) -> str:
        return REASONS[self.kind]

    def rows_text(self) -> str:
        if self.row is None:
            return ""
        if self.last_row and self.last_row != self.row:
            return f"第 {self.row}–{self.last_row} 行"
        return f"第 {self.row} 行"

    def describe(self) -> str:
        """One line for people: 工作表“人员” 第 12 行：合计行，不是人员（合计 6户12人）."""
        where = " ".join(p for p in (f"工作表“{self.sheet}”", self.rows_text(),
                                     f"“{self.column}”列" if self.column else "") if p)
        extra = f"（{self.text}）" if self.text else ""
        return f"{where}：{self.reason}{extra}"

    def as_dict(self) -> dict:
        out = {"sheet": self.sheet, "kind": self.kind, "reason": self.reason}
        if self.row is not None:
            out["row"] = self.row
            out["last_row"] = self.last_row or self.row
        if self.column:
            out["column"] = self.column
        if self.text:
            out["text"] = self.text
        return out


_SPACES = re.compile(r"[\s\u3000]+")
_BLANK_START = frozenset(" \t\r\n\u3000")


@cache
def _markers() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    with open(resource("import", "row_markers.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    totals = frozenset(str(t) for t in data["totals"])
    footers = tuple(str(f) for f in data["footer_prefixes"])
    first_chars = frozenset(w[0] for w in (*totals, *footers))
    return totals, footers, first_chars


def row_marker(values: tuple) -> Optional[tuple[str, str]]:
    """("totals" | "footer", the row's text) when the row is a totals or signature line, else None."""
    totals, footers, first_chars = _markers()
    for value in values:
        # Every cell of every row passes here: a slice and a set lookup decide for nearly all of them.
        if value.__class__ is not str or (value[:1] not in first_chars and value[:1] not in _BLANK_START):
            continue
        text = _SPACES.sub("", value)
        if not text or text[0] not in first_chars:
            continue
        bare = text.rstrip(":：")
        kind = None
        if bare in totals or any(text.startswith(t) and (text[len(t):len(t) + 1] in (":", "：", "(", "（")
                                                       or text[len(t):len(t) + 1].isdigit())
                                 for t in totals):
            kind = "totals"
        elif text.startswith(footers):
            kind = "footer"
        if kind:
            shown = " ".join(str(v).strip() for v in values if v is not None and str(v).strip())
            return kind, shown[:60]
    return None
