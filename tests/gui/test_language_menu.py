"""视图 › 语言 / Language (issue 11 §2.17): the choice is kept and used from the next start, and counts
are translated with their number so each language can say "1 village" / "2 villages"."""

from __future__ import annotations

import pytest

from fupin_desktop.gui import language_menu
from fupin_desktop.gui.app import parse_args
from fupin_desktop.gui.file_dialogs import gui_settings
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMenu, QTranslator
from tests.gui.register_support import Answers, keep
from tests.unit.register_data import V1, add_family, make_villages


@pytest.fixture
def no_choice():
    """No language chosen before the test, and none left behind."""
    settings = gui_settings()
    settings.remove(language_menu.LANGUAGE_KEY)
    settings.sync()
    yield
    settings.remove(language_menu.LANGUAGE_KEY)
    settings.sync()


@pytest.fixture
def window(qtbot, tmp_db, no_choice):
    add_family(tmp_db, make_villages(tmp_db)[V1], head="王德福")
    win = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    win.show()
    return win


def language_actions(window) -> dict:
    menu = next(a.menu() for a in window.menus.view_menu.actions()
                if isinstance(a.menu(), QMenu) and a.menu().objectName() == "languageMenu")
    assert "Language" in menu.title() and "语言" in menu.title()  # findable in either language
    return {a.objectName(): a for a in menu.actions()}


def test_choosing_english_is_kept_for_the_next_start(window, monkeypatch, no_choice):
    actions = language_actions(window)
    assert actions["action_language_zh_CN"].isChecked()
    answers = Answers(monkeypatch)
    actions["action_language_en"].trigger()
    assert answers.warned and "下次启动" in answers.warned[0] and "next time" in answers.warned[0]
    assert actions["action_language_en"].isChecked() and not actions["action_language_zh_CN"].isChecked()
    assert language_menu.stored_language() == "en"
    args, _ = parse_args([])
    assert args.lang is None  # the app then asks the stored choice
    assert language_menu.startup_language(args.lang, None) == "en"
    assert language_menu.startup_language("zh_CN", None) == "zh_CN"  # --lang still wins
    assert language_menu.startup_language(None, "zh_CN") == "zh_CN"  # and FUPIN_LANG
    actions["action_language_zh_CN"].trigger()
    assert language_menu.stored_language() == "zh_CN"


class Numerus(QTranslator):
    """English plural forms for the status bar's counts, as the .qm will give them."""

    FORMS = {"%n 个村": ("%n village", "%n villages"), "%n 户": ("%n household", "%n households"),
             "%n 人": ("%n person", "%n people")}

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102
        forms = self.FORMS.get(source_text) if context == "MainWindow" else None
        return (forms[0] if n == 1 else forms[1]) if forms else None


def test_status_bar_counts_carry_their_number_for_plural_forms(qapp, qtbot, tmp_db):
    translator = Numerus()
    qapp.installTranslator(translator)
    try:
        add_family(tmp_db, make_villages(tmp_db)[V1], head="王德福")  # two villages, one household of three
        win = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
        assert win.counts_label.text() == "2 villages  1 household  3 people"
    finally:
        qapp.removeTranslator(translator)
