"""The area tree on the left: 全部 → 县 → 乡镇 → 村 → 村民小组, each with its household count."""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QHeaderView,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QWidget,
    Signal,
)
from fupin_desktop.services.register.area_tree import VILLAGE, AreaNode

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _node_key(node: Optional[AreaNode]) -> str:
    return "all" if node is None else f"{node.kind}:{node.village_id}:{node.key}"


class AreaTreeView(QTreeView):
    """Emits ``area_selected(node)`` (None for 全部) and ``village_activated(village_id)`` (double-click)."""

    area_selected = Signal(object)
    village_activated = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("areaTree")
        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels([self.tr("区域"), self.tr("户数")])
        self.setModel(self.tree_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.doubleClicked.connect(self._double_clicked)
        self.roots: list[AreaNode] = []

    def set_roots(self, roots: list[AreaNode]) -> None:
        """Rebuild the tree, keeping the selected area and the expanded branches where they still exist."""
        selected = self.current_key()
        expanded = {item.data(KEY_ROLE) for item in self._items() if self.isExpanded(item.index())}
        self.roots = roots
        self.blockSignals(True)
        self.selectionModel().blockSignals(True)
        try:
            self.tree_model.removeRows(0, self.tree_model.rowCount())
            total = sum(r.households for r in roots)
            all_item = self._row(self.tree_model.invisibleRootItem(), self.tr("全部农户"), total, None)
            for root in roots:
                if root.name:
                    self._add(all_item, root)
                else:  # a county the register has no name for (a village cadre's): its townships directly
                    for township in root.children:
                        self._add(all_item, township)
            self.expand(all_item.index())
            for item in self._items():
                if item.data(KEY_ROLE) in expanded:
                    self.expand(item.index())
            if not expanded:  # first fill: open counties and townships
                for item in self._items():
                    node = item.data(NODE_ROLE)
                    if node is not None and node.kind != VILLAGE and node.kind != "group" and item.hasChildren():
                        if node.kind == "county" or len(roots) == 1 and len(node.children) <= 20:
                            self.expand(item.index())
            target = next((i for i in self._items() if i.data(KEY_ROLE) == selected), all_item)
            self.setCurrentIndex(target.index())
        finally:
            self.selectionModel().blockSignals(False)
            self.blockSignals(False)

    def _row(self, parent: QStandardItem, text: str, households: int, node: Optional[AreaNode]) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(node, NODE_ROLE)
        item.setData(_node_key(node), KEY_ROLE)
        if node is not None and node.code:
            item.setToolTip(node.code)
        count = QStandardItem(str(households))
        count.setTextAlignment(RIGHT)
        parent.appendRow([item, count])
        return item

    def _unnamed(self, node: AreaNode) -> str:
        return self.tr("（乡镇名未登记，可在村信息中填写）") if node.kind == "township" else node.key

    def _add(self, parent: QStandardItem, node: AreaNode) -> None:
        item = self._row(parent, node.name or self._unnamed(node), node.households, node)
        if node.kind == VILLAGE and node.is_poverty_village:
            item.setForeground(QBrush(QColor("#8a1c1c")))
            item.setToolTip(self.tr("{code}（建档立卡贫困村）").format(code=node.code))
        for child in node.children:
            self._add(item, child)

    def _items(self):
        stack = [self.tree_model.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for row in range(item.rowCount()):
                child = item.child(row, 0)
                yield child
                stack.append(child)

    def current_node(self) -> Optional[AreaNode]:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.tree_model.itemFromIndex(index.siblingAtColumn(0)).data(NODE_ROLE)

    def current_key(self) -> str:
        index = self.currentIndex()
        if not index.isValid():
            return "all"
        return self.tree_model.itemFromIndex(index.siblingAtColumn(0)).data(KEY_ROLE)

    def current_village_id(self) -> str:
        node = self.current_node()
        return node.village_id if node is not None else ""

    def select_key(self, key: str) -> bool:
        for item in self._items():
            if item.data(KEY_ROLE) == key:
                self.setCurrentIndex(item.index())
                return True
        return False

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.area_selected.emit(self.tree_model.itemFromIndex(current.siblingAtColumn(0)).data(NODE_ROLE))

    def _double_clicked(self, index) -> None:
        node = self.tree_model.itemFromIndex(index.siblingAtColumn(0)).data(NODE_ROLE)
        if node is not None and node.kind == VILLAGE:
            self.village_activated.emit(node.village_id)
