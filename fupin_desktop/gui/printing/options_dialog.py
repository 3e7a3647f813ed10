"""What to print for a village: the village and group, and for a notice its kind, period and phone.

Fed with plain values (village choices, notice kinds, defaults) by the caller; no database here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional, Sequence

from fupin_desktop.domain.phone import phone_problem
from fupin_desktop.gui.hint_space import reserve_hint_space, show_hint
from fupin_desktop.gui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class PrintOptions:
    village_code: str
    group: Optional[str]
    kind: str = "plan"
    start: Optional[date] = None
    days: int = 7
    phone: str = ""


class PrintOptionsDialog(QDialog):
    def __init__(self, villages: Sequence, notice: bool = False, kinds: Sequence = (), phone: str = "",
                 days: int = 7, min_days: int = 5, village_code: Optional[str] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.notice = notice
        self.villages = list(villages)
        self.setObjectName("printOptions")
        self.setWindowTitle(self.tr("打印公示名单") if notice else self.tr("打印帮扶计划卡"))
        form = QFormLayout()
        self.village_box = QComboBox(self)
        self.village_box.setObjectName("villageBox")
        for choice in self.villages:
            self.village_box.addItem(choice.label, choice.code)
        self.group_box = QComboBox(self)
        self.group_box.setObjectName("groupBox")
        self.village_box.currentIndexChanged.connect(self._fill_groups)
        form.addRow(self.tr("村："), self.village_box)
        form.addRow(self.tr("村民小组："), self.group_box)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("kindBox")
        self.start_edit = QDateEdit(QDate.currentDate(), self)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(min_days, 90)
        self.days_spin.setValue(max(days, min_days))
        self.days_spin.setSuffix(self.tr(" 天"))
        self.phone_edit = QLineEdit(phone, self)
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setPlaceholderText(self.tr("村委会或乡镇的监督电话"))
        # Why OK is disabled for a phone such as 1234567 (no area code); room reserved so nothing moves.
        self.phone_message = reserve_hint_space(QLabel(self))
        self.phone_message.setObjectName("phoneMessage")
        if notice:
            for kind in kinds:
                self.kind_box.addItem(kind.label, kind.code)
            form.addRow(self.tr("公示类型："), self.kind_box)
            form.addRow(self.tr("公示开始："), self.start_edit)
            form.addRow(self.tr("公示天数："), self.days_spin)
            form.addRow(self.tr("异议电话："), self.phone_edit)
            form.addRow(self.phone_message)
        else:
            for w in (self.kind_box, self.start_edit, self.days_spin, self.phone_edit, self.phone_message):
                w.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("预览"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.phone_edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if village_code is not None:
            index = self.village_box.findData(village_code)
            if index >= 0:
                self.village_box.setCurrentIndex(index)
        self._fill_groups()
        self._validate()

    def _fill_groups(self) -> None:
        self.group_box.clear()
        self.group_box.addItem(self.tr("全村"), None)
        index = self.village_box.currentIndex()
        if 0 <= index < len(self.villages):
            for group in self.villages[index].groups:
                self.group_box.addItem(group, group)

    def _validate(self) -> None:
        problem = phone_problem(self.phone_edit.text(), allow_service=True) if self.notice else None
        if self.notice:
            show_hint(self.phone_message, problem or "", "color: #b00020;")
        ok = self.village_box.count() > 0 and (not self.notice or bool(self.phone_edit.text().strip())) and not problem
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def options(self) -> PrintOptions:
        start = self.start_edit.date()
        return PrintOptions(
            village_code=self.village_box.currentData(),
            group=self.group_box.currentData(),
            kind=self.kind_box.currentData() or "plan",
            start=date(start.year(), start.month(), start.day()),
            days=self.days_spin.value(),
            phone=self.phone_edit.text().strip(),
        )
