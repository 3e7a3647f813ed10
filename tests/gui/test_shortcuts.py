"""Every shortcut and every mnemonic (&X) of the main window's menus, submenus and toolbar, both roles.

Fails on a clash: two items of one menu with the same mnemonic, two top menus with the same one,
a toolbar button showing a letter that Alt+letter does not give it (another button's, or a top
menu's), or two actions answering the same key where both are active. The shortcuts listed in
docs/register.md (and docs/county.md for the 县级 menu) are the ones the menus have.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QAction, QKeySequence, QMenu, QShortcut, Qt, QToolBar, QWidget
from fupin_desktop.services.setup.settings import ROLE_COUNTY, ROLE_VILLAGE, set_setting
from tests.unit.register_data import make_villages

DOCS = Path(__file__).resolve().parents[2] / "docs"
TEXT = QKeySequence.SequenceFormat.PortableText


def mnemonic(text: str) -> str:
    """The letter after a single & ("回收站(&R)…" → "R"), "" when none."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else ""


def shown_letters(text: str) -> set[str]:
    """Letters a label shows as a key hint: "回收站(R)" → {"R"}."""
    return {m.upper() for m in re.findall(r"[(（]&?([A-Za-z0-9])[)）]", text)}


def menus_of(window) -> list[tuple[str, QMenu]]:
    found = []

    def walk(menu: QMenu, path: str) -> None:
        found.append((path, menu))
        for action in menu.actions():
            if action.menu() is not None and action.isVisible():
                walk(action.menu(), f"{path} › {action.text()}")

    for top in window.menuBar().actions():
        if top.menu() is not None and top.isVisible():
            walk(top.menu(), top.text())
    return found


def mnemonic_clashes(window) -> list[str]:
    clashes = []
    scopes = [("menu bar", [a for a in window.menuBar().actions() if a.isVisible()])]
    scopes += [(path, [a for a in menu.actions() if a.isVisible() and not a.isSeparator()])
               for path, menu in menus_of(window)]
    for scope, actions in scopes:
        by_letter = defaultdict(list)
        for action in actions:
            if letter := mnemonic(action.text()):
                by_letter[letter].append(action.text())
        clashes += [f"{scope}: {' / '.join(texts)} share (&{letter})" for letter, texts in by_letter.items()
                    if len(texts) > 1]
    top_letters = {mnemonic(a.text()): a.text() for a in window.menuBar().actions() if a.isVisible()}
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisibleTo(window):
            continue
        shown = defaultdict(list)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if action.isSeparator() or button is None or not action.isVisible():
                continue
            for letter in shown_letters(button.text()) | shown_letters(button.toolTip()):
                shown[letter].append(button.text())
        for letter, texts in shown.items():
            if len(texts) > 1:
                clashes.append(f"toolbar: {' / '.join(texts)} both show ({letter})")
            if letter in top_letters:
                clashes.append(f"toolbar: {texts[0]} shows ({letter}) but Alt+{letter} opens {top_letters[letter]}")
    return clashes


def bindings(window) -> list[tuple[str, str, Qt.ShortcutContext, list[QWidget]]]:
    """(key, owner's text, context, widgets it is attached to) of every action and QShortcut of the window."""
    found = []
    actions = set(window.findChildren(QAction))
    for _path, menu in menus_of(window):
        actions |= set(menu.actions())
    for action in actions:
        if not action.isVisible() or action.isSeparator():
            continue
        widgets = [w for w in action.associatedObjects()
                   if isinstance(w, QWidget) and not isinstance(w, (QMenu, QToolBar))
                   and not isinstance(w.parentWidget(), QToolBar)]
        for key in action.shortcuts():
            found.append((key.toString(TEXT), action.text(), action.shortcutContext(), widgets))
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():
            found.append((key.toString(TEXT), f"QShortcut on {shortcut.parent().objectName()}", shortcut.context(),
                          [shortcut.parent()]))
    return found


def _overlap(a: list[QWidget], b: list[QWidget]) -> bool:
    return any(x is y or x.isAncestorOf(y) or y.isAncestorOf(x) for x in a for y in b)


def shortcut_clashes(window) -> list[str]:
    wide = {Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut}
    by_key = defaultdict(list)
    for key, owner, context, widgets in bindings(window):
        by_key[key].append((owner, context, widgets))
    clashes = []
    for key, owners in by_key.items():
        for i, (a, ca, wa) in enumerate(owners):
            for b, cb, wb in owners[i + 1:]:
                if ca in wide or cb in wide or _overlap(wa, wb):
                    clashes.append(f"{key}: {a} and {b}")
    return clashes


def window_shortcuts(window) -> set[str]:
    return {key for key, _owner, _context, _widgets in bindings(window)}


def menu_shortcuts(window, menus=None) -> set[str]:
    """The shortcuts the menus show beside their items."""
    menus = menus if menus is not None else [menu for _path, menu in menus_of(window)]
    return {key.toString(TEXT) for menu in menus for a in menu.actions() if a.isVisible() for key in a.shortcuts()}


def documented_keys(path: Path) -> set[str]:
    """Key sequences written as `Ctrl+E`, `Del`, `F5`, `Ctrl+,` in a document."""
    pattern = r"`((?:(?:Ctrl|Shift|Alt)\+)*(?:[A-Z0-9,]|F\d{1,2}|Del|Ins|Esc|Enter|Return|Tab|Backspace))`"
    return set(re.findall(pattern, path.read_text(encoding="utf-8")))


@pytest.fixture(params=[ROLE_VILLAGE, ROLE_COUNTY])
def window(request, qtbot, tmp_db):
    make_villages(tmp_db)
    if request.param == ROLE_COUNTY:
        set_setting(tmp_db, "role", ROLE_COUNTY)
    win = MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline)
    qtbot.addWidget(win)
    win.show()
    win.role = request.param
    return win


def test_no_mnemonic_is_shared_in_a_menu_the_menu_bar_or_the_toolbar(lang, window):
    menus = menus_of(window)
    assert len(menus) >= 7 + (window.role == ROLE_COUNTY)  # 文件 … 帮助, and 县级 with its submenu
    assert not mnemonic_clashes(window), "\n".join(mnemonic_clashes(window))
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(window.menus.actions["recycle_bin"])
    name = "回收站" if lang == "zh_CN" else "Recycle bin"
    assert button.text() == name  # the name, and on hover the key to press
    assert button.toolTip().startswith(name) and "Ctrl+Shift+Del" in button.toolTip(), button.toolTip()


def test_no_two_actions_answer_the_same_key(window):
    keys = window_shortcuts(window)
    assert {"Ctrl+N", "Ctrl+E", "Del", "Ctrl+Q"} <= keys, keys  # the listing sees the menus' shortcuts
    assert not shortcut_clashes(window), "\n".join(shortcut_clashes(window))


def test_the_documents_list_the_shortcuts_the_menus_have(window):
    keys = menu_shortcuts(window)
    register_doc = documented_keys(DOCS / "register.md")
    if window.role == ROLE_VILLAGE:
        assert keys == register_doc, (f"in the menus, not in docs/register.md: {sorted(keys - register_doc)}; "
                                      f"in docs/register.md, not in the menus: {sorted(register_doc - keys)}")
    else:
        county_only = menu_shortcuts(window, [window.county_actions.menu])
        county_doc = documented_keys(DOCS / "county.md")
        assert county_only and county_only <= county_doc, sorted(county_only - county_doc)
        assert keys - county_only == register_doc, sorted((keys - county_only) ^ register_doc)


def test_the_listing_sees_clashes():
    """The checks above can fail: a toolbar and a menu built with the clashes the issue found."""
    from fupin_desktop.gui.qt import QMainWindow

    win = QMainWindow()
    edit = win.menuBar().addMenu("编辑(&E)")
    view = win.menuBar().addMenu("视图(&V)")
    win.menuBar().addMenu("打印(&P)")
    bin_, plan, refresh = QAction("回收站(&R)…", win), QAction("帮扶计划(&P)…", win), QAction("刷新(&R)", win)
    find = QAction("查找(&R)", win)
    plan.setShortcut("Ctrl+J")
    refresh.setShortcut("Ctrl+J")
    edit.addActions([bin_, plan, find])
    view.addAction(refresh)
    toolbar = QToolBar(win)
    toolbar.addActions([bin_, plan, refresh])
    win.addToolBar(toolbar)
    clashes = mnemonic_clashes(win)
    assert any("编辑(&E): 回收站(&R)… / 查找(&R) share (&R)" in c for c in clashes), clashes
    assert any("both show (R)" in c for c in clashes) and any("Alt+P opens 打印(&P)" in c for c in clashes), clashes
    assert shortcut_clashes(win) == ["Ctrl+J: 帮扶计划(&P)… and 刷新(&R)"] or \
        shortcut_clashes(win) == ["Ctrl+J: 刷新(&R) and 帮扶计划(&P)…"]
    win.deleteLater()
