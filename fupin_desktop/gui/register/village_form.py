"""The village form (ui/village_form.ui): indicators, poverty-village flag, exit year, live incidence.

The indicator check boxes come from the ``village_indicator`` vocabulary; the poverty incidence
and the exit assessment are recomputed on every edit from the register's count of remaining poor
people (read once when the form opens) and the population typed here.
"""

from __future__ import annotations

from typing import Optional

from fupin_desktop.domain.thresholds import thresholds
from fupin_desktop.domain.village_exit import percent
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui.amount_input import AmountSpinBox
from fupin_desktop.gui.blank_entry import type_over_blanks_in
from fupin_desktop.gui.forms.ui_village_form import Ui_VillageForm
from fupin_desktop.gui.operations import write_and_wait
from fupin_desktop.gui.qt import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
    Signal,
)
from fupin_desktop.gui.vocab_labels import shown
from fupin_desktop.services.register.villages import (
    VillageFormData,
    assess,
    save_village,
    township_choices,
    validate_village,
)


class VillageFormDialog(QDialog):
    saved = Signal(str)

    def __init__(self, db, data: VillageFormData, township_name: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.data = data
        self.draft = data.draft
        self.ui = Ui_VillageForm()
        self.ui.setupUi(self)
        type_over_blanks_in(self)  # a click into 未填 and digits fill the year or population in
        self.setObjectName("villageForm")
        self.indicators: dict[str, QWidget] = {}
        self._build_indicators()
        self._keyboard_order()
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存(&S)"))
        save.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        if township_name and not self.draft.township_name:
            self.draft.township_name = township_name
        self._fill_townships()
        self._load()
        self.snapshot = self._values()
        for widget in (self.ui.nameEdit, self.ui.codeEdit):
            widget.textEdited.connect(self.recompute)
        self.ui.townshipCombo.editTextChanged.connect(self.recompute)
        self.ui.townshipCombo.activated.connect(self._township_chosen)
        self.ui.povertyVillageCheck.toggled.connect(self.recompute)
        self.ui.exitYearSpin.valueChanged.connect(self.recompute)
        self.ui.populationSpin.valueChanged.connect(self.recompute)
        self.ui.noteEdit.textChanged.connect(self.recompute)
        self.setWindowTitle(self.tr("村信息 — {name}").format(name=self.draft.name) if not self.draft.is_new
                            else self.tr("新增村"))
        self.recompute()

    def _build_indicators(self) -> None:
        grid = self.ui.indicatorsGrid
        row = 0
        for item in vocab("village_indicator").items:
            field = item.extra.get("field") or item.code
            if item.extra.get("kind") == "amount":
                label = QLabel(shown(item), self.ui.indicatorsBox)
                # Keeps every digit up to the thresholds file's limit; a longer number is refused, and said so
                # below the box (a plain spin box cut anything above 100,000,000 without a word).
                limit = thresholds().collective_income_max
                spin = AmountSpinBox(self.ui.indicatorsBox, decimals=0, maximum=limit)
                spin.setObjectName(f"{field}Spin")
                spin.setSuffix(self.tr(" 元/年"))
                spin.setGroupSeparatorShown(True)
                spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
                spin.valueChanged.connect(self.recompute)
                if item.extra.get("min"):
                    spin.setToolTip(self.tr("退出标准：不少于 {amount} 元").format(amount=f"{item.extra['min']:,}"))
                grid.addWidget(label, row, 0)
                grid.addWidget(spin, row, 1)
                self.indicators[field] = spin
                refusal = QLabel(self.ui.indicatorsBox)
                refusal.setObjectName(f"{field}Message")
                refusal.setWordWrap(True)
                refusal.setStyleSheet("color: #b00020;")
                refusal.setText(self.tr("{what}不能超过 {limit} 元/年，多输入的数字未被接受，请核对。").format(
                    what=shown(item), limit=f"{limit:,.0f}"))
                refusal.hide()
                spin.refused.connect(lambda _text, r=refusal: r.show())
                spin.valueChanged.connect(lambda _value, r=refusal: r.hide())
                row += 1
                grid.addWidget(refusal, row, 0, 1, 2)
            else:
                box = QCheckBox(shown(item), self.ui.indicatorsBox)
                box.setObjectName(f"{field}Check")
                box.toggled.connect(self.recompute)
                grid.addWidget(box, row, 0, 1, 2)
                self.indicators[field] = box
            row += 1
        grid.setRowStretch(row, 1)

    def _keyboard_order(self) -> None:
        """Tab reads the form as a person does: the basic fields, the indicators built above (created after
        the .ui's widgets, so otherwise last, behind the buttons), the note; Tab never types into the note."""
        self.ui.noteEdit.setTabChangesFocus(True)
        chain = [self.ui.populationSpin, *self.indicators.values(), self.ui.noteEdit]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _fill_townships(self) -> None:
        """Named townships to choose from; typing a name not listed makes a new township on save."""
        combo = self.ui.townshipCombo
        combo.clear()
        for township in township_choices(self.db):
            if township.name:  # an unnamed code is named by typing, never shown as a code
                combo.addItem(township.name, township.code)
        combo.lineEdit().setPlaceholderText(self.tr("选择或输入乡镇名"))

    def _township_chosen(self, index: int) -> None:
        """A chosen township gives the village code its first 9 digits when none are typed yet."""
        code = self.ui.townshipCombo.itemData(index) or ""
        typed = self.ui.codeEdit.text().strip()
        if len(code) == 12 and (len(typed) < 9 or typed == (self.draft.township_code or "")[:9]):
            self.ui.codeEdit.setText(code[:9])
        self.recompute()

    def _load(self) -> None:
        d, ui = self.draft, self.ui
        ui.townshipCombo.setCurrentIndex(-1)
        ui.townshipCombo.setEditText(d.township_name or "")
        ui.nameEdit.setText(d.name or "")
        ui.codeEdit.setText(d.code or "")
        ui.povertyVillageCheck.setChecked(bool(d.is_poverty_village))
        ui.exitYearSpin.setValue(int(d.exit_year or 0))
        ui.populationSpin.setValue(int(d.registered_population or 0))
        ui.noteEdit.setPlainText(d.note or "")
        # Read before setting: each box set recomputes, which collects every box (still blank) into the draft.
        values = {field: getattr(d, field, None) for field in self.indicators}
        for field, widget in self.indicators.items():
            value = values[field]
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(float(value or 0))

    def collect(self):
        d, ui = self.draft, self.ui
        d.township_name = ui.townshipCombo.currentText().strip()
        d.name = ui.nameEdit.text().strip()
        d.code = ui.codeEdit.text().strip()
        d.is_poverty_village = ui.povertyVillageCheck.isChecked()
        d.exit_year = ui.exitYearSpin.value() or None
        d.registered_population = ui.populationSpin.value() or None
        d.note = ui.noteEdit.toPlainText().strip()
        for field, widget in self.indicators.items():
            setattr(d, field, widget.isChecked() if isinstance(widget, QCheckBox) else float(widget.value()))
        return d

    def _values(self) -> dict:
        d = self.collect()
        return {k: v for k, v in vars(d).items() if k != "is_new"}

    def is_dirty(self) -> bool:
        return self._values() != self.snapshot

    def recompute(self, *_args) -> None:
        draft = self.collect()
        a = assess(draft, self.data.remaining_poor, self.data.threshold)
        ui = self.ui
        if a.incidence is None:
            ui.incidenceValue.setText(self.tr("贫困发生率：—（请填写农村户籍人口）"))
        else:
            ui.incidenceValue.setText(self.tr("贫困发生率：{value}").format(value=percent(a.incidence)))
        ui.incidenceDetail.setText(self.tr(
            "登记在册 {households} 户 {people} 人，其中未脱贫（含返贫）{poor} 人；退出标准：不高于 {threshold}。").format(
            households=self.data.households, people=self.data.people, poor=self.data.remaining_poor,
            threshold=percent(self.data.threshold, 1)))
        if a.meets:
            ui.assessmentValue.setStyleSheet("color: #1a7f37;")
            ui.assessmentValue.setText(self.tr("达到贫困村退出标准。"))
        else:
            ui.assessmentValue.setStyleSheet("color: #b00020;")
            ui.assessmentValue.setText(self.tr("尚未达到退出标准：") + "；".join(a.reasons))
        errors = validate_village(None, draft)
        for field, label in (("name", ui.nameMessage), ("code", ui.codeMessage), ("township", ui.townshipMessage),
                             ("registered_population", ui.populationMessage)):
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)

    def save(self) -> bool:
        draft = self.collect()
        result = write_and_wait(lambda: save_village(self.db, draft))
        if not result.saved:
            for field, label in (("name", self.ui.nameMessage), ("code", self.ui.codeMessage),
                                 ("township", self.ui.townshipMessage),
                                 ("registered_population", self.ui.populationMessage)):
                label.setText(result.errors.get(field, ""))
                label.setVisible(field in result.errors)
            return False
        self.snapshot = self._values()
        self.saved.emit(self.draft.id)
        super().accept()
        return True

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("尚未保存"), self.tr("村信息的修改尚未保存。是否保存？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()
