"""Everything a person reads on a view, and a check that none of it is a program key or raw JSON.

Builds on visible_text (labels, buttons, combo items, line edits, item-view headers and cells, window
and status-bar texts) and adds what it leaves out: group-box titles, tab texts, text edits, tooltips
of labels and buttons, the window title of the top-level window and its status bar. Used on every
view a journey opens: ``assert_plain(widget, "同步 › 密钥与加入")``.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from tests.gui.visible_text import visible_texts
from tests.unit.program_text import PROGRAM_TEXT


def screen_texts(root: QWidget) -> list[str]:
    """Every text of ``root`` and its visible children a person can read (or hover to read)."""
    texts = visible_texts(root)
    for w in [root] + root.findChildren(QWidget):
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QPlainTextEdit):
            texts.extend((w.toPlainText(), w.placeholderText()))
        elif isinstance(w, QTextEdit):
            texts.extend((w.toPlainText(), w.placeholderText()))
        if isinstance(w, (QLabel, QAbstractButton, QGroupBox)):
            texts.append(w.toolTip())
    window = root.window()
    texts.append(window.windowTitle())
    if isinstance(window, QMainWindow) and window.statusBar() is not None:
        texts.append(window.statusBar().currentMessage())
    return [t for t in texts if t]


def program_keys(root: QWidget) -> list[str]:
    """The texts of ``root`` that show a snake_case or dotted program key, raw JSON or a hex id."""
    return [t for t in screen_texts(root) if PROGRAM_TEXT.search(t)]


def assert_plain(root: QWidget, where: str) -> None:
    """Fail naming the view and each offending text (with the key found in it)."""
    bad = [f"{PROGRAM_TEXT.search(t).group(0)!r} in {t[:160]!r}" for t in program_keys(root)]
    assert not bad, f"{where}: program keys or raw JSON on screen:\n" + "\n".join(bad)
