"""Qt's file dialog at 文字大小 特大 shows whole file names.

Walkthrough: 同步 › 导入同步包 › 选择文件… at 特大 listed the county's package and the laptop's as
"fupin-石桥村…7761.fpkg" and "fupin-石桥村…5659.fpkg" (a 658-pixel dialog, columns sized for 9-point text):
the clerk could not tell 上报 from 下发. Driven through the real menu item and Qt's own dialog.
"""

from __future__ import annotations

import pytest

from fupin_desktop.gui.fonts import DEFAULT_POINT_SIZE, install_app_font
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QFileDialog, QTimer, QTreeView
from fupin_desktop.gui.text_sizes import text_sizes
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from tests.gui.register_support import keep

NAMES = ["fupin-石桥村1号电脑-石桥村-上报-20261204-387761.xlsx", "fupin-石桥村1号电脑-石桥村-下发-20261204-a25659.xlsx"]


@pytest.fixture
def largest_text(qapp):
    install_app_font(qapp, max(s.point_size for s in text_sizes()))
    yield
    install_app_font(qapp, DEFAULT_POINT_SIZE)


def test_file_names_are_whole_at_the_largest_text_size(qtbot, tmp_db, tmp_path, largest_text):
    folder = tmp_path / "usb"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_bytes(b"")
    generate_demo(tmp_db, households=4, seed=2, year=2024)
    set_setting(tmp_db, "role", ROLE_COUNTY)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    seen: dict = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, drive)
            return
        dialog.setDirectory(str(folder))
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()

        def listed() -> list[str]:
            root = view.rootIndex()
            return sorted(model.index(r, 0, root).data() for r in range(model.rowCount(root)))

        qtbot.waitUntil(lambda: listed() == sorted(NAMES), timeout=5000)
        qtbot.wait(50)
        metrics = view.fontMetrics()
        room = view.header().sectionSize(0) - view.iconSize().width() - 16
        seen["cut"] = [n for n in NAMES if metrics.horizontalAdvance(n) > room]
        seen["fits"] = dialog.frameGeometry().width() <= dialog.screen().availableGeometry().width()
        dialog.done(0)

    QTimer.singleShot(0, drive)
    window.county_actions.actions["export_register"].trigger()
    assert seen.get("cut") == [], seen
    assert seen["fits"]
