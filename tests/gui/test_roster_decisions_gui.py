"""导入花名册 by clicks with a roster as an office keeps it: merged household columns, a 合计 row and
relationships written 妻/长子/次女; each value decided once, remembered for the next roster (issue 12 §2.5)."""

from __future__ import annotations

import pytest
from sqlalchemy import func
from sqlmodel import select

from fupin_desktop import paths
from fupin_desktop.domain.vocab import vocab
from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.county.import_preview import ImportPreviewDialog
from fupin_desktop.gui.county.mapping_dialog import ColumnMappingDialog
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QDialogButtonBox, Qt
from fupin_desktop.services.setup.first_start import Profile, save_profile
from fupin_desktop.store.models import Household, Member
from tests.gui.register_support import keep
from tests.unit.test_roster_import import ident, person
from tests.unit.test_roster_shapes import _workbook
from tests.unit.test_roster_values import office_households

LEFT = Qt.MouseButton.LeftButton
REL = vocab("relationship")


@pytest.fixture
def county_window(qtbot, tmp_db, tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "data"))  # decisions remembered here only
    (tmp_path / "data").mkdir()
    save_profile(tmp_db, Profile(role="county", user_name="王芳"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))

    def click_through_mapping(dialog):  # modal: show it and click its own 下一步 button instead of blocking
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.sheet_tables), timeout=10_000)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", click_through_mapping)
    return window


def _open(window, monkeypatch, path) -> ImportPreviewDialog:
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: (str(path), ""))
    before = set(window.findChildren(ImportPreviewDialog))
    window.county_actions.actions["import"].trigger()
    dialogs = [d for d in window.findChildren(ImportPreviewDialog) if d.isVisible() and d not in before]
    assert len(dialogs) == 1
    return dialogs[0]


def _count(db, model) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_office_roster_values_decided_once_by_clicks_and_not_asked_again(qtbot, county_window, tmp_db, tmp_path,
                                                                          monkeypatch):
    path = tmp_path / "办公室花名册.xlsx"
    _workbook(office_households(), merge=True).save(path)
    dialog = _open(county_window, monkeypatch, path)
    panel = dialog.decisions
    assert dialog.tabs.currentWidget() is panel and "待决定的值（3）" in dialog.tabs.tabText(3)
    shown = {panel.table.item(i, 1).text(): combo.currentText() for i, combo in enumerate(panel.combos)}
    assert shown == {"妻": "建议：配偶", "长子": "建议：之子", "次女": "建议：之女"}
    assert panel.table.item([panel.table.item(i, 1).text() for i in range(3)].index("长子"), 2).text() == "2"
    assert any("合计" in dialog.skipped.item(i).text() for i in range(dialog.skipped.count()))
    assert not dialog.import_button.isEnabled()  # nothing is written while values wait

    qtbot.mouseClick(panel.apply_button, LEFT)
    assert dialog.preview.decisions_needed == [] and "待决定的值（0）" in dialog.tabs.tabText(3)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert _count(tmp_db, Household) == 3 and _count(tmp_db, Member) == 7
    with tmp_db.session() as s:
        by_name = {m.name: m.relationship for m in s.exec(select(Member))}
    assert by_name["李秀兰"] == REL.code_for("配偶") and by_name["赵六"] == REL.code_for("之女")
    dialog.close()

    # Next month's roster from another office, the same spellings: nothing is asked again.
    second = [[person("H101", "钱一", ident(41), "户主", 2), person("H101", "孙二", ident(42, male=False), "妻", 2,
                                                                   sex="女")],
              [person("H102", "钱三", ident(43), "户主", 2), person("H102", "钱四", ident(44, 2003), "长子", 2)]]
    path2 = tmp_path / "下月花名册.xlsx"
    _workbook(second, merge=True).save(path2)
    again = _open(county_window, monkeypatch, path2)
    assert again.preview.decisions_needed == [] and again.import_button.isEnabled()
    with qtbot.waitSignal(again.imported):
        qtbot.mouseClick(again.import_button, LEFT)
    assert _count(tmp_db, Household) == 5


def test_a_value_rejected_by_keyboard_holds_back_its_household(qtbot, county_window, tmp_db, tmp_path, monkeypatch):
    path = tmp_path / "办公室花名册.xlsx"
    _workbook(office_households(), merge=True).save(path)
    dialog = _open(county_window, monkeypatch, path)
    panel = dialog.decisions
    values = [panel.table.item(i, 1).text() for i in range(panel.table.rowCount())]
    combo = panel.combos[values.index("次女")]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: 不导入这些行
    assert combo.currentText() == "不导入这些行"
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert dialog.preview.decisions_needed == []
    assert sorted(p.row for p in dialog.preview.rejected) == [7, 8, 9]
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.accept_valid, LEFT)
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert signal.args[0].households == 2 and _count(tmp_db, Household) == 2


def _button(dialog, text):
    from fupin_desktop.gui.qt import QPushButton

    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def test_decisions_travel_in_the_saved_mapping_file(qtbot, county_window, tmp_db, tmp_path, monkeypatch):
    import json

    path = tmp_path / "办公室花名册.xlsx"
    _workbook(office_households(), merge=True).save(path)
    dialog = _open(county_window, monkeypatch, path)
    qtbot.mouseClick(dialog.decisions.apply_button, LEFT)  # the suggestions, as pre-selected
    dialog.close()

    saved_file = tmp_path / "列对应.json"
    monkeypatch.setattr(file_dialogs, "ask_save_file_name", lambda *a, **k: (str(saved_file), ""))
    mapping = ColumnMappingDialog(path, runner=run_inline)
    qtbot.addWidget(mapping)
    qtbot.mouseClick(_button(mapping, "另存对应文件…"), LEFT)
    values = json.loads(saved_file.read_text(encoding="utf-8"))["values"]
    assert values["relationship"] == {"妻": "spouse", "长子": "son", "次女": "daughter"}

    # Another computer (nothing remembered) loads the file in the mapping dialog: nothing is asked.
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "other"))
    (tmp_path / "other").mkdir()

    def load_then_next(dialog):
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.sheet_tables), timeout=10_000)
        monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: (str(saved_file), ""))
        qtbot.mouseClick(_button(dialog, "载入对应文件…"), LEFT)
        qtbot.waitUntil(lambda: bool(dialog.sheet_tables), timeout=10_000)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", load_then_next)
    second = tmp_path / "第二份.xlsx"
    _workbook([[person("H201", "吴一", ident(51), "户主", 2), person("H201", "吴二", ident(52, male=False), "妻", 2,
                                                                   sex="女")]], merge=True).save(second)
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", lambda *a, **k: (str(second), ""))
    county_window.county_actions.actions["import"].trigger()
    preview = [d for d in county_window.findChildren(ImportPreviewDialog) if d.isVisible()][-1]
    assert preview.preview.decisions_needed == [] and preview.import_button.isEnabled()


def test_enter_imports_once_the_decisions_are_applied(qtbot, county_window, tmp_db, tmp_path, monkeypatch):
    """Walkthrough: after 应用决定并重新检查 the focus sat on 取消, so Enter closed the dialog unimported."""
    from fupin_desktop.gui.qt import QApplication

    path = tmp_path / "办公室花名册.xlsx"
    _workbook(office_households(), merge=True).save(path)
    dialog = _open(county_window, monkeypatch, path)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    panel = dialog.decisions
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert dialog.preview.decisions_needed == [] and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    assert _count(tmp_db, Household) == 3
