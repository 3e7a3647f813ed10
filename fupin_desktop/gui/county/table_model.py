"""A read-only table model over plain row objects (dataclasses from the services).

Columns are (header, value function, alignment); an optional row colour function shades rows
(overdue items, villages below the standard). Sorting goes through a QSortFilterProxyModel
using the sort role, which holds the raw value (numbers sort as numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional, Sequence

from fupin_desktop.gui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag = LEFT
    display: Optional[Callable[[Any], str]] = None  # text shown; defaults to str(value)
    tooltip: Optional[Callable[[Any], str]] = None


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[ColumnSpec], rows: Sequence[Any] = (),
                 row_colour: Optional[Callable[[Any], Optional[QColor]]] = None, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows = list(rows)
        self.row_colour = row_colour

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            if col.display is not None:
                return col.display(value)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = col.value(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_colour is not None:
            colour = self.row_colour(row)
            return QBrush(colour) if colour is not None else None
        return None


def enable_sorting(table) -> None:
    """Clickable column sorting that starts in the services' own order (not by the first column)."""
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
