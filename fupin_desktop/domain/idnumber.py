"""Resident ID numbers (GB 11643, DOMAIN.md §7): normalise, validate, derive, mask.

We validate ourselves rather than with ``stdnum.cn.ric``, which rejects real IDs of people born
before their county code existed (e.g. 410102196003151237, born 1960 in Zhengzhou) and would
block elderly villagers. The ISO 7064 MOD 11-2 checksum is reused from python-stdnum.
An unknown county code is never a rejection; an unknown province prefix is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Optional

from stdnum.iso7064 import mod_11_2

MIN_BIRTH = date(1900, 1, 1)
# re.ASCII: \d must not match full-width digits, which normalize() folds first.
_ID18 = re.compile(r"^\d{17}[\dX]$", re.ASCII)
_ID15 = re.compile(r"^\d{15}$", re.ASCII)
_DISABILITY = re.compile(r"^\d{17}[\dX][1-7][1-4]$", re.ASCII)


@dataclass
class IdInfo:
    normalized: str
    kind: str = "resident"  # resident | disability_card | legacy15
    valid: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)  # (code, Chinese message)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    sex: Optional[str] = None  # male | female
    birth_date: Optional[date] = None
    area_code: Optional[str] = None
    province_code: Optional[str] = None
    disability_category: Optional[str] = None
    disability_grade: Optional[str] = None

    @property
    def base_id(self) -> str:
        """The 18-character resident ID inside (for a disability card, without its two digits)."""
        return self.normalized[:18]


def normalize(text: Any) -> str:
    """Full-width to half-width, drop spaces and separators, upper-case X."""
    if text is None:
        return ""
    s = str(text)
    if _ID18.match(s):  # fast path: already clean (the common case in bulk checks)
        return s
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\s\-_'‘’\"]", "", s)
    return s.upper()


@cache
def _provinces() -> frozenset[str]:
    from fupin_desktop.domain.vocab import vocab

    return frozenset(vocab("provinces").codes)


def check_char(first17: str) -> str:
    """The 18th character for 17 digits (ISO 7064 MOD 11-2)."""
    return mod_11_2.calc_check_digit(first17)


def _birth(digits8: str) -> Optional[date]:
    try:
        return date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:8]))
    except ValueError:
        return None


def upgrade_15(text: str) -> str:
    """A legacy 15-digit number as the 18-character number (century 19 inserted, check char added)."""
    s = normalize(text)
    if not _ID15.match(s):
        raise ValueError("不是15位旧身份证号码")
    first17 = s[:6] + "19" + s[6:]
    return first17 + check_char(first17)


def parse(text: Any, today: Optional[date] = None) -> IdInfo:
    today = today or date.today()
    s = normalize(text)
    info = IdInfo(normalized=s)
    if not s:
        info.errors.append(("empty", "证件号码为空"))
        return info
    if _DISABILITY.match(s):
        info.kind = "disability_card"
        info.disability_category, info.disability_grade = s[18], s[19]
        core = s[:18]
    elif _ID15.match(s):
        info.kind = "legacy15"
        core = upgrade_15(s)
        info.warnings.append(("legacy15", f"15位旧号码，应升级为 {core}"))
    elif _ID18.match(s):
        core = s
    else:
        if len(s) == 20:
            info.errors.append(("disability_format", "残疾人证号应为18位身份证号加残疾类别(1-7)和等级(1-4)两位数字"))
        elif len(s) not in (15, 18):
            info.errors.append(("length", f"位数不对（{len(s)}位），身份证号应为18位"))
        else:
            info.errors.append(("characters", "含有非法字符，只能是数字，最后一位可以是X"))
        return info
    if info.kind != "legacy15" and check_char(core[:17]) != core[17]:
        info.errors.append(("checksum", "校验码不符，可能有数字录错"))
    birth = _birth(core[6:14])
    if birth is None:
        info.errors.append(("birth_date", f"出生日期 {core[6:14]} 不是真实日期"))
    elif birth < MIN_BIRTH:
        info.errors.append(("birth_too_early", f"出生日期 {birth} 早于1900年"))
    elif birth > today:
        info.errors.append(("birth_future", f"出生日期 {birth} 在今天之后"))
    else:
        info.birth_date = birth
    info.area_code = core[:6]
    info.province_code = core[:2]
    if info.province_code not in _provinces():
        info.errors.append(("province", f"前两位 {info.province_code} 不是有效的省级代码"))
    info.sex = "male" if int(core[16]) % 2 == 1 else "female"
    info.valid = not info.errors
    return info


def is_valid(text: Any) -> bool:
    return parse(text).valid


def make_id(area6: str, birth: date, seq3: int) -> str:
    """A valid 18-character number for (area, birth date, sequence); odd sequence = male."""
    first17 = f"{area6}{birth:%Y%m%d}{seq3 % 1000:03d}"
    return first17 + check_char(first17)


def mask(text: Any) -> str:
    """First 6 + asterisks + last 4, e.g. 410102********123X (for printouts meant for others)."""
    s = normalize(text)
    if len(s) <= 10:
        return "*" * len(s)
    return s[:6] + "*" * (len(s) - 10) + s[-4:]


def is_placeholder(text: Any) -> bool:
    return normalize(text).startswith("999999")


def looks_damaged_by_excel(value: Any) -> Optional[str]:
    """A Chinese explanation when an ID was typed into a number cell (Excel keeps 15 significant digits)."""
    if value is None or value == "":
        return None
    if isinstance(value, float) or (isinstance(value, int) and len(str(value)) >= 15):
        return "证件号码被Excel存成了数字，末几位和X已经丢失；请把该列设为文本后重新填写原号码"
    s = normalize(value)
    if re.fullmatch(r"\d(\.\d+)?E\+?\d+", s):
        return "证件号码被Excel显示为科学计数法，末几位已经丢失；请把该列设为文本后重新填写原号码"
    if re.fullmatch(r"\d+\.0+", s):
        return "证件号码带有“.0”，是被Excel当作数字保存的；请核对末几位"
    if _ID18.match(s) and s.endswith("000") and check_char(s[:17]) != s[17]:
        return "证件号码末三位为000且校验码不符，可能被Excel按15位有效数字截断；请核对原始号码"
    return None
