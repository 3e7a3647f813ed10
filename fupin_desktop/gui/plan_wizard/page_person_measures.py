"""一人一策: one group per member with ranked suggestions (and why), tick at least one each."""

from __future__ import annotations

from fupin_desktop.domain.plan_rules import too_young_for
from fupin_desktop.domain.suggestions import suggest_for_member
from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.gui.plan_wizard.common import WizardContext, family_label, member_line, status_suffix
from fupin_desktop.gui.plan_wizard.measure_choice import apply_choice, existing_measure, live_codes, locked
from fupin_desktop.gui.qt import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from fupin_desktop.gui.vocab_labels import measure_label, shown

SUGGESTIONS_SHOWN = 5


class MemberMeasures(QGroupBox):
    """The measures of one member: suggestions as tick boxes, any other catalogue item addable."""

    def __init__(self, page: "PersonMeasuresPage", member, index: int):
        super().__init__(member_line(member, page.ctx.today))
        self.page = page
        self.member = member
        self.setObjectName(f"memberBox_{index}")
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        self.list_layout = QVBoxLayout()
        layout.addLayout(self.list_layout)
        draft = page.ctx.draft
        chosen = live_codes(draft, "person", member.id)
        for s in suggest_for_member(draft.household, member, page.ctx.today, limit=SUGGESTIONS_SHOWN):
            self._add_box(s.item_code, s.item_code in chosen, self.tr("建议：{reason}").format(reason=s.reason_text))
        for code in chosen:
            if code not in self.boxes:
                self._add_box(code, True, "")
        row = QHBoxLayout()
        self.other = QComboBox()
        self.other.setObjectName(f"otherCombo_{index}")
        for item in sorted(catalogue().for_scope("person"), key=lambda it: it.family):
            if too_young_for(item, member, page.ctx.today):
                continue  # no job, public post or pension for a child
            self.other.addItem(f"{family_label(item.family)}｜{shown(item)}", item.code)
        add = QPushButton(self.tr("添加措施"))
        add.setObjectName(f"addButton_{index}")
        add.clicked.connect(self._add_other)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"countLabel_{index}")
        row.addWidget(QLabel(self.tr("其他措施：")))
        row.addWidget(self.other, 1)
        row.addWidget(add)
        row.addStretch()
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self._update_count()

    def _add_box(self, code: str, checked: bool, reason: str) -> QCheckBox:
        existing = existing_measure(self.page.ctx.draft, "person", self.member.id, code) if checked else None
        box = QCheckBox(measure_label(code) + status_suffix(existing))
        box.setObjectName(f"measure_{code}")
        box.setChecked(checked)
        if locked(existing):
            box.setEnabled(False)
            reason = self.tr("已拨付 {paid:,.2f} 元，不能删除；如需取消请在“计划跟踪”中操作").format(paid=existing.paid)
        box.toggled.connect(self._changed)
        self.boxes[code] = box
        line = QHBoxLayout()
        line.addWidget(box)
        if reason:
            why = QLabel(reason)
            why.setStyleSheet("color: #666;")
            line.addWidget(why, 1)
            box.setToolTip(reason)
        else:
            line.addStretch(1)
        self.list_layout.addLayout(line)
        return box

    def _add_other(self) -> None:
        code = self.other.currentData()
        if code in self.boxes:
            self.boxes[code].setChecked(True)
        else:
            self._add_box(code, True, "")
            self._changed()

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def tick(self, code: str, on: bool = True) -> None:
        """Tick an item (adding its box if needed); for tests and keyboard users alike."""
        if code in self.boxes:
            self.boxes[code].setChecked(on)
        elif on:
            self._add_box(code, True, "")
            self._changed()

    def _changed(self, *_args) -> None:
        apply_choice(self.page.ctx.draft, "person", self.member.id, self.chosen())
        self._update_count()
        self.page.completeChanged.emit()

    def _update_count(self) -> None:
        n = len(self.chosen())
        if n:
            self.count_label.setText(self.tr("已选 {n} 项").format(n=n))
            self.count_label.setStyleSheet("color: #1b5e20;")
        else:
            self.count_label.setText(self.tr("尚未选择措施（一人至少一策）"))
            self.count_label.setStyleSheet("color: #b3261e; font-weight: bold;")


class PersonMeasuresPage(QWizardPage):
    def __init__(self, ctx: WizardContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("一人一策：每位成员至少一项措施"))
        self.setSubTitle(self.tr("按致贫原因和成员情况给出建议（含理由），可勾选建议或添加其他措施。"))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setObjectName("memberScroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        self.groups: list[MemberMeasures] = []

    def initializePage(self) -> None:  # noqa: N802
        holder = QWidget()
        column = QVBoxLayout(holder)
        self.groups = []
        for index, member in enumerate(self.ctx.draft.members):
            group = MemberMeasures(self, member, index)
            column.addWidget(group)
            self.groups.append(group)
        column.addStretch(1)
        self.scroll.setWidget(holder)

    def validatePage(self) -> bool:  # noqa: N802
        self.store()
        return True

    def cleanupPage(self) -> None:  # noqa: N802
        self.store()

    def store(self) -> None:
        for group in self.groups:
            apply_choice(self.ctx.draft, "person", group.member.id, group.chosen())

    def uncovered(self) -> list[str]:
        return [g.member.name for g in self.groups if not g.chosen()]

    def group_for(self, member_id: str) -> MemberMeasures:
        return next(g for g in self.groups if g.member.id == member_id)

