"""`python -m fupin_desktop.cli` runs the `fupin` command."""

from fupin_desktop.cli import main

raise SystemExit(main())
