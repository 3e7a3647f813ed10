"""County-office commands: roster import, Excel export, targets and progress, village exit check.

    fupin roster import FILE.xlsx [--mapping FILE] [--dry-run] [--accept-valid] [--json] [--rejected-out FILE]
    fupin export-xlsx --what register|plans|ledger|rectification --out FILE.xlsx [--year Y]
    fupin target --year Y --area CODE --people N --villages M
    fupin progress --year Y [--json] [--pdf FILE.pdf]
    fupin villages --exit-check [--year Y] [--json]
"""

from __future__ import annotations

import sys
from datetime import date

from fupin_desktop.cli.common import TerminalProgress, open_db, print_json
from fupin_desktop.errors import UserFacingError


def register(subparsers) -> None:
    roster = subparsers.add_parser("roster", help="花名册 (Excel roster)")
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="ACTION")
    roster_sub.required = True
    p = roster_sub.add_parser("import", help="从 Excel 导入农户与成员 (import households and members from .xlsx)")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--mapping", help="列对应文件，可含取值对应 (column mapping JSON saved by the mapping dialog, "
                                     "with the value decisions)")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入 (check only, write nothing)")
    p.add_argument("--accept-valid", action="store_true",
                   help="有错误行或待决定的值时，仍导入无误且无需决定的户 (import the valid households that need "
                        "no value decision even when rows are rejected or values wait for a decision)")
    p.add_argument("--rejected-out", metavar="FILE.xlsx", help="把未通过的行连同错误写入此文件 (write rejected rows here)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--create-areas", dest="create_areas", action="store_true", default=None,
                       help="新建表中出现的乡镇和村 (create townships/villages; default: only into an empty register)")
    group.add_argument("--no-create-areas", dest="create_areas", action="store_false",
                       help="不新建乡镇和村，未知的村算作错误 (unknown villages are errors)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_roster_import)

    p = subparsers.add_parser("export-xlsx", help="导出 Excel (export register, plans, ledger or rectification list)")
    p.add_argument("--what", required=True, choices=["register", "plans", "ledger", "rectification"])
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--year", type=int, help="计划年度 (plan year, for plans and ledger)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export_xlsx)

    p = subparsers.add_parser("target", help="设定年度目标 (set an annual target for an area)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--area", required=True, help="12位区划代码 (county, township or village code)")
    p.add_argument("--people", type=int, required=True, help="减贫人数 (people to lift out of poverty)")
    p.add_argument("--villages", type=int, default=0, help="退出村数 (villages to exit)")
    p.set_defaults(handler=cmd_target)

    p = subparsers.add_parser("progress", help="目标与进度 (targets and progress per area)")
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", metavar="FILE.pdf", help="同时打印为 PDF (also write the PDF report)")
    p.set_defaults(handler=cmd_progress)

    p = subparsers.add_parser("villages", help="村 (villages)")
    p.add_argument("--exit-check", action="store_true", required=True,
                   help="贫困村退出评估与补短板清单 (village exit assessment and shortfall list)")
    p.add_argument("--year", type=int, default=None, help="复核年度 (year of the re-check)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_villages)


def cmd_roster_import(args) -> int:
    from fupin_desktop.services.excel.roster_formats import export_rejected, load_mapping, load_value_decisions
    from fupin_desktop.services.excel.roster_import import import_roster, preview_roster

    saved = load_mapping(args.mapping) if args.mapping else None
    decisions = load_value_decisions(args.mapping) if args.mapping else {}
    db = open_db(args)
    progress = TerminalProgress("读取花名册")
    preview = preview_roster(db, args.file, saved_mapping=saved, create_areas=args.create_areas,
                             progress=lambda done, total: progress(done, max(done, total)),
                             value_decisions=decisions)
    progress.finish()
    if args.rejected_out and preview.rejected:
        export_rejected(preview, args.rejected_out)
    refused = bool(preview.rejected or preview.decisions_needed) and not args.accept_valid
    result = None
    if not args.dry_run and not refused:
        result = import_roster(db, preview, accept_valid=args.accept_valid)
    if args.json:
        data = preview.as_dict()
        data["rejected"] = [{"row": p.row, "sheet": p.sheet, "errors": p.errors} for p in preview.rejected]
        data["written"] = result is not None
        data["imported"] = result.as_dict() if result else None
        print_json(data)
    else:
        _print_preview(preview)
        if result is not None:
            print(f"已导入 {result.households} 户 {result.members} 人"
                  f"（新建 {result.townships} 个乡镇、{result.villages} 个村）。")
            if preview.held:
                print(f"等待取值决定、未导入的行：{_rows_text([p.row for p in preview.held], 50)}。")
        elif refused and preview.decisions_needed:
            named = "、".join(d.describe() for d in preview.decisions_needed)
            print(f"还有值不在代码表中、需要先决定：{named}。未写入任何数据。在列对应文件的“values”中为每个值"
                  "写上代码（或 \"!reject\" 不导入这些行）后用 --mapping 重新导入，或加 --accept-valid "
                  "只导入无需决定的户。", file=sys.stderr)
        elif refused:
            print(f"有 {len(preview.rejected)} 行未通过检查，未写入任何数据。"
                  "修正后重新导入，或加 --accept-valid 只导入无误的户。", file=sys.stderr)
        else:
            print("试运行：未写入任何数据。")
    return 1 if refused else 0


def _print_preview(preview) -> None:
    for sheet in preview.sheets:
        kind = {"members": "成员表", "households": "户表", "hidden": "隐藏的工作表，未导入"}.get(sheet.kind, "未识别")
        extra = f"，表头在第 {sheet.header_row} 行，{sheet.data_rows} 行数据" if sheet.mapping else ""
        print(f"工作表“{sheet.name}”：{kind}{extra}")
        if sheet.mapping and sheet.mapping.unmapped_headers():
            print(f"  未导入的列：{'、'.join(sheet.mapping.unmapped_headers())}")
    print(f"可导入 {len(preview.households)} 户 {preview.members} 人；未通过 {len(preview.rejected)} 行。")
    for area in preview.new_areas:
        level = {"county": "县", "township": "乡镇", "village": "村"}[area.level]
        note = "（临时代码）" if area.provisional else ""
        print(f"  将新建{level}：{area.name} {area.code}{note}")
    if preview.skipped:
        print(f"跳过 {len(preview.skipped)} 处（不是人员或看不见的内容）：")
        for item in preview.skipped:
            print(f"  {item.describe()}")
    for problem in preview.rejected:
        sheet = f"{problem.sheet} " if len(preview.sheets) > 1 else ""
        print(f"  {sheet}第 {problem.row} 行：{'；'.join(problem.errors)}", file=sys.stderr)
    if preview.decisions_needed:
        print(f"有 {len(preview.decisions_needed)} 个值不在代码表中，需要决定一次（{len(preview.held)} 行暂不导入）：")
        for decision in preview.decisions_needed:
            rows = "；".join(f"{sheet} 第 {_rows_text(numbers)} 行" for sheet, numbers in decision.rows.items())
            hint = f"，可能是：{'、'.join(decision.suggestion_labels())}" if decision.suggestions else ""
            print(f"  {decision.field_label}“{decision.value}”：{decision.count} 行（{rows}）{hint}")


def _rows_text(numbers: list[int], limit: int = 12) -> str:
    shown = "、".join(str(n) for n in numbers[:limit])
    return shown + (f" 等 {len(numbers)} 行" if len(numbers) > limit else "")


def cmd_export_xlsx(args) -> int:
    from fupin_desktop.services.excel.exports import export

    db = open_db(args, create=False)
    progress = TerminalProgress("导出")
    result = export(db, args.what, args.out, year=args.year, progress=progress)
    progress.finish()
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"已导出 {result.rows} 行到 {result.path}")
    return 0


def cmd_target(args) -> int:
    from fupin_desktop.services.county.progress import set_target

    set_target(open_db(args, create=False), args.year, args.area, args.people, args.villages)
    print(f"已设定 {args.year} 年 {args.area} 目标：减贫 {args.people} 人，退出 {args.villages} 个村。")
    return 0


def cmd_progress(args) -> int:
    from fupin_desktop.services.county.progress import compute_progress, export_progress_pdf

    db = open_db(args, create=False)
    year = args.year or date.today().year
    report = export_progress_pdf(db, year, args.pdf) if args.pdf else compute_progress(db, year)
    if args.json:
        print_json(report.as_dict())
        return 0
    if not report.roots:
        raise UserFacingError("数据库中还没有村", "no villages in the database")

    def show(node, depth):
        rate = f"{node.people_exited / node.people_target * 100:.0f}%" if node.people_target else "—"
        print(f"{'  ' * depth}{node.name}\t脱贫 {node.people_exited}/{node.people_target}（{rate}）"
              f"\t达标村 {node.villages_meeting}/{node.villages_target}\t未确认计划 {node.households_without_plan} 户"
              f"\tN+2缺项 {node.n2_gap_households} 户\t逾期 {node.overdue_measures} 项"
              f"\t资金 {node.funds_paid:,.0f}/{node.funds_planned:,.0f} 元")
        if depth < 1:
            for child in node.children:
                show(child, depth + 1)

    for root in report.roots:
        show(root, 0)
    if args.pdf:
        print(f"已生成 PDF：{args.pdf}")
    return 0


def cmd_villages(args) -> int:
    from fupin_desktop.services.county.exit_check import exit_check

    report = exit_check(open_db(args, create=False), year=args.year)
    if args.json:
        print_json(report.as_dict())
        return 0
    for a in report.assessments:
        mark = "达标" if a.meets else "未达标"
        inc = "—" if a.incidence is None else f"{a.incidence * 100:.2f}%"
        print(f"{a.code}\t{a.name}\t发生率 {inc}\t{mark}\t{'；'.join(a.reasons)}")
    if report.shortfalls:
        print(f"\n补短板清单（已退出但未达标）：{len(report.shortfalls)} 个村")
        for s in report.shortfalls:
            print(f"  {s.assessment.code}\t{s.assessment.name}\t{'；'.join(s.missing)}")
    return 0
