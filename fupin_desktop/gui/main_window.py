"""The main window shell: title, menus, status bar, and the centre (empty state for now).

The register issue replaces the centre with the household register; keep this class small
and put new views in their own modules.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from fupin_desktop import APP_TITLE
from fupin_desktop.gui.about_dialog import AboutDialog
from fupin_desktop.gui.empty_state import EmptyStateWidget
from fupin_desktop.gui.qt import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QMetaMethod,
    QSettings,
    Qt,
    QUrl,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from fupin_desktop.store.engine import Database

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 720)
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    """Top-level window. Everything it needs is passed in; it never opens files itself.

    ``demo_requested`` is emitted when the user asks for demo data on an open database: the
    owner (app.py, later the register issue) connects it to the demo service run off the GUI
    thread, then calls ``refresh()``.
    """

    demo_requested = Signal()

    def __init__(
        self,
        db_path: Path,
        db: Database | None = None,
        settings: QSettings | None = None,
        log_path: Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.db = db
        self.settings = settings
        self.log_path = log_path
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("扶贫帮扶 — {name}").format(name=self.db_path.name))
        self._build_menus()
        self._build_status_bar()
        self.empty_state = EmptyStateWidget(self)
        self.empty_state.demo_requested.connect(self._on_demo_clicked)
        self.overview = QLabel(self)
        self.overview.setObjectName("overview")
        self.overview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overview.hide()
        self.refresh()
        self._restore_geometry()

    # --- building -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.quit_action = QAction(self.tr("退出(&X)"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))

        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.status_bar_action = QAction(self.tr("状态栏(&S)"), self, checkable=True, checked=True)
        self.status_bar_action.toggled.connect(lambda on: self.statusBar().setVisible(on))
        self.view_menu.addAction(self.status_bar_action)

        self.help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self.open_logs_action = QAction(self.tr("打开日志文件夹(&L)"), self)
        self.open_logs_action.triggered.connect(self._open_log_folder)
        self.open_logs_action.setEnabled(self.log_path is not None)
        self.help_menu.addAction(self.open_logs_action)
        self.about_action = QAction(self.tr("关于扶贫帮扶(&A)…"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self)
        self.db_label.setObjectName("databasePath")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    # --- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the counts and show the empty state or the overview accordingly."""
        if self.db is None:
            self.db_label.setText(self.tr("数据库：{path}（未打开）").format(path=self.db_path))
            self.counts_label.clear()
            self.empty_state.set_demo_enabled(False, self.tr("数据库未打开"))
            self._set_centre(self.empty_state)
            return
        from fupin_desktop.services.stats import database_stats  # counts only: fast at county scale

        stats = database_stats(self.db)
        self.db_label.setText(self.tr("数据库：{path}").format(path=self.db.path))
        self.counts_label.setText(
            self.tr("{villages} 个村  {households} 户  {members} 人").format(
                villages=stats.villages, households=stats.households, members=stats.members
            )
        )
        self.empty_state.set_demo_enabled(True)
        if stats.households == 0:
            self._set_centre(self.empty_state)
        else:
            self.overview.setText(
                self.tr("本数据库共有 {villages} 个村、{households} 户农户、{members} 名成员。").format(
                    villages=stats.villages, households=stats.households, members=stats.members
                )
            )
            self._set_centre(self.overview)

    def _set_centre(self, widget: QWidget) -> None:
        if self.centralWidget() is widget:
            return
        old = self.takeCentralWidget()  # keep ownership: both centres are reused
        if old is not None:
            old.hide()
        self.setCentralWidget(widget)
        widget.show()

    def showing_empty_state(self) -> bool:
        return self.centralWidget() is self.empty_state

    # --- actions --------------------------------------------------------------------------
    def _on_demo_clicked(self) -> None:
        signal = QMetaMethod.fromSignal(self.demo_requested)
        if self.db is not None and self.isSignalConnected(signal):
            self.demo_requested.emit()
            return
        QMessageBox.information(
            self, self.tr("载入演示数据"),
            self.tr("此版本的窗口还不能载入演示数据。请在命令行运行：\nfupin --db \"{path}\" demo").format(
                path=self.db_path
            ),
        )

    def show_about(self) -> None:
        AboutDialog(self.db_path, self.log_path, self).exec()

    def _open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.log_path).parent)))

    # --- geometry -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        restored = False
        if self.settings is not None:
            geometry = self.settings.value(GEOMETRY_KEY)
            if geometry is not None:
                restored = bool(self.restoreGeometry(geometry))
            state = self.settings.value(STATE_KEY)
            if state is not None:
                self.restoreState(state)
        if not restored:
            self.resize(*DEFAULT_SIZE)

    def save_geometry(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_geometry()
        super().closeEvent(event)
