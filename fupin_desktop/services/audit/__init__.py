"""The audit trail: `record` writes one event per save, print, export and import; `log` reads and
exports them; `labels` words them in plain Chinese."""
