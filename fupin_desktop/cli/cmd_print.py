"""fupin print card | village | notice — the printed papers as PDF files.

    fupin print card --household ID|户编号 --out FILE.pdf [--year Y]
    fupin print village --village CODE --out FILE.pdf [--group 第1组] [--year Y]
    fupin print notice --village CODE --out FILE.pdf [--kind plan|exit] [--start DATE] [--days N] [--phone TEL]

The PDF is rendered into a temporary folder and only copied to FILE.pdf together with its audit
event, so a failure or Ctrl-C leaves no file behind.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from fupin_desktop.cli.common import TerminalProgress, open_db, print_json
from fupin_desktop.errors import UserFacingError


def register(subparsers) -> None:
    p = subparsers.add_parser("print", help="打印帮扶计划卡、村批量或公示名单为 PDF (print cards, a village batch or a notice)")
    sub = p.add_subparsers(dest="print_command", metavar="WHAT")
    sub.required = True

    c = sub.add_parser("card", help="一户的帮扶计划卡 (one household's plan card)")
    c.add_argument("--household", required=True, help="农户ID或户编号 (household id or number)")
    _common(c)
    c.set_defaults(handler=cmd_print_card)

    v = sub.add_parser("village", help="全村（或一个村民小组）的帮扶计划卡 (all cards of a village or group)")
    v.add_argument("--village", required=True, help="12位村代码 (village code)")
    v.add_argument("--group", help="村民小组，如 第1组 (only this group)")
    _common(v)
    v.set_defaults(handler=cmd_print_village)

    n = sub.add_parser("notice", help="公示名单 (public notice list of a village)")
    n.add_argument("--village", required=True, help="12位村代码 (village code)")
    n.add_argument("--kind", default="plan", help="公示类型 plan（帮扶计划）或 exit（拟脱贫户）(notice kind)")
    n.add_argument("--group", help="村民小组 (only this group)")
    n.add_argument("--start", type=date.fromisoformat, help="公示开始日期 YYYY-MM-DD (default: today)")
    n.add_argument("--days", type=int, help="公示天数 (notice period in days, default 7)")
    n.add_argument("--phone", help="异议（监督）电话 (objection phone; default: the phone setting)")
    n.add_argument("--out", required=True, metavar="FILE.pdf")
    n.add_argument("--year", type=int, help="年度 (year; default: the latest plan year)")
    n.add_argument("--json", action="store_true")
    n.set_defaults(handler=cmd_print_notice)


def _common(p) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--year", type=int, help="计划年度 (plan year; default: the latest plan year)")
    p.add_argument("--no-qr", action="store_true", help="不印二维码 (leave out the QR code)")
    p.add_argument("--json", action="store_true")


def _check_out(path: str) -> Path:
    out = Path(path)
    if out.suffix.lower() != ".pdf":
        raise UserFacingError(f"输出文件应以 .pdf 结尾：{out}", "the output file must end in .pdf")
    if not out.parent.is_dir():
        raise UserFacingError(f"文件夹不存在：{out.parent}", f"no such folder: {out.parent}")
    if out.is_dir():
        raise UserFacingError(f"{out} 是文件夹", f"{out} is a folder")
    return out


def _deliver(args, db, render, label: str) -> int:
    """Render into a temporary folder, then copy to --out together with the audit event."""
    from fupin_desktop.services.printing.render import record_output

    out = _check_out(args.out)
    progress = TerminalProgress(label)
    with tempfile.TemporaryDirectory(prefix="fupin-print-") as tmp:
        try:
            job = render(Path(tmp) / out.name, progress)
        finally:
            progress.finish()
        moved = record_output(db, job, "pdf", destination=out)
    summary = {"file": str(out), "kind": job.kind, "title": job.title, "households": job.households,
               "pages": job.pages, "year": job.year, "plans_printed": moved, "skipped": list(job.skipped)}
    if args.json:
        print_json(summary)
    else:
        print(f"已生成 {out}：{job.title}，{job.households} 户，{job.pages} 页")
        if job.kind != "notice":
            print(f"计划状态改为已打印：{moved} 户")
        if job.skipped:
            shown = "；".join(job.skipped[:10]) + ("……" if len(job.skipped) > 10 else "")
            left = "未列入公示" if job.kind == "notice" else "未打印"
            print(f"{left} {len(job.skipped)} 户（没有{job.year}年度计划或计划未确认）：{shown}", file=sys.stderr)
    return 0


def cmd_print_card(args) -> int:
    from fupin_desktop.services.plans.lifecycle import resolve_household
    from fupin_desktop.services.printing.render import render_card

    db = open_db(args, create=False)
    hid = resolve_household(db, args.household)
    return _deliver(args, db, lambda path, progress: render_card(db, hid, path, year=args.year, qr=not args.no_qr),
                    "生成帮扶计划卡")


def cmd_print_village(args) -> int:
    from fupin_desktop.services.printing.render import render_village

    db = open_db(args, create=False)
    return _deliver(args, db, lambda path, progress: render_village(
        db, args.village, path, group=args.group, year=args.year, qr=not args.no_qr, progress=progress),
        "生成帮扶计划卡")


def cmd_print_notice(args) -> int:
    from fupin_desktop.services.printing.render import render_notice

    db = open_db(args, create=False)
    return _deliver(args, db, lambda path, progress: render_notice(
        db, args.village, path, year=args.year, kind=args.kind, start=args.start, days=args.days,
        phone=args.phone, group=args.group, progress=progress), "生成公示名单")
