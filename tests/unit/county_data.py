"""A small hand-made county for the county-office tests, written with the ORM.

Township 城关镇 with two villages:
  甲村 (poverty village, not exited, population 100, every indicator met):
    HA 未脱贫 2 people, confirmed plan: both members covered, 2 household measures, one overdue;
       planned 1000 + 2000 + 500 + 500, one payment of 500
    HB 已脱贫(享受政策) in YEAR, 3 people, draft plan: one person measure, one household measure
    HC 已脱贫(不再享受政策), 1 person, no plan (needs none)
  乙村 (exited 2018, population 50, no broadband):
    HD 返贫 2 people, no plan
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.store.models import Area, FundEntry, Household, Measure, Member, Plan, Village

YEAR = 2024
TODAY = date(2024, 7, 1)
COUNTY = "410102000000"
TOWNSHIP = "410102001000"
V1 = "410102001201"
V2 = "410102001202"


@dataclass
class County:
    village_ids: dict[str, str]
    households: dict[str, str]


def code(vocab_name: str, label: str) -> str:
    value = vocab(vocab_name).code_for(label)
    assert value is not None, (vocab_name, label)
    return value


def _people(session, hid, n, start, head_name):
    ids = []
    for i in range(n):
        rel = "户主" if i == 0 else ("配偶" if i == 1 else "之子")
        birth = date(1970 + i * 15, 1 + i, 10)
        m = Member(household_id=hid, sort_order=i, name=head_name if i == 0 else f"{head_name[0]}家{i}",
                   sex=code("sex", "男" if i != 1 else "女"),
                   id_number=make_id("410102", birth, (start + i) * 2 + (1 if i != 1 else 0)), birth_date=birth,
                   relationship=code("relationship", rel), ethnicity=code("ethnicity", "汉族"),
                   education=code("education", "初中"), health=code("health", "健康"),
                   labour_skill=code("labour_skill", "普通劳动力"), medical_insurance=True, work_months=6.0)
        session.add(m)
        session.flush()
        ids.append(m.id)
    return ids


def make_county(db) -> County:
    status = lambda label: code("poverty_status", label)  # noqa: E731
    indicators = dict(road_hardened=True, bus_service=True, safe_water=True, electricity=True, broadcast_tv=True,
                      culture_center=True, clinic_doctor=True, broadband=True, collective_income=80000.0)
    with db.transaction() as s:
        s.add(Area(code=COUNTY, name="金水县", level="county", parent_code="410100000000"))
        s.add(Area(code=TOWNSHIP, name="城关镇", level="township", parent_code=COUNTY))
        v1 = Village(code=V1, name="甲村", township_code=TOWNSHIP, is_poverty_village=True,
                     registered_population=100, **indicators)
        v2 = Village(code=V2, name="乙村", township_code=TOWNSHIP, is_poverty_village=True, exit_year=2018,
                     registered_population=50, **{**indicators, "broadband": False})
        s.add(v1)
        s.add(v2)
        s.flush()
        households = {}
        specs = [("HA", v1, "未脱贫", None, 2, "张甲"), ("HB", v1, "已脱贫(享受政策)", YEAR, 3, "李乙"),
                 ("HC", v1, "已脱贫(不再享受政策)", 2019, 1, "王丙"), ("HD", v2, "返贫", 2017, 2, "赵丁")]
        members = {}
        for n, (no, village, label, exit_year, size, head) in enumerate(specs):
            h = Household(village_id=village.id, group_name="第1组", household_no=no, head_name=head, size=size,
                          status=status(label), exit_year=exit_year, main_cause=code("poverty_cause", "因病"),
                          attribute=code("household_attribute", "一般贫困户"), phone="13800000000")
            s.add(h)
            s.flush()
            households[no] = h.id
            members[no] = _people(s, h.id, size, n * 10 + 1, head)
        cat = {"person": "edu_aid", "household": "industry"}
        pa = Plan(household_id=households["HA"], year=YEAR, status="confirmed")
        pb = Plan(household_id=households["HB"], year=YEAR, status="draft")
        s.add(pa)
        s.add(pb)
        s.flush()
        ma = [
            Measure(plan_id=pa.id, scope="person", member_id=members["HA"][0], item_code=cat["person"],
                    due_date=date(YEAR, 3, 1), status="planned", amount=1000.0, responsible_name="刘干部"),
            Measure(plan_id=pa.id, scope="person", member_id=members["HA"][1], item_code=cat["person"],
                    due_date=date(YEAR, 12, 1), status="planned", amount=2000.0, responsible_name="刘干部"),
            Measure(plan_id=pa.id, scope="household", item_code=cat["household"], due_date=date(YEAR, 5, 1),
                    status="done", amount=500.0, responsible_name="刘干部"),
            Measure(plan_id=pa.id, scope="household", item_code=cat["household"], due_date=date(YEAR, 12, 1),
                    status="in_progress", amount=500.0, responsible_name="刘干部"),
            Measure(plan_id=pa.id, scope="household", item_code=cat["household"], due_date=date(YEAR, 1, 1),
                    status="cancelled", amount=9999.0, responsible_name="刘干部"),
        ]
        mb = [
            Measure(plan_id=pb.id, scope="person", member_id=members["HB"][0], item_code=cat["person"],
                    due_date=date(YEAR, 12, 1), status="planned", amount=300.0),
            Measure(plan_id=pb.id, scope="household", item_code=cat["household"], due_date=date(YEAR, 12, 1),
                    status="planned", amount=0.0),
        ]
        for m in ma + mb:
            s.add(m)
        s.flush()
        s.add(FundEntry(measure_id=ma[2].id, entry_date=date(YEAR, 4, 1), amount=500.0, voucher_no="0012"))
    return County({"甲村": v1.id, "乙村": v2.id}, households)
