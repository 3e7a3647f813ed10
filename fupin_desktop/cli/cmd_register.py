"""fupin search TEXT | fupin reindex — the register's search, headless (same index as the GUI)."""

from __future__ import annotations

from fupin_desktop.cli.common import TerminalProgress, open_db, print_json
from fupin_desktop.errors import UserFacingError


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "search", help="查找农户：姓名、拼音或首字母、证件号后4-6位、电话或户编号末几位 (find households)")
    p.add_argument("text", help="例如 zs、zhangsan、张三、1234")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--deleted", action="store_true", help="也查回收站中的农户 (include deleted households)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("reindex", help="重建搜索索引 (rebuild the search index)")
    p.set_defaults(handler=cmd_reindex)


def cmd_search(args) -> int:
    from fupin_desktop.services.register.search import search

    result = search(open_db(args, create=False), args.text, limit=args.limit, include_deleted=args.deleted)
    if result.hint:
        raise UserFacingError(result.hint, "the search text cannot be used (see the Chinese hint)")
    if args.json:
        print_json({"hits": [hit.__dict__ for hit in result.hits], "truncated": result.truncated})
        return 0
    for hit in result.hits:
        print(f"{hit.village_name}\t{hit.group_name}\t{hit.household_no}\t{hit.head_name}\t{hit.household_id}")
    more = "（还有更多，请用 --limit 或更长的关键词）" if result.truncated else ""
    print(f"共 {len(result.hits)} 户{more}")
    return 0


def cmd_reindex(args) -> int:
    from fupin_desktop.services.register.search import rebuild_search_index

    progress = TerminalProgress("重建搜索索引")
    done = rebuild_search_index(open_db(args, create=False), progress)
    progress.finish()
    print(f"已重建搜索索引：{done} 户")
    return 0
