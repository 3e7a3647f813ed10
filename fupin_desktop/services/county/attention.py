"""Which areas of the 目标与进度 table need attention, and why (thresholds in resources/rules/attention.yaml).

Tinting every row with any overdue measure tinted every row of a real county; a row is marked only
when it is behind its target or its backlog is large for its size.
"""

from __future__ import annotations

from functools import cache

import yaml

from fupin_desktop.paths import resource


@cache
def thresholds() -> dict:
    with open(resource("rules", "attention.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def attention_reasons(node) -> list[str]:
    """Plain-Chinese reasons an area (services.county.progress.AreaProgress) needs attention; [] when none."""
    t = thresholds()
    reasons = []
    if node.people_target and node.people_exited / node.people_target < t["people_rate_below"]:
        reasons.append(f"脱贫完成率 {node.people_exited / node.people_target:.0%}，"
                       f"低于 {t['people_rate_below']:.0%}")
    if t.get("villages_behind") and node.villages_meeting < node.villages_target:
        reasons.append(f"达标村 {node.villages_meeting}/{node.villages_target} 个")
    if node.n2_gap_households > t["n2_gap_households_above"]:
        reasons.append(f"N+2 缺项 {node.n2_gap_households:,} 户")
    need = node.households_need_plan
    if need and node.households_without_plan / need > t["without_plan_share_above"]:
        reasons.append(f"未确认帮扶计划 {node.households_without_plan:,} 户（占 {node.households_without_plan / need:.0%}）")
    if need and node.overdue_measures / need > t["overdue_per_household_above"]:
        reasons.append(f"逾期措施 {node.overdue_measures:,} 项（户均 {node.overdue_measures / need:.1f} 项）")
    return reasons
