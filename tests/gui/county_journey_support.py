"""Hands and desk for the county journey (test_county_journey): clicks, keys and waits as a person
makes them, the OS chooser and message boxes stood in for, and the screen checked at each view."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import running_jobs
from fupin_desktop.gui.qt import QAbstractItemView, QMessageBox, Qt, QWidget
from tests.gui.dialog_support import open_windows, when_modal
from tests.gui.screen_text import assert_plain, offending
from tests.unit.sync.helpers import Site

LEFT = Qt.MouseButton.LeftButton
JOB_TIMEOUT_MS = 30_000


# --- events -------------------------------------------------------------------------------------

def settle(qtbot) -> None:
    """As a person waits for the window to settle: until every background job has delivered."""
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=JOB_TIMEOUT_MS)
    qtbot.wait(5)
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=JOB_TIMEOUT_MS)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), f"“{button.text()}” cannot be clicked"
    qtbot.mouseClick(button, LEFT)
    settle(qtbot)


def click_cell(qtbot, view: QAbstractItemView, row: int, column: int = 0, double: bool = False) -> None:
    """Click (or double-click) a cell where a person would: the middle of its rectangle."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=centre)
    if double:
        qtbot.mouseDClick(view.viewport(), LEFT, pos=centre)
    settle(qtbot)


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    settle(qtbot)
    assert tabs.currentIndex() == index, tabs.tabText(index)


def choose(qtbot, combo, text: str) -> None:
    """Pick the item showing ``text`` with the keyboard (Home, then Down until it shows)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count() + 1):
        if combo.currentText() == text:
            settle(qtbot)
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]


def choose_data(qtbot, combo, data) -> None:
    choose(qtbot, combo, combo.itemText(combo.findData(data)))


def modal(qtbot, cls, act):
    """Run ``act(dialog)`` when a modal ``cls`` is up; the caller then asserts it came and closed.
    A failure inside ``act`` closes the dialog (its exec() would block the run) and is raised by
    :func:`assert_came_and_closed`."""
    errors: list[BaseException] = []

    def guarded(dialog) -> None:
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed to the test below
            errors.append(exc)
            dialog.done(0)

    seen = when_modal(qtbot, cls, guarded)
    seen.errors = errors
    return seen


def assert_came_and_closed(seen, what: str) -> None:
    if seen.errors:
        raise seen.errors[0]
    assert seen, f"{what} did not open"
    assert not seen.still_open, f"{what} stayed open after its own button was clicked"


# --- the person at the desk -----------------------------------------------------------------------

class Desk:
    """The county window, the folders on the desk, and the answers given to the OS and message boxes."""

    def __init__(self, qtbot, monkeypatch, root: Path):
        self.qtbot = qtbot
        self.monkeypatch = monkeypatch
        self.root = root
        self.stick = root / "stick"
        self.stick.mkdir()
        self.escrow = root / "escrow"
        self.escrow.mkdir()
        self.exports = root / "exports"
        self.exports.mkdir()
        self.next_open = ""
        self.next_save = ""
        self.next_folder = ""
        self.asked: list[str] = []
        self.warned: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.on_screen: list[str] = []  # message box titles and texts, checked like the views
        monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (self.next_open, "")))
        monkeypatch.setattr(file_dialogs, "ask_save_file_name", staticmethod(lambda *a, **k: (self.next_save, "")))
        monkeypatch.setattr(file_dialogs, "ask_existing_directory", staticmethod(lambda *a, **k: self.next_folder))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))
        for name in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self._shown(name)))
        self.window: MainWindow | None = None
        self.db = None
        self.laptop: Site | None = None
        self.seen_views: list[str] = []

    def _question(self, parent, title, text, *args, **kwargs):
        self.asked.append(text)
        self.on_screen.extend((title, text))
        return self.answer

    def _shown(self, kind):
        def show(parent, title, text, *args, **kwargs):
            self.warned.append(f"{kind}: {title}: {text}")
            self.on_screen.extend((title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def action(self, object_name: str):
        from fupin_desktop.gui.qt import QAction

        action = self.window.findChild(QAction, object_name)
        assert action is not None, object_name
        assert action.isVisible() and action.isEnabled(), f"menu item {action.text()!r} cannot be used"
        return action

    def trigger(self, object_name: str) -> None:
        settle(self.qtbot)
        self.action(object_name).trigger()
        settle(self.qtbot)

    def check(self, widget: QWidget, where: str) -> None:
        """No program key or raw JSON on the view, on the main window around it, or in a message box."""
        assert_plain(widget, where)
        assert_plain(self.window, f"主窗口（{where}）")
        boxes = [t for t in self.on_screen if offending(t)]
        assert not boxes, f"{where}: program keys or raw JSON in a message box: {boxes}"
        self.seen_views.append(where)

    def current_tab(self) -> QWidget:
        return self.window.tabs.currentWidget()

    def no_warnings(self, step: str) -> None:
        assert not self.warned, f"{step}: {self.warned}"

    def no_dialog_left(self, step: str) -> None:
        left = [w.windowTitle() for w in open_windows(exclude=[self.window])]
        assert not left, f"{step}: still open: {left}"


def assert_cells_plain(path: Path, what: str) -> None:
    """A list as the clerk opens it in Excel: no program key or raw JSON in its first rows."""
    workbook = load_workbook(path, read_only=True)
    try:
        bad = [value for sheet in workbook.worksheets for row in sheet.iter_rows(max_row=300, values_only=True)
               for value in row if isinstance(value, str) and offending(value)]
    finally:
        workbook.close()
    assert not bad, f"{what}: {bad[:10]}"
