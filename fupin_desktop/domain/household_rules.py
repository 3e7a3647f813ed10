"""Consistency rules for a household and its members (DOMAIN.md §2, §7). Pure functions.

Inputs are any objects with the register's attribute names (ORM rows, Core rows, dataclasses),
so the form, `fupin check` and the county dashboard share one implementation.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Iterable, Optional

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.phone import phone_problem
from fupin_desktop.domain.required_fields import required_household_fields
from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.domain.vocab import vocab

WORKING_AGE = (16, 59)


@dataclass(frozen=True)
class _Codes:
    head: str
    healthy: str
    lost_labour: str
    no_labour: str
    full_labour: frozenset
    not_student: str
    dibao: str
    male: str
    female: str


@cache
def _codes() -> _Codes:
    def c(name, label):
        return vocab(name).code_for(label)

    return _Codes(
        head=c("relationship", "户主"),
        healthy=c("health", "健康"),
        lost_labour=c("labour_skill", "丧失劳动力"),
        no_labour=c("labour_skill", "无劳动力"),
        full_labour=frozenset({c("labour_skill", "普通劳动力"), c("labour_skill", "技能劳动力")}),
        not_student=c("school_status", "非在校生"),
        dibao=c("household_attribute", "低保贫困户"),
        male=c("sex", "男"),
        female=c("sex", "女"),
    )


def age_on(birth: Optional[date], today: date) -> Optional[int]:
    if birth is None:
        return None
    if isinstance(birth, str):
        birth = date.fromisoformat(birth)
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def check_member(member, today: date, household_id: Optional[str] = None) -> list[Finding]:
    """Rules about one person: ID number, sex/birth agreement, labour vs age/health, student vs age."""
    codes = _codes()
    out: list[Finding] = []
    mid = getattr(member, "id", None)
    name = member.name or "（未填姓名）"

    def add(rule, severity, message, field=None):
        out.append(Finding(rule, severity, message, household_id=household_id, member_id=mid, field=field))

    if not (member.name or "").strip():
        add("member.name_missing", "error", "请填写成员姓名。", "name")
    birth = member.birth_date
    if isinstance(birth, str) and birth:
        birth = date.fromisoformat(birth)
    ident = (member.id_number or "").strip()
    if not ident:
        add("member.id_missing", "warning", f"{name}：未填写证件号码。", "id_number")
    else:
        # The common case (a clean, valid 18-character number) without building a full IdInfo.
        from_id: Optional[tuple[Optional[date], Optional[str]]] = idnumber.valid_birth_sex(ident, today)
        if from_id is None:
            info = idnumber.parse(ident, today)
            if info.valid:
                from_id = (info.birth_date, info.sex)
            else:
                reason = "；".join(msg for _code, msg in info.errors) or "格式不正确"
                add("member.id_invalid", "error", f"{name}：证件号码有误（{reason}），请核对身份证。", "id_number")
        if from_id is not None:
            id_birth, id_sex = from_id
            if id_birth and birth and id_birth != birth:
                add("member.birth_vs_id", "error",
                    f"{name}：出生日期 {birth} 与证件号码中的 {id_birth} 不一致。", "birth_date")
            expected_sex = codes.male if id_sex == "male" else codes.female
            if member.sex and member.sex != expected_sex:
                add("member.sex_vs_id", "error", f"{name}：性别与证件号码不一致（号码第17位表示"
                    f"{'男' if id_sex == 'male' else '女'}）。", "sex")
            birth = birth or id_birth
    if birth is None:
        return out
    if isinstance(birth, str):
        birth = date.fromisoformat(birth)
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))  # age_on, inlined
    health_text = member.health or ""
    if not health_text or health_text == codes.healthy:  # the common case: no set to build
        healthy = True
    else:
        health = set(filter(None, health_text.split(",")))
        healthy = not health or health == {codes.healthy}
    student = (member.school_status or codes.not_student) != codes.not_student
    lo, hi = WORKING_AGE
    if lo <= age <= hi and healthy and member.labour_skill == codes.lost_labour:
        add("member.labour_vs_health", "error",
            f"{name}：{age}岁、身体健康，不应为“丧失劳动力”，请核对劳动技能或健康状况。", "labour_skill")
    if lo <= age <= hi and healthy and not student and member.labour_skill == codes.no_labour:
        add("member.labour_vs_age", "error",
            f"{name}：{age}岁、健康且非在校生，不应为“无劳动力”，请核对劳动技能。", "labour_skill")
    if age < lo and member.labour_skill in codes.full_labour:
        add("member.child_labour", "warning", f"{name}：{age}岁未满16周岁，劳动技能一般应为“无劳动力”。",
            "labour_skill")
    school_lo, school_hi = _compulsory_school_age()
    if member.school_status == codes.not_student and school_lo <= age <= school_hi:
        # Marked 非在校生 at an age of compulsory education: a drop-out or a wrong entry, either way a cadre looks.
        add("member.not_student_at_school_age", "warning",
            f"{name}：{age}岁正处义务教育年龄（{school_lo}–{school_hi}岁），却登记为“非在校生”；"
            "请核对在校生状况，如确已辍学请落实控辍保学。", "school_status")
    if student:
        item = vocab("school_status").item(member.school_status)
        extra = item.extra if item else {}
        a_min, a_max = extra.get("age_min"), extra.get("age_max")
        if item is not None and a_min is not None and a_max is not None and not (a_min - 2 <= age <= a_max + 3):
            add("member.student_vs_age", "warning",
                f"{name}：{age}岁与在校生状况“{item.label}”不相符，请核对出生日期或在校情况。", "school_status")
    return out


def check_household(household, members: Iterable, today: date) -> list[Finding]:
    """Rules about the household as a whole plus each live member."""
    codes = _codes()
    hid = getattr(household, "id", None)
    live = [m for m in members if not getattr(m, "deleted", False)]
    out: list[Finding] = []

    def add(rule, severity, message, field=None):
        out.append(Finding(rule, severity, message, household_id=hid, field=field))

    heads = [m for m in live if m.relationship == codes.head]
    if not live:
        add("household.no_members", "error", "该户没有成员，请至少录入户主。")
    elif len(heads) != 1:
        add("household.head_count", "error",
            "每户必须有且只有一名户主（当前有 %d 名），请在成员表中指定户主。" % len(heads), "relationship")
    for required in required_household_fields():  # 主要致贫原因, 脱贫状态: resources/rules/required_household_fields.yaml
        if not getattr(household, required.field, None):
            add(required.rule, "error", required.message, required.field)
    others = [c for c in (household.other_cause_1, household.other_cause_2) if c]
    if household.main_cause and household.main_cause in others:
        add("household.cause_repeated", "warning", "其他致贫原因与主要致贫原因重复。", "other_cause_1")
    if household.attribute == codes.dibao and not (household.dibao_income or 0) > 0:
        add("household.dibao_income_zero", "error", "低保贫困户的低保金为0，请填写低保金或核对贫困户属性。",
            "dibao_income")
    pci = household.per_capita_income or 0
    top = thresholds().per_capita_max
    if live and pci == 0:
        # Not known yet (a new household is saved before its income is collected): a warning until filled in.
        add("household.income_missing", "warning",
            "尚未填写收入（人均纯收入为 0 元）：请在“收入”页填写各项收入和生产经营性支出。", "per_capita_income")
    elif live and pci < 0:
        add("household.per_capita_range", "error",
            f"人均纯收入为 {pci:,.0f} 元（负数），应大于 0 元；请核对收入与生产经营性支出。", "per_capita_income")
    elif live and pci > top:
        add("household.per_capita_range", "error",
            f"人均纯收入 {pci:,.0f} 元超过合理上限 {top:,.0f} 元，请核对收入、支出与家庭人口。", "per_capita_income")
    production = sum((getattr(household, "planting_income", 0) or 0, getattr(household, "breeding_income", 0) or 0,
                      getattr(household, "forestry_fruit_income", 0) or 0,
                      getattr(household, "other_production_income", 0) or 0))  # a tuple: no generator per household
    if production > 0 and not (household.production_expenses or 0) > 0:
        add("household.production_without_expenses", "warning",
            "有生产经营性收入但生产经营性支出为0，请核对。", "production_expenses")
    for member in live:
        out.extend(check_member(member, today, hid))
    return out


def contact_findings(household, members: Iterable = (), household_id: Optional[str] = None) -> list[Finding]:
    """Phone numbers typed on the household and member forms: a mobile or a landline with its area code.

    ``household`` may be None (the member dialog checks one person); errors, as a form refuses them."""
    hid = getattr(household, "id", None) if household is not None else household_id
    out = []
    if household is not None:
        problem = phone_problem(getattr(household, "phone", "") or "")
        if problem:
            out.append(Finding("household.phone_invalid", "error", problem, household_id=hid,
                               field="phone"))
    for member in members:
        if getattr(member, "deleted", False):
            continue
        problem = phone_problem(getattr(member, "phone", "") or "")
        if problem:
            name = member.name or "（未填姓名）"
            out.append(Finding("member.phone_invalid", "error", f"{name}：联系电话有误：{problem}",
                               household_id=hid, member_id=getattr(member, "id", None), field="phone"))
    return out


@cache
def _compulsory_school_age() -> tuple[int, int]:
    """Ages of compulsory education from the exit policy (one place for the figure). Imported here
    because exit_rules itself imports this module."""
    from fupin_desktop.domain.exit_rules import exit_policy

    return exit_policy().school_age


def duplicate_id_findings(rows: Iterable[tuple[str, str, str, str]]) -> list[Finding]:
    """rows: (id_number, member_id, household_id, name). The same ID number twice is an error."""
    seen: dict[str, tuple[str, str, str]] = {}
    out = []
    for ident, member_id, household_id, name in _may_meet(list(rows)):
        key = idnumber.normalize(ident or "")
        if not key:
            continue
        if key in seen:
            _other_member, other_household, other_name = seen[key]
            out.append(Finding("member.duplicate_id", "error",
                               f"{name}：证件号码 {idnumber.mask(key)} 与 {other_name} 重复，同一人不能登记两次。",
                               household_id=household_id, member_id=member_id, field="id_number"))
        else:
            seen[key] = (member_id, household_id, name)
    return out


def _may_meet(rows: list) -> list:
    """The rows whose number may be another row's: written twice, or not already in normal form
    (normalize() may turn it into another). Any other number is its own key and met once: it yields
    no finding and hides none, so leaving it out changes nothing. A county has 200,000 numbers and
    almost none repeat; this spares normalize() for each."""
    try:
        counts = Counter([r[0] for r in rows])
    except TypeError:  # an unhashable value: let the full walk deal with it
        return rows
    clean = idnumber.is_normal_resident_form
    odd = {x for x in counts if x.__class__ is not str or not clean(x)}
    may_meet = odd | {x for x, n in counts.items() if n > 1}
    may_meet.update(key for key in (idnumber.normalize(x or "") for x in odd) if key in counts)
    return [r for r in rows if r[0] in may_meet]
