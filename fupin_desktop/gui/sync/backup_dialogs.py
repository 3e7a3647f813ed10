"""备份到U盘 and 从备份恢复.

The backup is encrypted (to this laptop, the county key and the escrow key, or to a passphrase),
written with the verified-write steps. Restoring first shows what the backup holds, backs the
current data up, and refuses a damaged backup without touching anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_open_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.sync.common import PlacePicker, ProgressRow, human_size, when_text
from fupin_desktop.services.sync import facade as sync_service
from fupin_desktop.sync.conflicts import table_label

MIN_PASSPHRASE = 8


def _label(parent) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BackupDialog(QDialog):
    def __init__(self, db, runner: Callable = run_in_background, drives=None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.operation = None
        self.result = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("备份到U盘"))
        self.resize(640, 320)
        self.place = PlacePicker(drives, self)
        self.use_passphrase = QCheckBox(self.tr("用口令加密（换电脑恢复时输入口令）"))
        self.use_passphrase.setObjectName("usePassphrase")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        enrolled = sync_service.keys_overview(db).county is not None
        self.use_passphrase.setChecked(not enrolled)
        self.use_passphrase.setEnabled(enrolled)
        self.note = _label(self)
        self.note.setText(self.tr("备份已加密：U盘丢失也不会泄露数据。") + (
            self.tr("不设口令时，本机、县级或托管恢复密钥可以打开它。") if enrolled else
            self.tr("本机尚未加入县级，请设定口令，否则换电脑后无法恢复。")))
        self.progress = ProgressRow(self)
        self.progress.cancel_requested.connect(self.cancel)
        self.result_label = _label(self)
        self.result_label.setObjectName("backupResult")
        form = QFormLayout()
        form.addRow(self.tr("写到："), self.place)
        form.addRow("", self.use_passphrase)
        form.addRow(self.tr("口令："), self.passphrase)
        form.addRow(self.tr("再输入一次："), self.again)
        self.buttons = QDialogButtonBox()
        self.backup_button = self.buttons.addButton(self.tr("备份"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.backup_button.setObjectName("backupButton")
        close = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.backup_button.clicked.connect(self.start)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for w in (self.passphrase, self.again):
            w.textChanged.connect(lambda _t: self._update())
        self.use_passphrase.toggled.connect(lambda _on: self._update())
        self.place.changed.connect(self._update)
        self._update()

    def _passphrase_problem(self) -> str:
        if not self.use_passphrase.isChecked():
            return ""
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("口令至少 {n} 个字符").format(n=MIN_PASSPHRASE)
        if self.passphrase.text() != self.again.text():
            return self.tr("两次输入的口令不一致")
        return ""

    def _update(self) -> None:
        on = self.use_passphrase.isChecked()
        self.passphrase.setEnabled(on)
        self.again.setEnabled(on)
        problem = self._passphrase_problem()
        if problem and self.passphrase.text():
            self.result_label.setText(problem)
        self.backup_button.setEnabled(self.operation is None and self.place.path() is not None and not problem)

    def start(self) -> None:
        db, folder = self.db, self.place.path()
        passphrase = self.passphrase.text() if self.use_passphrase.isChecked() else None
        self.progress.start(self.tr("正在备份并校验……"))
        self.operation = self.runner(lambda progress, cancelled: sync_service.make_backup(db, folder, passphrase, progress),
                                     on_done=self._done, on_error=self._failed, on_progress=self.progress.set_progress)
        self._update()

    def cancel(self) -> None:
        if self.operation is not None and hasattr(self.operation, "cancel"):
            self.operation.cancel()

    def _done(self, result) -> None:
        self.operation = None
        self.result = result
        self.progress.stop()
        self.result_label.setText(self.tr("已写入 {path}（{size}）。已校验，可以安全拔出。").format(
            path=result.path, size=human_size(result.size)))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.stop()
        self.result_label.setText(self.tr("备份失败：{error}").format(error=error_text(exc)))
        self._update()


class RestoreDialog(QDialog):
    """Choose a backup, see what it holds, then restore (the current data is backed up first)."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, db, runner: Callable = run_in_background, path: Optional[Path] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.operation = None
        self.info = None
        self.result = None
        self.identity_files: list[Path] = []
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("从备份恢复"))
        self.resize(640, 420)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("backupPath")
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("选择备份文件…"))
        browse.clicked.connect(self.browse)
        identity = QPushButton(self.tr("使用托管/县级密钥文件…"))
        identity.clicked.connect(lambda: self.choose_identity())  # clicked's flag is no path
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("用口令加密的备份才需要"))
        self.details = _label(self)
        self.details.setObjectName("backupDetails")
        self.progress = ProgressRow(self)
        self.progress.cancel_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("备份文件："), row)
        form.addRow(self.tr("口令："), self.passphrase)
        form.addRow("", identity)
        self.buttons = QDialogButtonBox()
        self.inspect_button = self.buttons.addButton(self.tr("查看内容"), QDialogButtonBox.ButtonRole.ActionRole)
        self.inspect_button.setObjectName("inspectButton")
        self.restore_button = self.buttons.addButton(self.tr("恢复"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        close = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.inspect_button.clicked.connect(self.inspect)
        self.restore_button.clicked.connect(lambda: self.restore())
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        if path is not None:
            self.set_path(Path(path))
        self._update()

    def browse(self) -> None:
        path, _ = get_open_file_name(self, self.tr("选择备份文件"), "", self.tr("备份 (*.fbak)"))
        if path:
            self.set_path(Path(path))

    def choose_identity(self, path: Optional[str] = None) -> None:
        if not path:
            path, _ = get_open_file_name(self, self.tr("选择托管或县级密钥文件"))
            if not path:
                return
        self.identity_files = [Path(path)]
        self.details.setText(self.tr("将使用密钥文件 {path} 解密。").format(path=path))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.info = None
        self.details.setText(self.tr("点“查看内容”解密并检查备份（不改动当前数据）。"))
        self._update()

    def _update(self) -> None:
        idle = self.operation is None
        self.inspect_button.setEnabled(idle and bool(self.path_edit.text()))
        self.restore_button.setEnabled(idle and self.info is not None and self.result is None)

    def _secret(self) -> Optional[str]:
        return self.passphrase.text() or None

    def inspect(self) -> None:
        db_path, path, ids, secret = self.db.path, Path(self.path_edit.text()), list(self.identity_files), self._secret()
        self.progress.start(self.tr("正在解密并检查……"))
        self.operation = self.runner(lambda p, c: sync_service.inspect_backup(db_path, path, ids, secret),
                                     on_done=self._inspected, on_error=self._failed)
        self._update()

    def _when(self, created_at: str) -> str:
        """The backup's time as a person writes it: 2026年12月4日 21:08."""
        return when_text(created_at)

    def _made_by(self, info) -> str:
        """The computer that made the backup by its name (the device id means nothing to a person)."""
        here = info.device_id == self.db.device_id
        if info.device_label:
            return info.device_label + (self.tr("（本机）") if here else "")
        return self.tr("本机") if here else self.tr("另一台电脑（备份里没有记下名称）")

    def _inspected(self, info) -> None:
        self.operation = None
        self.progress.stop()
        self.info = info
        counts = "，".join(f"{table_label(k)} {v}" for k, v in info.counts.items() if v)
        self.details.setText(self.tr("备份时间：{at}\n备份的电脑：{computer}\n内容：{counts}\n\n恢复会用这份备份替换当前数据；"
                                     "当前数据会先自动备份。").format(at=self._when(info.created_at),
                                                                 computer=self._made_by(info), counts=counts or "—"))
        self._update()

    def restore(self, confirm: bool = True) -> None:
        if self.info is None:
            return
        if confirm and QMessageBox.question(self, self.tr("从备份恢复"), self.tr(
                "用 {at} 的备份替换当前数据吗？当前数据会先自动备份。").format(
                at=self._when(self.info.created_at))) != QMessageBox.StandardButton.Yes:
            return
        db, path, ids, secret = self.db, Path(self.path_edit.text()), list(self.identity_files), self._secret()
        self.progress.start(self.tr("正在恢复……"))
        db.close()  # every connection closed; reopened on the restored file afterwards (_restored)
        self.operation = self.runner(lambda p, c: sync_service.restore_backup(db.path, path, ids, secret),
                                     on_done=self._restored, on_error=self._failed)
        self._update()

    def _restored(self, result) -> None:
        self.operation = None
        self.db.reopen()  # held and kept open again, now the restored file
        self.db.device_id = result.new_device_id
        self.progress.stop()
        self.result = result
        self.details.setText(self.details.text().split("\n\n")[0] + "\n\n" + self.tr(
            "已恢复。恢复前的数据已备份到 {path}。建议重新启动程序。").format(path=result.previous_copy or "—"))
        self._update()
        self.restored.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        if self.db.closed:  # closed for the restore: the current data goes on
            self.db.reopen()
        self.progress.stop()
        self.details.setText(self.tr("未恢复，当前数据未改动：{error}").format(error=error_text(exc)))
        self._update()
