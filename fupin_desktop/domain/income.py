"""Household income arithmetic (DOMAIN.md §2): 家庭纯收入 and 人均纯收入.

Which columns are income and which are expenses comes from the `income_item` vocabulary
(its `group` key), so a renamed or added item needs no code change.
"""

from __future__ import annotations

from typing import Mapping

from fupin_desktop.domain.vocab import vocab

EXPENSE_GROUP = "expense"


def income_fields() -> list[str]:
    return [it.code for it in vocab("income_item").items if it.extra.get("group") != EXPENSE_GROUP]


def expense_fields() -> list[str]:
    return [it.code for it in vocab("income_item").items if it.extra.get("group") == EXPENSE_GROUP]


def compute_income(values: Mapping[str, float | None], size: int) -> tuple[float, float]:
    """(家庭纯收入, 人均纯收入) from a mapping of income columns; missing values count as 0."""
    gross = sum(float(values.get(f) or 0) for f in income_fields())
    expenses = sum(float(values.get(f) or 0) for f in expense_fields())
    net = round(gross - expenses, 2)
    per_capita = round(net / size, 2) if size > 0 else 0.0
    return net, per_capita
