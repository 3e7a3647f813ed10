"""The N+2 plan wizard. The main window calls :func:`open_plan_wizard` (parent, db, household id)."""

from fupin_desktop.gui.plan_wizard.wizard import PlanWizard, load_wizard_context, open_plan_wizard

__all__ = ["PlanWizard", "load_wizard_context", "open_plan_wizard"]
