"""Binding the household form's widgets to draft fields (one table, no per-field code).

Each household column the form edits is listed once with the widget that shows it; reading and
writing the draft, dirty tracking and "which tab holds this field" all come from this table. The
income block is built from the ``income_item`` vocabulary, so a new item needs no form change.
"""

from __future__ import annotations

from typing import Any, Callable

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui.amount_input import AmountSpinBox
from fupin_desktop.gui.qt import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    Qt,
    QWidget,
)
from fupin_desktop.gui.register.vocab_ui import combo_code, fill_combo, set_combo_code
from fupin_desktop.gui.vocab_labels import shown

# field -> (widget name in ui_household_form, vocabulary for combos or None)
COMBOS = {
    "identification_standard": ("standardCombo", "identification_standard"),
    "attribute": ("attributeCombo", "household_attribute"),
    "main_cause": ("mainCauseCombo", "poverty_cause"),
    "other_cause_1": ("otherCause1Combo", "poverty_cause"),
    "other_cause_2": ("otherCause2Combo", "poverty_cause"),
    "status": ("statusCombo", "poverty_status"),
    "monitoring_category": ("monitoringCombo", "monitoring_category"),
    "access_road_type": ("accessRoadCombo", "access_road_type"),
    "house_grade": ("houseGradeCombo", "house_grade"),
    "main_fuel": ("mainFuelCombo", "main_fuel"),
    "relocation_mode": ("relocationModeCombo", "relocation_mode"),
}
TEXTS = {
    "household_no": "householdNoEdit", "phone": "phoneEdit", "bank_name": "bankNameEdit",
    "bank_account": "bankAccountEdit", "cause_note": "causeNoteEdit", "return_reason": "returnReasonEdit",
}
YEARS = {
    "identified_year": "identifiedYearSpin", "exit_year": "exitYearSpin", "planned_exit_year": "plannedExitYearSpin",
    "return_year": "returnYearSpin", "income_year": "incomeYearSpin",
}
CHECKS = {
    "military_family": "militaryFamilyCheck", "only_child": "onlyChildCheck", "two_daughters": "twoDaughtersCheck",
    "has_electricity": "hasElectricityCheck", "has_broadcast_tv": "hasBroadcastTvCheck",
    "drinking_water_difficult": "drinkingWaterDifficultCheck", "drinking_water_safe": "drinkingWaterSafeCheck",
    "sanitary_toilet": "sanitaryToiletCheck", "in_cooperative": "inCooperativeCheck",
    "enterprise_led": "enterpriseLedCheck", "leader_led": "leaderLedCheck", "relocated": "relocatedCheck",
    "food_clothing_ok": "foodClothingCheck", "compulsory_education_ok": "educationCheck",
    "medical_insurance_ok": "medicalCheck", "housing_safe_ok": "housingSafeCheck",
}
AMOUNTS = {
    "arable_mu": "arableSpin", "irrigated_mu": "irrigatedSpin", "forest_mu": "forestSpin",
    "returned_farmland_mu": "returnedFarmlandSpin", "orchard_mu": "orchardSpin", "pasture_mu": "pastureSpin",
    "water_surface_mu": "waterSurfaceSpin", "road_distance_km": "roadDistanceSpin", "housing_area_m2": "housingAreaSpin",
}
INCOME_GROUP_ORDER = ("wage", "production", "property", "transfer", "expense")

# Which tab shows a field (for jumping to a finding); members live on the first tab.
TAB_OF = {**{f: 0 for f in ("group_name", "household_no", "phone", "bank_name", "bank_account",
                              "identification_standard", "attribute", "main_cause", "other_cause_1",
                              "other_cause_2", "cause_note", "status", "monitoring_category",
                              "responsible_cadre_id", "relationship", "id_number", "name")},
          **{f: 1 for f in list(AMOUNTS) + ["access_road_type", "house_grade", "main_fuel", "relocation_mode"]},
          "per_capita_income": 2, "net_income": 2, "production_expenses": 2, "dibao_income": 2,
          "food_clothing_ok": 3, "compulsory_education_ok": 3, "medical_insurance_ok": 3, "housing_safe_ok": 3}


def build_income_grid(grid: QGridLayout, parent: QWidget, on_change: Callable[[], None]) -> dict[str, QDoubleSpinBox]:
    """One spin box per income item, a column per group (工资性, 生产经营性, 财产性, 转移性, 支出)."""
    titles = {"wage": QCoreApplication.translate("FormBinding", "工资性收入"), "production": QCoreApplication.translate("FormBinding", "生产经营性收入"),
              "property": QCoreApplication.translate("FormBinding", "财产性收入"), "transfer": QCoreApplication.translate("FormBinding", "转移性收入"),
              "expense": QCoreApplication.translate("FormBinding", "生产经营性支出")}
    spins: dict[str, QDoubleSpinBox] = {}
    rows_per_group: dict[str, int] = {}
    for item in vocab("income_item").items:
        group = item.extra.get("group", "transfer")
        column = INCOME_GROUP_ORDER.index(group) if group in INCOME_GROUP_ORDER else len(INCOME_GROUP_ORDER)
        if group not in rows_per_group:
            title = QLabel(titles.get(group, group), parent)
            title.setStyleSheet("font-weight: bold;")
            grid.addWidget(title, 0, column * 2, 1, 2)
            rows_per_group[group] = 1
        row = rows_per_group[group]
        label = QLabel(shown(item), parent)
        spin = AmountSpinBox(parent)  # never drops a digit silently
        spin.setObjectName(f"{item.code}Spin")
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        spin.setMinimumWidth(90)
        spin.valueChanged.connect(on_change)
        label.setBuddy(spin)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(spin, row, column * 2 + 1)
        rows_per_group[group] = row + 1
        spins[item.code] = spin
    grid.setRowStretch(max(rows_per_group.values(), default=1), 1)
    return spins


class FormBinding:
    """Reads and writes the household fields of ``ui`` (a Ui_HouseholdForm) and the income spins."""

    def __init__(self, ui, income_spins: dict[str, QDoubleSpinBox]):
        self.ui = ui
        self.income = income_spins
        for name, vocab_name in COMBOS.values():
            fill_combo(getattr(ui, name), vocab_name, empty_text="")

    def widgets(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {}
        for table in (TEXTS, YEARS, CHECKS, AMOUNTS):
            out.update({field: getattr(self.ui, name) for field, name in table.items()})
        out.update({field: getattr(self.ui, name) for field, (name, _v) in COMBOS.items()})
        out.update(self.income)
        out["note"] = self.ui.noteEdit
        out["group_name"] = self.ui.groupCombo
        out["responsible_cadre_id"] = self.ui.cadreCombo
        return out

    def load(self, draft) -> None:
        ui = self.ui
        for field, name in TEXTS.items():
            getattr(ui, name).setText(getattr(draft, field) or "")
        for field, name in YEARS.items():
            getattr(ui, name).setValue(int(getattr(draft, field) or 0))
        for field, name in CHECKS.items():
            getattr(ui, name).setChecked(bool(getattr(draft, field)))
        for field, name in AMOUNTS.items():
            getattr(ui, name).setValue(float(getattr(draft, field) or 0))
        for field, (name, _v) in COMBOS.items():
            set_combo_code(getattr(ui, name), getattr(draft, field))
        for code, spin in self.income.items():
            spin.setValue(float(getattr(draft, code) or 0))
        ui.noteEdit.setPlainText(draft.note or "")
        ui.groupCombo.setEditText(draft.group_name or "")
        set_combo_code(ui.cadreCombo, draft.responsible_cadre_id or "")

    def store(self, draft) -> None:
        ui = self.ui
        for field, name in TEXTS.items():
            setattr(draft, field, getattr(ui, name).text().strip())
        for field, name in YEARS.items():
            setattr(draft, field, getattr(ui, name).value() or None)
        for field, name in CHECKS.items():
            setattr(draft, field, getattr(ui, name).isChecked())
        for field, name in AMOUNTS.items():
            setattr(draft, field, round(float(getattr(ui, name).value()), 2))
        for field, (name, _v) in COMBOS.items():
            setattr(draft, field, combo_code(getattr(ui, name)))
        for code, spin in self.income.items():
            setattr(draft, code, round(float(spin.value()), 2))
        draft.note = ui.noteEdit.toPlainText().strip()
        draft.group_name = ui.groupCombo.currentText().strip()
        draft.responsible_cadre_id = combo_code(ui.cadreCombo) or None

    def connect_changes(self, slot: Callable[..., Any]) -> None:
        """Call ``slot`` on any edit of a bound widget."""
        for widget in self.widgets().values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(slot)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(slot)
                if widget.isEditable():
                    widget.editTextChanged.connect(slot)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(slot)
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.valueChanged.connect(slot)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(slot)
