from fupin_desktop.gui.app import main

raise SystemExit(main())
