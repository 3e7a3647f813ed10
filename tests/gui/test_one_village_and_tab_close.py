"""Found walking a cadre's day (one village on the laptop):
- 新增农户 with 全部农户 chosen asked 新农户属于哪个村？ with the only village as the only answer;
- 编辑 › 村信息 with 全部农户 chosen said 请先在左侧选择一个村。 though a household of that village was chosen;
- closing the 计划跟踪 tab by its × dropped a visit typed and not added, without a word (quitting asked)."""

from __future__ import annotations

from fupin_desktop.gui.qt import QApplication, QInputDialog, QTabBar
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.gui.register.village_form import VillageFormDialog
from tests.gui.register_support import LEFT, Answers, type_text
from tests.gui.test_tracking_unsaved_quit import CANCEL, DISCARD, _open_tracking, _show_page, window  # noqa: F401


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _choose_all_households(qtbot, window) -> None:
    tree = window.register.tree
    all_index = tree.tree_model.index(0, 0)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualRect(all_index).center())
    assert tree.current_node() is None  # 全部农户


def test_new_household_with_one_village_goes_straight_to_the_form(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: asked.append(a[2]) or ("", False))
    _choose_all_households(qtbot, window)
    window.menus.actions["new_household"].trigger()
    forms = _visible(HouseholdFormDialog)
    assert asked == [] and len(forms) == 1
    [village] = [n for root in window.register.tree.roots for n in root.walk() if n.kind == "village"]
    assert forms[0].draft.village_id == village.village_id
    forms[0].close()


def test_village_information_with_all_households_chosen_opens_the_households_village(qtbot, window, monkeypatch):
    answers = Answers(monkeypatch)
    _choose_all_households(qtbot, window)
    table, model = window.register.list.table, window.register.list.model
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(model.index(2, 1)).center())
    window.menus.actions["edit_village"].trigger()
    dialogs = _visible(VillageFormDialog)
    assert answers.warned == [] and len(dialogs) == 1
    assert dialogs[0].data.draft.id == model.row(2).village_id
    dialogs[0].close()


def test_closing_the_tracking_tab_with_a_visit_typed_asks(qtbot, window, tmp_db, monkeypatch):
    view = _open_tracking(qtbot, window, tmp_db)
    _show_page(qtbot, view, view.visits_panel)
    type_text(qtbot, view.visits_panel.notes, "第三次走访：房屋已修缮")
    close_button = window.tabs.tabBar().tabButton(window.tabs.indexOf(view), QTabBar.ButtonPosition.RightSide)

    answers = Answers(monkeypatch, CANCEL)
    qtbot.mouseClick(close_button, LEFT)
    assert len(answers.asked) == 1 and "走访记录" in answers.asked[0]
    assert window.tabs.indexOf(view) >= 0 and view.visits_panel.notes.toPlainText() == "第三次走访：房屋已修缮"

    answers.question_answer = DISCARD
    qtbot.mouseClick(close_button, LEFT)
    assert len(answers.asked) == 2 and window.tabs.indexOf(view) < 0
