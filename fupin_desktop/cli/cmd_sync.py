"""fupin keys | export | import | backup | restore | conflicts | duplicates | packages."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path

from fupin_desktop.cli.common import TerminalProgress, open_db
from fupin_desktop.cli.common import print_json as _print_json
from fupin_desktop.errors import UserFacingError
from fupin_desktop.paths import default_db_path

PASSPHRASE_ENV = "FUPIN_BACKUP_PASSPHRASE"


def print_json(data) -> None:
    _print_json(_plain(data))


def register(subparsers) -> None:
    keys = subparsers.add_parser("keys", help="同步密钥 (sync keys)")
    ks = keys.add_subparsers(dest="keys_command", metavar="ACTION")
    ks.required = True
    p = ks.add_parser("init-county", help="县级：生成县级密钥和托管恢复密钥 (county key pair + escrow key)")
    p.add_argument("--out", required=True, help="托管密钥写入的文件夹（应为单独的介质） (folder for the escrow key)")
    p.add_argument("--label", default="", help="单位名称 (office name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_init_county)
    p = ks.add_parser("show", help="显示本机指纹和信任的密钥 (fingerprints and trusted keys)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_show)
    p = ks.add_parser("request", help="村级：生成加入申请 (join request for the county)")
    p.add_argument("--out", required=True, help="申请文件或文件夹 (request file or folder)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_request)
    p = ks.add_parser("revoke", help="县级：吊销一台电脑的密钥 (revoke a laptop key)")
    p.add_argument("fingerprint")
    p.set_defaults(handler=cmd_keys_revoke)
    p = ks.add_parser("assign", help="县级：重新分配村 (change a laptop's villages)")
    p.add_argument("fingerprint")
    p.add_argument("--village", nargs="+", required=True, metavar="CODE")
    p.set_defaults(handler=cmd_keys_assign)

    p = subparsers.add_parser("export", help="导出同步包 (write a sync package)")
    p.add_argument("--out", required=True, help="包文件或文件夹（如U盘） (package file or folder)")
    p.add_argument("--village", nargs="+", metavar="CODE", help="县级：这些村的电脑 (county: laptops of these villages)")
    p.add_argument("--for", dest="join_request", metavar="REQ", help="县级：加入申请文件（新电脑） (county: join request)")
    p.add_argument("--to", help="县级：接收电脑的设备号或指纹 (county: receiving laptop)")
    p.add_argument("--label", default="",
                   help="县级：新电脑的简称，如“甲村1号”，不写人名 (county: short name for the new laptop, no personal names)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("import", help="导入同步包 (import a sync package)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="只预览，不改动数据 (preview only)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--accept-clock-skew", action="store_true", help="接受时钟明显超前的包 (accept a future clock)")
    p.add_argument("--identity", action="append", default=[], metavar="FILE",
                   help="另用的私钥文件，如托管密钥 (extra identity file, e.g. the escrow key)")
    p.add_argument("--receipt", metavar="DIR", help="县级：把回执写到此文件夹（如U盘） (county: write a receipt)")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("receipt", help="村级：查看县里开具的回执 (show a county receipt)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_receipt)

    p = subparsers.add_parser("backup", help="加密备份 (encrypted backup)")
    p.add_argument("--out", help="备份文件或文件夹（如U盘） (backup file or folder)")
    p.add_argument("--passphrase", action="store_true", help=f"用口令加密（或设 {PASSPHRASE_ENV}） (seal to a passphrase)")
    p.add_argument("--daily", action="store_true", help="只做本机每日轮换备份 (today's rotating local copy)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("restore", help="从备份恢复 (restore from a backup)")
    p.add_argument("file")
    p.add_argument("--identity", action="append", default=[], metavar="FILE",
                   help="解密用的私钥文件（托管密钥或县级密钥） (identity file: escrow or county key)")
    p.add_argument("--passphrase", action="store_true", help=f"备份用口令加密（或设 {PASSPHRASE_ENV}）")
    p.add_argument("--dry-run", action="store_true", help="只显示备份内容 (only show what it holds)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser("conflicts", help="同步冲突 (sync conflicts)")
    p.add_argument("--all", action="store_true", help="包括已处理的 (include resolved)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--resolve", metavar="ID", help="处理一条冲突 (decide one conflict)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--keep", choices=["winner", "loser"], help="保留暂定值或另一方的值")
    group.add_argument("--value", help="改为新值 (a new value)")
    p.set_defaults(handler=cmd_conflicts)

    p = subparsers.add_parser("duplicates", help="疑似重复人员（同一证件号） (possible duplicates)")
    p.add_argument("--village", nargs="+", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates)

    p = subparsers.add_parser("packages", help="同步包收发记录 (package history)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_packages)


def _plain(obj):
    """Dataclasses, paths and containers as JSON-ready values."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {k: _plain(v) for k, v in asdict(obj).items()}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    return obj


def _out_path(text: str) -> Path:
    """--out as given; a trailing slash means a folder (made if missing)."""
    path = Path(text)
    if text.endswith(("/", os.sep)):
        path.mkdir(parents=True, exist_ok=True)
    return path


def _svc():
    from fupin_desktop.services.sync import facade as sync

    return sync


# --- keys -----------------------------------------------------------------------------------

def cmd_keys_init_county(args) -> int:
    result = _svc().init_county(open_db(args), _out_path(args.out), args.label)
    if args.json:
        print_json(result)
    else:
        print(f"县级密钥指纹：{result.county_fingerprint}")
        print(f"托管密钥指纹：{result.escrow_fingerprint}")
        print(f"托管恢复密钥已写入 {result.escrow_file}：请打印或存到单独的介质，离线保管，不要留在本机。")
    return 0


def cmd_keys_show(args) -> int:
    ov = _svc().keys_overview(open_db(args))
    if args.json:
        print_json({"device_id": ov.device_id, "fingerprint": ov.fingerprint, "role": ov.role,
                    "is_county": ov.is_county, "enrolled": ov.enrolled, "county": ov.county,
                    "escrow": ov.escrow, "laptops": ov.laptops})
        return 0
    print(f"本机设备号：{ov.device_id}")
    print(f"本机指纹：  {ov.fingerprint}")
    if ov.is_county:
        print("角色：县级（本机密钥即县级密钥）")
    elif ov.enrolled:
        print(f"已加入县级：{ov.county.label}　县级指纹 {ov.county.fingerprint}　分配的村 {'、'.join(ov.villages)}")
    else:
        print("尚未加入县级：用 fupin keys request --out 文件 生成加入申请交给县里。")
    for k in ov.escrow:
        print(f"托管密钥：{k.fingerprint}{'（已吊销）' if k.revoked else ''}")
    for k in ov.laptops:
        state = "已吊销" if k.revoked else "有效"
        print(f"村级电脑：{k.fingerprint}　{k.label}　村 {'、'.join(k.villages)}　设备 {k.device_id}　{state}")
    return 0


def cmd_keys_request(args) -> int:
    result = _svc().write_join_request(open_db(args), _out_path(args.out))
    if args.json:
        print_json(result)
    else:
        print(f"加入申请已写入 {result.path}")
        print(f"本机指纹：{result.fingerprint}（请与县里屏幕上显示的指纹当面核对）")
    return 0


def cmd_keys_revoke(args) -> int:
    info = _svc().revoke_key(open_db(args), args.fingerprint)
    print(f"已吊销 {info.fingerprint}（{info.label}）：此后它的同步包将被拒绝。")
    return 0


def cmd_keys_assign(args) -> int:
    _svc().assign_villages(open_db(args), args.fingerprint, args.village)
    print(f"已把村 {'、'.join(args.village)} 分配给 {args.fingerprint}；下一个发给它的包会包含这些村的全部数据。")
    return 0


# --- export / import ------------------------------------------------------------------------

def cmd_export(args) -> int:
    progress = TerminalProgress("导出")
    results = _svc().export(open_db(args), _out_path(args.out), villages=args.village,
                            join_request=Path(args.join_request) if args.join_request else None,
                            to=args.to, progress=progress, laptop_label=args.label)
    progress.finish()
    if args.json:
        print_json([r.as_dict() for r in results])
        return 0
    for r in results:
        kind = "加入设置包" if r.kind == "enrolment" else "同步包"
        print(f"已写入{kind} {r.path}：{r.records} 条记录，{r.size} 字节。已校验，可以安全拔出。")
        print(f"  接收方：{r.peer_label}（指纹 {r.peer_fingerprint}）　本机指纹 {r.my_fingerprint}")
    return 0


def _counts_line(r) -> str:
    return (f"新增 {r.new}，修改 {r.changed}，未变 {r.unchanged}，删除 {r.deleted}，"
            f"冲突 {r.conflicts}，疑似重复 {r.duplicates}")


def cmd_import(args) -> int:
    progress = TerminalProgress("导入")
    db = open_db(args)
    report = _svc().import_file(db, Path(args.file), dry_run=args.dry_run, progress=progress,
                                accept_clock_skew=args.accept_clock_skew,
                                identity_files=[Path(p) for p in args.identity])
    progress.finish()
    receipt = None
    if args.receipt and report.status != "dry_run":
        receipt = _svc().write_receipt(db, report, _out_path(args.receipt))
    if args.json:
        print_json(report.as_dict())
        return 0
    if report.status == "already_imported":
        print(f"此同步包已于 {report.imported_at} 导入过，本次未做任何改动。")
        return 0
    head = "预览（未改动数据）" if report.status == "dry_run" else "已导入"
    print(f"{head}：来自 {report.sender_label}（{report.created_at} 导出）的{report.records} 条记录：{_counts_line(report)}。")
    for line in report.changes:
        print(f"  {line.text}")
    if report.changes_more:
        print(f"  ……另有 {report.changes_more} 处改动未列出")
    if report.first_contact:
        print(f"县级密钥指纹：{report.sender_fingerprint} —— 请与县里当面核对后再使用。")
    if report.backup_path:
        print(f"导入前已自动备份：{report.backup_path}")
    if report.conflicts:
        print("有冲突：已暂按时间较晚的一方处理，另一方的值已保留，请在县级“冲突处理”中确认。", file=sys.stderr)
    if receipt:
        print(f"回执已写入 {receipt}")
    return 0


def cmd_receipt(args) -> int:
    db = open_db(args, create=False)
    r = _svc().read_receipt(db, Path(args.file))
    if args.json:
        print_json(r.as_dict())
    else:
        print(_receipt_line(db, r))
    return 0


def _receipt_line(db, r) -> str:
    """The package as the cadre knows it (like 同步 › 查看县里的回执): when this computer made it, which of
    its packages, for which villages; the package id only under --json."""
    sent = _svc().sent_package(db, r.package_id)
    if sent is None:
        package = "一个不在本机发送记录中的同步包（可能是另一台电脑导出的，或在本机恢复备份之前导出的）"
    else:
        here = f"本机（{sent.computer}）" if sent.computer else "本机"
        package = (f"{here}{_when(sent.made_at)} 导出的第 {sent.number} 个同步包"
                   f"（{'、'.join(sent.villages) or '—'}）")
    county = r.receiver_label or "县级"
    if r.status == "already_imported":
        return f"县里（{county}）{_when(r.imported_at)} 收到了{package}：这个包之前已经导入过，这次没有改动任何数据。"
    return (f"县里（{county}）已于 {_when(r.imported_at)} 导入了{package}：共 {r.records} 条记录，新增 {r.new}，"
            f"修改 {r.changed}，未变 {r.unchanged}，删除 {r.deleted}，冲突 {r.conflicts}，疑似重复 {r.duplicates}。")


def _when(iso: str) -> str:
    return iso.replace("T", " ")[:16]


# --- backups --------------------------------------------------------------------------------

def _passphrase(confirm: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserFacingError(f"需要口令：请在终端输入，或设置环境变量 {PASSPHRASE_ENV}", "passphrase needed")
    first = getpass.getpass("备份口令: ")
    if confirm and getpass.getpass("再输入一次: ") != first:
        raise UserFacingError("两次输入的口令不一致", "passphrases differ")
    if len(first) < 8:
        raise UserFacingError("口令至少 8 个字符", "passphrase must have at least 8 characters")
    return first


def cmd_backup(args) -> int:
    svc = _svc()
    db = open_db(args, create=False)
    if args.daily:
        path = svc.daily_backup(db)
        print(f"已做今日备份：{path}" if path else "今天已经备份过。")
        return 0
    if not args.out:
        raise UserFacingError("请用 --out 指定备份文件或文件夹", "--out is required")
    result = svc.make_backup(db, _out_path(args.out), _passphrase(True) if args.passphrase else None,
                             progress=TerminalProgress("备份"))
    if args.json:
        print_json({"path": str(result.path), "size": result.size, "sha256": result.sha256, **result.info.as_dict()})
    else:
        print(f"已写入加密备份 {result.path}（{result.size} 字节）。已校验，可以安全拔出。")
    return 0


def cmd_restore(args) -> int:
    svc = _svc()
    db_path = default_db_path(getattr(args, "db", None))
    passphrase = _passphrase(False) if args.passphrase else None
    identities = [Path(p) for p in args.identity]
    info = svc.inspect_backup(db_path, Path(args.file), identities, passphrase)
    from fupin_desktop.sync.conflicts import table_label

    counts = "，".join(f"{table_label(k)} {v}" for k, v in info.counts.items() if v)
    if args.dry_run:
        if args.json:
            print_json(info.as_dict())
        else:
            made_by = info.device_label or "另一台电脑（备份里没有记下名称）"
            print(f"备份时间 {info.created_at.replace('T', ' ')}，备份的电脑 {made_by}，结构版本 {info.schema_version}：{counts}")
        return 0
    result = svc.restore_backup(db_path, Path(args.file), identities, passphrase)
    if args.json:
        print_json({"db_path": str(result.db_path), "previous_copy": str(result.previous_copy or ""),
                    "new_device_id": result.new_device_id, **result.info.as_dict()})
    else:
        print(f"已从 {info.created_at} 的备份恢复到 {result.db_path}：{counts}")
        if result.previous_copy:
            print(f"恢复前的数据已备份到 {result.previous_copy}")
    return 0


# --- review lists ---------------------------------------------------------------------------

def cmd_conflicts(args) -> int:
    svc = _svc()
    db = open_db(args, create=False)
    if args.resolve:
        if args.keep is None and args.value is None:
            raise UserFacingError("请用 --keep winner|loser 或 --value 新值 指定处理结果", "give --keep or --value")
        choice = args.keep or svc.NEW_VALUE
        view = svc.resolve_conflict(db, args.resolve, choice, args.value)
        print(f"已处理：{view.record_label} 的{view.field_label}定为 {view.current_display}（将随下一个包发回各村）")
        return 0
    views = svc.list_conflicts(db, include_resolved=args.all)
    if args.json:
        print_json(views)
        return 0
    for v in views:
        state = "已处理" if v.resolved else "待处理"
        done = f"：{svc.resolution_text(v)}" if v.resolved else ""
        print(f"[{state}] {v.id[:12]} {v.record_label} · {v.field_label}：暂定 {v.winner.display}"
              f"（{svc.side_source(v.winner)} {v.winner.when}） / 另一方 {v.loser.display}"
              f"（{svc.side_source(v.loser)} {v.loser.when}）{done}")
    print(f"共 {len(views)} 条。", file=sys.stderr)
    return 0


def cmd_duplicates(args) -> int:
    groups = _svc().possible_duplicates(open_db(args, create=False), args.village)
    if args.json:
        print_json(groups)
        return 0
    for g in groups:
        print(f"{g.masked}：" + "；".join(f"{m.village_name} {m.head_name}户 {m.name}" for m in g.members))
    print(f"共 {len(groups)} 组疑似重复。", file=sys.stderr)
    return 0


def cmd_packages(args) -> int:
    entries = _svc().package_history(open_db(args, create=False))
    if args.json:
        print_json(entries)
        return 0
    for e in entries:
        arrow = "发出→" if e.direction == "exported" else "收到←"
        print(f"{_when(e.at)}\t{arrow} {e.peer_label}\t{e.record_count} 条\t{e.file_name}")
    return 0
