"""Entry script for the bundled `fupin` command (PyInstaller needs a script file)."""

from fupin_desktop.cli import main

raise SystemExit(main())
