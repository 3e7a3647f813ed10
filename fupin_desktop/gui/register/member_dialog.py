"""One member's full record (ui/member_dialog.ui), with the person rules shown next to the fields.

The dialog edits a copy; the household form takes it back on OK. Typing an ID number shows its
problems at once; a valid one fills sex and birth date (then read-only). When the number is
complete, a lookup shows whether the person is already registered in another household, with a
link to open that household.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.blank_entry import type_over_blanks_in
from fupin_desktop.gui.forms.ui_member_dialog import Ui_MemberDialog
from fupin_desktop.gui.hint_space import add_hint_row, reserve_hint_space, show_hint
from fupin_desktop.gui.qt import QDate, QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget, Signal
from fupin_desktop.gui.register.vocab_ui import CodeChecks, combo_code, fill_combo, set_combo_code
from fupin_desktop.gui.scroll_fit import scroll_layout_when_needed
from fupin_desktop.gui.window_size import resize_to_fit
from fupin_desktop.services.register.records import derive_member, id_problems, member_findings

MIN_DATE = QDate(1900, 1, 1)

# field -> (combo attribute on the form, vocabulary)
COMBOS = {
    "id_type": ("idTypeCombo", "id_type"),
    "sex": ("sexCombo", "sex"),
    "relationship": ("relationshipCombo", "relationship"),
    "ethnicity": ("ethnicityCombo", "ethnicity"),
    "political_status": ("politicalCombo", "political_status"),
    "education": ("educationCombo", "education"),
    "school_status": ("schoolCombo", "school_status"),
    "labour_skill": ("labourCombo", "labour_skill"),
    "work_status": ("workStatusCombo", "work_status"),
}
TEXTS = {"name": "nameEdit", "id_number": "idNumberEdit", "disability_grade": "disabilityGradeEdit",
         "phone": "phoneEdit", "note": "noteEdit"}
CHECKS = {"medical_insurance": "medicalInsuranceCheck", "serious_illness_insurance": "seriousIllnessCheck",
          "pension_insurance": "pensionCheck", "dibao": "dibaoCheck", "tekun": "tekunCheck",
          "active_military": "activeMilitaryCheck"}
MESSAGES = {"name": "nameMessage", "id_number": "idMessage", "birth_date": "birthMessage", "sex": "birthMessage",
            "relationship": "relationshipMessage", "school_status": "schoolMessage", "labour_skill": "labourMessage",
            "phone": "phoneMessage"}


class MemberDialog(QDialog):
    """``find_people(id_number) -> list[PersonRef]`` looks the number up among other households."""

    open_household = Signal(str)

    def __init__(self, member, find_people: Optional[Callable[[str], list]] = None, today: Optional[date] = None,
                 household_id: Optional[str] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        type_over_blanks_in(self)  # a click into 0 个月 and digits fill 务工时间 in
        # Scrolls at 特大 (设置 › 文字大小) rather than overflow a 768-pixel screen.
        scroll_layout_when_needed(self.ui.mainLayout, self.ui.columnsLayout, "memberFields")
        self.member = dataclasses.replace(member)
        self.find_people = find_people
        self.today = today or date.today()
        self.household_id = household_id
        self.duplicates: list = []
        # Hints keep their room: a message appearing must not push the fields below it (§2.9).
        self.ui.phoneMessage = add_hint_row(self.ui.identityForm, self.ui.phoneEdit, "phoneMessage")
        for label_name in set(MESSAGES.values()) | {"duplicateLabel"}:
            reserve_hint_space(getattr(self.ui, label_name))
        self.health = CodeChecks("health", self.ui.healthHolder)
        holder = QVBoxLayout(self.ui.healthHolder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.health)
        previous = self.ui.schoolCombo  # the boxes are made after the form: put them where they are shown
        for box in self.health.boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        for name, vocab_name in COMBOS.values():
            fill_combo(getattr(self.ui, name), vocab_name, empty_text="")
        self.ui.birthDateEdit.setMinimumDate(MIN_DATE)
        self.ui.birthDateEdit.setMaximumDate(QDate.currentDate())
        self.ui.duplicateLabel.linkActivated.connect(self._link)
        # The .ui file has no connections: without these two lines 确定 and 取消 do nothing.
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load()
        self.ui.idNumberEdit.textChanged.connect(self._id_typed)
        self.ui.idNumberEdit.editingFinished.connect(self.check_duplicates)
        for widget in [getattr(self.ui, n) for n in TEXTS.values()]:
            widget.textChanged.connect(self._revalidate)
        for name, _v in COMBOS.values():
            getattr(self.ui, name).currentIndexChanged.connect(self._revalidate)
        self.ui.birthDateEdit.dateChanged.connect(self._revalidate)
        self.health.changed.connect(self._revalidate)
        self._id_typed(self.ui.idNumberEdit.text())
        self.check_duplicates()
        self._sized = False
        self._as_opened = dataclasses.asdict(self.collect())  # what 取消/Esc compares with

    def is_dirty(self) -> bool:
        return dataclasses.asdict(self.collect()) != self._as_opened

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The .ui's 820×520 was too low for the fields at 标准 already (联系电话 hid below a scroll
        # bar on a 1366×768 laptop): open as large as the fields ask (known once polished), within the screen.
        if not self._sized:
            self._sized = True
            self.ensurePolished()
            self.layout().activate()
            hint = self.sizeHint()
            resize_to_fit(self, max(self.width(), hint.width()), max(self.height(), hint.height()))
        super().showEvent(event)

    # --- values -----------------------------------------------------------------------------
    def _load(self) -> None:
        m = self.member
        for field, name in TEXTS.items():
            getattr(self.ui, name).setText(getattr(m, field) or "")
        for field, (name, _v) in COMBOS.items():
            set_combo_code(getattr(self.ui, name), getattr(m, field))
        for field, name in CHECKS.items():
            getattr(self.ui, name).setChecked(bool(getattr(m, field)))
        self.health.set_codes(m.health)
        self.ui.workMonthsSpin.setValue(float(m.work_months or 0))
        self._set_birth(m.birth_date)

    def _set_birth(self, birth: Optional[date]) -> None:
        self.ui.birthDateEdit.blockSignals(True)
        if birth is None:
            self.ui.birthDateEdit.setDate(MIN_DATE)
        else:
            self.ui.birthDateEdit.setDate(QDate(birth.year, birth.month, birth.day))
        self.ui.birthDateEdit.blockSignals(False)

    def _birth(self) -> Optional[date]:
        qd = self.ui.birthDateEdit.date()
        return None if qd == MIN_DATE else date(qd.year(), qd.month(), qd.day())

    def collect(self):
        """The edited member (a copy of what was passed in)."""
        m = self.member
        for field, name in TEXTS.items():
            setattr(m, field, getattr(self.ui, name).text().strip())
        for field, (name, _v) in COMBOS.items():
            setattr(m, field, combo_code(getattr(self.ui, name)))
        for field, name in CHECKS.items():
            setattr(m, field, getattr(self.ui, name).isChecked())
        m.health = self.health.codes()
        m.work_months = float(self.ui.workMonthsSpin.value())
        m.birth_date = self._birth()
        derive_member(m)
        return m

    # --- live rules -------------------------------------------------------------------------
    def _id_typed(self, text: str) -> None:
        errors, warnings = id_problems(text)
        derived = bool(text.strip()) and not errors
        self.ui.sexCombo.setEnabled(not derived)
        self.ui.birthDateEdit.setEnabled(not derived)
        if derived:
            probe = dataclasses.replace(self.member, id_number=text)
            derive_member(probe)
            set_combo_code(self.ui.sexCombo, probe.sex)
            self._set_birth(probe.birth_date)
        self._revalidate()

    def _revalidate(self, *_args) -> list:
        member = self.collect()
        findings = member_findings(dataclasses.replace(member), self.today, self.household_id)
        per_label: dict[str, list] = {}
        for f in findings:
            per_label.setdefault(MESSAGES.get(f.field or "name", "nameMessage"), []).append(f)
        for label_name in set(MESSAGES.values()):
            self._show(getattr(self.ui, label_name), per_label.get(label_name, []))
        self.findings = findings
        return findings

    @staticmethod
    def _show(label: QLabel, findings: list) -> None:
        error = any(f.is_error for f in findings)
        show_hint(label, "\n".join(f.message for f in findings), "color: #b00020;" if error else "color: #9a6700;")

    def check_duplicates(self) -> list:
        """Look the typed number up in other households (called when the ID field is left)."""
        text = self.ui.idNumberEdit.text().strip()
        errors, _warnings = id_problems(text)
        self.duplicates = self.find_people(text) if (self.find_people and text and not errors) else []
        live = [p for p in self.duplicates if not p.household_deleted]
        if not self.duplicates:
            show_hint(self.ui.duplicateLabel, "")
            return []
        ref = (live or self.duplicates)[0]
        colour = "#b00020" if live else "#9a6700"
        text = self.tr("此证件号码已登记：{who}。").format(who=ref.describe())
        link = self.tr("打开该户")
        self.ui.duplicateLabel.setText(
            f"<span style='color:{colour}'>{text}</span> <a href='household:{ref.household_id}'>{link}</a>")
        self.ui.duplicateLabel.show()
        return self.duplicates

    def _link(self, href: str) -> None:
        if href.startswith("household:"):
            self.open_household.emit(href.split(":", 1)[1])

    def accept(self) -> None:
        self.collect()
        phone = [f for f in self._revalidate() if f.field == "phone" and f.is_error]
        if phone:  # refused with the reason, shown under the field (the form would refuse it on saving anyway)
            self.ui.phoneEdit.setFocus()
            return
        super().accept()

    def reject(self) -> None:  # Esc, 取消, the window's close button: a member typed in is not dropped unasked
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("尚未保存"), self.tr("“{name}”的修改尚未保存。是否保存？").format(
                    name=self.ui.nameEdit.text().strip() or self.tr("新成员")),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
        super().reject()
