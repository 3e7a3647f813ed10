"""When the area tree cannot be read at start-up (a failing USB stick), the person is told, and the
rest of the window still comes: the status bar's counts and the 帮扶/打印/同步 menus waited for the
tree and never came."""

from __future__ import annotations

from fupin_desktop.errors import DatabaseUnwritable
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.register import register_view
from fupin_desktop.services.setup.demo import generate_demo
from tests.gui.register_support import Answers, keep


def test_a_tree_that_cannot_be_read_still_lets_the_menus_come(qtbot, tmp_db, monkeypatch):
    generate_demo(tmp_db, households=6, seed=4, year=2024)
    answers = Answers(monkeypatch)

    def failing_read(db):
        raise DatabaseUnwritable("读取数据库文件时磁盘出错。", "disk I/O error")

    monkeypatch.setattr(register_view, "area_tree", failing_read)  # the stick fails under the tree's read
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, runner=run_inline, defer_hooks=True))
    window.show()
    qtbot.waitUntil(lambda: window.plan_actions is not None, timeout=10000)
    assert any("磁盘出错" in text for text in answers.warned), answers.warned
    assert window.register.list.model.rowCount() == 6
    qtbot.waitUntil(lambda: "6 户" in window.counts_label.text(), timeout=5000)
