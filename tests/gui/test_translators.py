"""The Chinese interface as the app installs it keeps every text: the translator that fills Qt's own
gaps answers only for its few texts (it answered "" for all others, and the whole interface went blank)."""

from __future__ import annotations

from fupin_desktop.gui.qt import QCoreApplication


def test_the_gap_translator_leaves_our_texts_and_fills_qts(lang):
    tr = QCoreApplication.translate
    if lang == "zh_CN":
        assert tr("MainMenus", "文件(&F)") == "文件(&F)"  # our source text, untouched
        assert tr("PrintPreviewDialog", "关闭") == "关闭"
        assert tr("QFileDialog", "&Look in:") == "查找范围(&L)："  # a gap filled
    else:
        assert tr("MainMenus", "文件(&F)") == "&File"
