"""导入花名册 with a workbook that has no 脱贫状态 column: the preview says so before anything is written, counts
it among the 提示, and the import cannot write households with it blank (found walking a county clerk's day)."""

from __future__ import annotations

from openpyxl import Workbook

from fupin_desktop.gui.qt import QDialogButtonBox, Qt
from fupin_desktop.store.models import Household, Member
from tests.gui.test_roster_decisions_gui import _count, _open, county_window  # noqa: F401 (fixture)
from tests.unit.test_roster_import import HEADER, ident, person

LEFT = Qt.MouseButton.LeftButton


def _roster_without_status(path, status_header=None) -> None:
    """No 脱贫属性 column; or (``status_header``) the column under a name no roster we know uses."""
    drop = HEADER.index("脱贫属性")
    keep = (lambda i: True) if status_header else (lambda i: i != drop)
    header = [status_header if i == drop else h for i, h in enumerate(HEADER)]
    wb = Workbook()
    ws = wb.active
    ws.title = "人员信息"
    ws.append([h for i, h in enumerate(header) if keep(i)])
    for row in (person("H001", "周大山", ident(1), "户主", 2), person("H001", "周小红", ident(2, 1999, False), "之女", 2,
                                                                    sex="女"),
                person("H002", "吴桂兰", ident(3, male=False), "户主", 1, sex="女", status="返贫")):
        ws.append([v for i, v in enumerate(row) if keep(i)])
    wb.save(path)


def test_no_status_column_is_shown_and_nothing_is_written(qtbot, county_window, tmp_db, tmp_path, monkeypatch):
    path = tmp_path / "花名册.xlsx"
    _roster_without_status(path)
    dialog = _open(county_window, monkeypatch, path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert len(dialog.preview.households) == 2  # the rows themselves pass
    # Counted among the problems and shown first, in plain words: which column, what to do.
    assert dialog.tabs.tabText(1) == "提示（1）"
    assert dialog.tabs.currentIndex() == 1
    shown = dialog.warning_table.model().index(0, 2).data()
    assert "缺少“脱贫属性”列" in shown and "列对应" in shown and "加上这一列" in shown
    assert "脱贫状态" in shown  # the other header names it is known by
    summary = dialog.summary.text()
    assert "没有“脱贫属性”列" in summary and "未写入任何数据" in summary and "可导入" not in summary
    # No way to write it blank: 导入 stays disabled and so does “只导入无误的户”.
    assert not dialog.import_button.isEnabled() and not dialog.accept_valid.isEnabled()
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result is None
    assert _count(tmp_db, Household) == 0 and _count(tmp_db, Member) == 0
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert _count(tmp_db, Household) == 0


def test_mapping_the_column_in_lie_dui_ying_imports_with_the_status(qtbot, county_window, tmp_db, tmp_path,
                                                                   monkeypatch):
    """The way out the preview names: the workbook calls it 帮扶状态, the clerk maps it in 列对应 by keys."""
    from fupin_desktop.domain.vocab import vocab
    from fupin_desktop.gui.county.mapping_dialog import ColumnMappingDialog

    path = tmp_path / "花名册.xlsx"
    _roster_without_status(path, status_header="帮扶状态")
    hints = []

    def map_by_keys(dialog):
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.sheet_tables), timeout=10_000)
        hints.append(dialog.hint.text())
        sheet, _table, combos = dialog.sheet_tables[0]
        combo = combos[[h for h in sheet.mapping.headers].index("帮扶状态")]
        combo.setFocus()
        for _ in range(combo.count()):
            if combo.currentData() == "status":
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() == "status"
        hints.append(dialog.hint.text())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", map_by_keys)
    dialog = _open(county_window, monkeypatch, path)
    assert "脱贫属性" in hints[0] and "脱贫属性" not in hints[1]  # 列对应 says it too, until it is mapped
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview.missing_columns == [] and dialog.tabs.tabText(1) == "提示（0）"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, LEFT)
    from sqlmodel import select

    with tmp_db.session() as s:
        statuses = {h.head_name: h.status for h in s.exec(select(Household))}
    status = vocab("poverty_status")
    assert statuses == {"周大山": status.code_for("未脱贫"), "吴桂兰": status.code_for("返贫")}
