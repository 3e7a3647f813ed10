"""USB sync for the GUI and the CLI: `facade` (keys, export, import, conflicts, backups over
fupin_desktop.sync) and `status` (each laptop's last package, silent laptops)."""
