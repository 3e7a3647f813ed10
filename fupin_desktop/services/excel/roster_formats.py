"""The roster's file formats as the GUI and the CLI use them, re-exported from io/ (they import no io/ module).

The header catalogue, the clerk's remembered column mappings and value decisions (files in the data
folder), the first rows of a sheet for the mapping dialog, and the rejected rows written back to Excel.
"""

from __future__ import annotations

from fupin_desktop.io.roster_decisions import (  # noqa: F401
    load_value_decisions,
    merge_decisions,
    remembered_value_decisions,
)
from fupin_desktop.io.roster_headers import (  # noqa: F401
    header_catalogue,
    load_mapping,
    normalize_header,
    remember_mapping,
    remembered_mapping,
    save_mapping,
)
from fupin_desktop.io.roster_reader import first_rows  # noqa: F401
from fupin_desktop.io.roster_rejects import export_rejected  # noqa: F401
from fupin_desktop.io.roster_values import REJECT  # noqa: F401
