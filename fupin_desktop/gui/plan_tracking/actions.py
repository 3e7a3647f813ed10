"""The 帮扶 menu: open a household's plan wizard or tracking view, and the overdue list.

The main window only calls :func:`install_plan_actions`. For a household the main window already
knows (the register's selection), it calls ``open_plan_wizard(parent, db, household_id)`` or
:meth:`PlanActions.open_tracking` directly; the menu items open the household selected in the register
and ask for one with a picker only when none is selected.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.plan_tracking.tables import ROW_ROLE, fill_rows, read_only_table
from fupin_desktop.gui.qt import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QLabel,
    QLineEdit,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fupin_desktop.services.register.listing import list_households

PICKER_ROWS = 500  # shown at once; typing narrows the list


class HouseholdPicker(QDialog):
    """Choose one household: type a name, 户编号 or group; the first 500 matches are listed."""

    def __init__(self, db, runner: Callable = run_in_background, parent=None, title: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("选择农户"))
        self.all_rows: list = []
        self.chosen: Optional[str] = None
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("householdFilter")
        self.filter_edit.setPlaceholderText(self.tr("输入户主姓名、户编号或村民小组筛选"))
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.count = QLabel(self.tr("正在读取农户…"))
        self.table = read_only_table([self.tr("村代码"), self.tr("组"), self.tr("户编号"), self.tr("户主"),
                                      self.tr("人数")], "householdPickerTable", stretch=3)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(640, 480)
        runner(lambda progress, cancelled: list_households(db), on_done=self._loaded,
               on_error=lambda exc: self.count.setText(error_text(exc)))

    def _loaded(self, rows) -> None:
        self.all_rows = rows
        self._apply_filter(self.filter_edit.text())

    def _apply_filter(self, text: str) -> None:
        key = text.strip()
        rows = [r for r in self.all_rows if not key or key in r.head or key in r.household_no or key in r.group]
        fill_rows(self.table, [(r, [r.village, r.group, r.household_no, r.head, r.members])
                               for r in rows[:PICKER_ROWS]])
        self.count.setText(self.tr("共 %n 户符合条件", "", len(rows)) +
                           (self.tr("（只列出前 {m} 户）").format(m=PICKER_ROWS) if len(rows) > PICKER_ROWS else ""))
        if rows:
            self.table.selectRow(0)

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.table.item(rows[0].row(), 0).data(ROW_ROLE).id
        super().accept()


class PlanActions(QObject):
    """Owns the 帮扶 menu and the windows it opened."""

    def __init__(self, main_window, db, runner: Callable = run_in_background, today: Optional[date] = None):
        super().__init__(main_window)
        self.main_window = main_window
        self.db = db
        self.runner = runner
        self.today = today
        self.windows: list[QWidget] = []
        self.menu = main_window.menuBar().addMenu(self.tr("帮扶(&B)"))
        self.menu.setObjectName("planMenu")
        self.actions: dict[str, QAction] = {}
        self._add("wizard", self.tr("制定/修改帮扶计划(&P)…"), lambda: self._selected_or_pick(self.open_wizard),
                  "Ctrl+Shift+N")
        self._add("tracking", self.tr("计划跟踪与台账(&T)…"), lambda: self._selected_or_pick(self.open_tracking))
        self._add("overdue", self.tr("逾期措施清单(&O)"), self.open_overdue)
        main_window.installEventFilter(self)  # quitting asks about payments and visits typed, not added

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.main_window and event.type() == QEvent.Type.Close:
            for view in self._open_tracking_views():
                if not view.confirm_leave():
                    if hasattr(self.main_window, "show_view"):
                        self.main_window.show_view(view, self.tr("帮扶计划跟踪"))
                    event.ignore()  # the window stays open
                    return True
        return super().eventFilter(watched, event)

    def _open_tracking_views(self) -> list:
        """Tracking views still open: a tab of the main window (a closed tab's view is only hidden)."""
        from fupin_desktop.gui.plan_tracking.tracking_view import PlanTrackingWidget

        tabs = getattr(self.main_window, "tabs", None)
        return [w for w in self.main_window.findChildren(PlanTrackingWidget)
                if (tabs.indexOf(w) >= 0 if tabs is not None else w.isVisible())]

    def _add(self, key: str, text: str, slot, shortcut: str = "") -> None:
        action = QAction(text, self)
        action.setObjectName(f"plan_{key}")
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # never the checked flag as an argument
        self.menu.addAction(action)
        self.actions[key] = action

    def _selected_or_pick(self, then: Callable[[str], object]) -> None:
        """The household selected in the register, if any; else ask with the picker."""
        current = getattr(self.main_window, "current_household_id", None)
        household_id = current() if callable(current) else ""
        if household_id:
            then(household_id)
        else:
            self._pick(then)

    def _pick(self, then: Callable[[str], object]) -> None:
        picker = HouseholdPicker(self.db, self.runner, self.main_window)
        if picker.exec() and picker.chosen:
            then(picker.chosen)

    def open_wizard(self, household_id: str):
        from fupin_desktop.gui.plan_wizard import open_plan_wizard
        from fupin_desktop.services.setup.first_start import load_profile

        def opened(wizard) -> None:  # the register's list and summary show the confirmed plan at once
            changed = getattr(self.main_window, "plan_changed", None)
            if callable(changed):
                wizard.plan_confirmed.connect(lambda _view: changed(household_id))

        return open_plan_wizard(self.main_window, self.db, household_id, today=self.today, runner=self.runner,
                                user=load_profile(self.db).user_name, on_open=opened)

    def _window(self, widget: QWidget, title: str) -> QWidget:
        if hasattr(self.main_window, "show_view"):
            self.main_window.show_view(widget, title)
            return widget
        holder = QWidget(self.main_window, Qt.WindowType.Window)
        holder.setWindowTitle(title)
        holder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        holder.resize(1000, 640)
        holder.show()
        self.windows.append(holder)
        holder.destroyed.connect(lambda _=None, h=holder: self.windows.remove(h) if h in self.windows else None)
        return widget

    def open_tracking(self, household_id: str):
        from fupin_desktop.gui.plan_tracking.tracking_view import PlanTrackingWidget

        for view in self._open_tracking_views():  # one view per household: raised, not opened twice
            if view.household_id == household_id and hasattr(self.main_window, "show_view"):
                view.refresh()
                self.main_window.show_view(view, self.tr("帮扶计划跟踪"))
                return view
        widget = PlanTrackingWidget(self.db, household_id, runner=self.runner, today=self.today)
        changed = getattr(self.main_window, "plan_changed", None)
        if callable(changed):  # progress booked here shows in the register's summary
            widget.data_changed.connect(lambda: changed(household_id))
        widget.loaded.connect(lambda: self._name_tab(widget))
        self._window(widget, self.tr("帮扶计划跟踪"))
        self._name_tab(widget)  # already loaded when the runner is inline
        return widget

    def _name_tab(self, view) -> None:
        """The tab says whose plan it shows: several households' views are told apart at a glance."""
        tabs = getattr(self.main_window, "tabs", None)
        index = tabs.indexOf(view) if tabs is not None else -1
        if index >= 0 and view.data is not None and view.data.view is not None:
            tabs.setTabText(index, self.tr("计划跟踪：{head}户").format(head=view.data.view.household.head_name))

    def open_overdue(self):
        from fupin_desktop.gui.plan_tracking.overdue_view import OverdueListWidget

        widget = OverdueListWidget(self.db, runner=self.runner, today=self.today)
        widget.household_activated.connect(self.open_tracking)
        return self._window(widget, self.tr("逾期措施清单"))


def install_plan_actions(main_window, db, runner: Callable = run_in_background,
                         today: Optional[date] = None) -> PlanActions:
    return PlanActions(main_window, db, runner=runner, today=today)
