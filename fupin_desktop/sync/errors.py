"""Every way a sync package or backup can be refused, each with its own code and message.

All are UserFacingError: ``str(err)`` is one line, Chinese first, then the English gist (then the
technical detail, for the log). Neither ``zh`` nor ``en`` holds program text (exception texts, table or
column names, record ids, key fingerprints): those go in ``detail``. The
``code`` lets tests and the GUI tell the cases apart without parsing text.
"""

from __future__ import annotations

from fupin_desktop.errors import UserFacingError


class SyncError(UserFacingError):
    code = "sync_error"

    def __init__(self, zh: str, en: str = "", code: str | None = None, detail: str = ""):
        super().__init__(zh, en, detail)
        if code:
            self.code = code


class IncompleteCopy(SyncError):
    code = "incomplete"


class Damaged(SyncError):
    code = "damaged"


class NotAPackage(SyncError):
    code = "not_a_package"


class NotForUs(SyncError):
    code = "not_for_us"


class WrongKey(SyncError):
    code = "wrong_key"


class UnsafeContent(SyncError):
    """Zip structure a well-behaved writer never produces (traversal, duplicates, bombs, extras)."""

    code = "unsafe_content"


class BadSignature(SyncError):
    code = "bad_signature"


class UnknownSigner(SyncError):
    code = "unknown_signer"


class RevokedSigner(SyncError):
    code = "revoked_signer"


class PartMismatch(SyncError):
    code = "part_mismatch"


class InvalidRow(SyncError):
    code = "invalid_row"


class TooNew(SyncError):
    code = "too_new"


class ClockSkew(SyncError):
    code = "clock_skew"


class OutOfScope(SyncError):
    code = "out_of_scope"


class IntegrityProblem(SyncError):
    code = "integrity"


class KeyProblem(SyncError):
    code = "keys"


class WriteFailed(SyncError):
    code = "write_failed"


class Cancelled(SyncError):
    code = "cancelled"

    def __init__(self):
        super().__init__("已取消，数据未改动", "cancelled; nothing was changed")


# An operating-system error as the person reads it (Chinese, English); the system's own words
# ("[Errno 5] Input/output error") go to the error's detail, for the log.
_OS_REASONS = (
    ({"EACCES", "EPERM"}, "没有权限", "no permission"),
    ({"ENOENT"}, "文件不存在", "the file does not exist"),
    ({"EIO"}, "磁盘读写出错（U盘被拔出或损坏？）", "disk I/O error (stick removed or failing?)"),
    ({"ENOSPC", "EDQUOT", "EFBIG"}, "磁盘已满", "the disk is full"),
    ({"EROFS"}, "磁盘是只读的（U盘写保护？）", "the disk is read-only (write-protected stick?)"),
)


def os_reason(exc: BaseException | None) -> tuple[str, str]:
    """(Chinese, English) words for an OSError's cause; a general phrase for any other."""
    import errno

    name = errno.errorcode.get(getattr(exc, "errno", None) or -1, "")
    for names, zh, en in _OS_REASONS:
        if name in names:
            return zh, en
    return "磁盘或文件系统出错", "disk or file system error"
