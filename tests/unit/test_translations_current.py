"""The committed .ts/.qm match the GUI's strings (run `make translations` after changing tr() strings)."""

from __future__ import annotations

from fupin_desktop.gui import build_translations as bt


def test_translations_are_current(capsys):
    problems, untranslated = bt.check()
    if untranslated:  # shown with -rA / on failure; English is finished in Qt Linguist, not blocking
        print(f"{len(untranslated)} English strings untranslated")
    assert not problems, "\n".join(problems) + "\nrun `make translations`"


def test_the_shell_is_translated_to_english():
    _problems, untranslated = bt.check()
    for context in ("MainWindow:", "EmptyStateWidget:", "AboutDialog:", "crash:"):
        assert not [m for m in untranslated if f"untranslated: {context}" in m]


def test_check_reports_a_new_untranslated_string(tmp_path, monkeypatch):
    extra = tmp_path / "extra_widget.py"
    extra.write_text(
        "class ExtraWidget:\n    def label(self):\n        return self.tr('一个还没有翻译的新字符串')\n",
        encoding="utf-8",
    )
    real_sources = bt.sources
    monkeypatch.setattr(bt, "sources", lambda: real_sources() + [str(extra)])
    problems, untranslated = bt.check()
    assert "fupin_en.ts is out of date with the source strings" in problems
    assert any("ExtraWidget: 一个还没有翻译的新字符串" in m for m in untranslated)
