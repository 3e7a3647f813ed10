"""The household form (ui/household_form.ui): every 建档立卡 field in four tabs, members as a table.

It edits a draft from ``services.register.records`` and saves through ``services.register.save``:
rules run while typing (a short pause after the last edit) and their Chinese messages appear next
to the fields, on the member cells and in the list at the bottom; errors block saving, warnings
do not. Enter saves, Esc asks when something changed. A duplicate ID number is refused with a
link to the household that already holds the person; a same-name-and-birthday head in the
village asks first.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui.blank_entry import type_over_blanks_in
from fupin_desktop.gui.forms.ui_household_form import Ui_HouseholdForm
from fupin_desktop.gui.hint_space import add_hint_row, reserve_hint_space, show_hint
from fupin_desktop.gui.operations import write_and_wait
from fupin_desktop.gui.page_names import name_page
from fupin_desktop.gui.qt import (
    QColor,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QSize,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from fupin_desktop.gui.register.form_binding import TAB_OF, FormBinding, build_income_grid
from fupin_desktop.gui.register.member_dialog import MemberDialog
from fupin_desktop.gui.register.member_table_model import MemberTableModel, VocabDelegate
from fupin_desktop.gui.scroll_fit import scroll_when_needed
from fupin_desktop.gui.vocab_labels import shown
from fupin_desktop.services.register import save as register
from fupin_desktop.services.register.query import HouseholdFilter, group_names
from fupin_desktop.services.register.records import (
    HouseholdDraft,
    copy_draft,
    derive,
    head_code,
    new_member,
    same_content,
    set_head,
    validate,
)
from fupin_desktop.services.register.villages import cadres_for_village, village_label

VALIDATE_DELAY_MS = 250
# Household fields whose messages have their own label on the form.
MESSAGE_LABELS = {"main_cause": "mainCauseMessage", "other_cause_1": "otherCauseMessage",
                  "attribute": "attributeMessage", "dibao_income": "incomeMessage",
                  "per_capita_income": "incomeMessage", "production_expenses": "incomeMessage",
                  "house_grade": "houseGradeMessage", "relationship": "membersMessage", "": "membersMessage",
                  "housing_safe_ok": "guaranteeMessage", "phone": "phoneMessage", "status": "statusMessage"}
FINDING_FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
FINDINGS_LINES = 2  # the list at the bottom scrolls beyond these; each message is also beside its field


class HouseholdFormDialog(QDialog):
    saved = Signal(str)  # household id, after a successful save
    open_household = Signal(str)  # a link to another household (duplicate person)

    def __init__(self, db, draft: HouseholdDraft, today: Optional[date] = None, parent: Optional[QWidget] = None):
        """``draft`` is edited in place: pass a freshly loaded one (``load_household`` / ``new_household``)."""
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.draft = draft
        self.original = copy_draft(derive(copy_draft(draft)))
        self.findings: list = []
        self.last_result: Optional[register.SaveResult] = None
        self.ui = Ui_HouseholdForm()
        self.ui.setupUi(self)
        type_over_blanks_in(self)  # a click into 未填 and digits fill the year or population in
        self.setObjectName("householdForm")
        scroll_when_needed(self.ui.tabs)  # fits a 768-pixel screen at 特大 too (设置 › 文字大小)
        # Hints keep their room: a message appearing must not push the fields below it (§2.9). One line
        # each (the form must fit a 768-pixel screen; the list at the bottom has every message whole),
        # two for the phone, whose reason is long.
        self.ui.phoneMessage = add_hint_row(self.ui.basicLeftForm, self.ui.phoneEdit, "phoneMessage", lines=2)
        self.ui.statusMessage = add_hint_row(self.ui.basicRightForm, self.ui.statusCombo, "statusMessage", lines=1)
        for label_name in set(MESSAGE_LABELS.values()) - {"phoneMessage", "statusMessage"}:
            reserve_hint_space(getattr(self.ui, label_name), lines=1)
        # Under the member table nothing below moves when it appears (the table gives up the line), so
        # it keeps no room while empty: a family of five shows whole on a 768-pixel screen.
        policy = self.ui.membersMessage.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.ui.membersMessage.setSizePolicy(policy)
        self._timer = QTimer(self)  # first: loading values already fires change signals
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.revalidate)
        self._loading = True
        income = build_income_grid(self.ui.incomeGrid, self.ui.incomeBox, self._schedule)
        chain = [self.ui.incomeYearSpin, *income.values()]  # built after the .ui: Tab reached them after 保存
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.binding = FormBinding(self.ui, income)
        self._fill_village_choices()
        self.binding.load(draft)
        self.members = MemberTableModel(draft.members, self.today, self)
        self.ui.membersTable.setModel(self.members)
        self.ui.membersTable.setItemDelegate(VocabDelegate(self.ui.membersTable))
        header = self.ui.membersTable.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a family is a few rows
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        # An 18-digit ID number whole at any 文字大小 (170 px cut it to 4103271960042… at 特大).
        table_metrics = self.ui.membersTable.fontMetrics()
        self.ui.membersTable.setColumnWidth(1, max(170, table_metrics.horizontalAdvance("0" * 18 + "X") + 16))
        # The table takes the room left over, and only that: its preferred height (Qt's 192 px) made the
        # tab's body taller than the window once a message showed, and the whole tab scrolled.
        policy = self.ui.membersTable.sizePolicy()
        policy.setVerticalPolicy(policy.Policy.Ignored)
        self.ui.membersTable.setSizePolicy(policy)
        self.ui.basicTabLayout.setStretchFactor(self.ui.membersBox, 1)
        self.ui.membersLayout.setStretchFactor(self.ui.membersTable, 1)
        self.members.edited.connect(self._schedule)
        self.ui.membersTable.doubleClicked.connect(lambda index: self.edit_member(index.row())
                                                   if not index.flags() & Qt.ItemFlag.ItemIsEditable else None)
        self.ui.addMemberButton.clicked.connect(self.add_member)
        self.ui.editMemberButton.clicked.connect(lambda: self.edit_member(self._current_row()))
        self.ui.removeMemberButton.clicked.connect(lambda: self.remove_member(self._current_row()))
        self.ui.makeHeadButton.clicked.connect(lambda: self.make_head(self._current_row()))
        self.ui.findingsList.itemActivated.connect(self._go_to_finding)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存(&S)"))
        save.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.binding.connect_changes(self._schedule)
        title = self.tr("新增农户") if draft.is_new else self.tr("农户信息 — {head}").format(head=draft.head_name)
        self.setWindowTitle(title)
        # At least the old size; wider when larger text needs it (the screen fit trims it to the screen).
        self.ui.incomeBox.updateGeometry()  # its size, as the tab knew it, still lacked the income grid
        self.resize(self.sizeHint().expandedTo(QSize(1000, 740)))
        self._loading = False
        self.revalidate()
        self.ui.groupCombo.setFocus()  # typing starts in the first field, not on the tab bar

    # --- set-up -----------------------------------------------------------------------------
    def _fill_village_choices(self) -> None:
        ui, draft = self.ui, self.draft
        ui.headerLabel.setText(self.tr("{village}　户编号 {number}").format(
            village=village_label(self.db, draft.village_id), number=draft.household_no or self.tr("（未编号）")))
        ui.groupCombo.clear()
        ui.groupCombo.addItems(group_names(self.db, HouseholdFilter(village_id=draft.village_id)))
        ui.cadreCombo.clear()
        ui.cadreCombo.addItem(self.tr("（未指定）"), "")
        for cadre in cadres_for_village(self.db, draft.village_id, keep=draft.responsible_cadre_id):
            label = self.tr("{name}（{post}）").format(name=cadre.name, post=cadre.post) if cadre.post else cadre.name
            if cadre.retired:  # kept on this household; no longer offered to others
                label += self.tr("（已退出帮扶）")
            ui.cadreCombo.addItem(label, cadre.id)

    def _current_row(self) -> int:
        index = self.ui.membersTable.currentIndex()
        return index.row() if index.isValid() else -1

    # --- state ------------------------------------------------------------------------------
    def collect(self) -> HouseholdDraft:
        """The draft with the widgets' values written into it (members are edited in place)."""
        self.binding.store(self.draft)
        return derive(self.draft)

    def is_dirty(self) -> bool:
        return self.draft.is_new and bool(self.draft.members) or not same_content(self.collect(), self.original)

    def _schedule(self, *_args) -> None:
        if self._loading:
            return
        self._timer.start()
        self._update_totals()

    def _update_totals(self) -> None:
        draft = self.collect()
        self.ui.netIncomeValue.setText(self.tr("{amount} 元").format(amount=f"{draft.net_income:,.2f}"))
        self.ui.perCapitaValue.setText(self.tr("{amount} 元（{size} 人）").format(
            amount=f"{draft.per_capita_income:,.2f}", size=draft.size))
        self.ui.membersCount.setText(self.tr("共 {n} 人").format(n=draft.size))
        water_safe = draft.drinking_water_safe and not draft.drinking_water_difficult
        self.ui.waterSafeValue.setText(self.tr("已达到") if water_safe else self.tr("未达到（见生产生活条件页的饮水情况）"))

    def revalidate(self) -> list:
        self._timer.stop()
        draft = self.collect()
        self.findings = validate(draft, self.today)
        grade = vocab("house_grade").item(draft.house_grade)
        if grade is not None and grade.extra.get("unsafe") and draft.housing_safe_ok:
            message = self.tr("危房等级为{grade}，“住房安全有保障”不应勾选为已达到。").format(grade=shown(grade))
            self.findings.append(Finding("household.house_unsafe_vs_guarantee", "warning", message,
                                         draft.id, field="housing_safe_ok"))
        self._show_findings()
        self._update_totals()
        return self.findings

    def _show_findings(self) -> None:
        ui = self.ui
        per_label: dict[str, list] = {}
        for f in self.findings:
            if f.member_id:
                continue
            per_label.setdefault(MESSAGE_LABELS.get(f.field or "", "membersMessage"), []).append(f)
        member_errors = [f for f in self.findings if f.member_id]
        if member_errors:
            per_label.setdefault("membersMessage", []).append(member_errors[0])
        for label_name in set(MESSAGE_LABELS.values()):
            items = per_label.get(label_name, [])
            show_hint(getattr(ui, label_name), "\n".join(self._finding_text(f) for f in items),
                      "color: #b00020;" if any(f.is_error for f in items) else "color: #9a6700;")
        ui.membersMessage.setVisible(bool(ui.membersMessage.text()))
        self.members.set_findings(self.findings)
        ui.findingsList.clear()
        for f in sorted(self.findings, key=lambda f: not f.is_error):
            prefix = self.tr("错误") if f.is_error else self.tr("提示")
            item = QListWidgetItem(f"{prefix}：{self._finding_text(f)}")
            item.setForeground(QColor("#b00020") if f.is_error else QColor("#9a6700"))
            item.setData(FINDING_FIELD_ROLE, (f.field or "", f.member_id or ""))
            ui.findingsList.addItem(item)
        # No room while there is nothing to say (the member table has it: a family of five shows whole
        # on a 768-pixel screen); while there is, always the same few lines, so that the member buttons
        # above it stay put as messages come and go.
        if self.findings:
            row = ui.findingsList.sizeHintForRow(0)
            ui.findingsList.setFixedHeight(FINDINGS_LINES * row + 2 * ui.findingsList.frameWidth() + 2)
        ui.findingsList.setVisible(bool(self.findings))

    def _finding_text(self, finding) -> str:
        """The message naming the tab where it is fixed by that tab's own title (“收入”页)."""
        if finding.member_id or finding.field not in TAB_OF:
            return finding.message
        return name_page(finding.message, self.ui.tabs.tabText(TAB_OF[finding.field]))

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        field, member_id = item.data(FINDING_FIELD_ROLE)
        self.ui.tabs.setCurrentIndex(0 if member_id else TAB_OF.get(field, 0))
        if member_id:
            row = self.members.row_of(member_id)
            if row >= 0:
                self.ui.membersTable.selectRow(row)
            return
        widget = self.binding.widgets().get(field)
        if widget is not None:
            widget.setFocus()

    # --- members ----------------------------------------------------------------------------
    def _find_people(self, id_number: str) -> list:
        own = tuple(m.id for m in self.draft.members)
        return register.find_people_by_id(self.db, id_number, self.draft.id, own)

    def _member_dialog(self, member) -> MemberDialog:
        dialog = MemberDialog(member, self._find_people, self.today, self.draft.id, self)
        dialog.open_household.connect(self.open_household)
        return dialog

    def add_member(self) -> Optional[object]:
        has_head = any(m.relationship == head_code() for m in self.draft.members)
        member = new_member(relationship="" if has_head else head_code(),
                            ethnicity=vocab("ethnicity").code_for("汉族") or "")
        dialog = self._member_dialog(member)
        if not dialog.exec():
            return None
        row = self.members.append(dialog.member)
        self.ui.membersTable.selectRow(row)
        self._schedule()
        return dialog.member

    def edit_member(self, row: int) -> bool:
        member = self.members.member_at(row)
        if member is None:
            return False
        dialog = self._member_dialog(member)
        if not dialog.exec():
            return False
        for name, value in vars(dialog.member).items():
            setattr(member, name, value)
        self.members.member_changed(member.id)
        self._schedule()
        return True

    def remove_member(self, row: int) -> bool:
        member = self.members.member_at(row)
        if member is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("删除成员"),
            self.tr("从本户删除“{name}”？保存后可在回收站中恢复。").format(name=member.name or self.tr("未填姓名")))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.members.remove(row)
        self._schedule()
        return True

    def make_head(self, row: int) -> bool:
        member = self.members.member_at(row)
        if member is None or member.relationship == head_code():
            return False
        relationships = [it for it in vocab("relationship").items if it.code != head_code()]
        former = next((m for m in self.draft.members if m.relationship == head_code()), None)
        former_rel = ""
        if former is not None:
            labels = [shown(it) for it in relationships]
            label, ok = QInputDialog.getItem(
                self, self.tr("更换户主"),
                self.tr("“{new}”成为户主后，原户主“{old}”与新户主的关系：").format(new=member.name, old=former.name),
                labels, 0, False)
            if not ok:
                return False
            former_rel = relationships[labels.index(label)].code
        set_head(self.draft, member.id, former_rel)
        self.members.reset()
        self._schedule()
        return True

    # --- saving and closing -----------------------------------------------------------------
    def save(self, confirmed: bool = False, overwrite: bool = False) -> bool:
        self.collect()
        # On the one writer thread; the form keeps painting while another writer finishes.
        result = write_and_wait(lambda: register.save_household(self.db, self.draft, confirmed=confirmed,
                                                                today=self.today, overwrite=overwrite))
        self.last_result = result
        if result.status == register.INVALID:
            self.findings = result.findings
            self._show_findings()
            first = next((f for f in result.findings if f.is_error), None)
            if first is not None:
                self.ui.tabs.setCurrentIndex(0 if first.member_id else TAB_OF.get(first.field or "", 0))
            return False
        if result.status == register.DUPLICATE:
            return self._refused(result)
        if result.status == register.NEEDS_CONFIRMATION:
            answer = QMessageBox.question(self, self.tr("可能重复登记"), result.message)
            return answer == QMessageBox.StandardButton.Yes and self.save(confirmed=True)
        if result.status == register.STALE:
            answer = QMessageBox.question(
                self, self.tr("数据已被修改"),
                result.message + "\n" + self.tr("仍要用您的内容覆盖吗？"))
            return answer == QMessageBox.StandardButton.Yes and self.save(confirmed=confirmed, overwrite=True)
        self.original = copy_draft(self.draft)
        self.saved.emit(self.draft.id)
        super().accept()
        return True

    def _refused(self, result) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("证件号码重复"), result.message,
                          QMessageBox.StandardButton.Ok, self)
        open_button = box.addButton(self.tr("打开已登记的农户"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button and result.duplicates:
            self.open_household.emit(result.duplicates[0].household_id)
        row = self.members.row_of(result.duplicates[0].for_member_id) if result.duplicates else -1
        if row >= 0:
            self.ui.tabs.setCurrentIndex(0)
            self.ui.membersTable.selectRow(row)
        return False

    def accept(self) -> None:  # Enter
        self.save()

    def reject(self) -> None:  # Esc, Cancel, the window's close button
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("尚未保存"), self.tr("本户的修改尚未保存。是否保存？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()
