"""fupin init | demo | stats | households | check."""

from __future__ import annotations

import sys

from fupin_desktop.cli.common import TerminalProgress, open_db, print_json
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.errors import UserFacingError


def register(subparsers) -> None:
    p = subparsers.add_parser("init", help="创建数据库并设定角色 (create the database and set the role)")
    p.add_argument("--role", choices=["village", "county"], default="village")
    p.add_argument("--name", default="", help="使用者姓名 (user name)")
    p.add_argument("--unit", default="", help="单位 (unit)")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("demo", help="生成演示县数据 (generate a demo county)")
    p.add_argument("--households", type=int, default=600)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--year", type=int, default=None)
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("stats", help="统计 (counts)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stats)

    p = subparsers.add_parser("households", help="列出农户 (list households)")
    p.add_argument("--village", help="村代码 (12-digit village code)")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_households)

    p = subparsers.add_parser("check", help="数据核查 (run every rule)")
    p.add_argument("--village", help="村代码 (village code)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)


def cmd_init(args) -> int:
    from fupin_desktop.services.setup.settings import set_settings

    db = open_db(args)
    values = {"role": args.role}
    if args.name:
        values["user_name"] = args.name
    if args.unit:
        values["unit"] = args.unit
    set_settings(db, values)
    if args.role == "village" and args.name:  # as first start does: the cadre is the default 帮扶责任人
        from fupin_desktop.services.register.cadres import ensure_default_cadre

        ensure_default_cadre(db, args.name, args.unit)
    print(f"已初始化数据库 {db.path}（角色：{'县级' if args.role == 'county' else '村级'}）")
    return 0


def cmd_demo(args) -> int:
    from fupin_desktop.services.setup.demo import generate_demo

    if args.households < 1:
        raise UserFacingError("户数必须至少为 1", "--households must be at least 1")
    db = open_db(args)
    progress = TerminalProgress("生成演示数据")
    summary = generate_demo(db, households=args.households, seed=args.seed, year=args.year, progress=progress)
    progress.finish()
    print(
        f"已生成演示数据：{summary.townships} 个乡镇，{summary.villages} 个村，{summary.households} 户，"
        f"{summary.members} 人，{summary.plans} 份帮扶计划，{summary.measures} 项措施。"
    )
    return 0


def cmd_stats(args) -> int:
    from fupin_desktop.services.register.stats import database_stats

    stats = database_stats(open_db(args, create=False))
    if args.json:
        print_json(stats.as_dict())
    else:
        print(f"村 {stats.villages}　户 {stats.households}　人 {stats.members}　"
              f"计划 {stats.plans}　措施 {stats.measures}")
    return 0


def cmd_households(args) -> int:
    from fupin_desktop.services.register.listing import list_households

    rows = list_households(open_db(args, create=False), village_code=args.village, limit=args.limit)
    if args.json:
        print_json([
            {"id": r.id, "village": r.village, "group": r.group, "household_no": r.household_no,
             "head": r.head, "members": r.members, "status": r.status}
            for r in rows
        ])
    else:
        status = vocab("poverty_status")
        for r in rows:
            print(f"{r.village}\t{r.group}\t{r.household_no}\t{r.head}\t{r.members}人\t{status.label(r.status)}")
    return 0


def cmd_check(args) -> int:
    from fupin_desktop.services.register.checks import check_register

    report = check_register(open_db(args, create=False), village_code=args.village)
    if args.json:
        print_json(report.as_dict())
    else:
        for f in report.findings:
            mark = "错误" if f.is_error else "提示"
            print(f"[{mark}] {f.rule}\t{report.household_text(f.household_id)}\t{f.message}")
        print(f"共 {report.errors} 个错误，{report.warnings} 个提示。", file=sys.stderr)
    return 0
