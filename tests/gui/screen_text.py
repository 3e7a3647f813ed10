"""Everything a person reads on a view, and a check that none of it is a program key or raw JSON.

Builds on visible_text (labels, buttons, combo items, line edits, item-view headers and cells, window
and status-bar texts) and adds what it leaves out: group-box titles, tab texts, text edits, tooltips
of labels and buttons, the window title of the top-level window and its status bar. Used on every
view a journey opens: ``assert_plain(widget, "同步 › 密钥与加入")``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

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


@cache
def code_words() -> re.Pattern:
    """One-word codes a person must not see either: every vocabulary code and every synced table
    and field name ("healthy", "industry", "household"), standing alone (not part of a path or a
    file name)."""
    from fupin_desktop.paths import resource
    from fupin_desktop.sync.rows import codecs_by_name

    words = set()
    for path in Path(resource("vocab")).glob("*.yaml"):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        items = data if isinstance(data, list) else (data or {}).get("items", [])
        words.update(str(item["code"]) for item in items if isinstance(item, dict) and "code" in item)
    for table, codec in codecs_by_name().items():
        words.add(table)
        words.update(codec.merge_fields)
    words = sorted((w for w in words if re.fullmatch(r"[a-z][a-z0-9_]{2,}", w)), key=len, reverse=True)
    return re.compile(r"(?<![\w/.\\-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w/.\\-])")


def offending(text: str, codes: bool = True) -> str:
    """The program key, raw JSON, hex id or (``codes``) bare code in ``text``, or ""."""
    found = PROGRAM_TEXT.search(text) or (code_words().search(text) if codes else None)
    return found.group(0) if found else ""


def program_keys(root: QWidget, codes: bool = True) -> list[str]:
    """The texts of ``root`` that show a snake_case or dotted program key, raw JSON, a hex id or, with
    ``codes`` (the Chinese interface, where no English word belongs), a bare code."""
    return [t for t in screen_texts(root) if offending(t, codes)]


def assert_plain(root: QWidget, where: str, codes: bool = True) -> None:
    """Fail naming the view and each offending text (with the key found in it)."""
    bad = [f"{offending(t, codes)!r} in {t[:160]!r}" for t in program_keys(root, codes)]
    assert not bad, f"{where}: program keys or raw JSON on screen:\n" + "\n".join(bad)
