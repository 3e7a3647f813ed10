"""Building blocks for the register tests: a village and households made through the register service."""

from __future__ import annotations

from datetime import date

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.services.register.records import new_household, new_member
from fupin_desktop.services.register.save import save_household
from fupin_desktop.store.models import Area, Village

TOWNSHIP = "410102001000"
COUNTY = "410102000000"
V1 = "410102001201"
V2 = "410102001202"
TODAY = date(2024, 7, 1)


def code(vocab_name: str, label: str) -> str:
    value = vocab(vocab_name).code_for(label)
    assert value is not None, (vocab_name, label)
    return value


def make_villages(db) -> dict[str, str]:
    with db.transaction() as s:
        s.add(Area(code=COUNTY, name="测试县", level="county", parent_code="410100000000"))
        s.add(Area(code=TOWNSHIP, name="城关镇", level="township", parent_code=COUNTY))
        v1 = Village(code=V1, name="甲村", township_code=TOWNSHIP, registered_population=100, is_poverty_village=True)
        v2 = Village(code=V2, name="乙村", township_code=TOWNSHIP, registered_population=50)
        s.add(v1)
        s.add(v2)
        s.flush()
        return {V1: v1.id, V2: v2.id}


def person(name: str, relationship: str, birth: date, seq: int, **values):
    return new_member(name=name, relationship=code("relationship", relationship),
                      id_number=make_id("410102", birth, seq), ethnicity=code("ethnicity", "汉族"),
                      health=code("health", "健康"), labour_skill=values.pop("labour", code("labour_skill", "普通劳动力")),
                      school_status=values.pop("school_status", code("school_status", "非在校生")), **values)


def family(village_id: str, head: str = "张三", group: str = "第1组", number: str = "0001", seq: int = 11,
           head_birth: date = date(1970, 5, 1), **values):
    """A valid three-person household draft: head, spouse, child (a student)."""
    defaults = dict(phone="13812345678", attribute=code("household_attribute", "一般贫困户"),
                    main_cause=code("poverty_cause", "因病"), status=code("poverty_status", "未脱贫"),
                    wage_income=12000.0, planting_income=3000.0, production_expenses=900.0)
    draft = new_household(village_id, group_name=group, household_no=number, **{**defaults, **values})
    draft.members = [
        person(head, "户主", head_birth, seq),
        person("李四", "配偶", date(1972, 3, 8), seq + 1),
        person(head[0] + "小明", "之子", date(2010, 9, 1), seq + 2, labour=code("labour_skill", "无劳动力"),
               school_status=code("school_status", "八年级")),
    ]
    return draft


def add_family(db, village_id: str, **kwargs):
    draft = family(village_id, **kwargs)
    result = save_household(db, draft, today=TODAY)
    assert result.saved, (result.status, result.message, result.findings)
    return draft
