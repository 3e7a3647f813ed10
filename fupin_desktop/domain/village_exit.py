"""Village exit (贫困村退出) and the 补短板 list (DOMAIN.md §1, §3). Pure functions, no I/O.

Poverty incidence = remaining poor people ÷ registered rural population. A village meets the exit
standard when the incidence is not above the threshold (default 2%, configurable: 3% in the west)
and every infrastructure/service indicator of the ``village_indicator`` vocabulary is met.
An exited village is re-checked every year: incidence above the threshold or any failing
indicator puts it on the 补短板 list, with what is missing.

Comparisons are exact (fractions), so 2 poor people among 100 is *at* 2% and meets it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Iterable, Mapping, Optional

DEFAULT_THRESHOLD = 0.02


@dataclass(frozen=True)
class IndicatorRule:
    """One exit indicator: a Village column that must be true, or a number that must reach ``minimum``."""

    code: str
    label: str  # Chinese, e.g. 通硬化路
    field: str  # Village attribute holding the value
    minimum: Optional[float] = None  # for numeric indicators (集体经济收入); None = boolean

    def met(self, value: Any) -> bool:
        if self.minimum is None:
            return bool(value)
        try:
            return value is not None and float(value) >= self.minimum and float(value) > 0
        except (TypeError, ValueError):
            return False


@dataclass(frozen=True)
class VillageFacts:
    """What the assessment needs about one village, read from the register."""

    village_id: str
    code: str
    name: str
    township_code: str = ""
    is_poverty_village: bool = False
    exit_year: Optional[int] = None
    registered_population: Optional[int] = None
    remaining_poor: int = 0  # people in households still poor (未脱贫, 返贫)
    indicators: Mapping[str, Any] = field(default_factory=dict)  # field name -> value


@dataclass(frozen=True)
class ExitAssessment:
    village_id: str
    code: str
    name: str
    township_code: str
    is_poverty_village: bool
    exit_year: Optional[int]
    registered_population: Optional[int]
    remaining_poor: int
    incidence: Optional[float]  # None when the population is unknown
    threshold: float
    incidence_ok: bool
    missing_indicators: tuple[str, ...]  # labels of indicators not met
    reasons: tuple[str, ...]  # Chinese phrases, joined with “；” for display: why it does not meet

    @property
    def meets(self) -> bool:
        return self.incidence_ok and not self.missing_indicators

    @property
    def exited(self) -> bool:
        return self.exit_year is not None

    def as_dict(self) -> dict:
        return {
            "village_id": self.village_id,
            "code": self.code,
            "name": self.name,
            "township_code": self.township_code,
            "is_poverty_village": self.is_poverty_village,
            "exit_year": self.exit_year,
            "registered_population": self.registered_population,
            "remaining_poor": self.remaining_poor,
            "incidence": None if self.incidence is None else round(self.incidence, 6),
            "threshold": self.threshold,
            "meets": self.meets,
            "missing_indicators": list(self.missing_indicators),
            "reasons": list(self.reasons),
        }


def incidence(remaining_poor: int, population: Optional[int]) -> Optional[Fraction]:
    """Exact poverty incidence, or None when the registered population is unknown or zero."""
    if not population or population <= 0:
        return None
    return Fraction(max(0, remaining_poor), population)


def percent(value: Optional[float], digits: int = 2) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def _threshold_fraction(threshold: float) -> Fraction:
    # From the decimal text so 0.02 is exactly 1/50, not the nearest binary float.
    return Fraction(str(threshold))


def assess_village(facts: VillageFacts, rules: Iterable[IndicatorRule], threshold: float = DEFAULT_THRESHOLD) -> ExitAssessment:
    """Meets / does not meet the exit standard, and why."""
    if not 0 <= threshold < 1:
        raise ValueError("threshold must be a share between 0 and 1, e.g. 0.02")
    reasons: list[str] = []
    inc = incidence(facts.remaining_poor, facts.registered_population)
    if inc is None:
        incidence_ok = False
        reasons.append("未填写户籍人口（农村户籍人口），无法计算贫困发生率")
    elif facts.registered_population is not None and facts.remaining_poor > facts.registered_population:
        incidence_ok = False
        reasons.append(
            f"未脱贫人口 {facts.remaining_poor:,} 人多于户籍人口 {facts.registered_population:,} 人，请核对户籍人口"
        )
    else:
        incidence_ok = inc <= _threshold_fraction(threshold)
        if not incidence_ok:
            reasons.append(
                f"贫困发生率 {percent(float(inc))} 高于 {percent(threshold, 1)}"
                f"（未脱贫 {facts.remaining_poor:,} 人 ÷ 户籍人口 {facts.registered_population:,} 人）"
            )
    missing = []
    for rule in rules:
        value = facts.indicators.get(rule.field)
        if not rule.met(value):
            missing.append(rule.label)
            if rule.minimum is None:
                reasons.append(f"{rule.label}：未达标")
            elif rule.minimum > 0:
                reasons.append(f"{rule.label}：{_money(value)}，低于 {_money(rule.minimum)}")
            else:
                reasons.append(f"{rule.label}：无")
    return ExitAssessment(
        village_id=facts.village_id,
        code=facts.code,
        name=facts.name,
        township_code=facts.township_code,
        is_poverty_village=facts.is_poverty_village,
        exit_year=facts.exit_year,
        registered_population=facts.registered_population,
        remaining_poor=facts.remaining_poor,
        incidence=None if inc is None else float(inc),
        threshold=threshold,
        incidence_ok=incidence_ok,
        missing_indicators=tuple(missing),
        reasons=tuple(reasons),
    )


def _money(value: Any) -> str:
    try:
        return f"{float(value):,.0f} 元"
    except (TypeError, ValueError):
        return "未填"


@dataclass(frozen=True)
class ShortfallItem:
    """One line of the 补短板 list: an exited village that no longer meets the standard."""

    assessment: ExitAssessment
    missing: tuple[str, ...]  # what is missing, incidence first

    def as_dict(self) -> dict:
        return {**self.assessment.as_dict(), "missing": list(self.missing)}


def shortfall_list(assessments: Iterable[ExitAssessment], year: Optional[int] = None) -> list[ShortfallItem]:
    """Villages that already exited (by ``year`` when given) but are above the threshold or miss an indicator."""
    out = []
    for a in assessments:
        if a.exit_year is None or (year is not None and a.exit_year > year) or a.meets:
            continue
        missing = []
        if not a.incidence_ok:
            missing.append(
                "户籍人口未填" if a.incidence is None else f"贫困发生率 {percent(a.incidence)} 高于 {percent(a.threshold, 1)}"
            )
        missing.extend(a.missing_indicators)
        out.append(ShortfallItem(a, tuple(missing)))
    out.sort(key=lambda item: (item.assessment.township_code, item.assessment.code))
    return out


def rules_from_vocab_items(items: Iterable[Any]) -> list[IndicatorRule]:
    """Indicator rules from ``village_indicator`` vocabulary items (code, label, extra{field, min})."""
    rules = []
    for item in items:
        extra = getattr(item, "extra", None) or {}
        minimum = extra.get("min", extra.get("minimum"))
        rules.append(IndicatorRule(
            code=item.code,
            label=item.label,
            field=extra.get("field") or item.code,
            minimum=None if minimum is None else float(minimum),
        ))
    return rules
