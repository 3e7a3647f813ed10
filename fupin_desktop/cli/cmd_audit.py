"""`fupin audit [--since DATE] [--until DATE] [--json]`: the 操作记录 in the same words as the GUI view."""

from __future__ import annotations

from datetime import date

from fupin_desktop.cli.common import open_db, print_json
from fupin_desktop.errors import UserFacingError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserFacingError(f"日期“{text}”应写成 2026-03-01 的样子", f"invalid date {text!r} (YYYY-MM-DD)") from None


def register(subparsers) -> None:
    p = subparsers.add_parser("audit", help="操作记录 (audit log: who changed, printed, exported or synced what)")
    p.add_argument("--since", metavar="DATE", help="从此日起 (from this day, YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="到此日止 (to this day inclusive, YYYY-MM-DD)")
    p.add_argument("--user", default="", help="只看此操作人 (only this user)")
    p.add_argument("--limit", type=int, default=5000, help="最多条数 (at most this many, newest first)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit)


def cmd_audit(args) -> int:
    from fupin_desktop.services.audit.log import AuditFilter, list_events

    filt = AuditFilter(user=args.user, since=_day(args.since) if args.since else None,
                       until=_day(args.until) if args.until else None, limit=args.limit)
    lines = list_events(open_db(args, create=False), filt)
    if args.json:
        print_json([line.as_dict() for line in lines])
        return 0
    for line in lines:
        who = f"{line.user}（{line.device_label}）" if line.user else line.device_label
        print("\t".join((line.at.replace("T", " "), who, line.action_label, line.object_label, line.detail)))
    print(f"共 {len(lines)} 条记录")
    return 0
