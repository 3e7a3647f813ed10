"""The 同步 menu. Views open as tabs when the main window offers ``show_view(widget, title)``,
else each in its own window. A rotating daily backup is made in the background at start-up."""

from __future__ import annotations

import logging
from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_open_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import QAction, QObject, Qt, QVBoxLayout, QWidget, Signal
from fupin_desktop.gui.sync.common import when_text

log = logging.getLogger(__name__)

# Actions only a village laptop has a use for: the county reads no receipt from itself.
VILLAGE_ONLY = ("receipt",)
# ... and the laptops' 同步状态 board is the county's alone.
COUNTY_ONLY = ("status",)


class SyncActions(QObject):
    data_changed = Signal()  # after an import, a restore or a conflict decision

    def __init__(self, main_window, db, runner: Callable = run_in_background, drives=None,
                 daily_backup: bool = True, menu_title: Optional[str] = None):
        super().__init__(main_window)
        self.main_window = main_window
        self.db = db
        self.runner = runner
        self.drives = drives
        self.views: dict[str, QWidget] = {}
        self.dialogs: list = []
        self.menu = main_window.menuBar().addMenu(menu_title or self.tr("同步(&S)"))
        self.menu.setObjectName("syncMenu")
        self.actions: dict[str, QAction] = {}
        self._add("export", self.tr("导出同步包(&E)…"), self.export_package)
        self._add("import", self.tr("导入同步包(&I)…"), self.import_package)
        self.menu.addSeparator()
        self._add("conflicts", self.tr("冲突处理(&C)"), lambda: self.open_view("conflicts"))
        self._add("duplicates", self.tr("疑似重复人员(&D)"), lambda: self.open_view("duplicates"))
        self._add("history", self.tr("收发记录(&H)"), lambda: self.open_view("history"))
        self._add("status", self.tr("同步状态(&S)"), lambda: self.open_view("status"))
        self._add("receipt", self.tr("查看县里的回执(&T)…"), self.show_receipt)
        self.menu.addSeparator()
        self._add("backup", self.tr("备份到U盘(&B)…"), self.backup)
        self._add("restore", self.tr("从备份恢复(&R)…"), self.restore)
        self.menu.addSeparator()
        self._add("keys", self.tr("密钥与加入(&K)…"), lambda: self.open_view("keys"))
        self.menu.aboutToShow.connect(self.update_titles)
        self.apply_role()
        if daily_backup:
            self._daily_backup()

    def _add(self, key: str, text: str, slot) -> None:
        action = QAction(text, self)
        action.setObjectName(f"sync_{key}")
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        self.actions[key] = action

    def apply_role(self) -> None:
        """The county's menu shows no village-side actions (the role can be set after start-up)."""
        from fupin_desktop.services.setup.settings import ROLE_VILLAGE, role

        try:
            village = role(self.db) == ROLE_VILLAGE
        except Exception:  # the menu must open even if the database is busy
            log.info("could not read the role", exc_info=True)
            return
        for key in VILLAGE_ONLY:
            self.actions[key].setVisible(village)
        for key in COUNTY_ONLY:
            self.actions[key].setVisible(not village)

    def update_titles(self) -> None:
        from fupin_desktop.services.sync.facade import list_conflicts

        self.apply_role()
        try:
            n = len(list_conflicts(self.db))
        except Exception:  # the menu must open even if the database is busy
            log.info("could not count conflicts", exc_info=True)
            return
        text = self.tr("冲突处理(&C)")
        self.actions["conflicts"].setText(text if not n else self.tr("冲突处理(&C)（{n} 条待处理）").format(n=n))

    def _daily_backup(self) -> None:
        from fupin_desktop.services.sync.facade import daily_backup

        db = self.db
        self.runner(lambda progress, cancelled: daily_backup(db),
                    on_done=lambda path: path and log.info("daily backup %s", path),
                    on_error=lambda exc: log.warning("daily backup failed: %s", exc))

    # --- dialogs --------------------------------------------------------------------------
    def _show(self, dialog) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()

    def export_package(self):
        from fupin_desktop.gui.sync.export_dialog import ExportDialog

        dialog = ExportDialog(self.db, runner=self.runner, drives=self.drives, parent=self.main_window)
        dialog.exported.connect(lambda _r: self._refresh_views("history", "status"))
        self._show(dialog)
        return dialog

    def import_package(self, path=None):
        from fupin_desktop.gui.sync.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, runner=self.runner, drives=self.drives, path=path, parent=self.main_window)
        dialog.imported.connect(lambda _r: self._changed())
        self._show(dialog)
        return dialog

    def backup(self):
        from fupin_desktop.gui.sync.backup_dialogs import BackupDialog

        dialog = BackupDialog(self.db, runner=self.runner, drives=self.drives, parent=self.main_window)
        self._show(dialog)
        return dialog

    def restore(self, path=None):
        from fupin_desktop.gui.sync.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.db, runner=self.runner, path=path, parent=self.main_window)
        dialog.restored.connect(lambda _r: self._changed())
        self._show(dialog)
        return dialog

    def show_receipt(self, path=None) -> str:
        from pathlib import Path

        from fupin_desktop.gui.qt import QMessageBox
        from fupin_desktop.services.sync.facade import read_receipt

        if path is None:
            path, _ = get_open_file_name(self.main_window, self.tr("选择回执"), "",
                                         self.tr("回执 (fupin-receipt-*.json)"))
            if not path:
                return ""
        try:
            r = read_receipt(self.db, Path(path))
        except Exception as exc:
            log.warning("receipt %s refused: %s", path, exc)  # the detail (and the English gist) for the log
            text = self.tr("回执无效：{error}").format(error=error_text(exc))
        else:
            text = self._receipt_text(r)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("回执"), text, parent=self.main_window)
        box.setObjectName("receiptBox")
        self.dialogs.append(box)
        box.show()
        return text

    def _receipt_text(self, r) -> str:
        """Which package the county got, as the cadre knows it (when it was made, for which villages,
        which of this laptop's packages), and what the county did with it; the package id goes to the log."""
        from fupin_desktop.services.sync.facade import sent_package

        log.info("receipt for package %s from %s", r.package_id, r.receiver_label)
        sent = sent_package(self.db, r.package_id)
        if sent is None:
            package = self.tr("一个不在本机发送记录中的同步包（可能是另一台电脑导出的，或在本机恢复备份之前导出的）")
        else:
            here = self.tr("本机（{computer}）").format(computer=sent.computer) if sent.computer else self.tr("本机")
            package = self.tr("{here}{made} 导出的第 {n} 个同步包（{villages}）").format(
                here=here, made=when_text(sent.made_at), n=sent.number, villages="、".join(sent.villages) or "—")
        county = r.receiver_label or self.tr("县级")
        if r.status == "already_imported":
            return self.tr("县里（{county}）{at} 收到了{package}：这个包之前已经导入过，这次没有改动任何数据。").format(
                county=county, at=when_text(r.imported_at), package=package)
        return self.tr("县里（{county}）已于 {at} 导入了{package}：共 {n} 条记录，新增 {new}，修改 {changed}，"
                       "未变 {unchanged}，删除 {deleted}，冲突 {conflicts}，疑似重复 {duplicates}。").format(
            county=county, at=when_text(r.imported_at), package=package, n=r.records, new=r.new,
            changed=r.changed, unchanged=r.unchanged, deleted=r.deleted, conflicts=r.conflicts,
            duplicates=r.duplicates)

    def _changed(self) -> None:
        self._refresh_views()
        self.data_changed.emit()

    def _refresh_views(self, *keys: str) -> None:
        for key, view in self.views.items():
            if (not keys or key in keys) and hasattr(view, "refresh"):
                view.refresh()

    # --- views ----------------------------------------------------------------------------
    def _make(self, key: str) -> tuple[QWidget, str]:
        if key == "conflicts":
            from fupin_desktop.gui.sync.review_views import ConflictReviewWidget

            widget = ConflictReviewWidget(self.db, runner=self.runner)
            widget.resolved.connect(lambda _cid: self.data_changed.emit())
            return widget, self.tr("冲突处理")
        if key == "duplicates":
            from fupin_desktop.gui.sync.review_views import DuplicatesWidget

            widget = DuplicatesWidget(self.db, runner=self.runner)
            if hasattr(self.main_window, "open_household"):
                widget.household_activated.connect(self.main_window.open_household)
            return widget, self.tr("疑似重复人员")
        if key == "history":
            from fupin_desktop.gui.sync.review_views import PackageHistoryWidget

            return PackageHistoryWidget(self.db, runner=self.runner), self.tr("同步包收发记录")
        if key == "status":
            from fupin_desktop.gui.operations import run_write
            from fupin_desktop.gui.sync.status_view import SyncStatusWidget

            writer = getattr(self.main_window, "writer", None) or (
                run_write if self.runner is run_in_background else self.runner)
            widget = SyncStatusWidget(self.db, writer=writer, today=getattr(self.main_window, "today", None))
            return widget, self.tr("同步状态")
        if key == "keys":
            from fupin_desktop.gui.sync.keys_page import KeysWidget

            return KeysWidget(self.db, runner=self.runner), self.tr("密钥与加入")
        raise KeyError(key)

    def open_view(self, key: str) -> QWidget:
        widget = self.views.get(key)
        if widget is None:
            widget, title = self._make(key)
            widget.setWindowTitle(title)
            self.views[key] = widget
        elif hasattr(widget, "refresh"):
            widget.refresh()
        if hasattr(self.main_window, "show_view"):
            self.main_window.show_view(widget, widget.windowTitle())
        else:
            holder = widget.parentWidget()
            if holder is None:
                holder = QWidget(self.main_window, Qt.WindowType.Window)
                holder.setObjectName(f"syncWindow_{key}")
                holder.setWindowTitle(widget.windowTitle())
                QVBoxLayout(holder).addWidget(widget)
                holder.resize(1000, 640)
            holder.show()
            holder.raise_()
        return widget
