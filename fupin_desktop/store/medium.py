"""Writing an output file (package, backup, PDF, Excel) onto a USB stick or any folder.

Two things every writer shares:
- a write-protected or full stick is one clear line ("U盘写保护/已满：…"), never a traceback or
  "意外故障": the OSError of the write becomes a ``MediumProblem`` (a UserFacingError, exit 1);
- an interrupted earlier write leaves ``<name>.partial`` (or ``.<name>.partial``) behind: the next
  write into the same folder removes such leftovers of ours (older than a minute, so a write still
  running beside us is left alone) and names them in the log.
"""

from __future__ import annotations

import errno
import logging
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from fupin_desktop.errors import UserFacingError

log = logging.getLogger(__name__)

PROTECTED = {errno.EROFS, errno.EACCES, errno.EPERM}
FULL = {errno.ENOSPC, errno.EFBIG} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
# Our own unfinished outputs: packages, backups, join requests, receipts, PDFs and workbooks.
OUR_SUFFIXES = (".fpkg.partial", ".fbak.partial", ".json.partial", ".pdf.partial", ".xlsx.partial")
STALE_AFTER_S = 60


class MediumProblem(UserFacingError):
    """The stick (or folder) cannot take the file: write-protected, no permission, or full."""

    code = "medium"


def medium_problem(exc: OSError, path: str | os.PathLike) -> Optional[MediumProblem]:
    """The one-line message for a write-protected or full medium; None for other failures."""
    if exc.errno in PROTECTED:
        return MediumProblem(f"U盘写保护/已满：无法写入 {path}（U盘写保护或没有写入权限）。"
                             "请拨开U盘的写保护开关，或换一个U盘、另选文件夹后重试",
                             f"medium is write-protected: {exc.strerror or exc}")
    if exc.errno in FULL:
        return MediumProblem(f"U盘写保护/已满：{path} 写不下（U盘已满）。请删掉U盘上不用的文件或换一个U盘后重试",
                             f"medium is full: {exc.strerror or exc}")
    return None


def remove_stale_partials(folder: str | os.PathLike, now: Optional[float] = None) -> list[str]:
    """Remove our unfinished files left in ``folder`` by an interrupted write; return their names."""
    folder = Path(folder)
    now = time.time() if now is None else now
    removed: list[str] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.endswith(OUR_SUFFIXES)]
    except OSError:
        return removed
    for p in candidates:
        try:
            if now - p.stat().st_mtime >= STALE_AFTER_S:
                p.unlink()
                removed.append(p.name)
        except OSError:  # read-only stick: the write itself will say so
            continue
    if removed:
        log.info("removed unfinished files of an interrupted write in %s: %s", folder, ", ".join(removed))
    return removed


@contextmanager
def writing(path: str | os.PathLike, partial: Optional[Path] = None) -> Iterator[Path]:
    """Yield the temporary path to write; on success rename it onto ``path``.

    A write-protected or full medium raises MediumProblem; the temporary file never stays behind."""
    path = Path(path)
    tmp = partial or path.with_name(path.name + ".partial")
    remove_stale_partials(path.parent if str(path.parent) else Path("."))
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        problem = medium_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise
    finally:
        try:
            if tmp.exists():
                tmp.unlink()
        except OSError:
            pass
