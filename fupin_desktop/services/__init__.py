"""Use cases the GUI and the CLI call, one package per area (README, Layout); they return plain objects.

register/, plans/, county/, printing/, audit/, sync/, excel/, setup/: each package's docstring says what it holds."""
