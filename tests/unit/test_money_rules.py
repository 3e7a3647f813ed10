"""Money sanity (issue 11 §2.2): a 10,009,199 元 plan for one household and a 9,999,999 元 payment
against a 2,000 元 measure are warnings (in the wizard's findings and in `fupin check`), never silent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fupin_desktop.domain import money_rules, plan_rules
from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.services.plans import lifecycle as plans
from fupin_desktop.services.plans import tracking
from fupin_desktop.services.register.checks import check_register
from tests.unit.test_plan_rules import TODAY, H, M, X
from tests.unit.test_plan_service import TODAY as SERVICE_TODAY
from tests.unit.test_plan_service import YEAR, complete_draft, db, make_household  # noqa: F401 (db: a fixture)


def plan(amounts):
    members = [M("a", "张大")]
    measures = [X("person", "job_transfer", "a", id="m1", amount=amounts[0]),
                X("household", "planting_support", id="m2", amount=amounts[1]),
                X("household", "breeding_support", id="m3", amount=amounts[2])]
    return plan_rules.check_plan(H(), members, measures, TODAY)


def by_rule(findings):
    return {f.rule: f for f in findings}


def test_a_ten_million_plan_is_two_warnings_not_silence():
    found = by_rule(plan([9_999_999.0, 9_200.0, 10_000.0]))
    unusual = found["measure.amount_unusual"]
    assert (unusual.severity, unusual.measure_id, unusual.field) == ("warning", "m1", "amount")
    assert "9,999,999.00" in unusual.message and "转移就业" in unusual.message
    total = found["plan.amount_unusual"]
    assert total.severity == "warning" and "10,019,199.00" in total.message
    assert not [f for f in found.values() if f.is_error]


def test_usual_amounts_raise_nothing_and_the_catalogue_item_sets_the_range():
    assert not [f for f in plan([3_000.0, 20_000.0, 0.0]) if "unusual" in f.rule]
    relocation = X("household", "relocation", id="r", amount=120_000.0)
    training = X("person", "skills_training", "a", id="t", amount=120_000.0)
    assert not money_rules.measure_amount_findings(relocation)
    assert money_rules.measure_amount_findings(training)[0].rule == "measure.amount_unusual"
    cancelled = replace(training, status="cancelled", cancel_reason="不需要")
    assert money_rules.plan_total([cancelled]) == 0.0


def test_payment_check_asks_above_the_plan_or_the_usual_range():
    check = money_rules.payment_check("job_transfer", planned=2_000.0, paid_before=0.0, amount=9_999_999.0)
    assert check.over_plan and check.unusual and check.needs_confirmation
    ok = money_rules.payment_check("job_transfer", planned=2_000.0, paid_before=500.0, amount=1_500.0)
    assert not ok.needs_confirmation
    second = money_rules.payment_check("job_transfer", planned=2_000.0, paid_before=1_500.0, amount=600.0)
    assert second.over_plan and not second.unusual
    assert money_rules.payment_check("x", 0, 0, thresholds().measure_usual_max).needs_confirmation  # over a 0 plan


def test_fupin_check_keeps_a_payment_above_the_plan_as_a_warning(db):  # noqa: F811
    hid = make_household(db)
    view = plans.confirm(db, complete_draft(db, hid), today=SERVICE_TODAY)
    target = view.measures[0]  # planned 1,000 元
    tracking.add_fund_entry(db, target.id, date(YEAR, 4, 1), 600.0, "local_special")
    assert "measure.paid_over_plan" not in {f.rule for f in check_register(db, today=SERVICE_TODAY).findings}
    tracking.add_fund_entry(db, target.id, date(YEAR, 5, 1), 9_999_999.0, "local_special")
    found = [f for f in check_register(db, today=SERVICE_TODAY).findings if f.rule == "measure.paid_over_plan"]
    assert [(f.severity, f.measure_id, f.household_id) for f in found] == [("warning", target.id, hid)]
    assert "10,000,599.00" in found[0].message and "1,000.00" in found[0].message
