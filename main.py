"""Start the GUI (`python main.py`). In the bundle, `fupin-desktop --cli ARGS` runs the `fupin` command,
so one executable (and one copy of the Python archive) serves both."""

import sys

if len(sys.argv) > 1 and sys.argv[1] == "--cli":
    from fupin_desktop.cli import main as cli_main

    raise SystemExit(cli_main(sys.argv[2:]))

from fupin_desktop.gui.app import main  # noqa: E402

raise SystemExit(main())
