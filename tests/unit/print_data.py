"""Test data for the printing tests: a demo county (the project's generator) plus one hand-made
household with a long plan (10 people, 26 measures) that must flow onto further pages.

The hand-made household also carries everything a notice must never show: a phone number, a bank
account, serious illness and 低保 measures.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.domain.vocab import catalogue, vocab
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Area, Cadre, Household, Measure, Member, Plan, Village

YEAR = 2026
TODAY = date(2026, 3, 20)
LONG_VILLAGE = "410102001299"
LONG_HEAD = "王大山"
LONG_PHONE = "13812345678"
LONG_BANK = "6228480012345678901"
FULL_ID = re.compile(r"(?<![\d*])\d{17}[\dX](?![\d*])")


@dataclass
class LongHousehold:
    household_id: str
    plan_id: str
    id_numbers: list[str]
    member_names: list[str]
    item_labels: list[str]


def _code(name: str, label: str) -> str:
    value = vocab(name).code_for(label)
    assert value is not None, (name, label)
    return value


def add_long_household(db) -> LongHousehold:
    cat = catalogue()
    person_items = [it for it in cat.items if it.scope == "person"]
    household_items = [it for it in cat.items if it.scope == "household"]
    with db.transaction() as s:
        s.add(Area(code="410102000000", name="中原区", level="county", parent_code="410100000000"))
        s.add(Area(code="410102001000", name="城关镇", level="township", parent_code="410102000000"))
        village = Village(code=LONG_VILLAGE, name="长卷村", township_code="410102001000")
        s.add(village)
        s.flush()
        cadre = Cadre(name="李帮扶", unit="区农业农村局", phone="13900000000", village_id=village.id)
        s.add(cadre)
        s.flush()
        h = Household(village_id=village.id, group_name="第3组", household_no=f"{LONG_VILLAGE}0001",
                      head_name=LONG_HEAD, size=10, phone=LONG_PHONE, bank_account=LONG_BANK,
                      bank_name="农村信用社", attribute=_code("household_attribute", "低保贫困户"),
                      main_cause=_code("poverty_cause", "因病"), other_cause_1=_code("poverty_cause", "缺技术"),
                      status=_code("poverty_status", "未脱贫"), identified_year=2015, planned_exit_year=YEAR,
                      per_capita_income=3120.5, income_year=YEAR - 1, housing_safe_ok=False,
                      responsible_cadre_id=cadre.id)
        s.add(h)
        s.flush()
        names, ids = [], []
        rels = ["户主", "配偶", "之子", "之女", "之儿媳", "之孙子", "之孙女", "之父", "之母", "其他"]
        for i, rel in enumerate(rels):
            birth = date(1950 + i * 6, 1 + i, 3 + i)
            sex = "male" if i % 2 == 0 else "female"
            ident = make_id("410102", birth, 100 + i * 2 + (1 if sex == "male" else 0))
            name = LONG_HEAD if i == 0 else f"王{'甲乙丙丁戊己庚辛壬'[i - 1]}{'男' if sex == 'male' else '女'}"
            m = Member(household_id=h.id, sort_order=i, name=name, sex=_code("sex", "男" if sex == "male" else "女"),
                       id_number=ident, birth_date=birth, relationship=_code("relationship", rel),
                       health=_code("health", "患有大病") if i == 1 else _code("health", "健康"),
                       labour_skill=_code("labour_skill", "普通劳动力"), phone=f"1390000{i:04d}")
            s.add(m)
            s.flush()
            names.append(name)
            ids.append((m.id, ident))
        plan = Plan(household_id=h.id, year=YEAR, version=2, status="confirmed",
                    expected_effect="年底人均纯收入超过6000元，住房安全有保障。")
        s.add(plan)
        s.flush()
        labels = []
        order = 0
        for k, (mid, _) in enumerate(ids):
            for j in range(2):
                item = person_items[(2 * k + j) % len(person_items)]
                s.add(Measure(plan_id=plan.id, sort_order=order, scope="person", member_id=mid, item_code=item.code,
                              family=item.family, policy_ref=item.policy, responsible_cadre_id=cadre.id,
                              start_date=date(YEAR, 3, 1), due_date=date(YEAR, 9, 30),
                              amount=None if order == 3 else float(100 * (order + 1)), fund_source="central_special"))
                labels.append(item.label)
                order += 1
        for j in range(6):
            item = household_items[j * 3 % len(household_items)]
            s.add(Measure(plan_id=plan.id, sort_order=order, scope="household", item_code=item.code,
                          family=item.family, policy_ref=item.policy, responsible_name="李帮扶",
                          start_date=date(YEAR, 4, 1), due_date=date(YEAR + 1, 3, 31), amount=1000.0 * (j + 1),
                          fund_source="self" if j % 2 else "integrated_agri", detail="按户实施"))
            labels.append(item.label)
            order += 1
        # The dibao measure is sensitive: a notice must never name it.
        dibao = cat.item("dibao")
        s.add(Measure(plan_id=plan.id, sort_order=order, scope="household", item_code="dibao", family=dibao.family,
                      responsible_name="李帮扶", amount=0.0, fund_source="none"))
        labels.append(dibao.label)
    return LongHousehold(h.id, plan.id, [i for _, i in ids], names, labels)


def build_print_db(path: Path, households: int = 40, seed: int = 11):
    db = open_database(path)
    generate_demo(db, households=households, seed=seed, year=YEAR)
    long = add_long_household(db)
    return db, long


def copy_db(template: Path, target: Path):
    shutil.copy(template, target)
    return open_database(target)


def pdf_text(path_or_bytes) -> list[str]:
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    return [page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages]


def page_numbers(text: str) -> tuple[int, int]:
    match = re.search(r"第\s*(\d+)\s*/\s*(\d+)\s*页", text)
    assert match, f"no page x/y in footer: {text[-200:]!r}"
    return int(match.group(1)), int(match.group(2))


def render_page_png(pdf: Path, page: int, out_prefix: Path, dpi: int = 150) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(out_prefix)], check=True)
    return out_prefix.with_suffix(".png")
