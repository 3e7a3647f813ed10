"""Annual targets per area: people to lift out of poverty and villages to exit."""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.county.dashboard import area_name
from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import write_and_wait
from fupin_desktop.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

MAX_PEOPLE = 1_000_000
MAX_VILLAGES = 10_000


class TargetsDialog(QDialog):
    def __init__(self, db, report, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.db = db
        self.year = report.year
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("{year} 年度目标").format(year=report.year))
        self.resize(620, 560)
        self.nodes = []
        stack = [(root, 0) for root in reversed(report.roots)]
        while stack:
            node, depth = stack.pop()
            self.nodes.append((node, depth))
            stack.extend((c, depth + 1) for c in reversed(node.children))
        self.table = QTableWidget(len(self.nodes), 4)
        self.table.setObjectName("targetsTable")
        self.table.setHorizontalHeaderLabels([self.tr("地区"), self.tr("区划代码"), self.tr("减贫人数"),
                                              self.tr("退出村数")])
        self.spins: list[tuple[QSpinBox, QSpinBox]] = []
        for row, (node, depth) in enumerate(self.nodes):
            self.table.setItem(row, 0, QTableWidgetItem("　" * depth + area_name(node)))
            self.table.setItem(row, 1, QTableWidgetItem(node.code))
            people, villages = QSpinBox(), QSpinBox()
            people.setRange(0, MAX_PEOPLE)
            villages.setRange(0, MAX_VILLAGES)
            people.setValue(node.people_target)
            villages.setValue(node.villages_target)
            self.table.setCellWidget(row, 2, people)
            self.table.setCellWidget(row, 3, villages)
            self.spins.append((people, villages))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("县、乡镇、村的年度目标，例如“减贫 2991 人、退出 23 个村”。")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def changes(self) -> list[tuple[str, int, int]]:
        out = []
        for (node, _depth), (people, villages) in zip(self.nodes, self.spins):
            if (people.value(), villages.value()) != (node.people_target, node.villages_target):
                out.append((node.code, people.value(), villages.value()))
        return out

    def save(self) -> None:
        from fupin_desktop.errors import UserFacingError
        from fupin_desktop.services.county.progress import set_target

        changes = self.changes()

        def write() -> None:
            for code, people, villages in changes:
                set_target(self.db, self.year, code, people, villages)

        try:
            write_and_wait(write)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.accept()
