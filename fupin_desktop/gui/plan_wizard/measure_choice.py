"""Turning the cadre's ticks into the draft's measures, shared by 一人一策 and 户策.

Unticking a measure that is already saved marks it deleted (the service tombstones it); ticking
it again brings it back with its dates and money intact.
"""

from __future__ import annotations

from typing import Iterable, Optional

from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.services.plans.data import MeasureData


def live_codes(draft, scope: str, member_id: Optional[str]) -> list[str]:
    return [m.item_code for m in draft.measures
            if not m.deleted and m.scope == scope and (m.member_id or None) == (member_id or None)]


def existing_measure(draft, scope: str, member_id: Optional[str], code: str) -> Optional[MeasureData]:
    for m in draft.measures:
        if (not m.deleted and m.scope == scope and m.item_code == code
                and (m.member_id or None) == (member_id or None)):
            return m
    return None


def locked(measure: Optional[MeasureData]) -> bool:
    """A measure money was booked against stays in the plan (it can be cancelled in tracking, not removed)."""
    return bool(measure is not None and measure.paid)


def apply_choice(draft, scope: str, member_id: Optional[str], chosen: Iterable[str]) -> None:
    """Make the draft's live measures for (scope, member) exactly ``chosen`` (one per code)."""
    chosen = list(dict.fromkeys(chosen))
    mine = [m for m in draft.measures if m.scope == scope and (m.member_id or None) == (member_id or None)]
    kept: set[str] = set()
    for m in mine:
        if m.item_code in chosen and m.item_code not in kept:
            m.deleted = False
            kept.add(m.item_code)
        else:
            m.deleted = True  # unticked (or a repeat of a ticked item)
    cat = catalogue()
    for code in chosen:
        if code not in kept:
            item = cat.item(code)
            draft.measures.append(MeasureData(scope=scope, item_code=code, member_id=member_id,
                                              family=item.family if item else "",
                                              policy_ref=item.policy if item else ""))
