"""What a person sees in a widget tree, and the program keys or raw JSON that must never be there.

Collects the text of every visible label, button, check box, combo item, line edit, table header,
table and tree cell, window title and status-bar message under a widget.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QStatusBar,
    Qt,
    QTreeWidget,
    QWidget,
)
from tests.unit.program_text import PROGRAM_TEXT


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    # A list model (QListWidget's, QStringListModel) keeps columnCount and hasChildren private.
    is_list = isinstance(view, QListView)

    def columns(parent) -> int:
        try:
            return 1 if is_list else model.columnCount(parent)
        except TypeError:
            return 1

    def has_children(index) -> bool:
        try:
            return not is_list and model.hasChildren(index)
        except TypeError:
            return False

    for c in range(columns(view.rootIndex())):
        out.append(str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))

    def walk(parent):
        for r in range(model.rowCount(parent)):
            for c in range(columns(parent)):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        out.append(str(value))
            first = model.index(r, 0, parent)
            if has_children(first):
                walk(first)

    walk(view.rootIndex())
    return out


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for w in [root] + root.findChildren(QWidget):
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            texts.extend((w.text(), w.placeholderText()))
        elif isinstance(w, (QAbstractItemView, QTreeWidget)):
            texts.extend(_model_texts(w))
        elif isinstance(w, QStatusBar):
            texts.append(w.currentMessage())
        if isinstance(w, QMainWindow) and w.statusBar() is not None:
            texts.append(w.statusBar().currentMessage())
    return [t for t in texts if t]


def program_text(root: QWidget) -> list[str]:
    """Every visible text that shows a program key, raw JSON or a hex id."""
    return [t for t in visible_texts(root) if PROGRAM_TEXT.search(t)]
