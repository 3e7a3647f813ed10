"""视图 › 语言 / Language: the interface language, chosen in the window and used from the next start.

The choice is kept in the GUI settings file; ``gui.app`` reads it when neither ``--lang`` nor
``FUPIN_LANG`` names a language. The menu's own texts are in both languages on purpose: a person who
cannot read the current one must still find the way back.
"""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.file_dialogs import gui_settings
from fupin_desktop.gui.qt import QAction, QActionGroup, QMessageBox, QObject
from fupin_desktop.gui.vocab_labels import is_english

LANGUAGE_KEY = "interface/language"
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))
MENU_TITLE = "语言 / Language(&L)"
NOTICE = ("界面语言将在下次启动程序时切换为{name}。\n"
          "The interface language changes to {name} the next time the program starts.")
NOTICE_SAME = "界面语言：{name}。\nInterface language: {name}."


def stored_language() -> str:
    """The language chosen in the menu, or "" when none was chosen."""
    value = gui_settings().value(LANGUAGE_KEY, "")
    return value if value in dict(LANGUAGES) else ""


def store_language(lang: str) -> None:
    settings = gui_settings()
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()


def startup_language(argument: Optional[str], environment: Optional[str]) -> str:
    """--lang first, then FUPIN_LANG, then the menu's choice, else Chinese."""
    for lang in (argument, environment, stored_language()):
        if lang in dict(LANGUAGES):
            return lang
    return "zh_CN"


class LanguageMenu(QObject):
    def __init__(self, window, menu):
        super().__init__(window)
        self.window = window
        self.running = "en" if is_english() else "zh_CN"
        self.menu = menu.addMenu(MENU_TITLE)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        chosen = stored_language() or self.running
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self.group, checkable=True, checked=code == chosen)
            action.setObjectName(f"action_language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, lang: str) -> None:
        store_language(lang)
        name = dict(LANGUAGES)[lang]
        text = (NOTICE_SAME if lang == self.running else NOTICE).format(name=name)
        QMessageBox.information(self.window, "语言 / Language", text)


def install_language_menu(window) -> LanguageMenu:
    """Adds 语言 / Language to the window's 视图 menu."""
    return LanguageMenu(window, window.menus.view_menu)
