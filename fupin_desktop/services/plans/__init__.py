"""N+2 assistance plans: the plan lifecycle (draft, confirm, print, sign), the plain objects
it hands out, and tracking (measure status, fund ledger, visits, overdue list)."""
