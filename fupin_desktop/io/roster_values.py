"""Cell values of a roster, turned into register values (DOMAIN.md §9).

Each parser takes the raw cell value (str, int, float, datetime or None) and returns the value
to store, or raises :class:`CellError` with a Chinese message naming the column and the value.
Blank cells (None, "", spaces) give None: the field keeps its default. Vocabulary values become
codes; labels of earlier national-system exports are known (io.roster_aliases). A value that is in
no table is, with value decisions (issue 12 §2.5), what the clerk decided for it, or a
:class:`Pending` marker waiting for that decision; without them (strict), an error that offers the
suggestions the alias tables give by meaning.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Callable, Optional

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.io.roster_aliases import known_code, names_a_pair, suggested_codes

_YES = frozenset({"是", "有", "y", "yes", "true", "1", "√", "✓", "☑", "参加", "已参加", "享受"})
_NO = frozenset({"否", "无", "n", "no", "false", "0", "×", "✗", "□", "未参加", "不享受", "没有"})
_SPLIT = re.compile(r"[,，、;；/|\s]+")
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?$")
_DIGITS = re.compile(r"^\d+$")
_NUMBER_TAIL = re.compile(r"(元|个月|月|人|亩|年)$")
MIN_YEAR, MAX_YEAR = 1900, 2100
REJECT = "!reject"  # a value decision: the rows holding this value are not imported (never a code)


class CellError(ValueError):
    """A cell that cannot be imported; the message is for the user."""


class Pending(tuple):
    """((field key, value), ...): a cell's values that are in no code list and wait for a decision."""

    __slots__ = ()


Decisions = dict  # field key -> {normalised value: code or REJECT}


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_text(value: Any) -> Optional[str]:
    """Trimmed text; integral floats lose their '.0' (a number cell holding a household number)."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    return str(value).replace("\u3000", " ").strip()


def _vocab_text(value: Any) -> str:
    return unicodedata.normalize("NFKC", clean_text(value) or "").replace(" ", "")


def parse_text(value: Any, label: str = "") -> Optional[str]:
    return clean_text(value)


def parse_name(value: Any, label: str = "") -> Optional[str]:
    text = clean_text(value)
    if text is None:
        return None
    # Spaces inside a Chinese name are typing slips; a foreign name keeps its single spaces.
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text)


def parse_bool(value: Any, label: str = "") -> Optional[bool]:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = _vocab_text(value).lower()
    if text.endswith(".0"):
        text = text[:-2]
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(f"{label}“{clean_text(value)}”应为“是”或“否”")


def _number(value: Any, label: str) -> float:
    if isinstance(value, bool):
        raise CellError(f"{label}“{value}”不是数字")
    if isinstance(value, (int, float)):
        return float(value)
    text = _NUMBER_TAIL.sub("", _vocab_text(value).replace(",", ""))
    try:
        return float(text)
    except ValueError:
        raise CellError(f"{label}“{clean_text(value)}”不是数字") from None


def parse_float(value: Any, label: str = "") -> Optional[float]:
    return None if is_blank(value) else _number(value, label)


def parse_int(value: Any, label: str = "") -> Optional[int]:
    if is_blank(value):
        return None
    number = _number(value, label)
    if not number.is_integer():
        raise CellError(f"{label}“{clean_text(value)}”应为整数")
    return int(number)


def parse_months(value: Any, label: str = "") -> Optional[float]:
    number = parse_float(value, label)
    if number is not None and not 0 <= number <= 12:
        raise CellError(f"{label}“{clean_text(value)}”应在 0 到 12 个月之间")
    return number


def _date_parts(value: Any, label: str) -> tuple[int, Optional[int], Optional[int]]:
    """(year, month, day) from YYYYMMDD, YYYYMM, YYYY, 2023年05月, 202304.0, 2023-05-01 or a date cell."""
    if isinstance(value, datetime):
        return value.year, value.month, value.day
    if isinstance(value, date):
        return value.year, value.month, value.day
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _vocab_text(value)
    if text.endswith(".0"):
        text = text[:-2]
    if _DIGITS.match(text):
        if len(text) == 8:
            return int(text[:4]), int(text[4:6]), int(text[6:])
        if len(text) == 6:
            return int(text[:4]), int(text[4:]), None
        if len(text) == 4:
            return int(text), None, None
    m = _DATE_TEXT.match(text)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    m = re.match(r"^(\d{4})年?$", text)
    if m:
        return int(m.group(1)), None, None
    raise CellError(f"{label}“{clean_text(value)}”不是可识别的日期（如 20230501、202305、2023年05月）")


def parse_date(value: Any, label: str = "") -> Optional[date]:
    if is_blank(value):
        return None
    year, month, day = _date_parts(value, label)
    try:
        result = date(year, month or 1, day or 1)
    except ValueError:
        raise CellError(f"{label}“{clean_text(value)}”不是有效日期") from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CellError(f"{label}“{clean_text(value)}”年份不合理")
    return result


def parse_year(value: Any, label: str = "") -> Optional[int]:
    if is_blank(value):
        return None
    year, month, day = _date_parts(value, label)
    if not MIN_YEAR <= year <= MAX_YEAR or (month is not None and not 1 <= month <= 12):
        raise CellError(f"{label}“{clean_text(value)}”不是有效的年份或日期")
    return year


@lru_cache(maxsize=None)
def _vocab_lookup(name: str, text: str) -> tuple[Optional[str], tuple[str, ...]]:
    """(code, suggestions) for one normalised value; cached, rosters repeat the same few values."""
    v = vocab(name)
    code = v.code_for(text)
    if code is None:
        # Full-width/half-width brackets differ between exports: 乡（镇）内务工 vs 乡(镇)内务工.
        for item in v.items:
            if unicodedata.normalize("NFKC", item.label).replace(" ", "") == text:
                code = item.code
                break
    if code is None:
        code = known_code(name, text)  # a label of an earlier national-system export
    if code is not None:
        return code, ()
    # Suggestions by meaning only (alias tables); none is better than one guessed from shared characters.
    return None, tuple(v.label(c) for c in suggested_codes(name, text))


def _unknown(label: str, text: str, suggestions: tuple[str, ...]) -> CellError:
    hint = f"，是否为“{'”或“'.join(suggestions)}”？" if suggestions else ""
    return CellError(f"{label}“{text}”不在代码表中{hint}")


def _rejected(label: str, text: str) -> CellError:
    return CellError(f"{label}“{text}”：已决定不导入含此值的行")


def parse_vocab(vocab_name: str, field: Optional[str] = None,
                decisions: Optional[Decisions] = None) -> Callable[[Any, str], Optional[str]]:
    """A coded cell. With ``decisions`` (a dict, possibly empty), a value in no table is what the
    clerk decided for ``field``, or Pending; without, it is an error."""
    decided = None if decisions is None else decisions.get(field, {})

    def parse(value: Any, label: str = "") -> Optional[str]:
        if is_blank(value):
            return None
        text = _vocab_text(value)
        code, suggestions = _vocab_lookup(vocab_name, text)
        if code is None:
            if decided is None:
                raise _unknown(label, text, suggestions)
            if names_a_pair(vocab_name, text):  # 之父母: each row by its person's sex (services.excel.roster_import)
                return Pending(((field, text),))
            choice = decided.get(text)
            if choice == REJECT:
                raise _rejected(label, text)
            return choice or Pending(((field, text),))
        return code

    return parse


def parse_vocab_multi(vocab_name: str, field: Optional[str] = None,
                      decisions: Optional[Decisions] = None) -> Callable[[Any, str], Optional[list[str]]]:
    """Several codes in one cell (长期慢性病,残疾); every unknown part is named (or waits for a decision)."""
    decided = None if decisions is None else decisions.get(field, {})

    def parse(value: Any, label: str = "") -> Optional[list[str]]:
        if is_blank(value):
            return None
        codes, bad, pending = [], [], []
        for part in _SPLIT.split(clean_text(value)):
            part = unicodedata.normalize("NFKC", part)
            if not part:
                continue
            code, suggestions = _vocab_lookup(vocab_name, part)
            if code is None and decided is not None:
                choice = decided.get(part)
                if choice == REJECT:
                    bad.append(str(_rejected(label, part)))
                    continue
                if not choice:
                    pending.append((field, part))
                    continue
                code = choice
            if code is None:
                bad.append(str(_unknown(label, part, suggestions)))
            elif code not in codes:
                codes.append(code)
        if bad:
            raise CellError("；".join(bad))
        if pending:
            return Pending(pending)
        return codes or None

    return parse


def suggestions_for(vocab_name: str, text: str) -> tuple[str, ...]:
    """Codes the alias tables suggest for a value in no code list, likeliest first."""
    return suggested_codes(vocab_name, text)


def _messages(pairs) -> list[str]:
    return [p[1] if isinstance(p, tuple) else str(p) for p in pairs or ()]


def id_core(number: str) -> str:
    """The 18-character resident ID inside an ID or disability-card number (for duplicate checks)."""
    return number[:18]


def parse_id(value: Any, label: str = "") -> Optional[str]:
    """A resident ID (18), a disability card (20: ID + category + grade) or a 22-character card number
    (20 + a two-character reissue suffix), normalised; damage and invalid numbers are errors.

    An ID that went through a number cell has lost its last digits or its X: it is reported with the
    value Excel kept, never repaired.
    """
    parsed = parse_id_info(value, label)
    return None if parsed is None else parsed[0]


def parse_id_info(value: Any, label: str = "") -> Optional[tuple[str, idnumber.IdInfo]]:
    """``parse_id`` and the IdInfo of the number it checked (for an 18-character ID, the ID itself),
    so the row checks need not parse the same number again."""
    if is_blank(value):
        return None
    damage = idnumber.looks_damaged_by_excel(value)
    if damage:
        shown = format(value, ".0f") if isinstance(value, float) else clean_text(value)
        raise CellError(f"{label}“{shown}”：{damage.removeprefix('证件号码')}")
    text = idnumber.normalize(clean_text(value) or "")
    checked = text[:20] if len(text) == 22 and re.fullmatch(r"[0-9A-Z]{2}", text[20:]) else text
    info = idnumber.parse(checked)
    if not info.valid:
        problems = "；".join(_messages(info.errors)) or "格式或校验码不正确"
        raise CellError(f"{label}“{text}”无效：{problems}")
    return text, info


PARSERS: dict[str, Callable[..., Any]] = {
    "text": parse_text,
    "name": parse_name,
    "bool": parse_bool,
    "int": parse_int,
    "float": parse_float,
    "months": parse_months,
    "date": parse_date,
    "year": parse_year,
    "id": parse_id,
}


def parser_for(kind: str, vocab_name: Optional[str] = None, field: Optional[str] = None,
               decisions: Optional[Decisions] = None) -> Callable[[Any, str], Any]:
    if kind == "vocab":
        return parse_vocab(vocab_name, field, decisions)
    if kind == "vocab_multi":
        return parse_vocab_multi(vocab_name, field, decisions)
    return PARSERS[kind]
