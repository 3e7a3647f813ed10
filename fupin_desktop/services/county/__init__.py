"""The county office's work: targets and progress, the attention marks, village and household
exit assessment, and the rectification list (整改清单)."""
