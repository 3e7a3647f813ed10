"""Read-only table helpers for the tracking views (plain rows in, cells out)."""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable, Optional

from fupin_desktop.gui.qt import QAbstractItemView, QColor, QHeaderView, Qt, QTableWidget, QTableWidgetItem

ROW_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = QColor("#b3261e")


def read_only_table(headers: list[str], object_name: str, stretch: Optional[int] = None) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def fill_rows(table: QTableWidget, rows: Iterable[tuple[Any, list[Any]]], highlight=None) -> None:
    """rows: (payload, cell values). ``highlight(payload)`` True paints the row red."""
    rows = list(rows)
    table.setRowCount(len(rows))
    for r, (payload, values) in enumerate(rows):
        red = bool(highlight and highlight(payload))
        for c, value in enumerate(values):
            item = QTableWidgetItem(cell_text(value))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if red:
                item.setForeground(OVERDUE_COLOUR)
            if c == 0:
                item.setData(ROW_ROLE, payload)
            table.setItem(r, c, item)


def selected_payload(table: QTableWidget):
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return table.item(rows[0].row(), 0).data(ROW_ROLE)
