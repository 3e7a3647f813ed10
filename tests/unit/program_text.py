"""The pattern of text a person must never see: program keys, raw JSON, Python reprs, hex ids."""

from __future__ import annotations

import re

# snake_case words, dotted program keys (sync.resolve_conflict), raw JSON, Python reprs of lists,
# and long hex ids (device ids, record ids; digits alone are household and ID numbers).
# File names (plans.xlsx) are not keys.
PROGRAM_TEXT = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b"
                          r"|\b[a-z]+\.(?!(?:xlsx|xls|pdf|fpkg|fbak|csv|json|req|txt|db)\b)[a-z_]+\b"
                          r"|\{\"|\['|\b(?=[0-9]*[a-f])[0-9a-f]{12,}\b")
