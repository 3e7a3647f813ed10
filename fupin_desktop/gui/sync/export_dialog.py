"""导出同步包: choose the receiver and the stick, write in the background, verify, say it is safe.

A village laptop always writes for the county office. The county chooses an enrolled laptop, or
enrols a new one from its join request (showing the request's fingerprint to compare in person)
and ticks the villages it gets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text, logged_error_text
from fupin_desktop.gui.file_dialogs import get_open_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.sync.common import PlacePicker, ProgressRow, human_size
from fupin_desktop.services.sync import facade as sync_service

NEW_LAPTOP = "__new__"


class ExportDialog(QDialog):
    exported = Signal(object)  # list[ExportResult]

    def __init__(self, db, runner: Callable = run_in_background, drives=None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.operation = None
        self.results = None
        self.request = None
        self.request_path: Optional[Path] = None
        self.setObjectName("syncExportDialog")
        self.setWindowTitle(self.tr("导出同步包"))
        self.resize(720, 520)
        self.overview = sync_service.keys_overview(db)

        self.receiver = QComboBox()
        self.receiver.setObjectName("receiverCombo")
        self.receiver_note = QLabel()
        self.receiver_note.setWordWrap(True)
        self.request_button = QPushButton(self.tr("选择加入申请文件…"))
        self.request_button.setObjectName("requestButton")
        self.request_button.clicked.connect(lambda: self.choose_request())  # clicked's flag is no path
        self.villages = QListWidget()
        self.villages.setObjectName("villageList")
        self.villages.itemChanged.connect(lambda _item: self._suggest_label())
        # The new laptop's short name: it names the laptop in lists and its packages' file names.
        self.laptop_label = QLineEdit()
        self.laptop_label.setObjectName("laptopLabel")
        self.laptop_label.setMaxLength(16)
        self.laptop_label.setPlaceholderText(self.tr("如：甲村1号电脑（不要写人名）"))
        self._suggested_label = ""
        self.place = PlacePicker(drives, self)
        self.progress = ProgressRow(self)
        self.progress.cancel_requested.connect(self.cancel)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("接收方："), self.receiver)
        row = QHBoxLayout()
        row.addWidget(self.request_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.receiver_note)
        self.villages_caption = QLabel(self.tr("分配的村："))  # shown with the list: a laptop has none
        form.addRow(self.villages_caption, self.villages)
        self.laptop_label_caption = QLabel(self.tr("电脑名称："))
        form.addRow(self.laptop_label_caption, self.laptop_label)
        form.addRow(self.tr("写到："), self.place)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill_receivers()
        self.receiver.currentIndexChanged.connect(lambda _i: self._receiver_changed())
        self.place.changed.connect(self._update_buttons)
        self._receiver_changed()

    # --- receivers ------------------------------------------------------------------------
    def _fill_receivers(self) -> None:
        ov = self.overview
        if ov.is_county:
            for laptop in ov.laptops:
                if not laptop.revoked:
                    # by name and villages: a fingerprint is for comparing in person, which nobody does here
                    self.receiver.addItem(self.tr("{label}（村 {villages}）").format(
                        label=laptop.label, villages=ov.villages_text(laptop.villages)), laptop.device_id)
            self.receiver.addItem(self.tr("新电脑：按加入申请文件加入…"), NEW_LAPTOP)
            for village in sync_service.list_villages(self.db):
                item = QListWidgetItem(f"{village.code}  {village.name}")
                item.setData(Qt.ItemDataRole.UserRole, village.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.villages.addItem(item)
        elif ov.enrolled:
            self.receiver.addItem(self.tr("县级：{label}").format(label=ov.county.label), ov.county.device_id)
        else:
            self.receiver_note.setText(self.tr(
                "本机尚未加入县级：请先在“同步 → 密钥与加入”中生成加入申请，交县里导出设置包，再导入。"))

    def _receiver_changed(self) -> None:
        new = self.receiver.currentData() == NEW_LAPTOP
        self.request_button.setVisible(new)
        self.villages.setVisible(self.overview.is_county)
        self.villages_caption.setVisible(self.overview.is_county)
        self.villages.setEnabled(new)
        self.laptop_label.setVisible(new)
        self.laptop_label_caption.setVisible(new)
        if self.overview.is_county and not new:
            laptop = next((k for k in self.overview.laptops if k.device_id == self.receiver.currentData()), None)
            for i in range(self.villages.count()):
                item = self.villages.item(i)
                on = laptop is not None and item.data(Qt.ItemDataRole.UserRole) in laptop.villages
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.receiver_note.setText("")
        elif new and self.request is None:
            self.receiver_note.setText(self.tr("请选择村干部电脑生成的加入申请文件。"))
        self._update_buttons()

    def choose_request(self, path: Optional[str] = None) -> None:
        if not path:
            path, _ = get_open_file_name(self, self.tr("选择加入申请文件"), "",
                                         self.tr("加入申请 (*.json)"))
            if not path:
                return
        try:
            self.request = sync_service.read_request(Path(path))
        except Exception as exc:  # UserFacingError: shown as is
            self.request = None
            self.receiver_note.setText(self.tr("无法读取加入申请：{error}").format(
                error=logged_error_text(exc, "reading a join request")))
        else:
            self.request_path = Path(path)
            self.receiver_note.setText(self.tr(
                "申请人：{who}\n申请电脑的指纹：{fp} —— 请与村干部电脑屏幕上显示的指纹当面核对，"
                "一致后再勾选分配的村并导出。").format(  # the fingerprint, not the hex device id, is compared
                who=" ".join(p for p in (self.request.unit, self.request.user_name) if p) or "—",
                fp=self.request.fingerprint))
        self._update_buttons()

    def _suggest_label(self) -> None:
        """Offer "<first ticked village>N号电脑" while the clerk has not typed a name of their own."""
        if self.receiver.currentData() != NEW_LAPTOP:
            return
        if self.laptop_label.text() in ("", self._suggested_label):
            self._suggested_label = sync_service.suggest_laptop_label(self.db, self.checked_villages())
            self.laptop_label.setText(self._suggested_label)
        self._update_buttons()

    def checked_villages(self) -> list[str]:
        return [self.villages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.villages.count())
                if self.villages.item(i).checkState() == Qt.CheckState.Checked]

    def _update_buttons(self) -> None:
        ready = self.receiver.count() > 0 and self.place.path() is not None and self.operation is None
        if self.receiver.currentData() == NEW_LAPTOP:
            ready = ready and self.request is not None and bool(self.checked_villages())
        self.export_button.setEnabled(ready)

    # --- export ---------------------------------------------------------------------------
    def start_export(self) -> None:
        folder = self.place.path()
        if folder is None:
            return
        db = self.db
        if self.receiver.currentData() == NEW_LAPTOP:
            villages, request, to = self.checked_villages(), self.request_path, None
            label = self.laptop_label.text().strip()
        elif self.overview.is_county:
            villages, request, to, label = None, None, self.receiver.currentData(), ""
        else:
            villages, request, to, label = None, None, None, ""
        self.result_label.setText("")
        self.progress.start(self.tr("正在导出并校验……"))
        self.export_button.setEnabled(False)

        def work(progress, cancelled):
            return sync_service.export(db, folder, villages=villages, join_request=request, to=to, progress=progress,
                                       laptop_label=label)

        self.operation = self.runner(work, on_done=self._done, on_error=self._failed,
                                     on_progress=self.progress.set_progress)

    def cancel(self) -> None:
        if self.operation is not None and hasattr(self.operation, "cancel"):
            self.operation.cancel()

    def _done(self, results) -> None:
        self.operation = None
        self.progress.stop()
        self.results = results
        lines = []
        for r in results:
            lines.append(self.tr("已写入 {path}（{records} 条记录，{size}）。已校验，可以安全拔出。").format(
                path=r.path, records=r.records, size=human_size(r.size)))
            if r.kind == "enrolment":  # the laptop's first import shows the county's fingerprint to compare
                lines.append(self.tr("这是“{peer}”的加入包。村干部第一次导入时，屏幕上会显示县级密钥指纹，请与本机指纹 {mine} "
                                     "当面核对，一致才导入。").format(peer=r.peer_label, mine=r.my_fingerprint))
        self.result_label.setText("\n".join(lines))
        self.result_label.setStyleSheet("color: #1b5e20;")
        self._update_buttons()
        self.exported.emit(results)

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.stop()
        self.result_label.setText(self.tr("导出失败：{error}").format(error=error_text(exc)))
        self.result_label.setStyleSheet("color: #b71c1c;")
        self._update_buttons()
