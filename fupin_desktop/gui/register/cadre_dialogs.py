"""编辑 › 帮扶责任人: the cadres list (add, edit, retire, bring back, make default) and the cadre form.

Widgets only: the list and every change go through ``services.register.cadres``. A retired cadre stays on
the records that name it and is shown greyed here; the forms of new records no longer offer it.
"""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.operations import write_and_wait
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.services.register import cadres as svc

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CadreFormDialog(QDialog):
    """新增/编辑帮扶责任人: name, post, unit, phone, village; errors shown under the fields."""

    def __init__(self, db, draft: svc.CadreDraft, villages: list[tuple[str, str]], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.draft = draft
        self.setObjectName("cadreFormDialog")
        self.setWindowTitle(self.tr("新增帮扶责任人") if draft.id is None else self.tr("编辑帮扶责任人"))
        self.nameEdit = QLineEdit(draft.name)
        self.nameEdit.setObjectName("cadreNameEdit")
        self.postEdit = QLineEdit(draft.post)
        self.postEdit.setObjectName("cadrePostEdit")
        self.postEdit.setPlaceholderText(self.tr("例如：驻村第一书记、帮扶干部"))
        self.unitEdit = QLineEdit(draft.unit)
        self.unitEdit.setObjectName("cadreUnitEdit")
        self.phoneEdit = QLineEdit(draft.phone)
        self.phoneEdit.setObjectName("cadrePhoneEdit")
        self.villageCombo = QComboBox()
        self.villageCombo.setObjectName("cadreVillageCombo")
        self.villageCombo.addItem(self.tr("（不限）"), "")
        for village_id, label in villages:
            self.villageCombo.addItem(label, village_id)
        self.villageCombo.setCurrentIndex(max(self.villageCombo.findData(draft.village_id or ""), 0))
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("cadreErrorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.errorLabel.setMinimumHeight(self.errorLabel.fontMetrics().lineSpacing() * 2)  # no jump when it fills
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.nameEdit)
        form.addRow(self.tr("职务"), self.postEdit)
        form.addRow(self.tr("单位"), self.unitEdit)
        form.addRow(self.tr("联系电话"), self.phoneEdit)
        form.addRow(self.tr("帮扶的村"), self.villageCombo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttonBox)

    def accept(self) -> None:
        d = self.draft
        d.name, d.post = self.nameEdit.text().strip(), self.postEdit.text().strip()
        d.unit, d.phone = self.unitEdit.text().strip(), self.phoneEdit.text().strip()
        d.village_id = self.villageCombo.currentData() or None
        result = write_and_wait(lambda: svc.save_cadre(self.db, d))
        if not result.saved:
            self.errorLabel.setText("\n".join(result.errors.values()))
            return
        super().accept()


class CadreListDialog(QDialog):
    """The 帮扶责任人 list; ``changed`` after any save, retirement or new default."""

    changed = Signal()

    def __init__(self, db, villages: list[tuple[str, str]] = (), parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.villages = list(villages)
        self.records: list[svc.CadreRecord] = []
        self.setObjectName("cadreListDialog")
        self.setWindowTitle(self.tr("帮扶责任人"))
        note = QLabel(self.tr("退出帮扶的责任人仍保留在原有的农户、措施和走访记录上，新登记时不再供选择。"
                              "“默认”的责任人是新增农户时预先填入的人。"))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("cadreTable")
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("职务"), self.tr("单位"), self.tr("联系电话"),
                                              self.tr("负责户数"), self.tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.addButton = self._button("cadreAddButton", self.tr("新增(&N)…"), self.add_cadre)
        self.editButton = self._button("cadreEditButton", self.tr("编辑(&E)…"), self.edit_selected)
        self.retireButton = self._button("cadreRetireButton", self.tr("退出帮扶(&T)…"), self.toggle_retired)
        self.defaultButton = self._button("cadreDefaultButton", self.tr("设为默认(&M)"), self.make_default)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.buttonBox.rejected.connect(self.reject)
        side = QVBoxLayout()
        for button in (self.addButton, self.editButton, self.retireButton, self.defaultButton):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttonBox)
        self.resize(760, 420)
        self.reload()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- list ---------------------------------------------------------------------------------
    def reload(self, select_id: str = "") -> None:
        select_id = select_id or self.selected_id()
        self.records = svc.list_cadres(self.db)
        table = self.table
        table.setRowCount(len(self.records))
        for row, c in enumerate(self.records):
            status = self.tr("已退出") if c.retired else (self.tr("在岗（默认）") if c.is_default else self.tr("在岗"))
            for col, text in enumerate((c.name, c.post, c.unit, c.phone, str(c.households), status)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, c.id)
                if col == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c.retired:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, col, item)
        target = next((r for r, c in enumerate(self.records) if c.id == select_id), 0 if self.records else -1)
        if target >= 0:
            table.selectRow(target)
        self._update_buttons()

    def selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).data(ID_ROLE) if rows else ""

    def selected(self) -> Optional[svc.CadreRecord]:
        cadre_id = self.selected_id()
        return next((c for c in self.records if c.id == cadre_id), None)

    def _update_buttons(self) -> None:
        c = self.selected()
        self.editButton.setEnabled(c is not None)
        self.retireButton.setEnabled(c is not None)
        self.retireButton.setText(self.tr("恢复在岗(&T)") if c is not None and c.retired else self.tr("退出帮扶(&T)…"))
        self.defaultButton.setEnabled(c is not None and not c.retired and not c.is_default)

    # --- actions -------------------------------------------------------------------------------
    def _form(self, draft: svc.CadreDraft) -> bool:
        dialog = CadreFormDialog(self.db, draft, self.villages, self)
        return bool(dialog.exec())

    def add_cadre(self) -> None:
        draft = svc.CadreDraft()
        if self._form(draft):
            self.reload(draft.id)
            self.changed.emit()

    def edit_selected(self) -> None:
        c = self.selected()
        if c is None:
            return
        draft = svc.load_cadre(self.db, c.id)
        if self._form(draft):
            self.reload(c.id)
            self.changed.emit()

    def toggle_retired(self) -> None:
        c = self.selected()
        if c is None:
            return
        if not c.retired:
            answer = QMessageBox.question(
                self, self.tr("退出帮扶"),
                self.tr("{name} 退出帮扶后，仍保留在其负责的 {n} 户及以往的措施、走访记录上，"
                        "新登记时不再供选择。确定吗？").format(name=c.name, n=c.households),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        write_and_wait(lambda: svc.set_retired(self.db, c.id, not c.retired))
        self.reload(c.id)
        self.changed.emit()

    def make_default(self) -> None:
        c = self.selected()
        if c is None or c.retired:
            return
        svc.set_default_cadre(self.db, c.id)
        self.reload(c.id)
        self.changed.emit()
