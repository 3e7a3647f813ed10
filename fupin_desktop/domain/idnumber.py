"""Resident ID numbers (GB 11643, DOMAIN.md §7): normalise, validate, derive, mask.

We validate ourselves rather than with ``stdnum.cn.ric``, which rejects real IDs of people born
before their county code existed (e.g. 410102196003151237, born 1960 in Zhengzhou) and would
block elderly villagers. The ISO 7064 MOD 11-2 checksum is reused from python-stdnum.
An unknown province prefix is an error; an unknown county code is only a warning (looked up in the
historical area-code table python-stdnum ships, every era at once), never a rejection.

Accepted shapes: 18 characters (resident ID); 20 characters (disability card = valid ID + category
digit 1-7 + grade digit 1-4); 22 characters (a disability card plus a two-character reissue suffix,
as seen in exports); 15 digits (legacy, upgraded with a warning).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any, Optional

from stdnum.iso7064 import mod_11_2

MIN_BIRTH = date(1900, 1, 1)
PLACEHOLDER_PREFIX = "999999"
# re.ASCII: \d must not match full-width digits, which normalize() folds first. fullmatch() is used
# everywhere: ``$`` would also match before a trailing newline.
_ID18 = re.compile(r"\d{17}[\dX]", re.ASCII)
_ID15 = re.compile(r"\d{15}", re.ASCII)
_DISABILITY = re.compile(r"\d{17}[\dX][1-7][1-4]", re.ASCII)
_DISABILITY_REISSUED = re.compile(r"\d{17}[\dX][1-7][1-4][0-9A-Z]{2}", re.ASCII)
_SEPARATORS = re.compile(r"[\s\-_'‘’\"`]")


@dataclass(frozen=True)
class IdInfo:
    normalized: str
    kind: str = "resident"  # resident | disability_card | legacy15
    valid: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)  # (code, Chinese message)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, Chinese message)
    sex: Optional[str] = None  # male | female
    birth_date: Optional[date] = None
    area_code: Optional[str] = None
    province_code: Optional[str] = None
    disability_category: Optional[str] = None  # "1".."7" on a disability card
    disability_grade: Optional[str] = None  # "1".."4" on a disability card

    @property
    def base_id(self) -> str:
        """The 18-character resident ID inside (for a disability card, without its suffix).

        For a legacy 15-digit number this is the number itself; use ``upgrade_15`` for the 18 form.
        """
        return self.normalized[:18]


def is_normal_resident_form(text: str) -> bool:
    """``text`` is 17 ASCII digits and a digit or X, so that ``normalize(text) == text``."""
    return _ID18.fullmatch(text) is not None


def normalize(text: Any) -> str:
    """Full-width to half-width, drop spaces and separators, upper-case X.

    An integral number (an ID read from a number cell) becomes its digits, so an intact 15-digit
    legacy number survives; longer ones are damaged anyway (see ``looks_damaged_by_excel``).
    """
    if text is None or isinstance(text, bool):
        return ""
    if isinstance(text, float) and text.is_integer():
        return str(int(text))
    s = str(text)
    if _ID18.fullmatch(s):  # fast path: already clean (the common case in bulk checks)
        return s
    s = unicodedata.normalize("NFKC", s)
    s = _SEPARATORS.sub("", s)
    return s.upper()


@cache
def _provinces() -> frozenset[str]:
    from fupin_desktop.domain.vocab import vocab

    return frozenset(vocab("provinces").codes)


@lru_cache(maxsize=4096)
def area_known(area6: str) -> bool:
    """Whether a 6-digit area code appears in the historical table (any year; stdnum's data)."""
    from stdnum import numdb

    parts = numdb.get("cn/loc").info(area6)
    return len(parts) == 2 and bool(parts[1][1].get("county"))


def check_char(first17: str) -> str:
    """The 18th character for 17 digits (ISO 7064 MOD 11-2)."""
    return mod_11_2.calc_check_digit(first17)


def _birth(digits8: str) -> Optional[date]:
    try:
        return date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:8]))
    except ValueError:
        return None


# The same MOD 11-2 check as check_char, for 17 ASCII digits in one C call: the weighted sum is
# sum(d[i] * 2**(17-i)), and 13 = 2 (mod 11), so it equals 2 * int(digits, 13) modulo 11. GB 11643
# lists the check character for each sum mod 11.
_CHECK_CHARS = "10X98765432"


@lru_cache(maxsize=1 << 16)
def _birth_cached(digits8: str) -> Optional[date]:
    # A county has some 40,000 distinct birth dates among 200,000 people.
    return _birth(digits8)


def valid_birth_sex(text: str, today: date) -> Optional[tuple[date, str]]:
    """(birth date, "male" | "female") when ``text`` is a clean 18-character resident ID that
    ``parse(text, today)`` finds valid; None when it is anything else, and then parse() decides.

    The bulk check's fast path (parse builds an IdInfo with its lists for every person): the same
    tests as parse, in the same terms, for the one common shape. tests/unit/test_idnumber_fast.py
    holds the two together on every demo ID and on the tricky ones.
    """
    if len(text) != 18 or not text.isascii():
        return None
    first17 = text[:17]
    if not first17.isdigit():
        return None
    if _CHECK_CHARS[2 * int(first17, 13) % 11] != text[17]:
        return None
    birth = _birth_cached(text[6:14])
    if birth is None or birth < MIN_BIRTH or birth > today:
        return None
    if text.startswith(PLACEHOLDER_PREFIX) or text[:2] not in _provinces():
        return None
    return birth, ("male" if text[16] in "13579" else "female")


def upgrade_15(text: Any) -> str:
    """A legacy 15-digit number as the 18-character number (century 19 inserted, check char added)."""
    s = normalize(text)
    if not _ID15.fullmatch(s):
        raise ValueError("不是15位旧身份证号码")
    first17 = s[:6] + "19" + s[6:]
    return first17 + check_char(first17)


def _shape_error(s: str) -> tuple[str, str]:
    if len(s) in (20, 22) and _ID18.fullmatch(s[:18]):
        return ("disability_format", "残疾人证号应为18位身份证号加残疾类别(1-7)和等级(1-4)两位数字")
    if len(s) not in (15, 18, 20, 22):
        return ("length", f"位数不对（{len(s)}位），身份证号应为18位")
    return ("characters", "含有非法字符，只能是数字，最后一位可以是X")


def parse(text: Any, today: Optional[date] = None) -> IdInfo:
    """Validate one number and derive what it tells (see the module docstring for shapes)."""
    today = today or date.today()
    s = normalize(text)
    errors: list[tuple[str, str]] = []
    warnings: list[tuple[str, str]] = []
    kind, category, grade = "resident", None, None
    if not s:
        return IdInfo(normalized=s, errors=[("empty", "证件号码为空")])
    if _ID18.fullmatch(s):
        core = s
    elif _DISABILITY.fullmatch(s) or _DISABILITY_REISSUED.fullmatch(s):
        kind, category, grade = "disability_card", s[18], s[19]
        core = s[:18]
    elif _ID15.fullmatch(s):
        kind = "legacy15"
        core = upgrade_15(s)
        warnings.append(("legacy15", f"15位旧号码，应升级为 {core}"))
    else:
        return IdInfo(normalized=s, errors=[_shape_error(s)])
    if kind != "legacy15" and check_char(core[:17]) != core[17]:
        errors.append(("checksum", "校验码不符，可能有数字录错"))
    birth = _birth(core[6:14])
    if birth is None:
        errors.append(("birth_date", f"出生日期 {core[6:14]} 不是真实日期"))
    elif birth < MIN_BIRTH:
        errors.append(("birth_too_early", f"出生日期 {birth} 早于1900年"))
        birth = None
    elif birth > today:
        errors.append(("birth_future", f"出生日期 {birth} 在今天之后"))
        birth = None
    area, province = core[:6], core[:2]
    if area == PLACEHOLDER_PREFIX:
        errors.append(("placeholder", "占位号码（999999开头），不是真实证件号码，请补录"))
    elif province not in _provinces():
        errors.append(("province", f"前两位 {province} 不是有效的省级代码"))
    elif not area_known(area):
        warnings.append(("area_unknown", f"地址码 {area} 不在行政区划代码表中，请核对（不影响登记）"))
    return IdInfo(
        normalized=s, kind=kind, valid=not errors, errors=errors, warnings=warnings,
        sex="male" if int(core[16]) % 2 == 1 else "female", birth_date=birth,
        area_code=area, province_code=province, disability_category=category, disability_grade=grade,
    )


def is_valid(text: Any, today: Optional[date] = None) -> bool:
    return parse(text, today).valid


def make_id(area6: str, birth: date, seq3: int) -> str:
    """A valid 18-character number for (area, birth date, sequence); odd sequence = male.

    ``seq3`` is taken modulo 1000 (callers counting past 999 wrap round).
    """
    if not (len(area6) == 6 and area6.isascii() and area6.isdigit()):
        raise ValueError(f"area code must be 6 digits: {area6!r}")
    first17 = f"{area6}{birth:%Y%m%d}{seq3 % 1000:03d}"
    return first17 + check_char(first17)


def mask(text: Any) -> str:
    """First 6 + asterisks + last 4, e.g. 410102********123X (for printouts meant for others)."""
    s = normalize(text)
    if len(s) <= 10:
        return "*" * len(s)
    return s[:6] + "*" * (len(s) - 10) + s[-4:]


def is_placeholder(text: Any) -> bool:
    """A stand-in number (999999…) entered while the real one is unknown."""
    return normalize(text).startswith(PLACEHOLDER_PREFIX)


# Shapes of damage (compiled once: bulk imports check every ID; unlike _ID18, \d here is Unicode as before).
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+")
_POINT_ZERO = re.compile(r"\d{15,22}\.0+")
_DIGITS18 = re.compile(r"\d{18}")
_DIGITS17 = re.compile(r"\d{17}")
_NUMBER_CELL = "证件号码被Excel存成了数字，第15位以后的数字和末位X已经丢失；请把该列设为文本后重新填写原号码"


def looks_damaged_by_excel(value: Any) -> Optional[str]:
    """A Chinese explanation when an ID went through a number cell (Excel keeps 15 significant
    digits and cannot hold an X); None when the value shows no such damage.

    Never repairs anything: the lost digits cannot be recovered.
    """
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e15:
            return _NUMBER_CELL
        return None  # up to 15 digits survive a number cell (a legacy 15-digit number is intact)
    if isinstance(value, int):
        return _NUMBER_CELL if len(str(abs(value))) > 15 else None
    s = normalize(value)
    if _SCIENTIFIC.fullmatch(s):
        return "证件号码被Excel显示为科学计数法，第15位以后的数字已经丢失；请把该列设为文本后重新填写原号码"
    if _POINT_ZERO.fullmatch(s):
        return "证件号码带有“.0”，是被Excel当作数字保存的，第15位以后可能已经丢失；请核对原号码"
    if _DIGITS18.fullmatch(s) and s.endswith("000") and check_char(s[:17]) != s[17]:
        return "证件号码末三位为000且校验码不符，可能被Excel按15位有效数字截断；请核对原始号码"
    if _DIGITS17.fullmatch(s) and check_char(s) == "X":
        return "证件号码只有17位，按校验规则末位应为X，可能是X被丢掉了；请核对原号码"
    return None
