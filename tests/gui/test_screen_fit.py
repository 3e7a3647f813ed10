"""Every top-level window and dialog opens inside the screen of a 1366×768 laptop (728 px above the
taskbar) with nothing squeezed below its minimum: the main window, the forms, the wizard, the views
opened as windows and every dialog a menu item opens, in both roles (issue 11 §2.13)."""

from __future__ import annotations

import pytest
import shiboken6

from fupin_desktop.gui import window_size
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import (
    QApplication,
    QDialog,
    QEvent,
    QLabel,
    QMainWindow,
    QMenu,
    QObject,
    QPushButton,
    QRect,
    Qt,
    QTimer,
    QWidget,
)
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from tests.gui.register_support import keep

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px taskbar
SKIP = {"action_quit"}  # would end the session under test


class ShownWindows(QObject):
    """Remembers every top-level window or dialog that is shown."""

    def __init__(self):
        super().__init__()
        self.windows: list[QWidget] = []
        self.names: set[str] = set()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and obj.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog) and obj not in self.windows:
            self.windows.append(obj)
            self.names.add(type(obj).__name__)
        return False

    def open_windows(self) -> list[QWidget]:
        return [w for w in self.windows if shiboken6.isValid(w) and w.isVisible()]


def problems(widget: QWidget) -> list[str]:
    """What does not fit: the frame outside the screen, the window below its minimum, a button cut."""
    name = f"{type(widget).__name__} {widget.windowTitle()!r}"
    out = []
    m = window_size.frame_margins(widget)
    frame = widget.geometry().marginsAdded(m)
    if not LAPTOP.contains(frame):
        out.append(f"{name}: frame {frame.getRect()} outside {LAPTOP.getRect()}")
    hint = widget.minimumSizeHint()
    if widget.layout() is not None and (widget.width() < hint.width() or widget.height() < hint.height()):
        out.append(f"{name}: {widget.width()}x{widget.height()} below its minimum {hint.width()}x{hint.height()}")
    for button in widget.findChildren(QPushButton):
        if button.isVisible() and button.text() and button.width() < button.minimumSizeHint().width():
            out.append(f"{name}: button {button.text()!r} cut ({button.width()} < {button.minimumSizeHint().width()})")
    if isinstance(widget, QMainWindow) and widget.statusBar().isVisible():
        for label in widget.statusBar().findChildren(QLabel):
            if label.isVisible() and label.text() and label.width() < label.sizeHint().width():
                out.append(f"{name}: status bar text {label.text()!r} cut")
    return out


@pytest.fixture
def laptop(qapp, monkeypatch):
    """The screen the fit reads is the laptop's; every shown window is recorded."""
    monkeypatch.setattr(window_size, "available_area", lambda widget: QRect(LAPTOP))
    shown = ShownWindows()
    qapp.installEventFilter(shown)
    yield shown
    qapp.removeEventFilter(shown)


def close_modals_while(run, found: list[str]) -> None:
    """Run ``run()``; every modal dialog it opens is checked, then closed (Cancel), until it returns."""
    def sweep():
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            found.extend(problems(modal))
            modal.done(0) if isinstance(modal, QDialog) else modal.close()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        run()
    finally:
        timer.stop()


def menu_actions(window):
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        stack = [menu] if isinstance(menu, QMenu) else []
        while stack:
            for action in stack.pop().actions():
                if isinstance(action.menu(), QMenu):
                    stack.append(action.menu())
                elif not action.isSeparator() and action.objectName() not in SKIP:
                    yield action


def open_everything(qtbot, window, shown: ShownWindows) -> list[str]:
    found: list[str] = []
    for action in list(menu_actions(window)):
        if not action.isEnabled() or not window.isVisible():
            continue
        close_modals_while(action.trigger, found)
        qtbot.wait(5)
        for w in shown.open_windows():
            if w is not window:
                found.extend(problems(w))
                w.done(0) if isinstance(w, QDialog) else w.close()
    return found


def test_every_window_of_the_village_role_fits_the_laptop_screen(qtbot, tmp_db, laptop, lang):
    generate_demo(tmp_db, households=12, seed=3, year=2024)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    found = problems(window)
    assert window.statusBar().isVisible()
    # The household form and, from it, the member dialog (modal), by clicks.
    window.menus.actions["edit_household"].trigger()
    form = next(w for w in laptop.windows if isinstance(w, HouseholdFormDialog))
    found += problems(form)
    close_modals_while(lambda: qtbot.mouseClick(form.ui.addMemberButton, Qt.MouseButton.LeftButton), found)
    form.done(0)
    found += open_everything(qtbot, window, laptop)
    # 首次使用设置, shown before any main window exists.
    from fupin_desktop.gui.settings_flow import ask_first_start

    close_modals_while(lambda: ask_first_start(None), found)
    names = laptop.names
    assert {"HouseholdFormDialog", "MemberDialog", "PlanWizard", "VillageFormDialog", "SettingsDialog",
            "AboutDialog", "RecycleBinDialog", "FirstStartDialog"} <= names, names
    assert not found, "\n".join(found)


def test_every_window_of_the_county_role_fits_the_laptop_screen(qtbot, tmp_db, laptop, lang):
    generate_demo(tmp_db, households=12, seed=3, year=2024)
    set_setting(tmp_db, "role", ROLE_COUNTY)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    found = problems(window) + open_everything(qtbot, window, laptop)
    assert len(laptop.windows) > 5
    assert not found, "\n".join(found)


def test_a_window_larger_than_the_screen_is_shrunk_and_moved_inside(qtbot, laptop):
    big = QWidget(None, Qt.WindowType.Window)
    qtbot.addWidget(big)
    big.resize(1000, 1000)
    big.move(900, 300)
    big.show()
    assert not problems(big)
    assert big.width() == 1000 and big.height() < LAPTOP.height()
