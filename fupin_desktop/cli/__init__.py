"""The `fupin` command: the headless twin of the GUI, on the same services, without Qt.

Each command group lives in ``cmd_<name>.py`` with ``register(subparsers)``; list it in
COMMAND_MODULES. Errors print one line on stderr (Chinese, then the English gist), exit non-zero,
and the traceback goes to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from fupin_desktop import __version__
from fupin_desktop.errors import UserFacingError
from fupin_desktop.store.driver_errors import driver_message, named_database_error

COMMAND_MODULES = [
    "cmd_basic",
    "cmd_county",
    "cmd_sync",
    "cmd_sync_status",
    "cmd_print",
    "cmd_plan",
    "cmd_register",
    "cmd_audit",
]

log = logging.getLogger("fupin.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fupin", description="扶贫帮扶 命令行 (fupin-desktop CLI)")
    parser.add_argument("--db", help="数据库文件 (database file); default: $FUPIN_DB or the per-user data dir")
    parser.add_argument("--version", action="version", version=f"fupin-desktop {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"fupin_desktop.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        from fupin_desktop.logging_setup import setup_logging

        log_path = setup_logging("cli")
    except Exception:  # logging must never stop the command
        log_path = None
    try:
        result = args.handler(args)
        sys.stdout.flush()  # inside the try: a reader that went away (`fupin packages | head`) is not an error
        return int(result or 0)
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except UserFacingError as exc:
        log.info("command failed: %s", exc, exc_info=True)
        print(f"错误: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消 (cancelled)", file=sys.stderr)
        return 130
    except Exception as exc:  # unexpected: one line for the user, the traceback in the log
        from fupin_desktop.store.medium import medium_problem

        if isinstance(exc, OSError) and medium_problem(exc, exc.filename or "") is not None:
            # A write-protected or full stick that a writer did not name itself: still one clear line.
            log.info("command failed: %s", exc, exc_info=True)
            print(f"错误: {medium_problem(exc, exc.filename or '')}", file=sys.stderr)
            return 1
        named = named_database_error(exc)
        if named is not None:  # full disk, read-only stick: nothing unexpected about it
            log.info("command failed: %s", named, exc_info=True)
            print(f"错误: {named}", file=sys.stderr)
            return 1
        log.exception("unexpected error in %s", args.command)
        where = f"；详情见日志 {log_path}" if log_path else ""
        # The driver's message only: SQLAlchemy's own text quotes the statement (names, ID numbers).
        print(f"错误: 意外故障{where} (unexpected error: {driver_message(exc)})", file=sys.stderr)
        return 2
    finally:
        from fupin_desktop.cli.common import close_opened

        close_opened()


def _silence_stdout() -> None:
    """The reader of our output closed the pipe: stop quietly. Point stdout at devnull so the
    interpreter's final flush does not print "Exception ignored ... BrokenPipeError" either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout without a file descriptor (tests)
        pass


if __name__ == "__main__":
    raise SystemExit(main())
