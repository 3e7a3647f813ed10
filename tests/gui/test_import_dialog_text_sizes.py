"""导入同步包 at every 文字大小 on a 1366×768 laptop, after a real preview (选择 a package, click 预览) of a
package with a conflict: the counts table's text column takes the room, the number columns fit their
headers and numbers, nothing needs a horizontal scroll bar, and the long conflict lines wrap."""

from __future__ import annotations

from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QAbstractItemView, QHeaderView, Qt
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.store.models import Household
from tests.gui.register_support import keep
from tests.gui.test_screen_fit import laptop, problems  # noqa: F401 (a fixture)
from tests.gui.test_sync_gui import enrolled, offices  # noqa: F401 (fixtures)
from tests.gui.test_text_sizes import settle, text_size  # noqa: F401 (a fixture)
from tests.unit.sync.helpers import edit, export_to, first


def squeezed_columns(view: QAbstractItemView) -> list[str]:
    """Columns narrower than their header text or their widest cell would need (unless it elides with a tooltip)."""
    header = view.horizontalHeader()
    model = view.model()
    out = []
    for column in range(header.count()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        need = header.sectionSizeFromContents(column).width()
        if header.sectionSize(column) < need:
            out.append(f"{title}: {header.sectionSize(column)} px < header {need} px")
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue  # the text column: elides, and says it all in a tooltip (checked below)
        for row in range(model.rowCount()):
            cell = view.sizeHintForIndex(model.index(row, column)).width()
            if header.sectionSize(column) < cell:
                out.append(f"{title} row {row}: {header.sectionSize(column)} px < cell {cell} px")
    return out


def test_import_preview_fits_at_every_text_size(qtbot, enrolled, laptop, text_size):  # noqa: F811
    county, lap, tmp = enrolled
    h = first(lap, Household)
    edit(lap, Household, h.id, phone="13900000001")
    edit(county, Household, h.id, phone="13900000002")  # the same field on both sides: a conflict
    (tmp / "usb").mkdir()
    package = export_to(lap, county, tmp / "usb")
    dialog = keep(qtbot, ImportDialog(county.db, runner=run_inline, drives=lambda: [], path=package.path))
    dialog.show()
    settle()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    settle()
    assert not problems(dialog)
    assert dialog.path_edit.toolTip() == str(package.path)  # the field shows only part of a long path
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert any(line.startswith("冲突") for line in lines), lines

    table = dialog.table
    assert table.model().rowCount() > 0
    assert squeezed_columns(table) == []
    assert not table.horizontalScrollBar().isVisible()
    total = sum(table.horizontalHeader().sectionSize(c) for c in range(table.model().columnCount()))
    assert total <= table.viewport().width()
    # The numbers stay next to their labels: the 删除 column is not stretched across the leftover room.
    header = table.horizontalHeader()
    numbers = range(1, header.count())
    assert all(header.sectionSize(c) <= header.sectionSizeFromContents(c).width() + 4 * table.fontMetrics().height()
               for c in numbers), [header.sectionSize(c) for c in numbers]
    for row in range(table.model().rowCount()):
        index = table.model().index(row, 0)
        assert table.model().data(index, Qt.ItemDataRole.ToolTipRole) == table.model().data(index)

    # The change lines wrap instead of scrolling sideways.
    changes = dialog.changes
    assert not changes.horizontalScrollBar().isVisible()
    widest = max(changes.visualItemRect(changes.item(i)).width() for i in range(changes.count()))
    assert widest <= changes.viewport().width()
    conflict = next(changes.item(i) for i in range(changes.count()) if changes.item(i).text().startswith("冲突"))
    assert conflict.toolTip() == conflict.text()
