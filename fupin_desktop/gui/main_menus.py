"""The main window's own menus and toolbar: 文件, 编辑, 视图, 帮助 (Qt conventions, with shortcuts).

Menus of other parts (帮扶, 打印, 同步, 县级) are added by their modules between 视图 and 帮助.
"""

from __future__ import annotations

import re
from typing import Callable

from fupin_desktop.gui.qt import QAction, QKeySequence, QObject, Qt, QToolBar


class MainMenus(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()
        w = window

        self.file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.file_menu.setObjectName("fileMenu")
        self._add(self.file_menu, "new_household", self.tr("新增农户(&N)…"), lambda: self._register("new_household"),
                  QKeySequence.StandardKey.New)
        self._add(self.file_menu, "new_village", self.tr("新增村(&V)…"), lambda: self._register("new_village"))
        # The county role has it in 县级 (MainWindow.refresh hides this one there); same flow.
        self._add(self.file_menu, "import_roster", self.tr("导入花名册(&I)…"), self._import_roster)
        self.file_menu.addSeparator()
        self._add(self.file_menu, "load_demo", self.tr("载入演示数据(&D)…"), lambda: w.load_demo())
        self._add(self.file_menu, "settings", self.tr("设置(&S)…"), lambda: w.show_settings(),
                  QKeySequence.StandardKey.Preferences, role=QAction.MenuRole.PreferencesRole, shortcut_text="Ctrl+,")
        self.file_menu.addSeparator()
        self.quit_action = self._add(self.file_menu, "quit", self.tr("退出(&X)"), w.close, "Ctrl+Q",
                                     role=QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.edit_menu.setObjectName("editMenu")
        self._add(self.edit_menu, "edit_household", self.tr("编辑农户(&E)…"),
                  lambda: self._register("open_household", w.current_household_id()), "Ctrl+E")
        delete = self._add(self.edit_menu, "delete_household", self.tr("删除农户(&D)…"),
                           lambda: self._register("delete_selected"), QKeySequence.StandardKey.Delete)
        # Del deletes a household only while the household list has focus (MainWindow adds the action to
        # the list); elsewhere, e.g. on the visits table, Del belongs to that widget.
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_menu.addSeparator()
        self._add(self.edit_menu, "plan", self.tr("帮扶计划(&P)…"), lambda: w.open_plan(), "Ctrl+J")
        self._add(self.edit_menu, "print_card", self.tr("打印计划卡(&C)…"), lambda: w.print_household(),
                  QKeySequence.StandardKey.Print)
        self._add(self.edit_menu, "print_selected", self.tr("打印选中农户的计划卡(&L)…"), lambda: w.print_selected())
        self.edit_menu.addSeparator()
        self._add(self.edit_menu, "edit_village", self.tr("村信息(&I)…"), lambda: self._register("edit_village"))
        self._add(self.edit_menu, "cadres", self.tr("帮扶责任人(&B)…"), lambda: self._register("show_cadres"))
        self._add(self.edit_menu, "recycle_bin", self.tr("回收站(&R)…"), lambda: self._register("show_recycle_bin"),
                  "Ctrl+Shift+Del")
        self.edit_menu.addSeparator()
        self._add(self.edit_menu, "find", self.tr("查找(&F)"), self._focus_search, QKeySequence.StandardKey.Find)

        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.view_menu.setObjectName("viewMenu")
        self._add(self.view_menu, "refresh", self.tr("刷新(&R)"), lambda: w.reload(), QKeySequence.StandardKey.Refresh)
        self.view_menu.addSeparator()
        self.tree_action = self._toggle("show_tree", self.tr("区域树(&T)"), lambda on: self._show_part("tree", on))
        self.summary_action = self._toggle("show_summary", self.tr("农户概况(&O)"),
                                           lambda on: self._show_part("summary", on))
        self.toolbar_action = self._toggle("show_toolbar", self.tr("工具栏(&B)"), lambda on: self.toolbar.setVisible(on))
        self.status_bar_action = self._toggle("show_status_bar", self.tr("状态栏(&S)"),
                                              lambda on: w.statusBar().setVisible(on))

        self.toolbar = QToolBar(self.tr("工具栏"), w)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        for key in ("new_household", "edit_household", "delete_household", None, "plan", "print_card", None,
                    "recycle_bin", "refresh"):
            if key is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self._toolbar_labels(self.actions[key]))
        w.addToolBar(self.toolbar)
        self.help_menu = None

    def add_help_menu(self) -> None:
        """Last, after the menus other modules added."""
        w = self.window
        self.help_menu = w.menuBar().addMenu(self.tr("帮助(&H)"))
        self.help_menu.setObjectName("helpMenu")
        self.open_logs_action = self._add(self.help_menu, "open_logs", self.tr("打开日志文件夹(&L)"), w.open_log_folder)
        self.open_logs_action.setEnabled(w.log_path is not None)
        self.about_action = self._add(self.help_menu, "about", self.tr("关于扶贫帮扶(&A)…"), w.show_about,
                                      role=QAction.MenuRole.AboutRole)

    # --- helpers ------------------------------------------------------------------------------
    def _add(self, menu, key: str, text: str, slot: Callable, shortcut=None, role=None,
             shortcut_text: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            if action.shortcut().isEmpty() and shortcut_text:
                action.setShortcut(QKeySequence(shortcut_text))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[key] = action
        return action

    def _toolbar_labels(self, action: QAction) -> QAction:
        """The toolbar shows the name and, on hover, the shortcut; not the menu's "(R)": Alt+R does not
        press a toolbar button, and 回收站(R) beside 刷新(R), or 帮扶计划(P) beside the 打印(P) menu, misled."""
        name = re.sub(r"\(&.\)|&(?=[^&])", "", action.text()).rstrip(".…").strip()
        action.setIconText(name)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{name}（{keys}）").format(name=name, keys=keys) if keys else name)
        return action

    def _toggle(self, key: str, text: str, slot: Callable[[bool], None]) -> QAction:
        action = QAction(text, self.window, checkable=True, checked=True)
        action.setObjectName(f"action_{key}")
        action.toggled.connect(slot)
        self.view_menu.addAction(action)
        self.actions[key] = action
        return action

    def _register(self, method: str, *args):
        register = self.window.register
        if register is None:
            return None
        # 新增村 from the empty page keeps the page (its ways to begin) until a village is saved.
        if not (method == "new_village" and self.window.showing_empty_state()):
            self.window.show_view(register, register.windowTitle() or self.tr("农户登记"))
        return getattr(register, method)(*args)

    def _import_roster(self):
        w = self.window
        if w.db is None:
            return None
        from fupin_desktop.gui.roster_import_flow import run_roster_import

        return run_roster_import(w, w.db, runner=w.runner, on_imported=lambda _result: w.reload())

    def _show_part(self, part: str, visible: bool) -> None:
        register = self.window.register
        if register is not None:
            getattr(register, part).setVisible(visible)

    def _focus_search(self) -> None:
        register = self.window.register
        if register is not None:
            register.list.filters.search.setFocus()
            register.list.filters.search.selectAll()

    def update_enabled(self) -> None:
        w = self.window
        has_register = w.register is not None
        has_household = bool(has_register and w.current_household_id())
        for key in ("new_household", "new_village", "import_roster", "edit_village", "cadres", "recycle_bin", "find",
                    "refresh", "load_demo",
                    "settings"):
            self.actions[key].setEnabled(has_register)
        for key in ("edit_household", "delete_household", "plan", "print_card"):
            self.actions[key].setEnabled(has_household)
        self.actions["print_selected"].setEnabled(has_register and w.print_actions is not None)
        self.actions["print_card"].setEnabled(has_household and w.print_actions is not None)
