"""fupin sync status: the county's 同步状态 board (which laptop sent what, and when; who is silent)."""

from __future__ import annotations

import unicodedata

from fupin_desktop.cli.common import open_db, print_json


def register(subparsers) -> None:
    sync = subparsers.add_parser("sync", help="同步状态 (sync status board)")
    ss = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    ss.required = True
    p = ss.add_parser("status", help="县级：各村级电脑最近一次上报及逾期情况 (last package per laptop, overdue ones)")
    p.add_argument("--days", type=int, metavar="N",
                   help="超过 N 天未上报视为逾期；默认用设置中的天数 (overdue after N days; default: the setting)")
    p.add_argument("--save", action="store_true", help="把 --days 保存为设置 (keep --days as the setting)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync_status)


STATE_TEXT = {
    "ok": "正常",
    "overdue": "逾期未上报",
    "never_sent": "加入后未上报",
    "never_sent_overdue": "加入后从未上报（已逾期）",
    "revoked": "已吊销",
    "no_laptop": "无村级电脑",
}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


NUMBER_COLUMNS = (3, 5, 6, 7, 8, 9)  # 未上报天数 and the counts, right-aligned


def table_rows(status) -> list[list[str]]:
    head = ["电脑", "村", "状态", "未上报天数", "最近上报", "记录数", "新增", "修改", "删除", "冲突", "文件"]
    rows = [head]
    for r in status.rows:
        last = r.last
        counts = [f"{n:,}" for n in (last.records, last.new, last.changed, last.deleted, last.conflicts)] if last \
            else [""] * 5
        rows.append([
            r.laptop or "—", "、".join(v.name for v in r.villages) or "—", STATE_TEXT[r.state],
            "" if r.days_silent is None else f"{r.days_silent} 天",
            last.at.replace("T", " ")[:16] if last else ("从未" if r.laptop else ""),
            *counts, last.file_name if last else "",
        ])
    return rows


def cmd_sync_status(args) -> int:
    from fupin_desktop.errors import UserFacingError
    from fupin_desktop.services.setup.settings import ROLE_COUNTY, role
    from fupin_desktop.services.sync import status as svc

    db = open_db(args, create=False)
    if role(db) != ROLE_COUNTY:  # a laptop enrols no other laptops: its board would list only gaps
        raise UserFacingError("同步状态只在县级使用（本机是村级电脑）", "sync status is for the county office")
    if args.save:
        if args.days is None:
            raise UserFacingError("--save 需要与 --days N 一起使用", "--save needs --days N")
        svc.set_overdue_days(db, args.days)
    status = svc.sync_status(db, args.days)
    if args.json:
        print_json(status.as_dict())
        return 0
    rows = table_rows(status)
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(_pad(cell, w, i in NUMBER_COLUMNS) for i, (cell, w) in enumerate(zip(row, widths))).rstrip())
    laptops = sum(1 for r in status.rows if r.laptop and not r.revoked)
    print(f"共 {laptops} 台村级电脑；超过 {status.days} 天未上报的 {status.overdue_count} 台。")
    return 0
