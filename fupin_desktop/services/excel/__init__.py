"""Use cases over Excel files: the roster import (preview, then one transaction) and the exports
a clerk hands on (register, plans, ledger, rectification, exit). File formats live in io/."""
