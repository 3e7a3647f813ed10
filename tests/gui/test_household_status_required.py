"""脱贫状态 is required and not preset: saving a new household without it says so beside the field
(not under the member table, where a blank status was reported before), and choosing one clears it."""

from __future__ import annotations

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QDialogButtonBox
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.county_journey_support import choose, click
from tests.gui.register_support import Answers, keep


def test_a_new_household_asks_for_its_status_beside_the_field(qtbot, tmp_db, monkeypatch):
    answers = Answers(monkeypatch)
    generate_demo(tmp_db, households=3, seed=2, year=2024)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, runner=run_inline))
    window.show()
    qtbot.waitUntil(lambda: window.register.list.model.rowCount() == 3, timeout=5000)
    window.menus.actions["new_household"].trigger()
    form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HouseholdFormDialog) and w.isVisible())
    assert form.ui.statusCombo.currentText() == ""  # not preset: the cadre chooses
    click(qtbot, form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert form.isVisible(), answers.warned  # refused
    assert "请选择脱贫状态" in form.ui.statusMessage.text() and form.ui.statusMessage.isVisible()
    assert "脱贫状态" not in form.ui.membersMessage.text()

    choose(qtbot, form.ui.statusCombo, "已脱贫(享受政策)")
    qtbot.waitUntil(lambda: form.ui.statusMessage.text() == "", timeout=3000)
    form.close()
