"""One 整改 item: source, village (and household), problem, action, responsible, deadline, status, evidence."""

from __future__ import annotations

from datetime import date
from typing import Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class RectificationDialog(QDialog):
    """New item when ``item`` is None, else edits it. Saving calls the rectification service."""

    def __init__(self, db, item=None, parent: Optional[QWidget] = None):
        from fupin_desktop.gui import vocab_labels
        from fupin_desktop.services.county.rectification import village_choices

        super().__init__(parent)
        self.db = db
        self.item = item
        self.saved_id: Optional[str] = None
        self.setObjectName("rectificationDialog")
        self.setWindowTitle(self.tr("新建整改事项") if item is None else self.tr("编辑整改事项"))
        self.resize(560, 520)
        self.source = QComboBox()
        for code, text in vocab_labels.items("rectification_source"):
            self.source.addItem(text, code)
        self.village = QComboBox()
        self.village.setEditable(True)  # type to find among hundreds of villages
        self.village.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.village.addItem(self.tr("（不限定村）"), None)
        for vid, label in village_choices(db):
            self.village.addItem(label, vid)
        self.household = QComboBox()
        self.household.setEditable(True)
        self.household.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.village.currentIndexChanged.connect(self._load_households)
        self.problem = QPlainTextEdit()
        self.problem.setObjectName("problemEdit")
        self.problem.setPlaceholderText(self.tr("检查发现的问题"))
        self.action = QPlainTextEdit()
        self.action.setPlaceholderText(self.tr("整改措施"))
        self.responsible = QLineEdit()
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setDate(QDate.currentDate().addDays(30))
        self.status = QComboBox()
        for code, text in vocab_labels.items("rectification_status"):
            self.status.addItem(text, code)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(self.tr("整改佐证说明：做了什么，有何材料（销号时必填）"))
        for note in (self.problem, self.action, self.evidence):
            note.setTabChangesFocus(True)  # Tab goes on to the next field, as in every form; never a tab character
        form = QFormLayout()
        form.addRow(self.tr("问题来源"), self.source)
        form.addRow(self.tr("行政村"), self.village)
        form.addRow(self.tr("农户（可选）"), self.household)
        form.addRow(self.tr("存在问题"), self.problem)
        form.addRow(self.tr("整改措施"), self.action)
        form.addRow(self.tr("责任人"), self.responsible)
        form.addRow(self.tr("整改时限"), self.deadline)
        form.addRow(self.tr("整改状态"), self.status)
        form.addRow(self.tr("整改佐证"), self.evidence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load_households()
        if item is not None:
            self._fill(item)

    def _load_households(self) -> None:
        from fupin_desktop.services.county.rectification import household_choices

        self.household.clear()
        self.household.addItem(self.tr("（不限定农户）"), None)
        village_id = self.village.currentData()
        if village_id:
            for hid, label in household_choices(self.db, village_id):
                self.household.addItem(label, hid)

    def _fill(self, item) -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(item.source)))
        self.village.setCurrentIndex(max(0, self.village.findData(item.village_id)))
        self.household.setCurrentIndex(max(0, self.household.findData(item.household_id)))
        self.problem.setPlainText(item.problem)
        self.action.setPlainText(item.action)
        self.responsible.setText(item.responsible)
        if item.deadline:
            self.deadline.setDate(QDate(item.deadline.year, item.deadline.month, item.deadline.day))
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        self.evidence.setPlainText(item.evidence_note)

    def values(self) -> dict:
        d = self.deadline.date()
        return {
            "source": self.source.currentData(),
            "village_id": self.village.currentData(),
            "household_id": self.household.currentData(),
            "problem": self.problem.toPlainText(),
            "action": self.action.toPlainText(),
            "responsible": self.responsible.text(),
            "deadline": date(d.year(), d.month(), d.day()),
        }

    def save(self) -> None:
        from fupin_desktop.errors import UserFacingError
        from fupin_desktop.services.county import rectification as rect

        values = self.values()
        status = self.status.currentData()
        evidence = self.evidence.toPlainText()
        if status == rect.STATUS_CLOSED and not evidence.strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("销号前请填写整改佐证说明（做了什么、有何材料）"))
            return
        try:
            if self.item is None:
                self.saved_id = rect.create_item(self.db, **values,
                                                 status=status if status != rect.STATUS_CLOSED else rect.STATUS_OPEN)
                if status == rect.STATUS_CLOSED or evidence.strip():
                    rect.set_status(self.db, self.saved_id, status, evidence_note=evidence)
            else:
                self.saved_id = self.item.id
                rect.update_item(self.db, self.item.id, **values)
                if status != self.item.status or evidence != self.item.evidence_note:
                    rect.set_status(self.db, self.item.id, status, evidence_note=evidence)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.accept()
