"""对人: confirm the household and its members; correct member facts in place (issue 4 §3)."""

from __future__ import annotations

from fupin_desktop.domain import idnumber
from fupin_desktop.domain.household_rules import age_on, check_household
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.forms.ui_plan_person_page import Ui_PlanPersonPage
from fupin_desktop.gui.plan_wizard.common import FINDING_ROLE, WizardContext, fill_findings, set_combo_code, vocab_combo
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    Qt,
    QTableWidgetItem,
    QToolButton,
    QWidget,
    QWizardPage,
)

ID_EDIT_PADDING = 24  # the line edit's frame and margins around the number
COL_NAME, COL_REL, COL_AGE, COL_ID, COL_HEALTH, COL_SCHOOL, COL_LABOUR, COL_MEDICAL, COL_PENSION = range(9)
FIELD_COLUMNS = {"id_number": COL_ID, "sex": COL_ID, "birth_date": COL_ID, "health": COL_HEALTH,
                 "school_status": COL_SCHOOL, "labour_skill": COL_LABOUR, "medical_insurance": COL_MEDICAL}


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    return holder


class PersonPage(QWizardPage):
    def __init__(self, ctx: WizardContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PlanPersonPage()
        self.ui.setupUi(self)
        table = self.ui.membersTable
        table.setColumnCount(9)
        table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("与户主关系"), self.tr("年龄"), self.tr("证件号码"),
                                         self.tr("健康状况"), self.tr("在校生状况"), self.tr("劳动技能"),
                                         self.tr("医保"), self.tr("养老保险")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ID, QHeaderView.ResizeMode.Fixed)  # wide enough for the number
        header.setStretchLastSection(True)  # (a stretched ID column was squeezed at 特大, 设置 › 文字大小)
        header.setMinimumSectionSize(48)
        self.ui.findingsList.itemDoubleClicked.connect(self._locate)
        self.editors: dict[str, dict[int, QWidget]] = {}

    # --- QWizardPage ---------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        h = self.ctx.draft.household
        ui = self.ui
        ui.headValue.setText(h.head_name)
        ui.addressValue.setText(f"{h.township_name}{h.village_name}{h.group_name}")
        ui.householdNoValue.setText(h.household_no)
        ui.attributeValue.setText(vocab_labels.label("household_attribute", h.attribute))
        ui.statusValue.setText(vocab_labels.label("poverty_status", h.status))
        ui.cadreValue.setText(h.responsible_cadre_name or self.tr("（未指定）"))
        self._fill_members()
        self.refresh_findings()

    def validatePage(self) -> bool:  # noqa: N802
        self.store()
        return True

    def cleanupPage(self) -> None:  # noqa: N802  (Back: keep what was typed)
        self.store()

    # --- members table -------------------------------------------------------------------------
    def _fill_members(self) -> None:
        table = self.ui.membersTable
        members = self.ctx.draft.members
        table.setRowCount(len(members))
        self.editors = {}
        for row, m in enumerate(members):
            table.setItem(row, COL_NAME, QTableWidgetItem(m.name))
            table.setItem(row, COL_REL, QTableWidgetItem(vocab_labels.label("relationship", m.relationship)))
            table.setItem(row, COL_AGE, QTableWidgetItem(self._age_text(m)))
            id_edit = QLineEdit(m.id_number)
            id_edit.setObjectName(f"idEdit_{row}")
            id_edit.editingFinished.connect(lambda r=row: self._id_changed(r))
            table.setCellWidget(row, COL_ID, id_edit)
            health = QToolButton()
            health.setObjectName(f"healthButton_{row}")
            health.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(health)
            for item in vocab("health").items:
                action = menu.addAction(vocab_labels.shown(item))
                action.setCheckable(True)
                action.setData(item.code)
                action.setChecked(item.code in (m.health or "").split(","))
                action.toggled.connect(lambda on, r=row, code=item.code: self._health_toggled(r, code, on))
            health.setMenu(menu)
            health.setText(self._health_text(m.health))
            health.setMinimumWidth(130)
            table.setCellWidget(row, COL_HEALTH, health)
            school = vocab_combo("school_status", "")
            school.setObjectName(f"schoolCombo_{row}")
            set_combo_code(school, m.school_status)
            school.currentIndexChanged.connect(lambda _i, r=row: self._combo_changed(r, "school_status"))
            table.setCellWidget(row, COL_SCHOOL, school)
            labour = vocab_combo("labour_skill", "")
            labour.setObjectName(f"labourCombo_{row}")
            set_combo_code(labour, m.labour_skill)
            labour.currentIndexChanged.connect(lambda _i, r=row: self._combo_changed(r, "labour_skill"))
            table.setCellWidget(row, COL_LABOUR, labour)
            checks = {}
            for col, field in ((COL_MEDICAL, "medical_insurance"), (COL_PENSION, "pension_insurance")):
                box = QCheckBox()
                box.setChecked(bool(getattr(m, field)))
                box.toggled.connect(lambda on, r=row, f=field: self._flag_changed(r, f, on))
                table.setCellWidget(row, col, _centered(box))
                checks[col] = box
            self.editors[m.id] = {COL_ID: id_edit, COL_HEALTH: health, COL_SCHOOL: school, COL_LABOUR: labour,
                                  COL_MEDICAL: checks[COL_MEDICAL], COL_PENSION: checks[COL_PENSION]}
        metrics = table.fontMetrics()
        widest = max([metrics.horizontalAdvance("0" * 18)] + [metrics.horizontalAdvance(m.id_number) for m in members])
        title = table.horizontalHeader().fontMetrics().horizontalAdvance(table.horizontalHeaderItem(COL_ID).text())
        table.setColumnWidth(COL_ID, max(widest, title) + ID_EDIT_PADDING)
        table.resizeRowsToContents()

    def _age_text(self, member) -> str:
        age = age_on(member.birth_date, self.ctx.today)
        return "" if age is None else str(age)

    @staticmethod
    def _health_text(health: str) -> str:
        return vocab_labels.labels("health", health) or "—"

    def _member(self, row: int):
        return self.ctx.draft.members[row]

    def _id_changed(self, row: int) -> None:
        member = self._member(row)
        edit = self.editors[member.id][COL_ID]
        value = idnumber.normalize(edit.text())
        if value == member.id_number:
            return
        member.id_number = value
        info = idnumber.parse(value, self.ctx.today)
        if info.valid:  # sex and birth follow a valid number
            member.birth_date = info.birth_date or member.birth_date
            sex = vocab("sex").code_for("男" if info.sex == "male" else "女")
            member.sex = sex or member.sex
        edit.setText(value)
        self.ui.membersTable.item(row, COL_AGE).setText(self._age_text(member))
        self.refresh_findings()

    def _health_toggled(self, row: int, code: str, on: bool) -> None:
        member = self._member(row)
        healthy = vocab("health").code_for("健康")
        codes = [c for c in (member.health or "").split(",") if c]
        if on:
            codes = [c for c in codes if (c != healthy) and code != healthy] + [code]
        else:
            codes = [c for c in codes if c != code]
        member.health = ",".join(sorted(set(codes), key=vocab("health").codes.index))
        button = self.editors[member.id][COL_HEALTH]
        for action in button.menu().actions():
            action.blockSignals(True)
            action.setChecked(action.data() in codes)
            action.blockSignals(False)
        button.setText(self._health_text(member.health))
        self.refresh_findings()

    def _combo_changed(self, row: int, field: str) -> None:
        member = self._member(row)
        combo = self.editors[member.id][COL_SCHOOL if field == "school_status" else COL_LABOUR]
        setattr(member, field, combo.currentData() or "")
        self.refresh_findings()

    def _flag_changed(self, row: int, field: str, on: bool) -> None:
        setattr(self._member(row), field, on)
        self.refresh_findings()

    def store(self) -> None:
        for row in range(len(self.ctx.draft.members)):
            self._id_changed(row)

    # --- findings ------------------------------------------------------------------------------
    def findings(self):
        return check_household(self.ctx.draft.household, self.ctx.draft.members, self.ctx.today)

    def refresh_findings(self) -> None:
        findings = self.findings()
        fill_findings(self.ui.findingsList, findings, self.wizard())
        if not findings:
            self.ui.findingsList.addItem(self.tr("没有发现问题。"))

    def _locate(self, item) -> None:
        finding = item.data(FINDING_ROLE)
        if finding is None or not finding.member_id or finding.member_id not in self.editors:
            return
        row = [m.id for m in self.ctx.draft.members].index(finding.member_id)
        self.ui.membersTable.selectRow(row)
        widget = self.editors[finding.member_id].get(FIELD_COLUMNS.get(finding.field or "", COL_ID))
        if widget is not None:
            widget.setFocus()
