"""fupin plan show HOUSEHOLD_ID [--year Y] [--json]: a household's current N+2 plan and its findings;
fupin plan exit HOUSEHOLD_ID [--year Y] [--json]: the household exit assessment."""

from __future__ import annotations

from datetime import date

from fupin_desktop.cli.common import open_db, print_json
from fupin_desktop.errors import UserFacingError


def register(subparsers) -> None:
    plan = subparsers.add_parser("plan", help="帮扶计划 (N+2 plans)")
    sub = plan.add_subparsers(dest="plan_command", metavar="PLAN_COMMAND")
    sub.required = True
    p = sub.add_parser("show", help="显示农户的当前帮扶计划 (show a household's current plan)")
    p.add_argument("household", metavar="HOUSEHOLD_ID", help="农户 ID 或户编号 (household id or number)")
    p.add_argument("--year", type=int, help="年度 (default: the latest year with a plan)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_show)
    p = sub.add_parser("exit", help="农户退出评估 (household exit assessment)")
    p.add_argument("household", metavar="HOUSEHOLD_ID", help="农户 ID 或户编号 (household id or number)")
    p.add_argument("--year", type=int, help="年度 (default: this year)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_exit)


def cmd_plan_show(args) -> int:
    from fupin_desktop.domain.vocab import catalogue, vocab
    from fupin_desktop.services.plans.lifecycle import current_plan, plan_as_dict, resolve_household

    db = open_db(args, create=False)
    household_id = resolve_household(db, args.household)
    view = current_plan(db, household_id, args.year)
    if view is None:
        raise UserFacingError("该户还没有帮扶计划" + (f"（{args.year}年）" if args.year else ""),
                              "no plan for this household")
    data = plan_as_dict(view, date.today())
    if args.json:
        print_json(data)
        return 0
    h = view.household
    status = vocab("plan_status").label(data["status"])
    print(f"{h.township_name}{h.village_name} {h.group_name} 户主 {h.head_name}（户编号 {h.household_no}）")
    print(f"{data['year']}年帮扶计划 第{data['version']}版 {status}")
    cat, family, source, mstatus = catalogue(), vocab("measure_family"), vocab("fund_source"), vocab("measure_status")
    for m in data["measures"]:
        who = m["member"] if m["scope"] == "person" else "（户）"
        amount = "" if m["amount"] is None else f"{m['amount']:g}元"
        print(f"  [{family.label(m['family'])}] {who}\t{cat.label(m['item'])}\t{m['start'] or ''}～{m['due'] or ''}\t"
              f"{m['responsible']}\t{amount} {source.label(m['fund_source'])}\t{mstatus.label(m['status'])}")
    for f in data["findings"]:
        print(f"  [{'错误' if f['severity'] == 'error' else '提示'}] {f['message']}")
    return 0


def cmd_plan_exit(args) -> int:
    from fupin_desktop.services.county.household_exit import assess_household
    from fupin_desktop.services.plans.lifecycle import resolve_household

    db = open_db(args, create=False)
    result = assess_household(db, resolve_household(db, args.household), args.year)
    if args.json:
        print_json(result.as_dict())
        return 0
    verdict = "具备退出条件" if result.eligible else "暂不具备退出条件"
    print(f"{result.year}年退出评估：{verdict}（{result.line.note}）")
    for c in result.criteria:
        print(f"  [{'√' if c.met else '×'}] {c.label}：{c.detail}")
    for f in result.findings:
        print(f"  [错误] {f.message}")
    return 0
