"""A realistic demo county, deterministic by seed, from one village to county scale.

Ages, ID numbers, relationships, schooling, health, labour skills and incomes are mutually
consistent, and a share of households has a confirmed N+2 plan. Rows are written with
SQLAlchemy Core ``executemany`` in one transaction (the ORM is ~25x slower at this scale).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import SimpleNamespace
from typing import Callable, Optional

import yaml
from sqlalchemy.dialects import sqlite as sqlite_dialect

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.domain.income import compute_income
from fupin_desktop.domain.plan_rules import NO_MONEY_SOURCE
from fupin_desktop.domain.suggestions import suggest_for_household, suggest_for_member
from fupin_desktop.domain.vocab import catalogue, vocab
from fupin_desktop.paths import resource
from fupin_desktop.services.register.search import refresh_search_index
from fupin_desktop.services.setup import settings as settings_service
from fupin_desktop.store.bulk_write import InsertPlan
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import (
    Area,
    Cadre,
    FundEntry,
    Household,
    Measure,
    Member,
    Plan,
    SyncedRecord,
    Target,
    Village,
    new_id,
)
from fupin_desktop.store.stamps import reserve_stamps, wall_time_iso

_DIALECT = sqlite_dialect.dialect()

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
HOUSEHOLDS_PER_VILLAGE = 170
VILLAGES_PER_TOWNSHIP = 15
PLAN_SHARE = 0.85
DEFAULT_COUNTY = ("411525", "固始县")


class DemoCancelled(Exception):
    pass


@dataclass
class DemoSummary:
    townships: int
    villages: int
    households: int
    members: int
    plans: int
    measures: int
    cadres: int


@cache
def _pools() -> dict:
    with open(resource("demo", "names.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _code(vocab_name: str, label: str) -> str:
    code = vocab(vocab_name).code_for(label)
    if code is None:
        raise KeyError(f"vocabulary {vocab_name} has no item {label}")
    return code


class _Rows:
    """Collects rows per table (as ``bulk_write.InsertPlan`` lists) and stamps them as one block
    at write time: the demo does not know its row count up front, so it cannot use StampedWriter."""

    def __init__(self):
        self.plans: dict[type[SyncedRecord], InsertPlan] = {}
        self.tables: dict[type[SyncedRecord], list[list]] = {}

    def add(self, model: type[SyncedRecord], **values) -> str:
        plan = self.plans.get(model)
        if plan is None:
            plan = self.plans[model] = InsertPlan(model, _DIALECT)
            self.tables[model] = []
        row = plan.row(values, {})
        self.tables[model].append(row)
        return row[plan.id_position]

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def flush(self, conn, order: list[type[SyncedRecord]]) -> None:
        """Stamp and insert what has been collected, parents first, then forget it (bounded memory)."""
        device_id, stamps = reserve_stamps(conn, self.count())
        wall = wall_time_iso()
        it = iter(stamps)
        for model in order:
            rows = self.tables.get(model)
            if not rows:
                continue
            plan = self.plans[model]
            d, s, h, o, f, c, u, _deleted = plan.stamp_positions
            for row in rows:
                seq, hlc = next(it)
                row[d], row[s], row[h], row[o], row[f] = device_id, seq, hlc, hlc, "{}"
                row[c] = row[u] = wall
            conn.exec_driver_sql(plan.sql, [tuple(row) for row in rows])
            rows.clear()


class _Generator:
    def __init__(self, seed: int, year: int):
        self.rng = random.Random(seed)
        self.year = year
        # Ages are exact on this reference date, so the register rules agree with the generator.
        self.today = date.today() if year == date.today().year else date(year, 7, 1)
        self.pools = _pools()
        self.used_ids: set[str] = set()
        self.rows = _Rows()
        self.id_seq = 0
        v = vocab
        self.rel = {label: _code("relationship", label) for label in
                    ("户主", "配偶", "之子", "之女", "之儿媳", "之孙子", "之孙女", "之父", "之母")}
        self.sex = {"male": _code("sex", "男"), "female": _code("sex", "女")}
        self.attr = {k: _code("household_attribute", k) for k in ("一般贫困户", "低保贫困户", "特困供养贫困户")}
        self.status = {k: _code("poverty_status", k) for k in ("未脱贫", "已脱贫(享受政策)", "已脱贫(不再享受政策)", "返贫")}
        self.health = {k: _code("health", k) for k in ("健康", "长期慢性病", "患有大病", "残疾")}
        self.labour = {k: _code("labour_skill", k) for k in
                       ("普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力")}
        self.education = {k: _code("education", k) for k in
                          ("文盲或半文盲", "小学", "初中", "高中", "大专及以上", "学龄前儿童")}
        self.not_student = _code("school_status", "非在校生")
        self.school_items = [it for it in v("school_status").items if it.code != self.not_student]
        self.work = [it.code for it in v("work_status").items]
        self.causes = [it.code for it in v("poverty_cause").items]
        self.cause_weights = {_code("poverty_cause", k): w for k, w in {
            "因病": 30, "因残": 14, "因学": 8, "缺技术": 12, "缺劳力": 10, "缺资金": 12, "因灾": 3,
            "缺土地": 3, "交通条件落后": 3, "自身发展动力不足": 4, "缺水": 1, "其他": 1}.items()}
        self.house_grades = [it.code for it in v("house_grade").items]
        self.han = _code("ethnicity", "汉族")
        self.standard = vocab("identification_standard").codes[0]
        self.fuel = vocab("main_fuel").codes
        self.road = vocab("access_road_type").codes
        self.funded_sources = [c for c in vocab("fund_source").codes if c != NO_MONEY_SOURCE]
        self.catalogue = catalogue()
        # Items anyone may get, for when no suggestion rule applies.
        self.fallback_person_items = [it for it in self.catalogue.for_scope("person") if not it.requires]
        self.fallback_household_items = [it for it in self.catalogue.for_scope("household") if not it.requires]
        self._person_cache: dict = {}
        self.village_poor_share = 0.05
        self.exited_this_year = 0
        self.voucher = 0
        self._household_cache: dict = {}

    # --- people -------------------------------------------------------------------------
    def person_name(self, surname: str, sex: str, taken: Optional[set[str]] = None) -> str:
        """``taken``: given names already used in the household. A new name avoids them, so no two
        members share a name and a son never carries his father's given name."""
        chars = self.pools["male_chars"] if sex == "male" else self.pools["female_chars"]
        given = self.rng.choice(chars)
        while taken is not None and given in taken:
            given = self.rng.choice(chars)
        if taken is not None:
            taken.add(given)
        return surname + given

    def id_number(self, area6: str, birth: date, sex: str) -> str:
        while True:
            self.id_seq = (self.id_seq + 1) % 500
            seq3 = self.id_seq * 2 + (1 if sex == "male" else 2)  # odd = male, even = female
            ident = make_id(area6, birth, seq3)
            if ident not in self.used_ids:
                self.used_ids.add(ident)
                return ident

    def birth(self, age: int) -> date:
        """A birth date that makes the person exactly ``age`` on the reference date."""
        try:
            latest = self.today.replace(year=self.today.year - age)
        except ValueError:  # 29 February
            latest = self.today.replace(year=self.today.year - age, day=28)
        return latest - timedelta(days=self.rng.randrange(0, 360))

    def member_attrs(self, age: int, household_ill: bool) -> dict:
        rng = self.rng
        roll = rng.random()
        if household_ill and roll < 0.45:
            health = [self.health["长期慢性病"] if rng.random() < 0.7 else self.health["患有大病"]]
        elif roll < 0.06 + age / 1000:
            health = [self.health["残疾"]]
        elif roll < 0.15 + age / 400:
            health = [self.health["长期慢性病"]]
        else:
            health = [self.health["健康"]]
        healthy = health == [self.health["健康"]]
        if age < 16 or age >= 75:
            labour = self.labour["无劳动力"]
        elif self.health["残疾"] in health or self.health["患有大病"] in health:
            labour = self.labour["丧失劳动力"] if rng.random() < 0.5 else self.labour["弱劳动力或半劳动力"]
        elif not healthy or age >= 60:
            labour = self.labour["弱劳动力或半劳动力"]
        else:
            labour = self.labour["技能劳动力"] if rng.random() < 0.15 else self.labour["普通劳动力"]
        school = self.not_student
        for item in self.school_items:
            lo, hi = item.extra.get("age_min"), item.extra.get("age_max")
            if lo is not None and hi is not None and lo <= age <= hi and age <= 22:
                if age < 19 or rng.random() < 0.4:
                    school = item.code
                    break
        if age < 6:
            education = self.education["学龄前儿童"]
        elif age < 12 or (age >= 65 and rng.random() < 0.5):
            education = self.education["小学"] if age >= 6 else self.education["学龄前儿童"]
        elif age < 15:
            education = self.education["初中"] if age >= 13 else self.education["小学"]
        elif age >= 70 and rng.random() < 0.5:
            education = self.education["文盲或半文盲"]
        else:
            education = rng.choice([self.education["初中"], self.education["初中"], self.education["高中"],
                                    self.education["小学"]])
        working = labour in (self.labour["普通劳动力"], self.labour["技能劳动力"]) and school == self.not_student
        return {
            "health": ",".join(health),
            "labour_skill": labour,
            "school_status": school,
            "education": education,
            "work_status": rng.choice(self.work) if working and rng.random() < 0.7 else "",
            "work_months": float(rng.choice([3, 6, 8, 10, 12])) if working else 0.0,
            "medical_insurance": True,
            "serious_illness_insurance": True,
            "pension_insurance": age >= 16 and school == self.not_student,
        }

    # --- structure ----------------------------------------------------------------------
    def household(self, village_id: str, group: str, number: str, area6: str, cadre_id: str) -> tuple[str, int]:
        rng = self.rng
        pools = self.pools
        surname = rng.choice(pools["surnames"])
        attr_roll = rng.random()
        attribute = self.attr["一般贫困户"] if attr_roll < 0.70 else (
            self.attr["低保贫困户"] if attr_roll < 0.92 else self.attr["特困供养贫困户"])
        main_cause = rng.choices(list(self.cause_weights), weights=list(self.cause_weights.values()))[0]
        others = [c for c in rng.sample(self.causes, 2) if c != main_cause][: rng.choice([0, 1, 2])]
        ill = main_cause == _code("poverty_cause", "因病")
        hid = new_id()
        members: list[tuple[str, str, int, str]] = []  # (relationship, sex, age, surname)
        if attribute == self.attr["特困供养贫困户"]:
            members.append(("户主", rng.choice(["male", "female"]), rng.randint(62, 88), surname))
        else:
            head_age = rng.randint(32, 78)
            head_sex = "male" if rng.random() < 0.85 else "female"
            members.append(("户主", head_sex, head_age, surname))
            if rng.random() < 0.8:
                spouse_sex = "female" if head_sex == "male" else "male"
                members.append(("配偶", spouse_sex, max(20, head_age + rng.randint(-5, 3)), rng.choice(pools["surnames"])))
            for _ in range(rng.choice([0, 1, 2, 2, 2, 3, 3])):
                child_age = head_age - rng.randint(22, 34)
                if child_age >= 0:
                    sex = rng.choice(["male", "female"])
                    members.append(("之子" if sex == "male" else "之女", sex, child_age, surname))
            if head_age > 50 and rng.random() < 0.5:
                members.append(("之孙子" if rng.random() < 0.5 else "之孙女", rng.choice(["male", "female"]),
                                rng.randint(3, 14), surname))
            if head_age < 50 and rng.random() < 0.25:
                sex = rng.choice(["male", "female"])
                members.append(("之父" if sex == "male" else "之母", sex, head_age + rng.randint(22, 30), surname))
        member_ids = []
        given_names: set[str] = set()
        head_name = ""
        labourers = 0
        elderly = 0
        for order, (rel, sex, age, sname) in enumerate(members):
            if rel in ("之孙子", "之孙女"):
                sex = "male" if rel == "之孙子" else "female"
            name = self.person_name(sname, sex, given_names)
            if rel == "户主":
                head_name = name
            birth = self.birth(age)
            attrs = self.member_attrs(age, ill)
            labourers += attrs["labour_skill"] in (self.labour["普通劳动力"], self.labour["技能劳动力"])
            elderly += age >= 60
            mid = self.rows.add(
                Member, household_id=hid, sort_order=order, name=name, sex=self.sex[sex],
                id_type="resident_id", id_number=self.id_number(area6, birth, sex), birth_date=birth,
                relationship=self.rel[rel], ethnicity=self.han, dibao=attribute == self.attr["低保贫困户"],
                tekun=attribute == self.attr["特困供养贫困户"], **attrs)
            member_ids.append((mid, age, attrs, birth))
        size = len(members)
        income = {
            "wage_income": round(labourers * rng.uniform(6000, 22000), -1),
            "planting_income": round(rng.uniform(500, 6000), -1),
            "breeding_income": round(rng.uniform(0, 4000), -1) if rng.random() < 0.5 else 0.0,
            "dividend_income": 500.0 if rng.random() < 0.3 else 0.0,
            "land_transfer_income": round(rng.uniform(200, 1500), -1) if rng.random() < 0.3 else 0.0,
            "dibao_income": size * 3600.0 if attribute == self.attr["低保贫困户"] else 0.0,
            "tekun_income": 7200.0 if attribute == self.attr["特困供养贫困户"] else 0.0,
            "pension_income": elderly * 1800.0,
            "eco_compensation_income": round(rng.uniform(0, 600), -1),
        }
        income["production_expenses"] = round((income["planting_income"] + income["breeding_income"]) * rng.uniform(0.2, 0.4), -1)
        net, per_capita = compute_income(income, size)
        # Each village has its own share of households still poor, so some villages meet the 2%
        # exit line and some do not; about one exited household in ten left poverty this year.
        status_roll = rng.random()
        poor_share = self.village_poor_share
        if status_roll < poor_share * 0.85:
            status, exit_year = self.status["未脱贫"], None
        elif status_roll < poor_share:
            status, exit_year = self.status["返贫"], None
        elif rng.random() < 0.12:
            status, exit_year = self.status["已脱贫(享受政策)"], self.year
        else:
            status = self.status["已脱贫(享受政策)"] if rng.random() < 0.7 else self.status["已脱贫(不再享受政策)"]
            exit_year = rng.choice([2016, 2017, 2018, 2019, 2020])
        exited = exit_year is not None
        if exit_year == self.year:
            self.exited_this_year += size
        grade = rng.choices(self.house_grades, weights=[60, 30, 7, 3][: len(self.house_grades)])[0]
        unsafe = bool(vocab("house_grade").item(grade).extra.get("unsafe"))
        self.rows.add(
            Household, id=hid, village_id=village_id, group_name=group, household_no=number,
            head_name=head_name, size=size, phone="13" + "".join(str(rng.randrange(10)) for _ in range(9)),
            identification_standard=self.standard, attribute=attribute, main_cause=main_cause,
            other_cause_1=others[0] if others else "", other_cause_2=others[1] if len(others) > 1 else "",
            status=status, identified_year=rng.choice([2014, 2014, 2015, 2016]),
            exit_year=exit_year, planned_exit_year=None if exited else self.year,
            arable_mu=round(rng.uniform(0.5, 6), 1), forest_mu=round(rng.uniform(0, 3), 1),
            road_distance_km=round(rng.uniform(0, 5), 1), access_road_type=rng.choice(self.road),
            housing_area_m2=float(rng.randint(40, 160)), house_grade=grade, housing_safe_ok=not unsafe,
            main_fuel=rng.choice(self.fuel), sanitary_toilet=rng.random() < 0.6,
            in_cooperative=rng.random() < 0.3, income_year=self.year - 1, net_income=net,
            per_capita_income=per_capita, responsible_cadre_id=cadre_id, **income)
        self.last_household = SimpleNamespace(
            id=hid, attribute=attribute, main_cause=main_cause, other_cause_1=others[0] if others else "",
            other_cause_2=others[1] if len(others) > 1 else "", house_grade=grade)
        return hid, member_ids

    def plan(self, hid: str, members, cadre_id: str, cadre_name: str) -> int:
        rng = self.rng
        household = self.last_household
        confirmed = rng.random() < 0.9
        pid = self.rows.add(
            Plan, household_id=hid, year=self.year, version=1, status="confirmed" if confirmed else "draft",
            is_current=True, expected_effect="通过产业、就业与保障措施，年内人均纯收入稳定超过当年标准。",
            confirmed_at=f"{self.year}-02-15T10:00:00" if confirmed else None)
        count = 0
        start = date(self.year, 3, 1)
        for order, (mid, age, attrs, birth) in enumerate(members):
            item = self._person_item(household, age, attrs, birth)
            self._measure(pid, order, "person", mid, item, start, cadre_id, cadre_name, confirmed)
            count += 1
        for order, item in enumerate(self._household_items(household), start=len(members)):
            self._measure(pid, order, "household", None, item, start, cadre_id, cadre_name, confirmed)
            count += 1
        return count

    # Plans follow the same data-driven suggestions a cadre sees in the wizard. Person suggestions
    # are cached by attribute, main cause and the member's facts (the other causes only nudge the
    # ranking, and eligibility never depends on them), so county scale stays within its time budget.
    def _person_item(self, household, age, attrs, birth):
        key = (household.attribute, household.main_cause, age, attrs["health"], attrs["school_status"],
               attrs["labour_skill"])
        options = self._person_cache.get(key)
        if options is None:
            member = SimpleNamespace(id=None, name="", birth_date=birth, **attrs)
            options = [s.item_code for s in suggest_for_member(household, member, self.today, limit=3)]
            self._person_cache[key] = options
        if options:
            return self.catalogue.item(self.rng.choice(options))
        return self.rng.choice(self.fallback_person_items)

    def _household_items(self, household):
        key = (household.attribute, household.main_cause, household.other_cause_1, household.other_cause_2,
               household.house_grade)
        options = self._household_cache.get(key)
        if options is None:
            options = [s.item_code for s in suggest_for_household(household, self.today, limit=4)]
            self._household_cache[key] = options
        picked = self.rng.sample(options, min(2, len(options)))
        if len(picked) == 2 and picked[1] in self.catalogue.item(picked[0]).conflicts_with:
            picked.pop()  # e.g. relocation and 危房改造 of the same house
        spare = [it.code for it in self.fallback_household_items
                 if it.code not in picked and not set(self.catalogue.item(it.code).conflicts_with) & set(picked)]
        while len(picked) < 2:
            picked.append(spare.pop(self.rng.randrange(len(spare))))
        return [self.catalogue.item(code) for code in picked]

    def _measure(self, pid, order, scope, member_id, item, start, cadre_id, cadre_name, confirmed):
        rng = self.rng
        due = start + timedelta(days=rng.choice([90, 180, 270]))
        limit = (item.limits or {}).get("max_amount")
        amount = float(rng.choice([0, 500, 1000, 2000, 3000, 5000]))
        if limit:
            amount = min(amount * 5, float(limit))
        fund_source = rng.choice(self.funded_sources) if amount else NO_MONEY_SOURCE
        # Most measures whose due date has passed are done; a few are overdue, as in real villages.
        # Nothing of a draft plan has started yet.
        if not confirmed:
            status = "planned"
        elif due < self.today:
            status = rng.choices(["done", "in_progress", "planned"], weights=[88, 8, 4])[0]
        else:
            status = rng.choices(["planned", "in_progress", "done"], weights=[4, 5, 1])[0]
        extra = {}
        if item.industry:
            extra = {"enterprise": rng.choice(self.pools["enterprises"]),
                     "cooperative": rng.choice(self.pools["cooperatives"]),
                     "production_base": rng.choice(self.pools["bases"])}
        done_date = due - timedelta(days=10) if status == "done" else None
        measure_id = self.rows.add(
            Measure, plan_id=pid, sort_order=order, scope=scope, member_id=member_id, item_code=item.code,
            family=item.family, policy_ref=item.policy, responsible_cadre_id=cadre_id,
            responsible_name=cadre_name, start_date=start, due_date=due, amount=amount,
            fund_source=fund_source, status=status, done_date=done_date, **extra)
        # 对账: done measures are paid in full, measures under way about half.
        if amount and status in ("done", "in_progress"):
            self.voucher += 1
            self.rows.add(
                FundEntry, measure_id=measure_id, entry_date=done_date or start + timedelta(days=30),
                amount=amount if status == "done" else round(amount / 2, -1), fund_source=fund_source,
                voucher_no=f"{self.year}-{self.voucher:06d}")


def generate_demo(
    db: Database,
    households: int = 600,
    seed: int = 1,
    year: Optional[int] = None,
    progress: Optional[Progress] = None,
) -> DemoSummary:
    """Add a demo county of about ``households`` households to ``db`` in one transaction."""
    if households < 1:
        raise ValueError("households must be ≥ 1")
    year = year or date.today().year
    gen = _Generator(seed, year)
    rng = gen.rng
    county6, county_name = rng.choice(_county_choices())
    n_villages = max(1, round(households / HOUSEHOLDS_PER_VILLAGE))
    n_townships = max(1, -(-n_villages // VILLAGES_PER_TOWNSHIP))
    county_code = county6 + "000000"
    gen.rows.add(Area, code=county_code, name=county_name, level="county", parent_code=county6[:4] + "00000000")
    township_names = gen.pools["township_names"]
    per_village = [households // n_villages + (1 if i < households % n_villages else 0) for i in range(n_villages)]
    villages_made = members_made = plans_made = measures_made = cadres_made = 0
    stems = gen.pools["village_stems"]
    v_index = 0
    county_people_target = county_villages_target = 0
    order = [Area, Village, Cadre, Household, Member, Plan, Measure, FundEntry, Target]
    with db.connect() as conn:  # one transaction: a cancelled or failed run leaves nothing behind
        for t in range(n_townships):
            township_code = f"{county6}{100 + t:03d}000"
            exited_before, open_poverty_villages = gen.exited_this_year, 0
            gen.rows.add(Area, code=township_code, name=township_names[t % len(township_names)] if t < len(township_names)
                         else f"第{t + 1}乡镇", level="township", parent_code=county_code)
            for k in range(min(VILLAGES_PER_TOWNSHIP, n_villages - v_index)):
                n_house = per_village[v_index]
                v_index += 1
                village_code = f"{county6}{100 + t:03d}{201 + k:03d}"
                name = stems[(t * 7 + k) % len(stems)] + ("村" if t * 7 + k < len(stems) else f"{t + 1}村")
                poverty_village = rng.random() < 0.4
                village_exit_year = rng.choice([2017, 2018, 2019, 2020]) if poverty_village and rng.random() < 0.8 else None
                open_poverty_villages += poverty_village and village_exit_year is None
                vid = gen.rows.add(
                    Village, code=village_code, name=name, township_code=township_code,
                    is_poverty_village=poverty_village, exit_year=village_exit_year,
                    registered_population=n_house * rng.randint(9, 14),
                    road_hardened=True, bus_service=rng.random() < 0.9, safe_water=rng.random() < 0.95,
                    electricity=True, broadcast_tv=True, culture_center=rng.random() < 0.9,
                    clinic_doctor=rng.random() < 0.92, broadband=rng.random() < 0.85,
                    collective_income=float(rng.choice([20000, 50000, 80000, 120000, 200000])))
                villages_made += 1
                gen.village_poor_share = rng.choices([0.02, 0.04, 0.07, 0.15], weights=[3, 4, 2, 1])[0]
                cadres = []
                for c in range(max(2, n_house // 60)):
                    sex = rng.choice(["male", "female"])
                    cname = gen.person_name(rng.choice(gen.pools["surnames"]), sex)
                    cid = gen.rows.add(Cadre, name=cname, unit=f"{county_name}{rng.choice(['农业农村局', '教育局', '卫健委', '人社局', '财政局'])}",
                                       post="帮扶责任人" if c else "驻村第一书记", phone="139" + f"{rng.randrange(10**8):08d}",
                                       village_id=vid)
                    cadres.append((cid, cname))
                cadres_made += len(cadres)
                n_groups = max(1, min(10, n_house // 25))
                exited_before_village = gen.exited_this_year
                for h in range(n_house):
                    group_no = h * n_groups // n_house + 1
                    cid, cname = cadres[h % len(cadres)]
                    hid, members = gen.household(vid, f"第{group_no}组", f"{village_code}{h + 1:04d}", county6, cid)
                    members_made += len(members)
                    if rng.random() < PLAN_SHARE:
                        measures_made += gen.plan(hid, members, cid, cname)
                        plans_made += 1
                # Village targets too (the dashboard's village rows would read "—"): people a little
                # above the register, and every other open poverty village to exit this year.
                open_now = poverty_village and village_exit_year is None
                gen.rows.add(Target, year=year, area_code=village_code,
                             people_target=round((gen.exited_this_year - exited_before_village) * 1.1),
                             villages_target=int(open_now and open_poverty_villages % 2 == 1))
            # Annual targets slightly above what the register shows, so progress reads below 100%.
            people_target = round((gen.exited_this_year - exited_before) * 1.1)
            villages_target = -(-open_poverty_villages // 2)
            gen.rows.add(Target, year=year, area_code=township_code, people_target=people_target,
                         villages_target=villages_target)
            county_people_target += people_target
            county_villages_target += villages_target
            gen.rows.flush(conn, order)
            if progress and not progress(sum(per_village[:v_index]), households):
                raise DemoCancelled()
        gen.rows.add(Target, year=year, area_code=county_code, people_target=county_people_target,
                     villages_target=county_villages_target)
        gen.rows.flush(conn, order)
    settings_service.set_settings(db, {"demo.seed": str(seed)})
    refresh_search_index(db)  # one pass over the new households (≈ 5 s at 50,000)
    return DemoSummary(n_townships, villages_made, households, members_made, plans_made, measures_made, cadres_made)


def _county_choices() -> list[tuple[str, str]]:
    path = resource("areas", "henan_counties.yaml")
    if not path.exists():
        return [DEFAULT_COUNTY]
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    items = data.get("items", data) if isinstance(data, dict) else data
    out = [(str(it["code"]), it["label"] if "label" in it else it["name"]) for it in items]
    return [c for c in out if len(c[0]) == 6 and not c[0].endswith("00")] or [DEFAULT_COUNTY]
