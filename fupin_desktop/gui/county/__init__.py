"""County-office GUI: progress dashboard, village exit assessment, rectification list, roster import,
Excel exports and the audit view — standalone widgets plus one hook for the main window.

    from fupin_desktop.gui.county import install_county_actions
    county = install_county_actions(main_window, db)   # adds the 县级 menu
"""

from __future__ import annotations


def install_county_actions(main_window, db, **kwargs):
    from fupin_desktop.gui.county.actions import CountyActions

    return CountyActions(main_window, db, **kwargs)
