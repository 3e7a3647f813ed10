"""Village exit rules on hand-made villages: incidence at, below and above the threshold, indicators."""

from __future__ import annotations

import pytest

from fupin_desktop.domain.village_exit import (
    IndicatorRule,
    VillageFacts,
    assess_village,
    incidence,
    shortfall_list,
)

RULES = [
    IndicatorRule("road", "通硬化路", "road_hardened"),
    IndicatorRule("water", "安全饮水", "safe_water"),
    IndicatorRule("collective", "集体经济收入", "collective_income", minimum=50000),
]
ALL_MET = {"road_hardened": True, "safe_water": True, "collective_income": 60000.0}


def _village(poor, population, indicators=ALL_MET, exit_year=None, code="410102001201"):
    return VillageFacts(village_id=code, code=code, name="试点村", township_code=code[:9] + "000",
                        is_poverty_village=True, exit_year=exit_year, registered_population=population,
                        remaining_poor=poor, indicators=dict(indicators))


@pytest.mark.parametrize("poor,population,meets", [
    (19, 1000, True),   # 1.9 % below
    (20, 1000, True),   # exactly 2 %: not above the threshold
    (21, 1000, False),  # 2.1 % above
    (3, 150, True),     # 2 % again, where float division is not exact
    (0, 500, True),
])
def test_incidence_against_default_threshold(poor, population, meets):
    result = assess_village(_village(poor, population), RULES)
    assert result.meets is meets
    assert result.incidence == pytest.approx(poor / population)
    assert bool(result.reasons) is (not meets)
    if not meets:
        assert "贫困发生率" in result.reasons[0] and "高于 2.0%" in result.reasons[0]


def test_threshold_is_configurable_for_the_west():
    village = _village(25, 1000)  # 2.5 %
    assert not assess_village(village, RULES, threshold=0.02).meets
    assert assess_village(village, RULES, threshold=0.03).meets
    assert not assess_village(_village(31, 1000), RULES, threshold=0.03).meets


def test_missing_indicators_fail_with_every_reason_listed():
    result = assess_village(_village(5, 1000, {"road_hardened": False, "safe_water": True,
                                               "collective_income": 20000.0}), RULES)
    assert not result.meets
    assert result.incidence_ok
    assert result.missing_indicators == ("通硬化路", "集体经济收入")
    assert any("通硬化路" in r for r in result.reasons)
    assert any("20,000 元" in r and "50,000 元" in r for r in result.reasons)


def test_unknown_population_cannot_meet():
    result = assess_village(_village(0, None), RULES)
    assert not result.meets and result.incidence is None
    assert "户籍人口" in result.reasons[0]
    assert incidence(3, 0) is None


def test_more_poor_than_population_is_flagged():
    result = assess_village(_village(120, 100), RULES, threshold=0.5)
    assert not result.meets and "核对户籍人口" in result.reasons[0]


def test_shortfall_list_holds_only_exited_villages_that_fail_and_says_what_is_missing():
    ok_exited = assess_village(_village(10, 1000, exit_year=2018, code="410102001201"), RULES)
    high_exited = assess_village(_village(30, 1000, exit_year=2019, code="410102001202"), RULES)
    gap_exited = assess_village(_village(5, 1000, {**ALL_MET, "safe_water": False}, exit_year=2018,
                                         code="410102001203"), RULES)
    not_exited = assess_village(_village(30, 1000, code="410102001204"), RULES)
    later = assess_village(_village(30, 1000, exit_year=2024, code="410102001205"), RULES)
    items = shortfall_list([ok_exited, high_exited, gap_exited, not_exited, later], year=2020)
    assert [i.assessment.code for i in items] == ["410102001202", "410102001203"]
    assert items[0].missing == ("贫困发生率 3.00% 高于 2.0%",)
    assert items[1].missing == ("安全饮水",)
    assert [i.assessment.code for i in shortfall_list([later])] == ["410102001205"]


def test_bad_threshold_is_refused():
    with pytest.raises(ValueError):
        assess_village(_village(1, 100), RULES, threshold=2)
