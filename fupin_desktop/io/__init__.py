"""File formats only: reading roster workbooks (headers, rows, values, limits, aliases) and writing .xlsx sheets.

No database, no use case, no Qt (tests/unit/test_import_rules.py); the use cases over these files are services/excel."""
