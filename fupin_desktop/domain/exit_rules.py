"""Household exit assessment (DOMAIN.md §3): income above the year's line, 两不愁三保障, safe water.

A household may exit when its 人均纯收入 is above the year's poverty line and food and clothing,
compulsory education, basic medical insurance, safe housing and safe drinking water are all
guaranteed. The line per year is a setting (``poverty_line.<year>``) with a default table in
``resources/policy/household_exit.yaml``; years missing from both fall back to the latest earlier
year of the table, and the assessment says so. Pure functions; the table is read once, like the
vocabularies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Iterable, Optional

import yaml

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.household_rules import age_on
from fupin_desktop.domain.vocab import VocabularyError, vocab
from fupin_desktop.paths import resource

POLICY_FILE = ("policy", "household_exit.yaml")
SOURCE_SETTING = "setting"  # the line came from the local setting poverty_line.<year>
SOURCE_TABLE = "table"  # from the default table, for this very year
SOURCE_CARRIED = "carried"  # from the default table, an earlier year carried forward


@dataclass(frozen=True)
class ExitPolicy:
    lines: dict  # year -> 元
    school_age: tuple[int, int]


@cache
def exit_policy() -> ExitPolicy:
    path = resource(*POLICY_FILE)
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        lines = {int(y): float(v) for y, v in (data.get("poverty_lines") or {}).items()}
        ages = data.get("compulsory_education_age") or {}
        school_age = (int(ages["min"]), int(ages["max"]))
    except (OSError, yaml.YAMLError, AttributeError, KeyError, TypeError, ValueError) as exc:
        raise VocabularyError(f"{path}: cannot read the household exit policy ({exc})") from exc
    if not lines:
        raise VocabularyError(f"{path}: poverty_lines is empty")
    return ExitPolicy(lines, school_age)


@dataclass(frozen=True)
class PovertyLine:
    year: int
    amount: float
    source: str  # SOURCE_SETTING | SOURCE_TABLE | SOURCE_CARRIED
    basis_year: int  # the year whose figure is used

    @property
    def note(self) -> str:
        if self.source == SOURCE_SETTING:
            return f"{self.year}年标准 {self.amount:g} 元（本机设置）"
        if self.source == SOURCE_CARRIED:
            return f"{self.year}年未设标准，沿用{self.basis_year}年的 {self.amount:g} 元，请在“文件 → 设置 → 收入标准”中填写当年标准"
        return f"{self.year}年标准 {self.amount:g} 元（默认值）"


def poverty_line(year: int, setting_value: Optional[str] = None) -> PovertyLine:
    """The line for ``year``: the setting if it holds a number, else the default table."""
    if setting_value not in (None, ""):
        try:
            amount = float(setting_value)
        except ValueError:
            amount = None
        if amount is not None and amount > 0:
            return PovertyLine(year, amount, SOURCE_SETTING, year)
    lines = exit_policy().lines
    if year in lines:
        return PovertyLine(year, lines[year], SOURCE_TABLE, year)
    earlier = [y for y in lines if y < year]
    basis = max(earlier) if earlier else min(lines)
    return PovertyLine(year, lines[basis], SOURCE_CARRIED, basis)


@dataclass(frozen=True)
class ExitCriterion:
    code: str
    label: str  # Chinese
    met: bool
    detail: str  # Chinese: the figure or what is missing


@dataclass(frozen=True)
class HouseholdExitAssessment:
    household_id: Optional[str]
    year: int
    line: PovertyLine
    per_capita_income: float
    criteria: tuple[ExitCriterion, ...]
    findings: tuple[Finding, ...]

    @property
    def eligible(self) -> bool:
        return all(c.met for c in self.criteria)

    def as_dict(self) -> dict:
        return {
            "household": self.household_id, "year": self.year, "line": self.line.amount,
            "line_source": self.line.source, "per_capita_income": self.per_capita_income,
            "eligible": self.eligible,
            "criteria": [{"code": c.code, "label": c.label, "met": c.met, "detail": c.detail} for c in self.criteria],
            "findings": [f.as_dict() for f in self.findings],
        }


def _unsafe_grades() -> set[str]:
    return {it.code for it in vocab("house_grade").items if it.extra.get("unsafe")}


def _not_student() -> Optional[str]:
    return vocab("school_status").code_for("非在校生")


def assess_household_exit(household, members: Iterable, year: int, line: PovertyLine,
                          today: Optional[date] = None) -> HouseholdExitAssessment:
    """Criteria one by one; an unmet criterion is an error finding that says what to fix."""
    today = today or date(year, 12, 31)
    hid = getattr(household, "id", None)
    live = [m for m in members if not getattr(m, "deleted", False)]
    criteria: list[ExitCriterion] = []
    findings: list[Finding] = []

    def criterion(code, label, met, detail, fix, field=None, member_id=None):
        criteria.append(ExitCriterion(code, label, met, detail))
        if not met:
            findings.append(Finding(f"exit.{code}", "error", fix, household_id=hid, member_id=member_id, field=field))

    pci = float(household.per_capita_income or 0)
    criterion("income", "人均纯收入超过当年标准", pci > line.amount,
              f"人均纯收入 {pci:.0f} 元，{line.note}",
              f"人均纯收入 {pci:.0f} 元未超过{line.year}年标准 {line.amount:g} 元，暂不具备退出条件；"
              "请落实增收措施或核实收入。", "per_capita_income")
    criterion("food_clothing", "不愁吃、不愁穿", bool(household.food_clothing_ok),
              "已保障" if household.food_clothing_ok else "未保障",
              "“不愁吃、不愁穿”未达到，请落实保障后再评估退出。", "food_clothing_ok")
    lo, hi = exit_policy().school_age
    not_student = _not_student()
    dropouts = [m for m in live
                if (age := age_on(getattr(m, "birth_date", None), today)) is not None and lo <= age <= hi
                and (m.school_status or not_student) == not_student]
    edu_ok = bool(household.compulsory_education_ok) and not dropouts
    names = "、".join(m.name for m in dropouts)
    criterion("education", "义务教育有保障", edu_ok,
              "无失学辍学" if edu_ok else (f"义务教育阶段未在校：{names}" if dropouts else "登记为未保障"),
              (f"{names}处于义务教育年龄（{lo}–{hi}岁）但未在校，请落实控辍保学或核对在校生状况。" if dropouts
               else "义务教育保障登记为未达到，请落实后再评估退出。"), "compulsory_education_ok",
              dropouts[0].id if len(dropouts) == 1 else None)
    uninsured = [m for m in live if not getattr(m, "medical_insurance", True)]
    med_ok = bool(household.medical_insurance_ok) and not uninsured
    names = "、".join(m.name for m in uninsured)
    criterion("medical", "基本医疗有保障", med_ok,
              "全员参加城乡居民医保" if med_ok else (f"未参保：{names}" if uninsured else "登记为未保障"),
              (f"{names}未参加城乡居民基本医疗保险，请办理参保（可申请参保资助）。" if uninsured
               else "基本医疗保障登记为未达到，请落实后再评估退出。"), "medical_insurance_ok",
              uninsured[0].id if len(uninsured) == 1 else None)
    unsafe = household.house_grade in _unsafe_grades()
    house_ok = bool(household.housing_safe_ok) and not unsafe
    grade = vocab("house_grade").label(household.house_grade) if household.house_grade else "未评定"
    criterion("housing", "住房安全有保障", house_ok, f"住房 {grade}",
              (f"住房为{grade}危房，请落实危房改造或易地搬迁后再评估退出。" if unsafe
               else "住房安全登记为未达到，请落实后再评估退出。"), "house_grade")
    water_ok = bool(household.drinking_water_safe) and not household.drinking_water_difficult
    criterion("water", "饮水安全有保障", water_ok, "饮水安全" if water_ok else "饮水不安全或有困难",
              "饮水安全未达到（饮水不安全或有困难），请落实饮水安全保障。", "drinking_water_safe")
    return HouseholdExitAssessment(hid, year, line, pci, tuple(criteria), tuple(findings))
