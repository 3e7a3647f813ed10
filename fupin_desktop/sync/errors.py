"""Every way a sync package or backup can be refused, each with its own code and message.

All are UserFacingError: ``str(err)`` is one line, Chinese first, then the English gist. The
``code`` lets tests and the GUI tell the cases apart without parsing text.
"""

from __future__ import annotations

from fupin_desktop.store.errors import UserFacingError


class SyncError(UserFacingError):
    code = "sync_error"

    def __init__(self, zh: str, en: str = "", code: str | None = None):
        super().__init__(zh, en)
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
