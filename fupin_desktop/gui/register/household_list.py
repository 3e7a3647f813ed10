"""The household list: filter bar, search box and the table, re-queried in the background.

Every change of area, filter, search text or sort order runs one ``household_ids`` query off the GUI
thread; an answer that arrives after a newer question is dropped. Rows are read by the model a
page at a time as they scroll into view.
"""

from __future__ import annotations

from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.fonts import DEFAULT_POINT_SIZE
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QAbstractItemView,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QShortcut,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fupin_desktop.gui.register.filter_bar import FilterBar
from fupin_desktop.gui.register.household_table_model import HouseholdTableModel, column_texts
from fupin_desktop.services.register.query import HouseholdFilter, group_names, household_ids, household_rows

COLUMN_WIDTHS = (90, 70, 140, 80, 50, 110, 160, 110, 90, 80, 90, 110)  # the least each column gets
HEADER_PADDING = 30  # margins and the sort arrow
CELL_PADDING = 16
ROW_PADDING = 10  # above and below a row's text


class HouseholdListView(QWidget):
    household_selected = Signal(str)  # "" when nothing is selected
    household_activated = Signal(str)  # double-click or Enter
    count_changed = Signal(int)
    loaded = Signal()  # after each query has been applied (tests wait for it)

    def __init__(self, db, runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("householdList")
        self.db = db
        self.runner = runner
        self.area: dict = {}
        self.sort_key = ""
        self.descending = False
        self._generation = 0
        self._pending_select: Optional[str] = None
        self.last_error: Optional[BaseException] = None

        self.filters = FilterBar(self)
        self.filters.changed.connect(self.requery)
        self.filters.search.returnPressed.connect(self._search_entered)
        self.filters.search.installEventFilter(self)  # Down: into the list
        self.model = HouseholdTableModel(lambda ids: household_rows(db, ids), self)
        self.table = QTableView(self)
        self.table.setObjectName("householdTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never "to contents": that reads every row
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fit_to_font()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._activate(self.table.currentIndex().row()))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("listCount")
        # Said in the list itself when nothing matches (an empty table looked like a fault).
        self.no_hits = QLabel(self.table.viewport())
        self.no_hits.setObjectName("noHitsLabel")
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_hits.setWordWrap(True)
        self.no_hits.setStyleSheet("color: #5f6368; padding: 24px;")
        self.no_hits.hide()

        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.filters.hint, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.sort_requested.connect(self._sort)  # last: setting up the header already sorts

    def row_height(self) -> int:
        return self.table.fontMetrics().height() + ROW_PADDING

    def fit_to_font(self) -> None:
        """Row height and column widths for the font in use (again after 文字大小 changes in 设置)."""
        for column, width in enumerate(self.column_widths()):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.row_height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the table's font changed with ours
            self.fit_to_font()

    def column_widths(self) -> list[int]:
        """Wide enough for each header and for every label a vocabulary column can show (in either language)."""
        header = self.table.horizontalHeader().fontMetrics()
        cells = self.table.fontMetrics()
        widths = []
        # The least widths are for the standard size; larger text (设置 › 文字大小) widens them alike.
        scale = max(1.0, self.table.font().pointSizeF() / DEFAULT_POINT_SIZE)
        for column, (key, title) in enumerate(self.model.columns):
            least = round((COLUMN_WIDTHS[column] if column < len(COLUMN_WIDTHS) else 90) * scale)
            texts = column_texts(key)
            widest = max((cells.horizontalAdvance(t) for t in texts), default=0) + CELL_PADDING if texts else 0
            widths.append(max(least, header.horizontalAdvance(title) + HEADER_PADDING, widest))
        return widths

    # --- querying -----------------------------------------------------------------------------
    def current_filter(self) -> HouseholdFilter:
        values = self.filters.values()
        return HouseholdFilter(**{**self.area, **values}, sort=self.sort_key, descending=self.descending)

    def set_area(self, area: dict) -> None:
        """Show the households of an area (``AreaNode.filter_args()``; {} for all)."""
        group = area.get("group_name", "")
        self.area = {k: v for k, v in area.items() if k != "group_name"}
        db, area_filter = self.db, HouseholdFilter(**self.area)
        self.filters.blockSignals(True)
        try:
            # Groups are a village's subdivision: offered once a village is chosen (an index lookup).
            self.filters.set_groups(group_names(db, area_filter) if self.area.get("village_id") else [])
            self.filters.group.setCurrentIndex(max(self.filters.group.findData(group), 0))
        finally:
            self.filters.blockSignals(False)
        self.requery()

    def requery(self, select_id: Optional[str] = None) -> None:
        self._generation += 1
        generation = self._generation
        self._pending_select = select_id or self.current_id()
        db, f = self.db, self.current_filter()
        self.model.fetch_matches = (lambda ids, text=f.search: _matched_members(db, ids, text)) if f.search else None
        self.runner(lambda progress, cancelled: household_ids(db, f),
                    on_done=lambda result: self._apply(generation, result),
                    on_error=lambda exc: self._failed(generation, exc))

    def _apply(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a newer question is on its way
        self.last_error = None
        self.filters.show_hint(result.hint)
        self.model.set_ids(result.ids)
        self.count_label.setText(self.tr("共 %n 户", "", len(result.ids)))
        self._show_no_hits(not result.ids)
        wanted = self._pending_select
        row = self.model.row_of(wanted) if wanted else None
        if row is not None:
            self.select_row(row)
        elif result.ids:
            self.select_row(0)  # the summary is never blank; when searching, the first hit is ready for Enter
        else:
            self.household_selected.emit("")
        self.count_changed.emit(len(result.ids))
        self.loaded.emit()

    def _show_no_hits(self, empty: bool) -> None:
        search = self.filters.search.text().strip()
        if not empty:
            self.no_hits.hide()
            return
        if search:
            text = self.tr("没有找到“{text}”。\n可以输入姓名、拼音或首字母、证件号码后4至6位、电话或户编号；"
                           "也可以点“清除筛选”。").format(text=search)
        elif any(self.filters.values().values()):
            text = self.tr("没有符合筛选条件的农户。\n点“清除筛选”可显示全部农户。")
        else:
            text = self.tr("这里还没有农户。")
        self.no_hits.setText(text)
        self.no_hits.setGeometry(self.table.viewport().rect())
        self.no_hits.show()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.no_hits.setGeometry(self.table.viewport().rect())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.filters.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self._enter_list()
            return True
        return super().eventFilter(obj, event)

    def _search_entered(self) -> None:
        """Enter in the search box: search now, and go to the list (Enter there opens the household)."""
        self.filters.flush()
        self._enter_list()

    def _enter_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.select_row(0)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.last_error = exc
        self.count_label.setText(self.tr("读取失败：{error}").format(error=error_text(exc)))
        self.loaded.emit()

    def _sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        if self._generation:  # before the first query (a saved header sort restored at start-up) it takes
            self.requery()    # this order: the list was read twice on a county, the first answer dropped

    def refresh_rows(self, household_ids=None) -> None:
        self.model.refresh_rows(household_ids)

    # --- selection ----------------------------------------------------------------------------
    def current_id(self) -> str:
        index = self.table.currentIndex()
        return (self.model.household_id(index.row()) or "") if index.isValid() else ""

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [hid for hid in (self.model.household_id(r) for r in rows) if hid]

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_household(self, household_id: str) -> bool:
        row = self.model.row_of(household_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _current_changed(self, current, _previous) -> None:
        hid = self.model.household_id(current.row()) if current.isValid() else None
        self.household_selected.emit(hid or "")

    def _activate(self, row: int) -> None:
        hid = self.model.household_id(row)
        if hid:
            self.household_activated.emit(hid)


def _matched_members(db, household_ids: list[str], text: str) -> dict[str, list[str]]:
    # The search's module brings SQLAlchemy, which the start-up's first list does without.
    from fupin_desktop.services.register.search import matched_members

    return matched_members(db, household_ids, text)
