"""诊断: main cause + up to two others, 两不愁三保障 gaps and safe water, income (issue 4 §3)."""

from __future__ import annotations

from fupin_desktop.domain.income import compute_income, expense_fields, income_fields
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.amount_input import AmountSpinBox
from fupin_desktop.gui.forms.ui_plan_diagnosis_page import Ui_PlanDiagnosisPage
from fupin_desktop.gui.plan_wizard.common import WizardContext, combo_code, fill_vocab_combo, set_combo_code
from fupin_desktop.gui.qt import QDoubleSpinBox, QHeaderView, QTableWidgetItem, QWizardPage

# 诊断 checkboxes and the household fields they edit
CHECKS = (("foodClothingCheck", "food_clothing_ok"), ("educationCheck", "compulsory_education_ok"),
          ("medicalCheck", "medical_insurance_ok"), ("housingCheck", "housing_safe_ok"),
          ("waterSafeCheck", "drinking_water_safe"), ("waterDifficultCheck", "drinking_water_difficult"))


class DiagnosisPage(QWizardPage):
    def __init__(self, ctx: WizardContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PlanDiagnosisPage()
        self.ui.setupUi(self)
        ui = self.ui
        fill_vocab_combo(ui.mainCauseCombo, "poverty_cause", self.tr("（请选择）"))
        fill_vocab_combo(ui.otherCause1Combo, "poverty_cause", self.tr("（无）"))
        fill_vocab_combo(ui.otherCause2Combo, "poverty_cause", self.tr("（无）"))
        fill_vocab_combo(ui.houseGradeCombo, "house_grade", self.tr("（未评定）"))
        self.spins: dict[str, QDoubleSpinBox] = {}
        table = ui.incomeTable
        fields = income_fields() + expense_fields()
        table.setColumnCount(2)
        table.setRowCount(len(fields))
        table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("金额（元）")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, field in enumerate(fields):
            label = vocab_labels.label("income_item", field) + (self.tr("（支出）") if field in expense_fields() else "")
            table.setItem(row, 0, QTableWidgetItem(label))
            spin = AmountSpinBox(decimals=0)  # never drops a digit silently
            spin.setObjectName(f"income_{field}")
            spin.valueChanged.connect(self._income_changed)
            table.setCellWidget(row, 1, spin)
            self.spins[field] = spin

    def initializePage(self) -> None:  # noqa: N802
        h = self.ctx.draft.household
        ui = self.ui
        set_combo_code(ui.mainCauseCombo, h.main_cause)
        set_combo_code(ui.otherCause1Combo, h.other_cause_1)
        set_combo_code(ui.otherCause2Combo, h.other_cause_2)
        ui.causeNoteEdit.setText(h.cause_note)
        set_combo_code(ui.houseGradeCombo, h.house_grade)
        for name, field in CHECKS:
            getattr(ui, name).setChecked(bool(getattr(h, field)))
        ui.diagnosisNoteEdit.setPlainText(self.ctx.draft.diagnosis_note)
        for field, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(float(h.income.get(field) or 0.0))
            spin.blockSignals(False)
        self._income_changed()

    def validatePage(self) -> bool:  # noqa: N802
        self.store()
        return True

    def cleanupPage(self) -> None:  # noqa: N802
        self.store()

    def store(self) -> None:
        h = self.ctx.draft.household
        ui = self.ui
        h.main_cause = combo_code(ui.mainCauseCombo)
        others = [c for c in (combo_code(ui.otherCause1Combo), combo_code(ui.otherCause2Combo)) if c]
        others = list(dict.fromkeys(c for c in others if c != h.main_cause))  # no repeats, not the main cause
        h.other_cause_1, h.other_cause_2 = (others + ["", ""])[:2]
        h.cause_note = ui.causeNoteEdit.text().strip()
        h.house_grade = combo_code(ui.houseGradeCombo)
        for name, field in CHECKS:
            setattr(h, field, getattr(ui, name).isChecked())
        self.ctx.draft.diagnosis_note = ui.diagnosisNoteEdit.toPlainText().strip()
        for field, spin in self.spins.items():
            h.income[field] = float(spin.value())
        h.net_income, h.per_capita_income = compute_income(h.income, len(self.ctx.draft.members))

    def _income_changed(self, *_args) -> None:
        values = {f: s.value() for f, s in self.spins.items()}
        net, per_capita = compute_income(values, len(self.ctx.draft.members))
        text = self.tr("家庭纯收入 {net:,.0f} 元，人均纯收入 {pci:,.0f} 元").format(net=net, pci=per_capita)
        line = self.ctx.poverty_line
        if line is not None:
            verdict = self.tr("高于") if per_capita > line.amount else self.tr("未超过")
            text += self.tr("，{verdict}{year}年标准 {amount:,.0f} 元").format(
                verdict=verdict, year=line.year, amount=line.amount)
            if line.basis_year != line.year:
                text += self.tr("（本年未设标准，沿用{basis}年；可在“文件 → 设置 → 收入标准”中填写）").format(
                    basis=line.basis_year)
        self.ui.incomeSummaryLabel.setText(text)
