"""Phone numbers as typed on forms: an 11-digit mobile (1[3-9] + 9 digits) or a landline with its
area code (0376-1234567, 0371-12345678, 010-12345678). One validator for every place a phone is typed;
the accepted forms are data (``resources/rules/thresholds.yaml``, ``phone``).
"""

from __future__ import annotations

import unicodedata
from typing import Optional

from fupin_desktop.domain.thresholds import thresholds

_DASHES = str.maketrans({"－": "-", "—": "-", "–": "-", "‐": "-", "‑": "-"})


def normalize_phone(text: str) -> str:
    """Full-width digits to ASCII, any dash to "-", spaces and brackets around the area code dropped:
    "（0376）123 4567" -> "0376-1234567"."""
    text = unicodedata.normalize("NFKC", text or "").translate(_DASHES).strip()
    if text.startswith("(") and ")" in text:
        area, rest = text[1:].split(")", 1)
        text = f"{area.strip()}-{rest.strip()}"
    return "".join(ch for ch in text if ch not in " \t")


def phone_problem(text: str, allow_service: bool = False) -> Optional[str]:
    """None when ``text`` is empty or a valid phone number; else the reason in Chinese.

    ``allow_service``: also accept the public service lines of the thresholds file (12317 …),
    for numbers printed for the public such as a notice's 监督电话."""
    number = normalize_phone(text)
    if not number:
        return None
    t = thresholds()
    if t.mobile.fullmatch(number) or t.landline.fullmatch(number):
        return None
    if allow_service and number in t.service_numbers:
        return None
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != len(number.replace("-", "")):
        return f"电话号码“{text.strip()}”含有数字以外的字符；请只填数字，固定电话的区号后可加“-”。"
    if not digits.startswith("0") and len(digits) <= 8:  # a landline typed without its area code
        return (f"电话号码“{number}”只有 {len(digits)} 位：手机号码为 11 位（以 13 至 19 开头），"
                "固定电话须带区号（如 0376-1234567）。")
    if digits.startswith("1"):
        if len(digits) == 11:
            return f"手机号码“{number}”的第二位应为 3 至 9，请核对。"
        return f"手机号码应为 11 位，“{number}”是 {len(digits)} 位，请核对。"
    if not digits.startswith("0"):
        return f"电话号码“{number}”不是手机号码（11 位，以 13 至 19 开头），也不是带区号的固定电话（如 0376-1234567）。"
    return f"固定电话“{number}”的位数不对：区号 3 至 4 位（以 0 开头），号码 7 至 8 位（如 0376-1234567）。"


def is_valid_phone(text: str, allow_service: bool = False) -> bool:
    return phone_problem(text, allow_service) is None
