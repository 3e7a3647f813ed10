"""Writing files to a USB stick so that "safe to remove" is true when we say it.

Write to ``<name>.partial``, flush and fsync, rename into place, fsync the folder, drop the
file from the page cache where the OS allows, re-read it and compare SHA-256.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from fupin_desktop.store.medium import medium_problem, remove_stale_partials
from fupin_desktop.sync.errors import Cancelled, WriteFailed, os_reason

Progress = Callable[[int, int], bool]
CHUNK = 4 * 1024 * 1024


@dataclass
class WrittenFile:
    path: Path
    size: int
    sha256: str


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _drop_cache(fd: int) -> None:
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        _drop_cache(fh.fileno())
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def write_verified(path: Path, pieces: Iterable[bytes], progress: Progress | None = None,
                   total: int = 0) -> WrittenFile:
    """Write ``pieces`` to ``path`` via a .partial file and verify what landed on the medium."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    digest = hashlib.sha256()
    size = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(path.parent)  # left by an interrupted earlier write
        with open(partial, "wb") as fh:
            for piece in pieces:
                view = memoryview(piece)
                for start in range(0, len(view), CHUNK):
                    block = view[start:start + CHUNK]
                    fh.write(block)
                    digest.update(block)
                    size += len(block)
                    if progress and not progress(size, total or size):
                        raise Cancelled()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
        _fsync_dir(path.parent)
        expected = digest.hexdigest()
        if sha256_file(path) != expected:
            path.unlink(missing_ok=True)
            raise WriteFailed(
                f"写入后校验失败：{path} 与写入的内容不一致。U盘可能有问题，请换一个U盘重试",
                "read-back SHA-256 differs from what was written",
            )
    except OSError as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        problem = medium_problem(exc, path)
        if problem is not None:
            raise WriteFailed(problem.zh, problem.en, code="medium") from exc
        zh, en = os_reason(exc)
        raise WriteFailed(f"写入失败：{path}（{zh}）。U盘可能已满或被拔出", f"write failed: {en}",
                          detail=str(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return WrittenFile(path, size, expected)
