"""The register: area tree, household list, summary, household/member/village forms, 回收站, first start.

The main window composes :class:`~fupin_desktop.gui.register.register_view.RegisterView` and the
dialogs; every widget talks to the services in ``fupin_desktop.services`` and gets plain objects back.
"""
