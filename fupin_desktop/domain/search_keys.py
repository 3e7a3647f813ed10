"""Search keys for the register's search-as-you-type (pure functions, no database).

Every household is findable by the names of its head and members (汉字), their pinyin in full
(zhangsan) and by initials (zs), the last digits of an ID number, a phone number's tail and the
household number's tail. Keys are computed once, when a household is saved or imported, and kept
in an indexed table; a keystroke is then one index range scan per key space.

Key spaces never overlap, so no tag is needed: names start with a CJK character, pinyin keys are
ASCII letters, number keys are digits (or X) stored *reversed* so that "ends with 1234" becomes
"starts with 4321". For a surname with several readings (曾 zeng/ceng, 单 shan/dan) every
reading of the first character is indexed, so both spellings find the person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

ID_TAIL = 6  # the last 6 characters of an ID number are indexed
MIN_ID_DIGITS = 4  # a query of 4-6 digits can match an ID tail (DOMAIN: "last 4-6 digits")
MIN_NUMBER_DIGITS = 3  # shorter digit queries match too much to be useful
MAX_SURNAME_READINGS = 3

_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
_LETTERS = re.compile(r"^[a-z]+$")
_NUMBER = re.compile(r"^[0-9]+x?$", re.ASCII)


def fold(text: Optional[str]) -> str:
    """Width-fold, drop spaces and middle dots, lower-case: what both keys and queries go through."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = re.sub(r"[\s·•\-_]", "", s)
    return s.lower()


@lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, ...]:
    """Keys for one person's name: the name itself, full pinyin, initials (with surname readings)."""
    name = fold(name)
    if not name:
        return ()
    keys = {name}
    if not _CJK.search(name):
        return tuple(keys)
    from pypinyin import Style, lazy_pinyin, pinyin  # here: its dictionaries take ~0.5 s to load

    first_readings = [r for r in pinyin(name[0], style=Style.NORMAL, heteronym=True)[0] if r.isascii()]
    rest_full = lazy_pinyin(name[1:], style=Style.NORMAL, errors="ignore")
    rest_initials = "".join(p[0] for p in rest_full if p)
    rest = "".join(rest_full)
    default_first = lazy_pinyin(name[0], style=Style.NORMAL, errors="ignore")
    readings = list(dict.fromkeys(default_first + first_readings))[:MAX_SURNAME_READINGS]
    for reading in readings:
        reading = reading.lower()
        if not reading.isalpha():
            continue
        keys.add(reading + rest)
        keys.add(reading[0] + rest_initials)
    return tuple(sorted(k for k in keys if k))


@lru_cache(maxsize=65536)
def sort_name(name: str) -> str:
    """A name spelled in pinyin syllables ("zhang san"), so lists sort by 户主 as people expect."""
    folded = fold(name)
    if not _CJK.search(folded):
        return folded
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(folded, style=Style.NORMAL, errors="default")) + " " + folded


def warm_up() -> None:
    """Load pypinyin's dictionaries now (≈ 0.5 s), e.g. in the background after start-up,
    so that the first saved household does not wait for them."""
    name_keys.cache_clear()
    name_keys("张三")


def reversed_digits(text: Optional[str], keep_last: Optional[int] = None) -> str:
    """Digits (and a final X) of ``text`` reversed; ``keep_last`` keeps only that many final characters."""
    if not text:
        return ""
    if text.isascii() and text.isdigit():  # fast path: clean numbers, the common case in bulk indexing
        s = text
    else:
        s = "".join(ch for ch in fold(text) if ch.isdigit() or ch == "x")
    if keep_last is not None:
        s = s[-keep_last:]
    return s[::-1]


def household_keys(household_no: str, phone: str, people: Iterable[tuple[str, str, str]]) -> set[str]:
    """All keys of one household. ``people``: (name, id_number, phone) of the head and live members."""
    keys: set[str] = set()
    for value in (household_no, phone):
        rev = reversed_digits(value)
        if len(rev) >= MIN_NUMBER_DIGITS:
            keys.add(rev)
    for name, id_number, person_phone in people:
        if name:
            keys.update(name_keys(name))
        if id_number:
            tail = reversed_digits(id_number, ID_TAIL)
            if len(tail) >= MIN_ID_DIGITS:
                keys.add(tail)
        if person_phone:
            rev = reversed_digits(person_phone)
            if len(rev) >= MIN_NUMBER_DIGITS:
                keys.add(rev)
    return keys


@dataclass(frozen=True)
class SearchQuery:
    """What a typed text asks for: one key prefix per word (words are ANDed), or a hint why not."""

    prefixes: tuple[str, ...]
    hint: str = ""  # Chinese, shown when the text cannot be searched (e.g. too few digits)

    @property
    def empty(self) -> bool:
        return not self.prefixes


def parse_query(text: Optional[str]) -> SearchQuery:
    """Turn the search box text into key prefixes. Words separated by spaces must all match."""
    words = [w for w in re.split(r"\s+", unicodedata.normalize("NFKC", text or "").strip()) if w]
    prefixes: list[str] = []
    for word in words:
        w = fold(word)
        if not w:
            continue
        if _CJK.match(w):
            prefixes.append(w)
        elif _LETTERS.match(w):
            prefixes.append(w)
        elif _NUMBER.match(w):
            if len(w) < MIN_NUMBER_DIGITS:
                return SearchQuery((), f"请至少输入{MIN_NUMBER_DIGITS}位数字（证件号码后4至6位、电话或户编号的末几位）")
            prefixes.append(w[::-1])
        else:
            return SearchQuery((), "可按姓名、拼音（全拼或首字母）、证件号码后4至6位、电话或户编号的末几位查找")
    return SearchQuery(tuple(dict.fromkeys(prefixes)))


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix`` (for a range scan)."""
    return prefix + "\U0010ffff"
