"""The 同步 menu and its dialogs: export/import packages, conflict review, duplicates, package
history, keys and enrolment, backups. The main window only calls :func:`install_sync_actions`."""


def install_sync_actions(main_window, db, **kwargs):
    from fupin_desktop.gui.sync.actions import SyncActions

    actions = SyncActions(main_window, db, **kwargs)
    if hasattr(main_window, "reload"):
        actions.data_changed.connect(main_window.reload)
    return actions
