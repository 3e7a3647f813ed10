"""Load the interface translations: ours (resources/translations/fupin_<lang>.qm) and Qt's own.

Source strings are Chinese, so zh_CN needs Qt's qtbase_zh_CN for its standard buttons and
dialogs (确定/取消, file dialogs); English needs fupin_en.qm for our strings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.qt import QApplication, QLocale, QTranslator, qt_translations_dir
from fupin_desktop.paths import resource

log = logging.getLogger(__name__)

LOCALES = {
    "zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


class QtGapsTranslator(QTranslator):
    """Qt's own dialog texts that qtbase_<lang>.qm leaves in English (resources/qt/translation_gaps.yaml)."""

    def __init__(self, texts: dict, parent=None):
        super().__init__(parent)
        self.texts = texts  # context -> source -> translation

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 (Qt override)
        # None, not "": an empty string is a translation to nothing, and Qt would ask no other translator.
        by_context = self.texts.get(context)
        return by_context.get(source_text) if by_context else None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self.texts


def qt_gaps(lang: str) -> dict:
    import yaml

    path = resource("qt", "translation_gaps.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return (data or {}).get(lang) or {}


def install_translations(app: QApplication, lang: str = "zh_CN", qt_dialog_gaps: bool = True) -> list[Path]:
    """Install translators for ``lang``; return the .qm files loaded (kept alive on ``app``).
    ``qt_dialog_gaps=False``: without the few texts of Qt's own dialogs that its catalogue lacks, which
    :func:`install_qt_gaps` adds later (the start-up's frame shows none, and their YAML costs ~15 ms)."""
    QLocale.setDefault(LOCALES.get(lang, LOCALES["zh_CN"]))
    vocab_labels.set_language(lang)  # vocabulary labels follow the interface language
    candidates = [resource("translations", f"fupin_{lang}.qm")]
    if lang != "en":
        candidates.append(Path(qt_translations_dir()) / f"qtbase_{lang}.qm")
    translators = []
    loaded = []
    for path in candidates:
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
            loaded.append(path)
        else:
            log.warning("translation not loaded: %s", path)
    app.setProperty("fupin_translators", len(translators))
    app._fupin_translators = translators  # keep the Python wrappers alive
    app._fupin_gaps_lang = lang
    if qt_dialog_gaps:
        install_qt_gaps(app)
    return loaded


def install_qt_gaps(app: QApplication) -> None:
    """The Qt-gaps translator for the language of :func:`install_translations` (once; idempotent)."""
    lang = getattr(app, "_fupin_gaps_lang", None)
    if lang is None:
        return
    app._fupin_gaps_lang = None
    gaps = qt_gaps(lang)
    if gaps:  # installed last, so asked first; it answers only for its few texts
        translator = QtGapsTranslator(gaps, app)
        app.installTranslator(translator)
        app._fupin_translators.append(translator)
        app.setProperty("fupin_translators", len(app._fupin_translators))


def remove_translations(app: QApplication) -> None:
    """Uninstall what install_translations put in (tests switch languages within one app)."""
    for translator in getattr(app, "_fupin_translators", []):
        app.removeTranslator(translator)
    app._fupin_translators = []
    app._fupin_gaps_lang = None
    vocab_labels.set_language(vocab_labels.SOURCE_LANGUAGE)
