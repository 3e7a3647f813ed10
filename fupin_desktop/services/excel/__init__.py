"""Use cases over Excel files: the roster import (preview, then one transaction; `roster_formats` hands the GUI and
CLI the io/ formats they need) and the exports a clerk hands on (register, plans, ledger, rectification, exit)."""
