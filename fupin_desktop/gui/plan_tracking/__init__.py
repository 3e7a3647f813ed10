"""Tracking a confirmed plan: measure progress, the fund ledger, visits, and the village's overdue list.

The main window calls :func:`install_plan_actions` (the 帮扶 menu), or opens the widgets directly.
"""

from fupin_desktop.gui.plan_tracking.actions import PlanActions, install_plan_actions
from fupin_desktop.gui.plan_tracking.overdue_view import OverdueListWidget
from fupin_desktop.gui.plan_tracking.tracking_view import PlanTrackingWidget, load_tracking

__all__ = ["OverdueListWidget", "PlanActions", "PlanTrackingWidget", "install_plan_actions", "load_tracking"]
