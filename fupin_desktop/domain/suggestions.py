"""Measure suggestions from causes of poverty and member attributes (DOMAIN.md §4), data-driven.

The rules live in ``resources/rules/suggestions.yaml``: each rule has a scope (person or
household), conditions, the catalogue items it suggests, a weight and the reason shown to the
cadre ({causes} in a reason names the household's causes among the rule's). Suggestions are ranked by the summed weights of the rules that back them (a rule whose
cause is the household's main cause gets a bonus), and carry every reason:
"因病 + 患慢性病或大病 → 家庭医生签约服务、医疗救助". An item the catalogue's requirements
question for this person or household (any plan_rules.requirement_findings) is never suggested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

import yaml

from fupin_desktop.domain.household_rules import age_on
from fupin_desktop.domain.plan_rules import HOUSEHOLD, PERSON, is_student, member_health, requirement_findings
from fupin_desktop.domain.vocab import Catalogue, CatalogueItem, VocabularyError, catalogue, vocab
from fupin_desktop.paths import resource

RULES_FILE = ("rules", "suggestions.yaml")

# condition key -> vocabulary its codes come from (None: not a code list)
_CODED = {
    "cause": "poverty_cause",
    "main_cause": "poverty_cause",
    "household_attribute": "household_attribute",
    "member_health": "health",
    "member_school": "school_status",
    "member_labour": "labour_skill",
}
_PERSON_KEYS = {"member_health", "member_student", "member_school", "member_age", "member_labour", "member"}
_HOUSEHOLD_KEYS = {"cause", "main_cause", "household_attribute", "house_unsafe", "household"}
CONDITION_KEYS = frozenset(_PERSON_KEYS | _HOUSEHOLD_KEYS)
# In a rule's reason: the household's causes among those the rule answers ("{causes}，家庭负担重" reads
# "因残，家庭负担重" for a household whose only cause is 因残, not the rule's whole list).
CAUSES_FIELD = "{causes}"


@dataclass(frozen=True)
class SuggestionRule:
    id: str
    scope: str
    when: Mapping[str, Any]
    items: tuple[str, ...]
    weight: float
    reason: str


@dataclass(frozen=True)
class SuggestionRules:
    version: str
    main_cause_bonus: float
    rules: tuple[SuggestionRule, ...]


@dataclass(frozen=True)
class Suggestion:
    item_code: str
    label: str
    family: str
    scope: str
    score: float
    reasons: tuple[str, ...]
    member_id: Optional[str] = None

    @property
    def reason_text(self) -> str:
        return "；".join(self.reasons)


def _check_range(path, rule_id, key, value):
    if not isinstance(value, Mapping) or not set(value) <= {"min", "max"} or not value:
        raise VocabularyError(f"{path}: rule {rule_id}: {key} needs {{min, max}}")


def _validate_rule(path: Path, raw: Mapping) -> SuggestionRule:
    rule_id = raw.get("id")
    if not rule_id:
        raise VocabularyError(f"{path}: a rule has no id: {raw!r}")
    scope = raw.get("scope")
    if scope not in (PERSON, HOUSEHOLD):
        raise VocabularyError(f"{path}: rule {rule_id}: scope must be person or household")
    when = raw.get("when") or {}
    if not isinstance(when, Mapping):
        raise VocabularyError(f"{path}: rule {rule_id}: when must be a mapping")
    for key, value in when.items():
        if key not in CONDITION_KEYS:
            raise VocabularyError(f"{path}: rule {rule_id}: unknown condition {key!r}")
        if scope == HOUSEHOLD and key in _PERSON_KEYS:
            raise VocabularyError(f"{path}: rule {rule_id}: member condition {key!r} in a household rule")
        if key in _CODED:
            codes = set(vocab(_CODED[key]).codes)
            bad = [v for v in (value or []) if v not in codes]
            if not isinstance(value, list) or bad:
                raise VocabularyError(f"{path}: rule {rule_id}: {key} has unknown codes {bad or value!r}")
        elif key == "member_age":
            _check_range(path, rule_id, key, value)
        elif key in ("member", "household"):
            if not isinstance(value, Mapping) or not value:
                raise VocabularyError(f"{path}: rule {rule_id}: {key} needs {{field: value}}")
    items = tuple(raw.get("items") or ())
    if not items:
        raise VocabularyError(f"{path}: rule {rule_id}: no items")
    cat = catalogue()
    for code in items:
        item = cat.item(code)
        if item is None:
            raise VocabularyError(f"{path}: rule {rule_id}: item {code!r} is not in the catalogue")
        if item.scope != scope:
            raise VocabularyError(f"{path}: rule {rule_id}: item {code!r} is a {item.scope} measure")
    reason = str(raw.get("reason") or "").strip()
    if not reason:
        raise VocabularyError(f"{path}: rule {rule_id}: no reason text")
    if CAUSES_FIELD in reason and not {"cause", "main_cause"} & set(when):
        raise VocabularyError(f"{path}: rule {rule_id}: {CAUSES_FIELD} in a reason needs a cause condition")
    if "{" in reason.replace(CAUSES_FIELD, "") or "}" in reason.replace(CAUSES_FIELD, ""):
        raise VocabularyError(f"{path}: rule {rule_id}: the reason may only use {CAUSES_FIELD}")
    weight = raw.get("weight", 10)
    if not isinstance(weight, (int, float)) or weight <= 0:
        raise VocabularyError(f"{path}: rule {rule_id}: weight must be a positive number")
    return SuggestionRule(str(rule_id), scope, dict(when), items, float(weight), reason)


def load_rules(path: Path) -> SuggestionRules:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise VocabularyError(f"{path}: expected a mapping with a 'rules' list")
    rules = [_validate_rule(path, raw) for raw in data["rules"]]
    ids = [r.id for r in rules]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise VocabularyError(f"{path}: duplicate rule ids {sorted(dup)}")
    return SuggestionRules(str(data.get("version", "")), float(data.get("main_cause_bonus", 0)), tuple(rules))


@cache
def suggestion_rules() -> SuggestionRules:
    return load_rules(resource(*RULES_FILE))


# --- matching -------------------------------------------------------------------------------------
def _value_matches(actual, expected) -> bool:
    if isinstance(expected, Mapping):
        try:
            number = float(actual or 0)
        except (TypeError, ValueError):
            return False
        return ("min" not in expected or number >= expected["min"]) and ("max" not in expected or number <= expected["max"])
    if isinstance(expected, list):
        return actual in expected
    if isinstance(expected, bool):
        return bool(actual) is expected
    return actual == expected


def _causes(household) -> tuple[str, set[str]]:
    main = getattr(household, "main_cause", "") or ""
    others = {getattr(household, f, "") or "" for f in ("other_cause_1", "other_cause_2")}
    return main, ({main} | others) - {""}


def _unsafe_house(household) -> bool:
    item = vocab("house_grade").item(getattr(household, "house_grade", None))
    return bool(item and item.extra.get("unsafe"))


def _household_matches(when, household) -> Optional[bool]:
    """None if a condition fails; else whether a cause condition matched through the main cause."""
    main, causes = _causes(household)
    via_main = False
    for key, value in when.items():
        if key == "cause":
            hit = causes & set(value)
            if not hit:
                return None
            via_main = via_main or main in value
        elif key == "main_cause":
            if main not in value:
                return None
            via_main = True
        elif key == "household_attribute":
            if getattr(household, "attribute", None) not in value:
                return None
        elif key == "house_unsafe":
            if _unsafe_house(household) is not bool(value):
                return None
        elif key == "household":
            if not all(_value_matches(getattr(household, f, None), v) for f, v in value.items()):
                return None
    return via_main


def _member_matches(when, member, today: date) -> bool:
    for key, value in when.items():
        if key == "member_health":
            if not member_health(member) & set(value):
                return False
        elif key == "member_student":
            if is_student(member) is not bool(value):
                return False
        elif key == "member_school":
            if getattr(member, "school_status", None) not in value:
                return False
        elif key == "member_age":
            age = age_on(getattr(member, "birth_date", None), today)
            if age is None or not _value_matches(age, value):
                return False
        elif key == "member_labour":
            if getattr(member, "labour_skill", None) not in value:
                return False
        elif key == "member":
            if not all(_value_matches(getattr(member, f, None), v) for f, v in value.items()):
                return False
    return True


def _reason(rule: SuggestionRule, household) -> str:
    """The rule's reason for this household: {causes} becomes the household's causes that the rule's
    cause conditions name, in the rule's order (labels from the poverty_cause vocabulary)."""
    if CAUSES_FIELD not in rule.reason:
        return rule.reason
    _main, causes = _causes(household)
    named = [c for key in ("main_cause", "cause") for c in rule.when.get(key) or () if c in causes]
    labels = vocab("poverty_cause")
    return rule.reason.replace(CAUSES_FIELD, "、".join(labels.label(c) for c in dict.fromkeys(named)))


def _rule_item(cat: Catalogue, code: str) -> CatalogueItem:
    item = cat.item(code)
    assert item is not None, code  # rule items are checked against the catalogue when the rules load
    return item


def _rank(scores: dict, reasons: dict, scope: str, member_id: Optional[str], limit: Optional[int]) -> list[Suggestion]:
    """Highest score first; ties keep the order the rules list them in (dicts keep insertion order)."""
    cat = catalogue()
    order = {code: i for i, code in enumerate(scores)}
    ranked = sorted(scores, key=lambda code: (-scores[code], order[code]))
    out = []
    for code in ranked[:limit] if limit else ranked:
        item = _rule_item(cat, code)
        out.append(Suggestion(code, item.label, item.family, scope, scores[code], tuple(reasons[code]), member_id))
    return out


def _add(scores, reasons, rule: SuggestionRule, bonus: float, eligible, household) -> None:
    reason = _reason(rule, household)
    for code in rule.items:
        if not eligible(code):
            continue
        scores[code] = scores.get(code, 0.0) + rule.weight + bonus
        if reason not in reasons.setdefault(code, []):
            reasons[code].append(reason)


def suggest_for_member(household, member, today: date, limit: Optional[int] = None,
                       rules: Optional[SuggestionRules] = None) -> list[Suggestion]:
    """Ranked person measures for one member, eligible ones only."""
    rules = rules or suggestion_rules()
    cat = catalogue()
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}

    def eligible(code):
        return not requirement_findings(_rule_item(cat, code), household, member, today)

    for rule in rules.rules:
        if rule.scope != PERSON:
            continue
        via_main = _household_matches({k: v for k, v in rule.when.items() if k in _HOUSEHOLD_KEYS}, household)
        if via_main is None or not _member_matches(rule.when, member, today):
            continue
        _add(scores, reasons, rule, rules.main_cause_bonus if via_main else 0.0, eligible, household)
    return _rank(scores, reasons, PERSON, getattr(member, "id", None), limit)


def suggest_for_household(household, today: date, limit: Optional[int] = None,
                          rules: Optional[SuggestionRules] = None) -> list[Suggestion]:
    """Ranked household measures, eligible ones only (e.g. 低保 only for a 低保贫困户)."""
    rules = rules or suggestion_rules()
    cat = catalogue()
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}

    def eligible(code):
        return not requirement_findings(_rule_item(cat, code), household, None, today)

    for rule in rules.rules:
        if rule.scope != HOUSEHOLD:
            continue
        via_main = _household_matches(rule.when, household)
        if via_main is None:
            continue
        _add(scores, reasons, rule, rules.main_cause_bonus if via_main else 0.0, eligible, household)
    return _rank(scores, reasons, HOUSEHOLD, None, limit)


def suggestion_lines(suggestions: Iterable[Suggestion]) -> list[str]:
    """Group by reason for display: "因病 + 患慢性病或大病 → 家庭医生签约服务、医疗救助"."""
    grouped: dict[str, list[str]] = {}
    for s in suggestions:
        for reason in s.reasons:
            grouped.setdefault(reason, []).append(s.label)
    return [f"{reason} → {'、'.join(labels)}" for reason, labels in grouped.items()]
