"""Thresholds the rules read from ``resources/rules/thresholds.yaml`` (amounts, income, phone forms).

Loaded and checked once, like the vocabularies; a malformed file is refused with its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Optional

import yaml

from fupin_desktop.domain.vocab import VocabularyError
from fupin_desktop.paths import resource

THRESHOLDS_FILE = ("rules", "thresholds.yaml")


@dataclass(frozen=True)
class Thresholds:
    per_capita_max: float
    measure_usual_max: float
    item_usual_max: dict  # catalogue code -> 元
    plan_usual_max: float
    amount_input_max: float
    collective_income_max: float  # 村集体经济收入, 元/年: the village form refuses more
    mobile: re.Pattern
    landline: re.Pattern
    service_numbers: frozenset

    def usual_max(self, item_code: Optional[str]) -> float:
        """The usual largest amount of one measure of this catalogue item."""
        return self.item_usual_max.get(item_code or "", self.measure_usual_max)


@cache
def thresholds() -> Thresholds:
    path = resource(*THRESHOLDS_FILE)
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        measure = data["measure_amount"]
        phone = data["phone"]
        out = Thresholds(
            per_capita_max=float(data["per_capita_income"]["max"]),
            measure_usual_max=float(measure["usual_max"]),
            item_usual_max={str(k): float(v) for k, v in (measure.get("items") or {}).items()},
            plan_usual_max=float(data["plan_amount"]["usual_max"]),
            amount_input_max=float(data["amount_input"]["max"]),
            collective_income_max=float(data["village_collective_income"]["max"]),
            mobile=re.compile(str(phone["mobile"])),
            landline=re.compile(str(phone["landline"])),
            service_numbers=frozenset(str(n) for n in phone.get("service_numbers") or ()),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        raise VocabularyError(f"{path}: cannot read the thresholds ({exc})") from exc
    return out
