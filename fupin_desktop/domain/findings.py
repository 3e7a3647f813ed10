"""What every rule returns: a finding with an id, a severity and a Chinese message that says what to fix."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    rule: str  # stable id, e.g. "member.labour_vs_age"
    severity: Severity  # error blocks saving/confirming; warning does not
    message: str  # Chinese, says what to fix
    household_id: Optional[str] = None
    member_id: Optional[str] = None
    measure_id: Optional[str] = None
    field: Optional[str] = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def as_dict(self) -> dict:
        # Flat fields only: read __dict__ directly (dataclasses.asdict deep-copies, 10x slower at county scale).
        return {k: v for k, v in self.__dict__.items() if v is not None}


def has_errors(findings) -> bool:
    return any(f.is_error for f in findings)
