"""Household fields every register household must have, read from resources/rules/required_household_fields.yaml.

One list for the household rules (a blank one is an error) and the roster import (a workbook with no
column for one is refused before anything is written).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from fupin_desktop.domain.vocab import VocabularyError
from fupin_desktop.paths import resource

REQUIRED_FILE = ("rules", "required_household_fields.yaml")


@dataclass(frozen=True)
class RequiredField:
    field: str
    rule: str
    message: str


@cache
def required_household_fields() -> tuple[RequiredField, ...]:
    path = resource(*REQUIRED_FILE)
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        return tuple(RequiredField(str(f["field"]), str(f["rule"]), str(f["message"])) for f in data["fields"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise VocabularyError(f"{path.name} 无法读取或格式不对：{exc}") from exc
