"""Plan service on a real database: drafts, confirming, versions, tracking, the check hook, the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from fupin_desktop.domain.idnumber import make_id
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.county.household_exit import assess_household, poverty_line_for, set_poverty_line
from fupin_desktop.services.plans import lifecycle as plans
from fupin_desktop.services.plans import tracking
from fupin_desktop.services.plans.data import MeasureData
from fupin_desktop.services.register.checks import check_register
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Area, AuditEvent, Cadre, FundEntry, Household, Measure, Member, Plan, Village

YEAR = 2024
TODAY = date(2024, 7, 1)
V_CODE = "410102001201"


def code(name, label):
    value = vocab(name).code_for(label)
    assert value, (name, label)
    return value


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "plans.db")
    yield database
    database.close()


def make_household(db, no="0001", members=(("户主", 1980, "健康", "非在校生", "普通劳动力"),
                                           ("配偶", 1982, "长期慢性病", "非在校生", "弱劳动力或半劳动力"),
                                           ("之子", 2012, "健康", "七年级", "无劳动力")),
                   attribute="一般贫困户", status="未脱贫"):
    with db.transaction() as s:
        if not s.exec(select(Village)).first():
            s.add(Area(code="410102001000", name="城关镇", level="township", parent_code="410102000000"))
            s.add(Village(code=V_CODE, name="甲村", township_code="410102001000"))
            s.flush()
            s.add(Cadre(name="王书记", village_id=s.exec(select(Village)).first().id))
            s.flush()
        village = s.exec(select(Village)).first()
        cadre = s.exec(select(Cadre)).first()
        h = Household(village_id=village.id, group_name="第1组", household_no=no, head_name="张大", size=len(members),
                      attribute=code("household_attribute", attribute), status=code("poverty_status", status),
                      main_cause=code("poverty_cause", "因病"), wage_income=30000.0, planting_income=3000.0,
                      production_expenses=1000.0, net_income=32000.0, per_capita_income=32000.0 / len(members),
                      house_grade="A", responsible_cadre_id=cadre.id)
        s.add(h)
        s.flush()
        for i, (rel, year, health, school, labour) in enumerate(members):
            birth = date(year, 3, 1)
            s.add(Member(household_id=h.id, sort_order=i, name=["张大", "李二", "张小", "张老"][i],
                         sex=code("sex", "女" if rel == "配偶" else "男"),
                         id_number=make_id("410102", birth, (int(no) * 10 + i) * 2 + (0 if rel == "配偶" else 1)),
                         birth_date=birth, relationship=code("relationship", rel), health=code("health", health),
                         school_status=code("school_status", school), labour_skill=code("labour_skill", labour),
                         medical_insurance=True))
        return h.id


def measure(scope, item, member_id=None, **kw):
    values = dict(start_date=date(YEAR, 3, 1), due_date=date(YEAR, 10, 1), responsible_name="王书记",
                  amount=1000.0, fund_source="local_special")
    values.update(kw)
    return MeasureData(scope=scope, item_code=item, member_id=member_id, **values)


def complete_draft(db, hid):
    draft = plans.open_draft(db, hid, YEAR)
    adult, spouse, child = draft.members
    draft.measures = [measure("person", "job_transfer", adult.id), measure("person", "family_doctor", spouse.id),
                      measure("person", "compulsory_education_aid", child.id),
                      measure("household", "planting_support", enterprise="某公司"),
                      measure("household", "breeding_support", amount=0.0, fund_source="none")]
    return draft


def audit_actions(db):
    with db.session() as s:
        return [e.action for e in s.exec(select(AuditEvent).order_by(AuditEvent.seq))]


# --- drafts ---------------------------------------------------------------------------------------
def test_new_draft_is_version_1_unsaved(db):
    hid = make_household(db)
    draft = plans.open_draft(db, hid, YEAR)
    assert (draft.version, draft.status, draft.saved, draft.measures, draft.supersedes_id) == (1, "draft", False, [], None)
    assert [m.name for m in draft.members] == ["张大", "李二", "张小"]
    assert draft.household.village_name == "甲村" and draft.household.responsible_cadre_name == "王书记"
    assert plans.current_plan(db, hid, YEAR) is None


def test_save_and_resume_keeps_measures_page_and_state(db):
    hid = make_household(db)
    draft = complete_draft(db, hid)
    draft.measures = draft.measures[:2]
    draft.page, draft.state = 3, {"selected": ["a"]}
    draft.expected_effect = "年底人均收入过万"
    plans.save_draft(db, draft)
    again = plans.open_draft(db, hid, YEAR)
    assert again.saved and again.plan_id == draft.plan_id and again.page == 3 and again.state == {"selected": ["a"]}
    assert [(m.id, m.item_code, m.amount) for m in again.measures] == [(m.id, m.item_code, m.amount) for m in draft.measures]
    assert again.measures[0].family == "zhuan" and again.measures[0].policy_ref == "employment"
    assert again.expected_effect == "年底人均收入过万"
    # the first version's draft is the current plan of the year (nothing else exists)
    assert plans.current_plan(db, hid, YEAR).summary.status == "draft"
    assert "plan.save_draft" in audit_actions(db)


def test_saving_again_updates_and_tombstones_measures(db):
    hid = make_household(db)
    draft = plans.save_draft(db, complete_draft(db, hid))
    removed = draft.measures.pop(0)
    draft.measures[0].amount = 2500.0
    plans.save_draft(db, draft)
    with db.session() as s:
        rows = {m.id: m for m in s.exec(select(Measure).where(Measure.plan_id == draft.plan_id))}
    assert rows[removed.id].deleted is True
    assert rows[draft.measures[0].id].amount == 2500.0
    assert len([m for m in rows.values() if not m.deleted]) == 4


def test_register_corrections_are_written_and_income_recomputed(db):
    hid = make_household(db)
    draft = plans.open_draft(db, hid, YEAR)
    draft.household.main_cause = code("poverty_cause", "缺技术")
    draft.household.income["wage_income"] = 12000.0
    draft.members[1].health = code("health", "患有大病")
    plans.save_draft(db, draft)
    with db.session() as s:
        h = s.get(Household, hid)
        spouse = s.get(Member, draft.members[1].id)
    assert h.main_cause == code("poverty_cause", "缺技术")
    assert (h.net_income, h.per_capita_income) == (14000.0, round(14000.0 / 3, 2))
    assert spouse.health == code("health", "患有大病")


def test_only_one_draft_per_household_and_year(db):
    hid = make_household(db)
    plans.save_draft(db, plans.open_draft(db, hid, YEAR))
    stray = plans.open_draft(db, hid, YEAR)  # resumes the same one
    assert stray.saved
    other = plans.PlanDraft(plan_id="x" * 32, household=stray.household, members=stray.members, year=YEAR)
    with pytest.raises(UserFacingError):
        plans.save_draft(db, other)


# --- confirming ---------------------------------------------------------------------------------
def test_confirm_blocked_while_a_member_has_no_measure(db):
    hid = make_household(db)
    draft = complete_draft(db, hid)
    child = draft.members[2]
    draft.measures = [m for m in draft.measures if m.member_id != child.id]
    with pytest.raises(plans.PlanBlocked) as info:
        plans.confirm(db, draft, today=TODAY)
    rules = [(f.rule, f.member_id) for f in info.value.findings if f.is_error]
    assert ("plan.member_without_measure", child.id) in rules
    assert "张小" in str(info.value)
    with db.session() as s:
        assert s.exec(select(Plan).where(Plan.household_id == hid, Plan.status == "confirmed")).first() is None


def test_confirm_writes_status_and_shows_in_the_json(db):
    hid = make_household(db)
    view = plans.confirm(db, complete_draft(db, hid), user="王书记", today=TODAY)
    assert view.summary.status == "confirmed" and view.summary.is_current and view.summary.confirmed_by == "王书记"
    data = plans.plan_as_dict(plans.current_plan(db, hid, YEAR), TODAY)
    assert list(data) == ["household", "year", "version", "status", "measures", "findings"]
    assert (data["household"], data["year"], data["version"], data["status"]) == (hid, YEAR, 1, "confirmed")
    assert list(data["measures"][0]) == ["scope", "member", "member_id", "item", "family", "start", "due",
                                         "responsible", "amount", "fund_source", "status"]
    first = data["measures"][0]
    assert (first["scope"], first["member"], first["item"], first["family"], first["start"]) == (
        "person", "张大", "job_transfer", "zhuan", "2024-03-01")
    assert data["measures"][3]["member"] is None and data["findings"] == []
    assert "plan.confirm" in audit_actions(db)
    with db.session() as s:
        assert s.get(Plan, view.id).wizard_state == ""


def test_editing_a_confirmed_plan_makes_version_2_and_keeps_history(db):
    hid = make_household(db)
    v1 = plans.confirm(db, complete_draft(db, hid), today=TODAY)
    draft = plans.open_draft(db, hid, YEAR)
    assert (draft.version, draft.supersedes_id, draft.saved) == (2, v1.id, False)
    assert [m.carried_from for m in draft.measures] == [m.id for m in v1.measures]
    assert {m.id for m in draft.measures}.isdisjoint({m.id for m in v1.measures})
    draft.measures[0].item_code = "skills_training"
    plans.save_draft(db, draft)
    # while the revision is a draft the confirmed version stays current
    assert plans.current_plan(db, hid, YEAR).id == v1.id
    assert plans.open_draft(db, hid, YEAR).plan_id == draft.plan_id
    v2 = plans.confirm(db, plans.open_draft(db, hid, YEAR), today=TODAY)
    assert v2.summary.version == 2 and v2.summary.supersedes_id == v1.id
    assert plans.current_plan(db, hid, YEAR).id == v2.id
    history = plans.plan_history(db, hid, YEAR)
    assert [(h.version, h.status, h.is_current) for h in history] == [(2, "confirmed", True), (1, "confirmed", False)]
    old = plans.plan_view(db, v1.id)
    assert old.measures[0].item_code == "job_transfer"  # the old version is unchanged
    with db.session() as s:
        current = s.exec(select(Plan).where(Plan.household_id == hid, Plan.year == YEAR, Plan.is_current == True)).all()  # noqa: E712
    assert [p.id for p in current] == [v2.id]


def test_ledger_follows_the_measure_into_the_new_version(db):
    hid = make_household(db)
    v1 = plans.confirm(db, complete_draft(db, hid), today=TODAY)
    tracking.add_fund_entry(db, v1.measures[0].id, date(YEAR, 4, 1), 600.0, "local_special", "凭-001")
    draft = plans.open_draft(db, hid, YEAR)
    assert draft.measures[0].paid == 600.0
    v2 = plans.confirm(db, draft, today=TODAY)
    ledger = tracking.ledger(db, v2.id)
    assert [(e.measure_id, e.amount, e.voucher_no) for e in ledger.entries] == [(v2.measures[0].id, 600.0, "凭-001")]
    assert ledger.paid_total == 600.0


def test_a_revision_cannot_drop_a_paid_measure(db):
    hid = make_household(db)
    v1 = plans.confirm(db, complete_draft(db, hid), today=TODAY)
    tracking.add_fund_entry(db, v1.measures[3].id, date(YEAR, 4, 1), 300.0, "local_special")
    draft = plans.open_draft(db, hid, YEAR)
    draft.measures[3].deleted = True
    draft.measures.append(measure("household", "ecommerce"))
    with pytest.raises(plans.PlanBlocked) as info:
        plans.confirm(db, draft, today=TODAY)
    assert "plan.removed_paid_measure" in [f.rule for f in info.value.findings]
    plans.save_draft(db, draft)  # still refused after saving and resuming the draft
    with pytest.raises(plans.PlanBlocked):
        plans.confirm(db, plans.open_draft(db, hid, YEAR), today=TODAY)
    draft = plans.open_draft(db, hid, YEAR)
    draft.measures.insert(3, plans.MeasureData(**{**vars(v1.measures[3]), "id": plans.new_id()}))
    draft.measures[3].carried_from = v1.measures[3].id
    draft.measures[3].status, draft.measures[3].cancel_reason = "cancelled", "改为电商扶贫"
    v2 = plans.confirm(db, draft, today=TODAY)
    assert tracking.ledger(db, v2.id).paid_total == 300.0


def test_saving_a_confirmed_plan_as_draft_is_refused(db):
    hid = make_household(db)
    draft = complete_draft(db, hid)
    plans.confirm(db, draft, today=TODAY)
    with pytest.raises(UserFacingError):
        plans.save_draft(db, draft)


def test_plan_status_moves_forward_only(db):
    hid = make_household(db)
    draft = plans.save_draft(db, complete_draft(db, hid))
    with pytest.raises(UserFacingError):
        plans.set_plan_status(db, draft.plan_id, "printed")
    view = plans.confirm(db, draft, today=TODAY)
    assert plans.set_plan_status(db, view.id, "printed").printed_at
    signed = plans.set_plan_status(db, view.id, "signed")
    assert signed.status == "signed" and signed.signed_at
    with pytest.raises(UserFacingError):
        plans.set_plan_status(db, view.id, "confirmed")
    with pytest.raises(UserFacingError):
        plans.set_plan_status(db, view.id, "draft")


def test_discarding_a_draft(db):
    hid = make_household(db)
    v1 = plans.confirm(db, complete_draft(db, hid), today=TODAY)
    draft = plans.save_draft(db, plans.open_draft(db, hid, YEAR))
    plans.discard_draft(db, draft.plan_id)
    assert [h.version for h in plans.plan_history(db, hid, YEAR)] == [1]
    assert plans.open_draft(db, hid, YEAR).version == 2  # a fresh revision can be started again
    with pytest.raises(UserFacingError):
        plans.discard_draft(db, v1.id)


# --- tracking -----------------------------------------------------------------------------------
def test_measure_status_changes(db):
    hid = make_household(db)
    draft = plans.save_draft(db, complete_draft(db, hid))
    mid = draft.measures[0].id
    with pytest.raises(UserFacingError):  # not confirmed yet
        tracking.set_measure_status(db, mid, "in_progress", today=TODAY)
    plans.confirm(db, draft, today=TODAY)
    tracking.set_measure_status(db, mid, "done", today=TODAY)
    view = plans.current_plan(db, hid, YEAR)
    assert (view.measures[0].status, view.measures[0].done_date) == ("done", TODAY)
    with pytest.raises(UserFacingError):
        tracking.set_measure_status(db, mid, "cancelled", today=TODAY)  # no reason
    with pytest.raises(UserFacingError):
        tracking.set_measure_status(db, mid, "done", done_date=date(2030, 1, 1), today=TODAY)
    with pytest.raises(UserFacingError):
        tracking.set_measure_status(db, mid, "finished", today=TODAY)
    tracking.set_measure_status(db, mid, "cancelled", cancel_reason="外出务工", today=TODAY)
    m = plans.current_plan(db, hid, YEAR).measures[0]
    assert (m.status, m.done_date, m.cancel_reason) == ("cancelled", None, "外出务工")
    assert audit_actions(db).count("measure.status") == 2


def test_ledger_planned_vs_paid(db):
    hid = make_household(db)
    view = plans.confirm(db, complete_draft(db, hid), today=TODAY)
    a, b = view.measures[0].id, view.measures[1].id
    tracking.add_fund_entry(db, a, date(YEAR, 4, 1), 400.0, "local_special", "V1")
    tracking.add_fund_entry(db, a, date(YEAR, 5, 1), 100.0, "social", "V2")
    gone = tracking.add_fund_entry(db, b, date(YEAR, 5, 2), 999.0, "local_special")
    tracking.delete_fund_entry(db, gone)
    with pytest.raises(UserFacingError):
        tracking.add_fund_entry(db, a, date(YEAR, 5, 1), 0, "social")
    with pytest.raises(UserFacingError):
        tracking.add_fund_entry(db, a, date(YEAR, 5, 1), 10, "piggy_bank")
    ledger = tracking.ledger(db, view.id)
    assert ledger.planned_total == 4000.0 and ledger.paid_total == 500.0
    money = {m.measure_id: (m.planned, m.paid) for m in ledger.measures}
    assert money[a] == (1000.0, 500.0) and money[b] == (1000.0, 0.0)
    assert ledger.by_source() == {"local_special": (4000.0, 400.0), "none": (0.0, 0.0), "social": (0.0, 100.0)}
    with db.session() as s:
        assert s.get(FundEntry, gone).deleted is True


def test_visits(db):
    hid = make_household(db)
    with pytest.raises(UserFacingError):
        tracking.add_visit(db, hid, date(2030, 1, 1), "王书记", "入户", today=TODAY)
    with pytest.raises(UserFacingError):
        tracking.add_visit(db, hid, TODAY, "王书记", "  ", today=TODAY)
    tracking.add_visit(db, hid, date(YEAR, 5, 1), "王书记", "了解务工意愿", today=TODAY)
    tracking.add_visit(db, hid, date(YEAR, 6, 1), "王书记", "核实医保", "配偶未缴费", today=TODAY)
    visits = tracking.list_visits(db, hid)
    assert [(v.visit_date, v.findings) for v in visits] == [(date(YEAR, 6, 1), "配偶未缴费"), (date(YEAR, 5, 1), "")]


def test_overdue_list(db):
    hid = make_household(db)
    draft = complete_draft(db, hid)
    draft.measures[0].due_date = date(YEAR, 5, 1)
    draft.measures[1].due_date = date(YEAR, 6, 1)
    view = plans.confirm(db, draft, today=TODAY)
    tracking.set_measure_status(db, view.measures[1].id, "done", done_date=date(YEAR, 6, 20), today=TODAY)
    other = make_household(db, no="0002")
    late_draft = complete_draft(db, other)
    late_draft.measures[2].due_date = date(YEAR, 6, 30)
    plans.save_draft(db, late_draft)  # a draft is not tracked yet
    rows = tracking.overdue_measures(db, V_CODE, today=TODAY)
    assert [(r.household_id, r.item_label, r.days_overdue, r.member_name) for r in rows] == [
        (hid, "转移就业", 61, "张大")]
    assert tracking.overdue_measures(db, "410102001299", today=TODAY) == []


# --- the check hook, exit assessment, CLI -------------------------------------------------------
def test_check_reports_n_plus_2_per_household(db):
    ok = make_household(db)
    plans.confirm(db, complete_draft(db, ok), today=TODAY)
    short = make_household(db, no="0002")
    draft = complete_draft(db, short)
    draft.measures = draft.measures[1:]
    plans.save_draft(db, draft)
    make_household(db, no="0003")  # needs a plan, has none
    make_household(db, no="0004", status="已脱贫(不再享受政策)")  # needs none
    report = check_register(db, today=TODAY).as_dict()
    assert (report["plans_confirmed"], report["plans_draft"], report["n_plus_2_ok"], report["n_plus_2_missing"],
            report["households_without_plan"]) == (1, 1, 1, 2, 1)
    results = {r["household"]: r for r in report["plan_results"]}
    assert results[ok]["n_plus_2_ok"] is True and results[ok]["members_covered"] == 3
    assert results[short]["n_plus_2_ok"] is False and results[short]["members_covered"] == 2
    rules = {(f["rule"], f["household_id"]) for f in report["findings"]}
    assert ("plan.member_without_measure", short) in rules
    assert ("plan.missing", ok) not in rules and len(results) == 3


def test_check_on_the_demo_county_agrees_with_the_database(db):
    from fupin_desktop.services.setup.demo import generate_demo

    generate_demo(db, households=60, seed=5, year=YEAR)
    report = check_register(db, today=TODAY).as_dict()
    with db.session() as s:
        confirmed = len(s.exec(select(Plan.id).where(Plan.status == "confirmed", Plan.is_current == True)).all())  # noqa: E712
    assert report["plans_confirmed"] == confirmed
    assert report["n_plus_2_ok"] == sum(r["n_plus_2_ok"] for r in report["plan_results"])
    assert report["households_checked"] == 60


def test_poverty_line_setting_wins_over_the_table(db):
    assert poverty_line_for(db, 2020).amount == 4000.0
    set_poverty_line(db, 2020, 4100)
    assert (poverty_line_for(db, 2020).amount, poverty_line_for(db, 2020).source) == (4100.0, "setting")
    with pytest.raises(UserFacingError):
        set_poverty_line(db, 2020, 0)


def test_household_exit_assessment_from_the_register(db):
    hid = make_household(db)
    result = assess_household(db, hid, 2020, today=date(2020, 7, 1))
    assert result.eligible, result.findings
    set_poverty_line(db, 2020, 20000)
    result = assess_household(db, hid, 2020, today=date(2020, 7, 1))
    assert not result.eligible and [f.rule for f in result.findings] == ["exit.income"]


def test_cli_plan_show_json(db, capsys):
    from fupin_desktop.cli import main

    hid = make_household(db)
    plans.confirm(db, complete_draft(db, hid), today=TODAY)
    assert main(["--db", str(db.path), "plan", "show", hid, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["household"] == hid and data["version"] == 1 and len(data["measures"]) == 5
    assert main(["--db", str(db.path), "plan", "show", "0001"]) == 0  # by 户编号
    out = capsys.readouterr().out
    assert "第1版" in out and "转移就业" in out
    assert main(["--db", str(db.path), "plan", "show", "nobody"]) == 1
    assert "找不到农户" in capsys.readouterr().err


def test_cli_plan_show_json_names_each_members_id(db, capsys):
    """Names repeat within families (a son named after his father): the id tells them apart."""
    from fupin_desktop.cli import main

    hid = make_household(db, members=(("户主", 1980, "健康", "非在校生", "普通劳动力"),
                                      ("配偶", 1982, "长期慢性病", "非在校生", "弱劳动力或半劳动力"),
                                      ("之子", 2012, "健康", "七年级", "无劳动力")))
    with db.transaction() as s:
        son = s.exec(select(Member).where(Member.household_id == hid, Member.sort_order == 2)).one()
        son.name = "张大"  # the same name as the head
        s.add(son)
    draft = complete_draft(db, hid)
    ids = [m.id for m in draft.members]
    plans.confirm(db, draft, today=TODAY)
    assert main(["--db", str(db.path), "plan", "show", hid, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    person = [m for m in data["measures"] if m["scope"] == "person"]
    assert [(m["member"], m["member_id"]) for m in person] == [("张大", ids[0]), ("李二", ids[1]), ("张大", ids[2])]
    assert all(m["member_id"] is None for m in data["measures"] if m["scope"] == "household")


def test_fupin_check_flags_every_job_given_to_a_child(db, capsys):
    """docs/card.png showed a one-year-old with 转移就业 and 扶贫车间就业: every job, public post and
    pension item the catalogue holds for adults is a finding in `fupin check` when a child has it."""
    from fupin_desktop.cli import main
    from fupin_desktop.domain.vocab import catalogue

    baby_year = date.today().year - 1
    hid = make_household(db, members=(("户主", 1980, "健康", "非在校生", "普通劳动力"),
                                      ("配偶", 1982, "健康", "非在校生", "普通劳动力"),
                                      ("之子", baby_year, "健康", "非在校生", "无劳动力")))
    adult_items = [it.code for it in catalogue().for_scope("person")
                   if it.category in ("employment", "public_job") or it.code == "pension_insurance"]
    assert {"job_transfer", "poverty_workshop", "cleaner", "carer", "pension_insurance"} <= set(adult_items)
    draft = plans.open_draft(db, hid, YEAR)
    adult, spouse, baby = draft.members
    draft.measures = [measure("person", "family_doctor", adult.id), measure("person", "family_doctor", spouse.id),
                      *[measure("person", code, baby.id) for code in adult_items],
                      measure("household", "planting_support"), measure("household", "breeding_support")]
    plans.save_draft(db, draft)
    assert main(["--db", str(db.path), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    with db.session() as s:
        items_by_measure = {m.id: m.item_code for m in s.exec(select(Measure).where(Measure.member_id == baby.id))}
    flagged = {items_by_measure[f["measure_id"]] for f in report["findings"]
               if f.get("measure_id") in items_by_measure and f.get("member_id") == baby.id
               and f["rule"] in ("measure.requires_working_age", "measure.requires_min_age")
               and f["severity"] in ("error", "warning")}
    assert flagged == set(adult_items)


def test_cli_plan_exit(db, capsys):
    from fupin_desktop.cli import main

    hid = make_household(db)
    assert main(["--db", str(db.path), "plan", "exit", hid, "--year", "2020", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["eligible"] is True and data["line"] == 4000.0 and len(data["criteria"]) == 6
    set_poverty_line(db, 2020, 50000)
    assert main(["--db", str(db.path), "plan", "exit", hid, "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "暂不具备退出条件" in out and "本机设置" in out
