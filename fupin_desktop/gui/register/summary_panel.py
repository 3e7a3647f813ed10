"""The selected household at a glance: members, causes, income, plan status, responsible cadre."""

from __future__ import annotations

import html
from typing import Optional

from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.scroll_fit import scroll_when_needed
from fupin_desktop.gui.text_sizes import scaled_font
from fupin_desktop.gui.vocab_labels import relabel, separator
from fupin_desktop.services.register.summary import HouseholdSummaryView


class HouseholdSummaryPanel(QWidget):
    edit_requested = Signal(str)
    plan_requested = Signal(str)
    print_requested = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.household_id = ""
        self.title = QLabel(self)
        self.title.setObjectName("summaryTitle")
        scaled_font(self.title, 1.3, bold=True)  # follows 文字大小
        self.details = QLabel(self)
        self.details.setObjectName("summaryDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.members = QTableWidget(0, 5, self)
        self.members.setObjectName("summaryMembers")
        self.members.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("关系"), self.tr("年龄"),
                                                self.tr("健康"), self.tr("劳动技能")])
        self.members.verticalHeader().hide()
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.edit_button = QPushButton(self.tr("编辑农户…"), self)
        self.edit_button.setObjectName("summaryEdit")
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.household_id))
        self.plan_button = QPushButton(self.tr("帮扶计划…"), self)
        self.plan_button.setObjectName("summaryPlan")
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(self.household_id))
        self.print_button = QPushButton(self.tr("打印计划卡…"), self)
        self.print_button.setObjectName("summaryPrint")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.household_id))
        self.empty = QLabel(self.tr("在列表中选择一户，这里显示该户的概况。"), self)
        self.empty.setObjectName("summaryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # In a row when the panel is wide enough, else one under the other (English texts are longer).
        self.buttons = QGridLayout()
        self._one_row: Optional[bool] = None
        self._arrange_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.members, 1)
        layout.addLayout(self.buttons)
        scroll_when_needed(self.details)  # a long summary at 大/特大 scrolls instead of being cut
        self.show_summary(None)

    def _arrange_buttons(self) -> None:
        row = (self.edit_button, self.plan_button, self.print_button)
        spacing = max(self.buttons.spacing(), 0)
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 24
        one_row = self.width() >= sum(b.sizeHint().width() for b in row) + spacing * 2 + margins
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for i, button in enumerate(row):
            self.buttons.removeWidget(button)
            self.buttons.addWidget(button, 0 if one_row else i, i if one_row else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange_buttons()

    def show_summary(self, summary: Optional[HouseholdSummaryView]) -> None:
        has = summary is not None
        self.household_id = summary.id if has else ""
        for widget in (self.title, self.details, self.members, self.edit_button, self.plan_button, self.print_button):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            return
        s = summary
        self.title.setText(self.tr("{head}（%n 人）", "", s.size).format(head=s.head_name))
        e = html.escape
        other_causes = separator().join(relabel("poverty_cause", c) for c in s.other_causes)
        causes = e(relabel("poverty_cause", s.main_cause)) + (self.tr("；其他：") + e(other_causes) if other_causes else "")
        plan = (self.tr("{year} 年 {status}（措施 {done}/{total} 已完成）").format(
            year=s.plan_year, status=relabel("plan_status", s.plan_status), done=s.measures_done, total=s.measures)
            if s.plan_status else "<span style='color:#9a6700'>" + self.tr("尚未制定") + "</span>")
        cadre = (self.tr("{name}（{phone}）").format(name=e(s.cadre_name), phone=e(s.cadre_phone)) if s.cadre_phone
                 else e(s.cadre_name)) if s.cadre_name else self.tr("未指定")
        rows = [
            (self.tr("地址"), e(f"{s.village_name} {s.group_name}")),
            (self.tr("户编号"), e(s.household_no)),
            (self.tr("联系电话"), e(s.phone) or "—"),
            (self.tr("属性"), e(relabel("household_attribute", s.attribute))),
            (self.tr("脱贫状态"), e(relabel("poverty_status", s.status))),
            (self.tr("致贫原因"), causes),
            (self.tr("人均纯收入"), self.tr("{amount} 元").format(amount=f"{s.per_capita_income:,.0f}")
             + (self.tr("（{year} 年）").format(year=s.income_year) if s.income_year else "")),
            (self.tr("危房等级"), e(relabel("house_grade", s.house_grade)) or "—"),
            (self.tr("帮扶计划"), plan),
            (self.tr("帮扶责任人"), cadre),
        ]
        if s.deleted:
            rows.insert(0, (self.tr("注意"), "<b style='color:#b00'>" + self.tr("该户在回收站中") + "</b>"))
        self.details.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#555;padding-right:8px;white-space:nowrap'>{label}</td><td>{value}</td></tr>" for label, value in rows)
            + "</table>")
        self.members.setRowCount(len(s.members))
        for row, m in enumerate(s.members):
            values = [m.name, relabel("relationship", m.relationship), "" if m.age is None else str(m.age),
                      relabel("health", m.health), relabel("labour_skill", m.labour_skill)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0 and m.id_masked:
                    item.setToolTip(m.id_masked)
                self.members.setItem(row, column, item)
