"""Household fields every register household must have, read from resources/rules/required_household_fields.yaml.

One list for the household rules (a blank one is an error) and the roster import (a workbook with no
column for one is refused before anything is written).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from fupin_desktop.domain.vocab import VocabularyError, vocab
from fupin_desktop.paths import resource

REQUIRED_FILE = ("rules", "required_household_fields.yaml")


@dataclass(frozen=True)
class RequiredField:
    field: str
    rule: str
    message: str
    new_household: str = ""  # code a household added by 新增农户 starts with ("" = none: the cadre chooses)


def _start_code(entry: dict) -> str:
    label = entry.get("new_household")
    if not label:
        return ""
    code = vocab(str(entry["vocab"])).code_for(str(label))
    if not code:
        raise VocabularyError(f"“{label}”不在代码表 {entry['vocab']} 中")
    return code


@cache
def required_household_fields() -> tuple[RequiredField, ...]:
    path = resource(*REQUIRED_FILE)
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        return tuple(RequiredField(str(f["field"]), str(f["rule"]), str(f["message"]), _start_code(f))
                     for f in data["fields"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise VocabularyError(f"{path.name} 无法读取或格式不对：{exc}") from exc
