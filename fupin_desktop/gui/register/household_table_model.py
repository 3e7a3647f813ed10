"""The household list model: every matching id, rows read from SQL a page at a time (a window cache).

The list of ids (already filtered and sorted in SQL) is small even for a county (50,000 strings);
the rows behind them are read ``PAGE`` at a time when the view first asks for one, and only the
most recently used pages are kept. Sorting asks the owner to re-query (``sort_requested``), so
the order always comes from SQL. Vocabulary codes are shown as labels.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Optional, Sequence

from fupin_desktop.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from fupin_desktop.gui.vocab_labels import items, label
from fupin_desktop.services.register.query import HouseholdRow

PAGE = 200
MAX_PAGES = 40  # ≈ 8,000 rows in memory at most
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    """Runtime lookup of a string marked with QT_TRANSLATE_NOOP("HouseholdTableModel", ...)."""
    return QCoreApplication.translate("HouseholdTableModel", text)


def columns() -> list[tuple[str, str]]:
    """(sort key, header) per column, in display order."""
    return [
        ("village", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "行政村"))),
        ("group", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "村民小组"))),
        ("household_no", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "户编号"))),
        ("head_name", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "户主"))),
        ("size", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "人数"))),
        ("attribute", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "贫困户属性"))),
        ("status", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "脱贫状态"))),
        ("main_cause", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "主要致贫原因"))),
        ("per_capita_income", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "人均纯收入"))),
        ("plan_state", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "帮扶计划"))),
        ("cadre", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "帮扶责任人"))),
        ("phone", _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "联系电话"))),
    ]


VOCAB_COLUMNS = {"attribute": "household_attribute", "status": "poverty_status", "main_cause": "poverty_cause",
                 "plan_state": "plan_status"}


def column_texts(key: str) -> list[str]:
    """Every text a vocabulary column can show, in the interface language (to size it without reading rows)."""
    vocab_name = VOCAB_COLUMNS.get(key)
    if vocab_name is None:
        return []
    texts = [text for _code, text in items(vocab_name)]
    return texts + [plan_state_label("")] if key == "plan_state" else texts


def plan_state_label(code: str) -> str:
    return label("plan_status", code) if code else _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "未制定"))


class HouseholdTableModel(QAbstractTableModel):
    """Rows for ``ids`` from ``fetch_rows(ids) -> list[HouseholdRow]`` (a service call, injected)."""

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, fetch_rows: Callable[[list[str]], list[HouseholdRow]], parent=None):
        super().__init__(parent)
        self.fetch_rows = fetch_rows
        # While searching: ids -> {household id: [member names the search matched]} (read with each page).
        self.fetch_matches: Optional[Callable[[list[str]], dict[str, list[str]]]] = None
        self._matches: dict[str, list[str]] = {}
        self.columns = columns()
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._pages: OrderedDict[int, list[Optional[HouseholdRow]]] = OrderedDict()
        self.pages_read = 0  # for tests and the benchmark
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- content ----------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._position = {}
        self._pages.clear()
        self._matches = {}
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def refresh_rows(self, household_ids: Optional[Sequence[str]] = None) -> None:
        """Forget cached rows (all, or the pages holding these ids) and repaint them."""
        if household_ids is None:
            self._pages.clear()
        else:
            for hid in household_ids:
                row = self.row_of(hid)
                if row is not None:
                    self._pages.pop(row // PAGE, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def row_of(self, household_id: str) -> Optional[int]:
        if not self._position and self._ids:
            self._position = {hid: i for i, hid in enumerate(self._ids)}
        return self._position.get(household_id)

    def household_id(self, row: int) -> Optional[str]:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row(self, row: int) -> Optional[HouseholdRow]:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE]

    def _read_page(self, page_no: int) -> list[Optional[HouseholdRow]]:
        ids = self._ids[page_no * PAGE:(page_no + 1) * PAGE]
        by_id = {r.id: r for r in self.fetch_rows(ids)}
        if self.fetch_matches is not None:
            self._matches.update(self.fetch_matches(ids))
        page = [by_id.get(hid) for hid in ids]
        self._pages[page_no] = page
        self.pages_read += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_pages(self) -> int:
        return len(self._pages)

    # --- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.household_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, ROW_ROLE,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
        if role == ROW_ROLE:
            return row
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("size", "per_capita_income") else None
        if row is None:  # deleted meanwhile: the next refresh drops it
            return _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "（已删除）")) if role == Qt.ItemDataRole.DisplayRole and index.column() == 3 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#9a6700") if key == "plan_state" and not row.plan_state else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "head_name" and row.id in self._matches:
                return self._display(row, key)  # the whole "… 成员 … 匹配" when the column is narrow
            return row.village_code if key == "village" else None
        return self._display(row, key)

    def _display(self, row: HouseholdRow, key: str) -> str:
        if key == "village":
            return row.village_name
        if key == "group":
            return row.group_name
        if key == "household_no":
            return row.household_no
        if key == "head_name":
            members = self._matches.get(row.id)
            if members:  # found by a member's name, ID or phone: say whose
                return _tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "{head} · 成员 {members} 匹配")).format(
                    head=row.head_name, members=_tr(QT_TRANSLATE_NOOP("HouseholdTableModel", "、")).join(members))
            return row.head_name
        if key == "size":
            return str(row.size)
        if key == "attribute":
            return label("household_attribute", row.attribute)
        if key == "status":
            return label("poverty_status", row.status)
        if key == "main_cause":
            return label("poverty_cause", row.main_cause)
        if key == "per_capita_income":
            return f"{row.per_capita_income:,.0f}"
        if key == "plan_state":
            return plan_state_label(row.plan_state)
        if key == "cadre":
            return row.cadre_name
        if key == "phone":
            return row.phone
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Ask the owner to re-query in this order (SQL sorts, not Python)."""
        self.sort_column, self.sort_order = column, order
        key = self.columns[column][0] if 0 <= column < len(self.columns) else ""
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
