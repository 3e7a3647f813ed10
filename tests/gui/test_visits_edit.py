"""Visits are corrected and deleted by clicks (buttons, context menu, Del on the visits table), and Del
acts on the widget that has focus: on the 走访记录 table it never offers to delete the household (issue 11 §2.3)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_tracking.visits_panel import VisitDialog
from fupin_desktop.gui.qt import QApplication, QContextMenuEvent, QDialogButtonBox, QMessageBox, Qt, QTimer
from fupin_desktop.services.plans import tracking
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import Answers, keep, type_text

TODAY = date(2024, 7, 1)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_db):
    generate_demo(tmp_db, households=12, seed=4, year=2024)
    con = sqlite3.connect(tmp_db.path)
    hid = con.execute("SELECT household_id FROM plan WHERE status = 'confirmed' AND is_current = 1 "
                      "ORDER BY household_id LIMIT 1").fetchone()[0]
    con.close()
    win = MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline, today=TODAY)
    keep(qtbot, win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win, tmp_db, hid


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def record_visit(qtbot, panel, notes: str) -> None:
    type_text(qtbot, panel.notes, notes)
    qtbot.mouseClick(panel.add_button, LEFT)


def open_visits(window, hid):
    """The tracking view as the 帮扶 menu opens it (a tab of the main window), on its 走访记录 tab."""
    view = window.plan_actions.open_tracking(hid)
    view.tabs.setCurrentWidget(view.visits_panel)
    return view.visits_panel


def test_visit_is_edited_and_deleted_by_its_buttons(window, qtbot, monkeypatch):
    win, db, hid = window
    panel = open_visits(win, hid)
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()  # nothing chosen yet
    record_visit(qtbot, panel, "入户核实务工情况")
    assert panel.table.rowCount() == 1
    click_row(qtbot, panel.table, 0)
    assert panel.edit_button.isEnabled()

    def fill_dialog():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VisitDialog) and w.isVisible())
        assert dialog.notes.toPlainText() == "入户核实务工情况"  # the dialog shows the visit as recorded
        dialog.notes.clear()
        type_text(qtbot, dialog.notes, "入户核实，已联系务工单位")
        type_text(qtbot, dialog.findings, "医保待续费")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(panel.findChild(type(panel.edit_button), "editVisitButton"), LEFT)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "入户核实，已联系务工单位" and panel.table.item(0, 3).text() == "医保待续费"

    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.No)
    click_row(qtbot, panel.table, 0)
    qtbot.mouseClick(panel.findChild(type(panel.delete_button), "deleteVisitButton"), LEFT)
    assert answers.asked and "走访记录" in answers.asked[0]
    assert panel.table.rowCount() == 1  # answered No: kept
    answers.question_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.delete_button, LEFT)
    assert panel.table.rowCount() == 0 and tracking.list_visits(db, hid) == []
    with db.engine.connect() as conn:
        actions = [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_event WHERE entity = 'visit'")]
    assert "visit.update" in actions and "visit.delete" in actions


def test_del_on_the_visits_table_deletes_the_visit_not_the_household(window, qtbot, monkeypatch):
    win, db, hid = window
    panel = open_visits(win, hid)
    record_visit(qtbot, panel, "第一次走访")
    record_visit(qtbot, panel, "第二次走访")
    assert panel.table.rowCount() == 2
    win.register.list.select_household(hid)  # the household the 删除农户 action would act on
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Yes)
    click_row(qtbot, panel.table, 0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(answers.asked) == 1 and "走访记录" in answers.asked[0] and "回收站" not in answers.asked[0]
    assert panel.table.rowCount() == 1
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT deleted FROM household WHERE id = ?", (hid,)).scalar() == 0


def test_context_menu_offers_edit_and_delete(window, qtbot, monkeypatch):
    win, db, hid = window
    panel = open_visits(win, hid)
    record_visit(qtbot, panel, "走访")
    click_row(qtbot, panel.table, 0)
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Yes)
    shown: list[list[str]] = []

    def choose_delete():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose_delete)
            return
        shown.append([a.text() for a in menu.actions()])
        delete = next(a for a in menu.actions() if a.text() == "删除走访…")
        qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(delete).center())

    QTimer.singleShot(0, choose_delete)
    rect = panel.table.visualRect(panel.table.model().index(0, 0))
    right_click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                                    panel.table.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(panel.table.viewport(), right_click)  # what a right-click delivers
    assert shown == [["编辑走访…", "删除走访…"]]
    assert answers.asked and panel.table.rowCount() == 0 and tracking.list_visits(db, hid) == []


def test_del_in_the_household_list_still_deletes_the_household(window, qtbot, monkeypatch):
    win, _db, _hid = window
    register = win.register
    win.show_view(register, "农户登记")
    table = register.list.table
    click_row(qtbot, table, 1)
    target = register.list.current_id()
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Yes)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(answers.asked) == 1 and "回收站" in answers.asked[0]
    assert target not in register.list.model.ids()


def test_a_visit_is_recorded_with_the_keyboard_only(window, qtbot):
    """走访记录, Tab, 发现的问题, Enter: the visit is added (Tab used to type a tab into the notes and Enter did nothing)."""
    win, db, hid = window
    panel = open_visits(win, hid)
    before = panel.table.rowCount()
    type_text(qtbot, panel.notes, "入户核实医保参保情况")
    qtbot.waitUntil(panel.notes.hasFocus)
    qtbot.keyClick(panel.notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.findings
    assert panel.notes.toPlainText() == "入户核实医保参保情况"
    type_text(qtbot, panel.findings, "房屋漏雨")
    qtbot.keyClick(panel.findings, Qt.Key.Key_Return)
    assert panel.table.rowCount() == before + 1
    visits = tracking.list_visits(db, hid)
    assert [(v.notes, v.findings) for v in visits][-1:] == [("入户核实医保参保情况", "房屋漏雨")]
