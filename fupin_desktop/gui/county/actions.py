"""The 县级 menu: opens the county views and runs roster import and Excel exports.

The main window only calls :func:`install_county_actions`. Views open in the main window when it
offers ``show_view(widget, title)`` (a tab or the central area, the main window's choice), else
each in its own window; an open view is raised instead of opened twice.
"""

from __future__ import annotations

import logging
from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_save_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import QAction, QMessageBox, QObject, Qt, QVBoxLayout, QWidget, Signal

log = logging.getLogger(__name__)


class CountyActions(QObject):
    """Owns the 县级 menu and the windows it opened."""

    data_changed = Signal()  # after a roster import

    def __init__(self, main_window, db, runner: Callable = run_in_background, menu_title: Optional[str] = None):
        super().__init__(main_window)
        self.main_window = main_window
        self.db = db
        self.runner = runner
        self.views: dict[str, QWidget] = {}
        self.menu = main_window.menuBar().addMenu(menu_title or self.tr("县级(&C)"))
        self.menu.setObjectName("countyMenu")
        self.actions: dict[str, QAction] = {}
        self._add("dashboard", self.tr("目标与进度(&P)"), lambda: self.open_view("dashboard"), "Ctrl+Shift+P")
        self._add("exit", self.tr("贫困村退出评估(&E)"), lambda: self.open_view("exit"))
        self._add("rectification", self.tr("整改清单(&R)"), lambda: self.open_view("rectification"))
        self.menu.addSeparator()
        self._add("import", self.tr("导入花名册(&I)…"), self.import_roster)
        export = self.menu.addMenu(self.tr("导出 Excel(&X)"))
        # Each with a key, as every other menu item has (县级 › 导出 Excel could only be reached with arrows).
        for what, text in (("register", self.tr("农户花名册(&H)…")), ("plans", self.tr("帮扶计划（五对）(&P)…")),
                           ("ledger", self.tr("资金台账(&L)…")), ("rectification", self.tr("整改清单(&R)…"))):
            action = QAction(text, self)
            action.setObjectName(f"export_{what}")
            action.triggered.connect(lambda _=False, w=what: self.export_xlsx(w))
            export.addAction(action)
            self.actions[f"export_{what}"] = action
        self.menu.addSeparator()
        self._add("audit", self.tr("操作记录(&A)"), lambda: self.open_view("audit"))
        # The views already open follow what an import brought (a roster, a package, a conflict decided):
        # a clerk went back to 目标与进度 by its tab and read the figures of before.
        self.data_changed.connect(self.refresh_views)
        sync = getattr(main_window, "sync_actions", None)
        if sync is not None:
            sync.data_changed.connect(self.refresh_views)

    def refresh_views(self) -> None:
        for view in self.views.values():
            if hasattr(view, "refresh"):
                view.refresh()

    def _add(self, key: str, text: str, slot, shortcut: str = "") -> None:
        action = QAction(text, self)
        action.setObjectName(f"county_{key}")
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # the flag is no path (导入花名册 took it for one)
        self.menu.addAction(action)
        self.actions[key] = action

    # --- views ----------------------------------------------------------------------------
    def _make(self, key: str) -> tuple[QWidget, str]:
        if key == "dashboard":
            from fupin_desktop.gui.county.dashboard import DashboardWidget

            widget = DashboardWidget(self.db, runner=self.runner)
            if hasattr(self.main_window, "open_household"):
                widget.household_activated.connect(self.main_window.open_household)
            return widget, self.tr("目标与进度")
        if key == "exit":
            from fupin_desktop.gui.county.exit_view import ExitAssessmentWidget

            return ExitAssessmentWidget(self.db, runner=self.runner), self.tr("贫困村退出评估")
        if key == "rectification":
            from fupin_desktop.gui.county.rectification_view import RectificationWidget

            return RectificationWidget(self.db, runner=self.runner), self.tr("整改清单")
        if key == "audit":
            from fupin_desktop.gui.county.audit_view import AuditWidget

            return AuditWidget(self.db, runner=self.runner), self.tr("操作记录")
        raise KeyError(key)

    def open_view(self, key: str) -> QWidget:
        existing = self.views.get(key)
        if existing is not None:
            window = existing.window()
            if hasattr(self.main_window, "show_view"):
                self.main_window.show_view(existing, existing.windowTitle())
            else:
                window.show()
                window.raise_()
                window.activateWindow()
            if hasattr(existing, "refresh"):
                existing.refresh()
            return existing
        widget, title = self._make(key)
        widget.setWindowTitle(title)
        self.views[key] = widget
        if hasattr(self.main_window, "show_view"):
            self.main_window.show_view(widget, title)
        else:
            holder = QWidget(self.main_window, Qt.WindowType.Window)
            holder.setObjectName(f"countyWindow_{key}")
            holder.setWindowTitle(title)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widget)
            holder.resize(1100, 720)
            holder.show()
        return widget

    # --- import / export ------------------------------------------------------------------
    def import_roster(self, path: Optional[str] = None):
        from fupin_desktop.gui.roster_import_flow import run_roster_import  # shared with the village role

        return run_roster_import(self.main_window, self.db, path, runner=self.runner,
                                 on_imported=lambda _r: self._after_import())

    def _after_import(self) -> None:
        self.data_changed.emit()
        if hasattr(self.main_window, "refresh"):
            self.main_window.refresh()

    def export_xlsx(self, what: str, path: Optional[str] = None) -> None:
        from fupin_desktop.services.excel.exports import export

        names = {"register": self.tr("农户花名册"), "plans": self.tr("帮扶计划"), "ledger": self.tr("资金台账"),
                 "rectification": self.tr("整改清单")}
        if path is None:
            path, _ = get_save_file_name(self.main_window, self.tr("导出 Excel"), f"{names[what]}.xlsx",
                                         self.tr("Excel 文件 (*.xlsx)"))
            if not path:
                return
        db = self.db
        self._status(self.tr("正在导出{what}……").format(what=names[what]))
        self.runner(lambda progress, cancelled: export(db, what, path, progress=progress),
                    on_done=lambda r: self._status(self.tr("已导出 {rows} 行到 {path}").format(rows=r.rows, path=r.path)),
                    on_error=lambda exc: QMessageBox.warning(self.main_window, self.tr("导出 Excel"),
                                                             error_text(exc)))

    def _status(self, text: str) -> None:
        bar = getattr(self.main_window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10_000)
