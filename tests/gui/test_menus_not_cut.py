"""At 文字大小 大 and 特大 no menu item is cut.

Walkthrough: with 特大 the 同步 menu read 导出同步…(E)…, 疑似重复…(D), 密钥与加…(K)… and 县级 read
贫困村退…(E): Qt's Fusion style sizes a menu for its longest item and then draws it elided. The test
opens every menu of both roles from the menu bar and compares each item as drawn with the same item
drawn in a menu far wider than needed: an elided item differs.
"""

from __future__ import annotations

import pytest

from fupin_desktop.gui.fonts import DEFAULT_POINT_SIZE, install_app_font
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QMenu, QPoint
from fupin_desktop.gui.text_sizes import text_sizes
from fupin_desktop.services.setup.first_start import Profile, save_profile
from tests.gui.register_support import keep


@pytest.fixture
def big_text(qapp):
    yield
    install_app_font(qapp, DEFAULT_POINT_SIZE)


def _cut_items(qtbot, menu: QMenu) -> list[str]:
    """The texts of the menu's items that are drawn differently from the same menu made much wider."""
    menu.popup(QPoint(10, 10))
    qtbot.waitExposed(menu)
    shown = menu.grab().toImage()
    items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator() and a.text()
             and a.shortcut().isEmpty()]  # a shortcut is drawn at the right edge, which moves
    menu.hide()
    wide = menu.width() + 300
    menu.setMinimumWidth(wide)
    menu.setMaximumWidth(wide)
    menu.popup(QPoint(10, 10))
    qtbot.waitExposed(menu)
    reference = menu.grab().toImage()
    menu.hide()
    menu.setMaximumWidth(16777215)
    menu.setMinimumWidth(0)
    cut = []
    right = shown.width() - 12  # the item's frame and the submenu arrow
    for action in items:
        rect = menu.actionGeometry(action)
        if any(shown.pixel(x, y) != reference.pixel(x, y)
               for y in range(rect.top(), rect.bottom(), 2) for x in range(rect.left(), min(rect.right(), right))):
            cut.append(action.text())
    return cut


@pytest.mark.parametrize("role", ["village", "county"])
def test_every_menu_item_is_shown_whole_at_the_largest_text_size(qtbot, tmp_db, big_text, role):
    save_profile(tmp_db, Profile(role=role, user_name="李强"))
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    install_app_font(QApplication.instance(), max(s.point_size for s in text_sizes()))
    qtbot.wait(50)  # the font change reaches the menus through posted events, as in the app
    cut: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menus = [top.menu()] + top.menu().findChildren(QMenu)
        for menu in menus:
            menu.aboutToShow.emit()  # menus filled on opening fill themselves
            found = _cut_items(qtbot, menu)
            if found:
                cut[menu.title()] = found
    assert not cut, cut
