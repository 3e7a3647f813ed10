"""户策: at least two household measures; an industry measure names its 龙头企业, 合作社 and 基地."""

from __future__ import annotations

from fupin_desktop.domain.suggestions import suggest_for_household
from fupin_desktop.domain.vocab import catalogue
from fupin_desktop.gui.plan_wizard.common import WizardContext, family_label, status_suffix
from fupin_desktop.gui.plan_wizard.measure_choice import apply_choice, live_codes, locked
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)
from fupin_desktop.gui.vocab_labels import shown

COL_PICK, COL_FAMILY, COL_REASON, COL_ENTERPRISE, COL_COOPERATIVE, COL_BASE = range(6)
LINK_FIELDS = {COL_ENTERPRISE: "enterprise", COL_COOPERATIVE: "cooperative", COL_BASE: "production_base"}
MIN_HOUSEHOLD = 2
CODE_ROLE = Qt.ItemDataRole.UserRole


class HouseholdMeasuresPage(QWizardPage):
    def __init__(self, ctx: WizardContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("户策：至少两项户措施（+2）"))
        self.setSubTitle(self.tr("建议的措施排在前面；产业类措施可填写带动的龙头企业、合作社和基地。"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("householdTable")
        self.table.setHorizontalHeaderLabels([self.tr("措施"), self.tr("类别"), self.tr("建议理由"),
                                              self.tr("龙头企业"), self.tr("合作社"), self.tr("基地")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        for col in LINK_FIELDS:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, 110)
        self.count_label = QLabel()
        self.count_label.setObjectName("householdCount")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self.table.itemChanged.connect(self._item_changed)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802
        draft = self.ctx.draft
        suggestions = {s.item_code: s for s in suggest_for_household(draft.household, self.ctx.today)}
        items = catalogue().for_scope("household")
        order = {it.code: i for i, it in enumerate(items)}
        ranked = sorted(items, key=lambda it: (it.code not in suggestions,
                                               -(suggestions[it.code].score if it.code in suggestions else 0),
                                               order[it.code]))
        chosen = set(live_codes(draft, "household", None))
        links = {m.item_code: m for m in draft.measures if m.scope == "household" and not m.deleted}
        self._filling = True
        self.table.setRowCount(len(ranked))
        for row, item in enumerate(ranked):
            existing = links.get(item.code)
            pick = QTableWidgetItem(shown(item) + status_suffix(existing))
            pick.setData(CODE_ROLE, item.code)
            if locked(existing):  # money was booked against it: it stays (cancel it in tracking)
                pick.setFlags(Qt.ItemFlag.NoItemFlags)
                pick.setToolTip(self.tr("已拨付 {paid:,.2f} 元，不能删除；如需取消请在“计划跟踪”中操作").format(
                    paid=existing.paid))
            else:
                pick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            pick.setCheckState(Qt.CheckState.Checked if item.code in chosen else Qt.CheckState.Unchecked)
            self.table.setItem(row, COL_PICK, pick)
            self.table.setItem(row, COL_FAMILY, self._fixed(family_label(item.family)))
            reason = suggestions[item.code].reason_text if item.code in suggestions else ""
            self.table.setItem(row, COL_REASON, self._fixed(reason))
            for col, field in LINK_FIELDS.items():
                cell = QTableWidgetItem(getattr(links[item.code], field) if item.code in links else "")
                if item.industry:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable)
                    cell.setToolTip(self.tr("双击填写"))
                else:
                    cell.setFlags(Qt.ItemFlag.NoItemFlags)
                    cell.setBackground(self.palette().window())
                self.table.setItem(row, col, cell)
        self._filling = False
        self._update_count()

    @staticmethod
    def _fixed(text: str) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return cell

    def validatePage(self) -> bool:  # noqa: N802
        self.store()
        return True

    def cleanupPage(self) -> None:  # noqa: N802
        self.store()

    def row_of(self, code: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_PICK).data(CODE_ROLE) == code:
                return row
        raise KeyError(code)

    def tick(self, code: str, on: bool = True) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.table.item(self.row_of(code), COL_PICK).setCheckState(state)

    def set_link(self, code: str, field: str, text: str) -> None:
        col = {v: k for k, v in LINK_FIELDS.items()}[field]
        self.table.item(self.row_of(code), col).setText(text)

    def chosen(self) -> list[str]:
        return [self.table.item(r, COL_PICK).data(CODE_ROLE) for r in range(self.table.rowCount())
                if self.table.item(r, COL_PICK).checkState() == Qt.CheckState.Checked]

    def store(self) -> None:
        draft = self.ctx.draft
        apply_choice(draft, "household", None, self.chosen())
        live = {m.item_code: m for m in draft.measures if m.scope == "household" and not m.deleted}
        for row in range(self.table.rowCount()):
            code = self.table.item(row, COL_PICK).data(CODE_ROLE)
            if code in live:
                for col, field in LINK_FIELDS.items():
                    setattr(live[code], field, self.table.item(row, col).text().strip())

    def _item_changed(self, _item) -> None:
        if self._filling:
            return
        self.store()
        self._update_count()
        self.completeChanged.emit()

    def _update_count(self) -> None:
        n = len(self.chosen())
        if n >= MIN_HOUSEHOLD:
            self.count_label.setText(self.tr("已选 {n} 项户措施").format(n=n))
            self.count_label.setStyleSheet("color: #1b5e20;")
        else:
            self.count_label.setText(self.tr("已选 {n} 项户措施，至少需要 {min} 项").format(n=n, min=MIN_HOUSEHOLD))
            self.count_label.setStyleSheet("color: #b3261e; font-weight: bold;")
