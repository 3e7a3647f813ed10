"""A roster's rows checked one by one and grouped into households, before the database is asked anything.

Per row: area codes, the member's own fields against the ID number (sex, birth date), labels that
name two relatives resolved by the person's sex. Then rows are grouped into households: by 户编号
within a village, by a repeated first row when household columns are filled once, or by 户主 rows
when a roster has no household numbers; a households sheet is linked to its members by 户编号.
The use case that checks the result against the register and writes it is
services.excel.roster_import.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.io.roster_aliases import by_sex_code, names_a_pair
from fupin_desktop.io.roster_drafts import first_value
from fupin_desktop.io.roster_headers import field_spec
from fupin_desktop.io.roster_rows import RosterRow
from fupin_desktop.io.roster_values import REJECT, Decisions, id_core

BATCH = 2000  # rows parsed together (see roster_rows); progress is reported once a batch
_CODE = re.compile(r"^\d{6}(\d{3}){0,2}$")


@dataclass(frozen=True)
class VillageKey:
    """How a roster row names its village."""

    code: str = ""
    county: str = ""
    township: str = ""
    township_code: str = ""
    village: str = ""

    def describe(self) -> str:
        if self.village:
            return f"{self.township}{self.village}" if self.township else self.village
        return self.code


def pad_code(text: Optional[str]) -> Optional[str]:
    """A 6-, 9- or 12-digit area code padded to 12 digits, or None when it is not one."""
    if not text:
        return None
    text = text.strip()
    if not _CODE.match(text):
        return None
    return text.ljust(12, "0")


def village_key(values: dict) -> Optional[VillageKey]:
    get = values.get
    return _village_key_of(get("county_name"), get("township_name"), get("township_code"), get("village_name"),
                           get("village_code"))


@lru_cache(maxsize=4096)
def _village_key_of(county, township, township_code, village, village_code) -> Optional[VillageKey]:
    """The key for one combination of area cells; a roster names the same few hundred villages over and over."""
    if not (county or township or township_code or village or village_code):
        return None
    return VillageKey(
        code=pad_code(village_code) or "",
        county=county or "",
        township=township or "",
        township_code=pad_code(township_code) or "",
        village=village or "",
    )


class RowCollector:
    """The roster's rows as read: each checked on its own, then grouped into households."""

    def __init__(self, decisions: Optional[Decisions] = None):
        self.decisions = decisions
        self.head = vocab("relationship").code_for("户主")
        self.sex_codes = {"male": vocab("sex").code_for("男"), "female": vocab("sex").code_for("女")}
        self.member_rows: list[RosterRow] = []
        self.household_rows: list[RosterRow] = []
        self.numbered_sheets: set[str] = set()  # member sheets with a 户编号 column

    # --- per row ------------------------------------------------------------------------
    @staticmethod
    def check_area_codes(row: RosterRow) -> None:
        for key, what in (("village_code", "行政村代码"), ("township_code", "乡镇代码")):
            value = row.values.get(key)
            if value and pad_code(value) is None:
                row.add_error(f"{what}“{value}”应为 6、9 或 12 位数字")
                row.values.pop(key)

    def check_member_row(self, row: RosterRow) -> None:
        v = row.values
        if not v.get("name") and "name" not in row.failed:
            row.add_error("姓名为空")
        if not v.get("relationship") and "relationship" not in row.failed and not waits_for(row, "relationship"):
            row.add_error("与户主关系为空")
        ident = v.get("id_number")
        if ident:
            # An 18-character ID was parsed as it is when its cell was read; a card number's core was not.
            info = row.id_info if row.id_info is not None and len(ident) == 18 else idnumber.parse(id_core(ident))
            sex = self.sex_codes.get(info.sex)
            if v.get("sex") and sex and v["sex"] != sex:
                row.add_warning("性别与证件号码不一致")
            if sex and not v.get("sex"):
                v["sex"] = sex
            if info.birth_date and not v.get("birth_date"):
                v["birth_date"] = info.birth_date
            elif info.birth_date and v.get("birth_date") != info.birth_date:
                row.add_warning("出生日期与证件号码不一致")
            for _code, warning in info.warnings:
                row.add_warning(f"证件号码：{warning}")
            if idnumber.is_placeholder(ident):
                row.add_warning("证件号码为占位号（999999开头），请补录真实号码")
        elif "id_number" not in row.failed:
            row.add_warning("未填写证件号码")
        causes = v.get("other_causes")
        if causes and len(causes) > 2:
            row.add_error("其他致贫原因最多两项")
        row.id_info = None  # checked: not kept for 200,000 rows
        if row.pending:
            self._resolve_by_sex(row)

    def _resolve_by_sex(self, row: RosterRow) -> None:
        """之父母 and other labels naming two relatives: the one of the person's sex, without asking;
        the clerk's decision for the label only where the sex is unknown."""
        for item in row.pending:
            key, value = item
            if key != "relationship" or not names_a_pair(field_spec(key).vocab, value):
                continue
            code = by_sex_code(field_spec(key).vocab, value, row.values.get("sex")) \
                or (self.decisions or {}).get(key, {}).get(value)
            if code == REJECT:
                row.add_error(f"{field_spec(key).label}“{value}”：已决定不导入含此值的行")
            elif code is None:
                continue
            else:
                row.values[key] = code
            row.pending = tuple(p for p in row.pending if p != item)

    # --- grouping -----------------------------------------------------------------------
    def households(self) -> tuple[list[list[RosterRow]], dict[int, RosterRow]]:
        """Member rows grouped into households; and for each group index, its households-sheet row."""
        by_no: dict[str, list[RosterRow]] = defaultdict(list)
        for hrow in self.household_rows:
            if hrow.values.get("household_no"):
                by_no[hrow.values["household_no"]].append(hrow)
            else:
                hrow.add_error("户编号为空")
        groups: dict[tuple, list[RosterRow]] = {}
        order: list[tuple] = []
        current = None  # (sheet, group key, has a 户主 row, head name) of the row above
        for row in self.member_rows:
            values = row.values
            no = values.get("household_no")
            is_head = values.get("relationship") == self.head
            above = current if current is not None and current[0] == row.sheet else None
            if no:
                key = (village_key(values), no)
            elif row.sheet in self.numbered_sheets:
                # Household columns filled only on a household's first row: the rows below belong to
                # it, unless a second 户主 says a new household began without its number.
                village = village_key(values)
                if above is not None and not (is_head and above[2]) and "household_no" not in row.failed \
                        and (village is None or above[1][0] in (None, "seq", village)):  # not another village's
                    key = above[1]
                else:
                    if "household_no" not in row.failed:
                        row.add_error("户编号为空")
                    key = ("seq", row.sheet, row.row)
            else:  # no household numbers at all: a 户主 row, or another 户主姓名, starts the next household
                head_name = values.get("head_name")
                if above is None or is_head or (head_name and above[3] and head_name != above[3]):
                    key = ("seq", row.sheet, row.row)
                else:
                    key = above[1]
            same = current is not None and current[1] == key
            current = (row.sheet, key, is_head or (same and current[2]),
                       (current[3] if same else None) or values.get("head_name"))
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(row)
        # Rows of one household without area columns join the household that has them (same number).
        merged: list[list[RosterRow]] = []
        placed: dict[str, int] = {}
        for key in order:
            rows = groups[key]
            if key[0] == "seq":
                merged.append(rows)
                continue
            village, no = key
            if village is None and no in placed:
                merged[placed[no]].extend(rows)
                continue
            if village is not None and no in placed and village_of(merged[placed[no]]) is None:
                merged[placed[no]].extend(rows)
                continue
            placed.setdefault(no, len(merged))
            merged.append(rows)
        links: dict[int, RosterRow] = {}
        for i, rows in enumerate(merged):
            no = first_value(rows, "household_no")
            candidates = by_no.get(no, []) if no else []
            village = village_of(rows)
            if len(candidates) > 1 and village is not None:
                candidates = [c for c in candidates if village_key(c.values) in (None, village)]
            if candidates:
                links[i] = candidates[0]
                candidates[0].values["_linked"] = True
        for hrow in self.household_rows:
            if not hrow.errors and not hrow.values.pop("_linked", False):
                hrow.add_error(f"户编号 {hrow.values.get('household_no')} 在成员表中没有成员")
        return merged, links


def waits_for(row: RosterRow, key: str) -> bool:
    return any(f == key for f, _ in row.pending)


def village_of(rows: list[RosterRow]) -> Optional[VillageKey]:
    for row in rows:
        key = village_key(row.values)
        if key is not None:
            return key
    return None


def batches(rows: Iterator[tuple[int, tuple]]) -> Iterator[list[tuple[int, tuple]]]:
    batch = []
    for item in rows:
        batch.append(item)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
