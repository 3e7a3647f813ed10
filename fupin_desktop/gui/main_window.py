"""The main window: menus, toolbar, status bar, and the register in the centre.

At start-up (gui.app) the window is built with ``opening=True`` and no database: its frame (title,
menus, toolbar, status bar, the register's tab saying 正在打开……) is painted before the store is
loaded (gui.store_loader); :meth:`attach_database` then puts the register in, enables the menus
that need the database and emits ``database_ready``. Tests and tools pass ``db`` directly.

A composition only. The register screen is ``gui.register.register_view.RegisterView``; the menus
of other parts are installed by their own modules (帮扶: ``gui.plan_tracking``, 打印:
``gui.printing``, 县级: ``gui.county``), which add their menus to this window's menu bar and open
their views through :meth:`show_view`. An empty database shows the empty state instead.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from fupin_desktop.gui.after_paint import call_after_paint
from fupin_desktop.gui.empty_state import EmptyStateWidget
from fupin_desktop.gui.main_menus import MainMenus
from fupin_desktop.gui.operations import finish_all_jobs, run_in_background, run_write, set_failure_reporter
from fupin_desktop.gui.qt import (
    QCloseEvent,
    QDesktopServices,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QMetaMethod,
    QSettings,
    QStackedWidget,
    Qt,
    QTabWidget,
    QTimer,
    QUrl,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from fupin_desktop.store.engine import Database

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 760)
INTEGRITY_CHECK_DELAY_MS = 5000  # the integrity check skipped at open runs once the user is at work
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    """Top-level window. Everything it needs is passed in; it never opens files itself.

    ``demo_requested`` is emitted by 载入演示数据 (menu or the empty state's button) when an owner has
    connected it; otherwise the window loads demo data itself (off the GUI thread).
    """

    demo_requested = Signal()
    counts_ready = Signal()
    hooks_installed = Signal()
    database_ready = Signal()  # attach_database: the register is in, the database's menus enabled
    closed = Signal()  # the window was closed (the start-up stops waiting for the database then)

    def __init__(
        self,
        db_path: Path,
        db: Database | None = None,
        settings: QSettings | None = None,
        log_path: Path | None = None,
        parent: QWidget | None = None,
        runner: Callable = run_in_background,
        today: Optional[date] = None,
        install_hooks: bool = True,
        defer_hooks: bool = False,
        opening: bool = False,
    ):
        super().__init__(parent)
        from fupin_desktop.gui.window_size import install_screen_fit

        if db is not None or not opening:  # opening: this window alone until its frame is painted
            install_screen_fit()  # also when a test or a tool builds the window without gui.app
        self.db_path = Path(db_path)
        self.db = db
        self.settings = settings
        self.log_path = log_path
        self.runner = runner
        # Background database writes go to the one writer thread (tests pass run_inline for both).
        self.writer = run_write if runner is run_in_background else runner
        self._search_refresh_running = self._search_refresh_again = False
        set_failure_reporter(self._show_job_failure)
        self.today = today
        self.register = None
        self.plan_actions = self.print_actions = self.county_actions = self.sync_actions = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("扶贫帮扶 — {name}").format(name=self.db_path.name))
        self.stats = None
        self.villages = 0
        self._hooks_pending = False
        self._register_unread: set[str] = set()  # the start-up's first list and tree, until both are read
        self._counts_waiting = False  # the status bar's counts wait for them (they would compete)
        self._index_waiting = False  # so does the search index's catching up
        self._closing = False  # closed: results that arrive afterwards start nothing on the database
        self.loading_view = None  # the register's tab while the database opens (opening=True)
        self.menus = MainMenus(self)
        from fupin_desktop.gui.language_menu import install_language_menu

        self.language_menu = install_language_menu(self)  # 视图 › 语言 / Language
        self._build_status_bar()
        self.empty_state = EmptyStateWidget(self)
        self.hooks_installed.connect(lambda: self.empty_state.offer_ways_to_begin(self))  # 同步's, 县级's buttons
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.empty_state)
        self.centre.addWidget(self.tabs)
        self.setCentralWidget(self.centre)
        if db is not None:
            self._build_register()
            if install_hooks and not defer_hooks:
                self._install_hooks()
            elif install_hooks:  # the app: the register's list first, the other menus a moment later
                self._defer_hooks()
        elif opening:
            self._show_opening()
        self.menus.add_help_menu()
        self.menus.update_enabled()
        m = self.menus  # the actions other code and tests reach through the window
        self.quit_action, self.about_action, self.open_logs_action = m.quit_action, m.about_action, m.open_logs_action
        self.status_bar_action = m.status_bar_action
        self.file_menu, self.edit_menu, self.view_menu, self.help_menu = (m.file_menu, m.edit_menu, m.view_menu,
                                                                          m.help_menu)
        self.refresh()
        self._hooks_if_nothing_to_list()
        self._restore_geometry()

    # --- building -------------------------------------------------------------------------
    def _build_register(self) -> None:
        from fupin_desktop.gui.register.register_view import RegisterView

        self.register = RegisterView(self.db, self.runner, self.today, self)
        self.register.data_changed.connect(self.refresh_counts)
        self.register.household_selected.connect(lambda _hid: self.menus.update_enabled())
        self.register.plan_requested.connect(self.open_plan)
        self.register.print_requested.connect(self.print_household)
        self.register.list.table.addAction(self.menus.actions["delete_household"])  # its Del works there only
        self.tabs.insertTab(0, self.register, self.tr("农户登记"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        if self.loading_view is not None:  # the register takes the place of 正在打开……
            self.tabs.removeTab(self.tabs.indexOf(self.loading_view))
            self.loading_view.deleteLater()
            self.loading_view = None
        self.tabs.setCurrentIndex(0)

    def _show_opening(self) -> None:
        from fupin_desktop.gui.loading_view import LoadingView

        self.loading_view = LoadingView(self)
        from fupin_desktop.gui.window_size import fit_window_until_installed

        fit_window_until_installed(self, self.loading_view.painted)
        self.tabs.addTab(self.loading_view, self.tr("农户登记"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.centre.setCurrentWidget(self.tabs)

    def is_opening(self) -> bool:
        """The frame is up and the database is still being opened."""
        return self.db is None and self.loading_view is not None

    def attach_database(self, db: Database) -> None:
        """The database has been opened (gui.app, after the frame was painted): the register replaces
        正在打开……, the menus that need the database are enabled, and the other parts' menus
        (帮扶, 打印, 同步, 县级) follow: after the list's first page, or at once when there is none."""
        self.db = db
        self.db_path = Path(db.path)
        self.setWindowTitle(self.tr("扶贫帮扶 — {name}").format(name=self.db_path.name))
        self._build_register()
        if self.settings is not None:
            self.register.restore_state(self.settings)
        self.register.tree.setVisible(self.menus.tree_action.isChecked())  # toggled while it was opening
        self.register.summary.setVisible(self.menus.summary_action.isChecked())
        self._defer_hooks()
        self.refresh()
        self._hooks_if_nothing_to_list()
        self.database_ready.emit()

    def _defer_hooks(self) -> None:
        """The other parts' menus once the register is usable: its list and its tree both read (their
        modules take a moment to load; the tree would otherwise wait behind them)."""
        self._hooks_pending = True
        self._register_unread = {"list", "tree"}
        self.register.list.loaded.connect(lambda: self._register_read("list"))
        self.register.tree_loaded.connect(lambda: self._register_read("tree"))

    def _register_read(self, part: str) -> None:
        if not self._register_unread:  # later loads (searches, edits) change nothing here
            return
        self._register_unread.discard(part)
        if not self._register_unread:  # the counts and the other parts load once the list is seen
            call_after_paint(self.register.list.table.viewport(), self._register_usable)

    def _register_usable(self) -> None:
        if self.db is None or self._closing:
            return
        if self._counts_waiting:
            self._counts_waiting = False
            self.refresh_counts()
        if self._index_waiting:
            self._index_waiting = False
            self._refresh_search_index()
        self._install_hooks_later()

    def _hooks_if_nothing_to_list(self) -> None:
        """An empty register loads no list: its menus come with the database, not after a list."""
        if self._hooks_pending and not self.villages:
            self._install_hooks_later()

    def _install_hooks(self) -> None:
        """The menus of the other parts of the program, each installed by its own module."""
        from fupin_desktop.gui.plan_tracking import install_plan_actions
        from fupin_desktop.gui.printing import install_print_actions
        from fupin_desktop.gui.sync import install_sync_actions
        from fupin_desktop.services.setup.settings import ROLE_COUNTY, role

        self.plan_actions = install_plan_actions(self, self.db, runner=self.runner, today=self.today)
        self.print_actions = install_print_actions(self, self.db, runner=self.runner)
        # The daily backup belongs to a real session (tests and screenshots pass no settings).
        self.sync_actions = install_sync_actions(self, self.db, runner=self.runner,
                                                 daily_backup=self.settings is not None)
        if role(self.db) == ROLE_COUNTY:
            from fupin_desktop.gui.county import install_county_actions

            self.county_actions = install_county_actions(self, self.db, runner=self.runner)
            self.county_actions.data_changed.connect(self.reload)

    def _install_hooks_later(self) -> None:
        if self.db is None or not self._hooks_pending:  # closed meanwhile, or done already
            return
        self._hooks_pending = False
        from fupin_desktop.gui.store_loader import load_parts

        # Their Qt-free modules (PDF, plans) load off the GUI thread; then the menus, after the list has painted.
        self.runner(lambda progress, cancelled: load_parts(),
                    on_done=lambda _none: QTimer.singleShot(0, self._install_hooks_now))

    def _install_hooks_now(self) -> None:
        if self.db is None or self._closing:
            return
        self._install_hooks()
        help_action = self.menus.help_menu.menuAction()  # 帮助 stays last
        self.menuBar().removeAction(help_action)
        self.menuBar().addAction(help_action)
        self.menus.update_enabled()
        self.hooks_installed.emit()
        from fupin_desktop.domain.search_keys import warm_up

        self.runner(lambda progress, cancelled: warm_up())  # pinyin for the first save, off the GUI thread
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, self.check_integrity)

    def check_integrity(self) -> None:
        """The full integrity check that a verification marker let the open skip, off the GUI thread.
        A damaged file is then read-only; the user is told why (the message comes from the store)."""
        db = self.db
        if db is None or not db.check_skipped or db.write_refusal is not None:
            return
        db.check_skipped = False  # once per session
        self.runner(lambda progress, cancelled: db.run_deferred_check(), on_done=self._integrity_checked)

    def _integrity_checked(self, error) -> None:
        if error is None or self.db is None:
            return
        self._show_write_refusal()
        QMessageBox.critical(self, self.windowTitle(), error.zh)

    def _show_write_refusal(self) -> None:
        refusal = self.db.write_refusal if self.db is not None else None
        if refusal is not None:
            self.db_label.setText(refusal.zh)
            self.db_label.setStyleSheet("color: #b00020; font-weight: bold;")

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self)
        self.db_label.setObjectName("databasePath")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role_label = QLabel(self)
        self.role_label.setObjectName("roleLabel")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.role_label)
        self.statusBar().addPermanentWidget(self.counts_label)

    # --- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the counts; show the empty state or the register accordingly."""
        if self.db is None:
            self.counts_label.clear()
            self.role_label.clear()
            if self.is_opening():
                self.db_label.setText(self.tr("正在打开数据库：{path}……").format(path=self.db_path))
                return
            self.db_label.setText(self.tr("数据库：{path}（未打开）").format(path=self.db_path))
            self.empty_state.offer_ways_to_begin(self, self.tr("数据库未打开"))
            self.centre.setCurrentWidget(self.empty_state)
            return
        from fupin_desktop.services.register.area_tree import village_count
        from fupin_desktop.services.setup.settings import ROLE_COUNTY, role

        self.db_label.setText(self.tr("数据库：{path}").format(path=self.db.path))
        self._show_write_refusal()
        county = role(self.db) == ROLE_COUNTY
        self.role_label.setText(self.tr("角色：县级") if county else self.tr("角色：村级"))
        self.menus.actions["import_roster"].setVisible(not county)  # the county's is in 县级
        self.villages = village_count(self.db)  # instant; the full counts follow in the background
        self.empty_state.offer_ways_to_begin(self)  # the role's ways to begin
        self._choose_centre()
        if self.register is not None and self.register.tree.roots == [] and self.villages:
            self.register.reload()  # the list and the tree first: they are what the user waits for
            if self._register_unread:
                self._index_waiting = True  # after the start-up's first list (_register_usable)
            else:
                self._refresh_search_index()
        if self._register_unread and self.villages:
            self._counts_waiting = True  # counted once the start-up's list and tree are in (_register_read)
        else:
            self.refresh_counts()

    def _choose_centre(self) -> None:
        self.centre.setCurrentWidget(self.tabs if self.villages else self.empty_state)
        self.menus.update_enabled()

    def refresh_counts(self) -> None:
        """Recount in the background (a county's counts take a moment) and update the status bar."""
        if self.db is None:
            return
        db = self.db
        self.runner(lambda progress, cancelled: _database_stats(db), on_done=self._show_counts)

    def _show_counts(self, stats) -> None:
        self.stats = stats
        self.villages = stats.villages
        # One tr(…, n) per number: each gets its own plural form ("1 village", "2 villages").
        self.counts_label.setText("  ".join((self.tr("%n 个村", "", stats.villages),
                                             self.tr("%n 户", "", stats.households),
                                             self.tr("%n 人", "", stats.members))))
        self._choose_centre()
        self.counts_ready.emit()

    def reload(self) -> None:
        """After data arrived from outside (demo, import, sync): recount, re-read tree and list."""
        had_tree = self.register is not None and bool(self.register.tree.roots)
        self.refresh()  # reloads the register itself when it was empty
        if had_tree:
            self.register.reload()
        self._refresh_search_index()

    def _refresh_search_index(self) -> None:
        """Households written by an import, a sync package or a schema upgrade get their search keys."""
        if self._search_refresh_running:  # one at a time: run once more when this one ends
            self._search_refresh_again = True
            return
        if self.db is None:
            return
        db = self.db
        self._search_refresh_running, self._search_refresh_again = True, False

        def refresh(progress, cancelled):
            # The index's module brings SQLAlchemy: loaded here, off the GUI thread.
            from fupin_desktop.services.register.search import dirty_count, refresh_search_index

            return refresh_search_index(db, progress) if dirty_count(db) else None

        def started(_done: int, _total: int) -> None:
            self.statusBar().showMessage(self.tr("正在更新搜索索引……"))

        def done(n: Optional[int]) -> None:
            if n is not None:
                self.statusBar().showMessage(self.tr("搜索索引已更新（{n} 户）").format(n=n), 5000)
            ended()

        def failed(exc: BaseException) -> None:
            self._show_job_failure(exc)
            ended()

        def ended() -> None:
            self._search_refresh_running = False
            if self._search_refresh_again:
                self._refresh_search_index()

        self.writer(refresh, on_done=done, on_error=failed, on_progress=started)

    def _show_job_failure(self, exc: BaseException) -> None:
        """A background job failed and nobody else showed it: say so in the status bar."""
        from fupin_desktop.gui.error_text import error_text

        self.statusBar().showMessage(self.tr("后台任务失败：{error}").format(error=error_text(exc)), 15000)

    def showing_empty_state(self) -> bool:
        return self.centre.currentWidget() is self.empty_state

    # --- views of other parts (contract used by county, plan and printing modules) ----------
    def show_view(self, widget: QWidget, title: str) -> None:
        """Show ``widget`` as a closable tab (raised if it is already open)."""
        index = self.tabs.indexOf(widget)
        if index < 0:
            index = self.tabs.addTab(widget, title)
        self.centre.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(index)

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.register:
            return
        confirm_leave = getattr(widget, "confirm_leave", None)  # a view with something typed and not added
        if callable(confirm_leave) and not confirm_leave():
            return
        self.tabs.removeTab(index)
        widget.hide()  # the part that made it may reopen it later

    def open_household(self, household_id: str):
        """Open a household's form (county drill-down, links between households)."""
        if self.register is None:
            return None
        self.show_view(self.register, self.tr("农户登记"))
        self.register.list.select_household(household_id)
        return self.register.open_household(household_id)

    def current_household_id(self) -> str:
        return self.register.current_household_id() if self.register is not None else ""

    def open_plan(self, household_id: str = "") -> None:
        household_id = household_id or self.current_household_id()
        if not household_id or self.db is None:
            return
        from fupin_desktop.gui.plan_wizard import open_plan_wizard
        from fupin_desktop.services.setup.first_start import load_profile

        def opened(wizard) -> None:  # a confirmed plan shows in the list and summary at once, not after F5
            wizard.plan_confirmed.connect(lambda _view: self.plan_changed(household_id))

        open_plan_wizard(self, self.db, household_id, today=self.today, runner=self.runner,
                         user=load_profile(self.db).user_name, on_open=opened)

    def plan_changed(self, household_id: str) -> None:
        """After a plan was confirmed (wizard) elsewhere: the register re-reads that household."""
        if self.register is not None and self.db is not None:
            self.register.after_change(household_id)

    def print_household(self, household_id: str = "") -> None:
        household_id = household_id or self.current_household_id()
        if household_id and self.print_actions is not None:
            self.print_actions.print_household(household_id)

    def print_selected(self) -> None:
        if self.register is None or self.print_actions is None:
            return
        ids = self.register.list.selected_ids() or self.register.list.model.ids()
        if ids:
            self.print_actions.print_households(ids)

    # --- actions --------------------------------------------------------------------------
    def load_demo(self, households: Optional[int] = None):
        if self.db is None:
            return None
        if households is None and self.isSignalConnected(QMetaMethod.fromSignal(self.demo_requested)):
            self.demo_requested.emit()  # its owner loads the demo data
            return None
        from fupin_desktop.gui.register.demo_loading import load_demo
        from fupin_desktop.gui.register.profile_dialogs import demo_sizes

        if households is None:
            sizes = demo_sizes()
            labels = [text for _n, text in sizes]
            label, ok = QInputDialog.getItem(self, self.tr("载入演示数据"), self.tr("演示数据的规模："), labels, 1, False)
            if not ok:
                return None
            households = sizes[labels.index(label)][0]
        return load_demo(self, self.db, households, lambda _summary: self.reload(), runner=self.runner)

    def show_about(self) -> None:
        from fupin_desktop.gui.about_dialog import AboutDialog  # its generated form costs start-up time

        AboutDialog(self.db_path, self.log_path, self).exec()

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.log_path).parent)))

    def show_settings(self):
        from fupin_desktop.gui.settings_flow import run_settings_dialog

        return run_settings_dialog(self)

    # --- geometry and closing ---------------------------------------------------------------
    def _restore_geometry(self) -> None:
        restored = False
        if self.settings is not None:
            geometry = self.settings.value(GEOMETRY_KEY)
            if geometry is not None:
                restored = bool(self.restoreGeometry(geometry))
            state = self.settings.value(STATE_KEY)
            if state is not None:
                self.restoreState(state)
            if self.register is not None:
                self.register.restore_state(self.settings)
        if not restored:
            self.resize(*DEFAULT_SIZE)

    def save_geometry(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        if self.register is not None:
            self.register.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.register is not None:
            for form in self.register.unsaved_forms():
                form.raise_()
                form.reject()  # asks: save, discard or cancel
                if form.isVisible():  # cancelled: keep working
                    event.ignore()
                    return
        self.save_geometry()
        self._closing = True  # the list's and the tree's results may still arrive: they start nothing
        finish_all_jobs()  # cancel and wait: nothing may still write when the database closes
        set_failure_reporter(None)
        super().closeEvent(event)
        self.closed.emit()

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes


def _database_stats(db: Database):
    """The status bar's counts, in a worker: their module loads the ORM's tables, which the GUI
    thread must not wait for right after the start-up's first list (gui.store_loader)."""
    from fupin_desktop.services.register.stats import database_stats

    return database_stats(db)
