"""The register: areas, villages, households, members, cadres."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlmodel import Field

from fupin_desktop.store.models.base import SyncedRecord


class Area(SyncedRecord, table=True):
    """Administrative areas above the village (province, city, county, township) by 12-digit code."""

    code: str = Field(index=True, unique=True, max_length=12)
    name: str
    level: str = Field(description="province | city | county | township")
    parent_code: Optional[str] = Field(default=None, index=True, max_length=12)


class Village(SyncedRecord, table=True):
    code: str = Field(index=True, unique=True, max_length=12, description="12-digit 统计用区划代码")
    name: str
    township_code: str = Field(index=True, max_length=12)
    is_poverty_village: bool = False
    exit_year: Optional[int] = None
    registered_population: Optional[int] = Field(
        default=None, description="registered rural population, denominator of poverty incidence"
    )
    # Exit indicators (vocabulary `village_indicator`)
    road_hardened: bool = False
    bus_service: bool = False
    safe_water: bool = False
    electricity: bool = False
    broadcast_tv: bool = False
    culture_center: bool = False
    clinic_doctor: bool = False
    broadband: bool = False
    collective_income: float = Field(default=0.0, description="village collective economy income, 元/year")
    note: str = ""


class Cadre(SyncedRecord, table=True):
    """帮扶责任人 / 驻村干部."""

    name: str = Field(index=True)
    unit: str = ""
    post: str = ""
    phone: str = ""
    village_id: Optional[str] = Field(default=None, foreign_key="village.id", index=True)
    retired: bool = Field(default=False, description="退出帮扶: kept on old records, not offered for new ones")


class Household(SyncedRecord, table=True):
    """建档立卡 household (DOMAIN.md §2). Coded values are vocabulary codes, never labels."""

    village_id: str = Field(foreign_key="village.id", index=True)
    group_name: str = Field(default="", index=True, description="村民小组")
    household_no: str = Field(default="", index=True, description="户编号")
    head_name: str = Field(default="", index=True, description="kept equal to the 户主 member's name")
    size: int = Field(default=0, description="家庭人口, kept equal to the live member count")
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""
    # Classification
    identification_standard: str = ""
    attribute: str = Field(default="", index=True, description="贫困户属性")
    main_cause: str = Field(default="", index=True, description="主要致贫原因 (exactly one)")
    other_cause_1: str = ""
    other_cause_2: str = ""
    cause_note: str = ""
    military_family: bool = False
    only_child: bool = False
    two_daughters: bool = False
    # Status
    status: str = Field(default="", index=True, description="脱贫状态")
    identified_year: Optional[int] = None
    exit_year: Optional[int] = None
    planned_exit_year: Optional[int] = None
    return_year: Optional[int] = None
    return_reason: str = ""
    monitoring_category: str = ""
    risk_types: str = Field(default="", description="comma-separated risk_type codes")
    risk_eliminated: bool = False
    # Relocation
    relocated: bool = False
    relocation_mode: str = ""
    # Land (亩)
    arable_mu: float = 0.0
    irrigated_mu: float = 0.0
    forest_mu: float = 0.0
    returned_farmland_mu: float = 0.0
    orchard_mu: float = 0.0
    pasture_mu: float = 0.0
    water_surface_mu: float = 0.0
    # Living conditions
    has_electricity: bool = True
    has_broadcast_tv: bool = True
    road_distance_km: float = 0.0
    access_road_type: str = ""
    housing_area_m2: float = 0.0
    house_grade: str = Field(default="", description="危房等级 A/B/C/D; C and D are unsafe")
    drinking_water_difficult: bool = False
    drinking_water_safe: bool = True
    main_fuel: str = ""
    sanitary_toilet: bool = False
    in_cooperative: bool = False
    enterprise_led: bool = False
    leader_led: bool = False
    # 两不愁三保障 as assessed
    food_clothing_ok: bool = True
    compulsory_education_ok: bool = True
    medical_insurance_ok: bool = True
    housing_safe_ok: bool = True
    # Income (元/year), vocabulary `income_item`
    income_year: Optional[int] = None
    wage_income: float = 0.0
    public_job_income: float = 0.0
    planting_income: float = 0.0
    breeding_income: float = 0.0
    forestry_fruit_income: float = 0.0
    other_production_income: float = 0.0
    dividend_income: float = 0.0
    land_transfer_income: float = 0.0
    rent_income: float = 0.0
    interest_income: float = 0.0
    dibao_income: float = 0.0
    tekun_income: float = 0.0
    pension_income: float = 0.0
    eco_compensation_income: float = 0.0
    family_planning_income: float = 0.0
    other_subsidy_income: float = 0.0
    production_expenses: float = 0.0
    net_income: float = Field(default=0.0, description="家庭纯收入, derived by domain.income")
    per_capita_income: float = Field(default=0.0, index=True, description="人均纯收入, derived")
    responsible_cadre_id: Optional[str] = Field(default=None, foreign_key="cadre.id", index=True)
    note: str = ""


class Member(SyncedRecord, table=True):
    household_id: str = Field(foreign_key="household.id", index=True)
    sort_order: int = 0
    name: str = Field(index=True)
    sex: str = ""
    id_type: str = "resident_id"
    id_number: str = Field(default="", index=True, description="normalised; uniqueness enforced by services")
    birth_date: Optional[date] = None
    relationship: str = ""
    ethnicity: str = ""
    political_status: str = ""
    education: str = ""
    school_status: str = ""
    health: str = Field(default="", description="comma-separated health codes (can combine)")
    disability_grade: str = ""
    labour_skill: str = ""
    work_status: str = ""
    work_months: float = 0.0
    medical_insurance: bool = False
    serious_illness_insurance: bool = False
    pension_insurance: bool = False
    dibao: bool = False
    tekun: bool = False
    active_military: bool = False
    phone: str = ""
    note: str = ""
