"""密钥与加入: this computer's fingerprint, joining the county (village), county keys and the
laptops it enrolled (county)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from fupin_desktop.gui.county.table_model import ROW_ROLE, ColumnSpec, RowTableModel
from fupin_desktop.gui.error_text import logged_error_text
from fupin_desktop.gui.file_dialogs import get_existing_directory
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.sync.common import when_text
from fupin_desktop.services.setup.settings import ROLE_COUNTY, role
from fupin_desktop.services.sync import facade as sync_service


class KeysWidget(QWidget):
    changed = Signal()

    def __init__(self, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.setObjectName("syncKeys")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("ownFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-size: 20pt; font-weight: bold; letter-spacing: 2px;")
        self.status = QLabel()
        self.status.setObjectName("keysStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("keysMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.request_button = QPushButton(self.tr("生成加入申请…"))
        self.request_button.setObjectName("joinRequestButton")
        self.request_button.clicked.connect(lambda: self.write_request())
        # A laptop that has joined needs no join request; a second one only when the county asks for it
        # (it no longer has this laptop on its list). Below the status, after a line, asked about first.
        self.rejoin_note = QLabel(self.tr(
            "本机已经加入，平时不需要再申请。只有县里说它那边没有本机的记录（例如县里换了电脑或恢复了旧的备份）、"
            "请本机重新申请时，才需要重新生成加入申请交给县里。本机的数据不受影响。"))
        self.rejoin_note.setObjectName("rejoinNote")
        self.rejoin_note.setWordWrap(True)
        self.rejoin_button = QPushButton(self.tr("重新生成加入申请…"))
        self.rejoin_button.setObjectName("rejoinButton")
        self.rejoin_button.clicked.connect(lambda: self.rejoin())
        self.rejoin_box = QWidget()
        self.rejoin_box.setObjectName("rejoinBox")
        rejoin = QVBoxLayout(self.rejoin_box)
        rejoin.setContentsMargins(0, 0, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        rejoin.addWidget(line)
        rejoin.addWidget(self.rejoin_note)
        rejoin_row = QHBoxLayout()
        rejoin_row.addWidget(self.rejoin_button)
        rejoin_row.addStretch(1)
        rejoin.addLayout(rejoin_row)
        self.init_button = QPushButton(self.tr("初始化为县级（生成县级密钥和托管恢复密钥）…"))
        self.init_button.setObjectName("initCountyButton")
        self.init_button.clicked.connect(lambda: self.init_county())
        self.revoke_button = QPushButton(self.tr("吊销选中电脑的密钥…"))
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(lambda: self.revoke_selected())

        self.laptops = RowTableModel([
            ColumnSpec(self.tr("电脑"), lambda k: k.label),
            ColumnSpec(self.tr("指纹"), lambda k: k.fingerprint),
            ColumnSpec(self.tr("分配的村"), lambda k: self.overview.villages_text(k.villages)),
            ColumnSpec(self.tr("加入时间"), lambda k: k.added_at.replace("T", " ")),
            ColumnSpec(self.tr("状态"), lambda k: self.tr("已吊销") if k.revoked else self.tr("有效")),
        ], parent=self)
        self.table = QTableView()
        self.table.setObjectName("laptopTable")
        self.table.setModel(self.laptops)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.laptop_box = QGroupBox(self.tr("已加入的村级电脑"))
        box = QVBoxLayout(self.laptop_box)
        box.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        box.addLayout(row)

        form = QFormLayout()
        form.addRow(self.tr("本机指纹："), self.fingerprint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.init_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.rejoin_box)
        layout.addWidget(self.laptop_box, 1)
        layout.addStretch(0)  # without the laptop table (a village laptop) the rest stays at the top
        self._enrolled: Optional[bool] = None
        self.refresh()

    def refresh(self) -> None:
        ov = sync_service.keys_overview(self.db)
        self.overview = ov
        self.fingerprint.setText(ov.fingerprint)  # what people compare; the hex device id is no one's business
        # Each role sees only its own steps: a village laptop joins a county, a county initialises and
        # enrols laptops. Keys already made the county's count as county whatever the role setting says.
        county = ov.is_county or role(self.db) == ROLE_COUNTY
        if ov.is_county:
            escrow = "、".join(k.fingerprint for k in ov.escrow) or "—"
            self.status.setText(self.tr("本机是县级：本机密钥即县级密钥。托管恢复密钥指纹：{escrow}").format(escrow=escrow))
        elif county:
            self.status.setText(self.tr(
                "本机是县级，尚未初始化县级密钥。点“初始化为县级”生成县级密钥和托管恢复密钥；"
                "之后才能为村级电脑导出设置包，让它们加入。"))
        elif ov.enrolled:
            self.status.setText(self._joined_text(ov))
        else:
            self.status.setText(self.tr(
                "尚未加入县级。点“生成加入申请”，把申请文件交给县里；县里导出的设置包导入后即加入。"
                "加入时请当面核对双方屏幕上显示的指纹。"))
        if self._enrolled is not None and ov.enrolled != self._enrolled:
            self.message.clear()  # "加入申请已写入…请当面核对" is done with once the laptop has joined
        self._enrolled = ov.enrolled
        self.request_button.setVisible(not county and not ov.enrolled)
        self.rejoin_box.setVisible(not county and ov.enrolled)
        self.init_button.setVisible(county and not ov.is_county)
        self.laptop_box.setVisible(ov.is_county)
        self.laptops.set_rows(ov.laptops)
        self.table.resizeColumnsToContents()

    def _joined_text(self, ov) -> str:
        """Which county office this laptop has joined, since when, under which name, for which villages."""
        county = ov.county.label or self.tr("县级")
        if ov.county.added_at:
            text = self.tr("本机已加入县级单位“{county}”，加入时间：{since}。").format(
                since=when_text(ov.county.added_at), county=county)
        else:
            text = self.tr("本机已加入县级单位“{county}”。").format(county=county)
        details = [self.tr("县里给本机的名称：{laptop}").format(laptop=ov.laptop_label)] if ov.laptop_label else []
        details.append(self.tr("分配的村：{villages}").format(villages=ov.villages_text(ov.villages)))
        details.append(self.tr("县级指纹：{fp}").format(fp=ov.county.fingerprint))
        return "\n".join([text, *details])

    def rejoin(self, folder: Optional[Path] = None) -> None:
        """A second join request, only after the cadre has read why it is rarely needed."""
        ov = self.overview
        if QMessageBox.question(self, self.tr("重新生成加入申请"), self.tr(
                "本机已加入县级单位“{county}”，平时不需要再申请。只有县里请本机重新申请时才需要。"
                "仍要生成一份新的加入申请吗？").format(county=ov.county.label if ov.county else self.tr("县级")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self.write_request(folder)

    def write_request(self, folder: Optional[Path] = None) -> None:
        if folder is None:
            chosen = get_existing_directory(self, self.tr("加入申请写到（如U盘）"))
            if not chosen:
                return
            folder = Path(chosen)
        try:
            result = sync_service.write_join_request(self.db, folder)
        except Exception as exc:
            self.message.setText(self.tr("未能生成加入申请：{error}").format(
                error=logged_error_text(exc, "writing a join request")))
            return
        self.message.setText(self.tr("加入申请已写入 {path}。县里导出设置包时会显示本机指纹 {fp}，请当面核对。").format(
            path=result.path, fp=result.fingerprint))

    def init_county(self, folder: Optional[Path] = None, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(self, self.tr("初始化为县级"), self.tr(
                "本机将成为县级：生成县级密钥和一把托管恢复密钥。托管密钥请写到单独的U盘或打印，离线保管，"
                "不要留在本机。继续吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if folder is None:
            chosen = get_existing_directory(self, self.tr("托管恢复密钥写到（单独的U盘）"))
            if not chosen:
                return
            folder = Path(chosen)
        try:
            result = sync_service.init_county(self.db, folder)
        except Exception as exc:
            self.message.setText(self.tr("未能初始化：{error}").format(
                error=logged_error_text(exc, "initialising the county keys")))
            return
        self.message.setText(self.tr(
            "已初始化。县级指纹 {county}；托管密钥指纹 {escrow}，已写入 {path}——请取走保管。").format(
            county=result.county_fingerprint, escrow=result.escrow_fingerprint, path=result.escrow_file))
        self.refresh()
        self.changed.emit()

    def revoke_selected(self, confirm: bool = True) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        key = self.laptops.data(rows[0], ROW_ROLE)
        # the laptop by name and villages: a fingerprint is for comparing screens, not for a yes/no
        if confirm and QMessageBox.question(self, self.tr("吊销密钥"), self.tr(
                "吊销“{label}”（分配的村：{villages}）的密钥后，它发来的同步包都将被拒绝。用于电脑丢失或停用。继续吗？").format(
                label=key.label, villages=self.overview.villages_text(key.villages))) != QMessageBox.StandardButton.Yes:
            return
        sync_service.revoke_key(self.db, key.fingerprint)
        self.refresh()
        self.changed.emit()
