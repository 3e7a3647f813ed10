"""The committed .ts/.qm match the GUI's strings, and every string has an English translation."""

from __future__ import annotations

from fupin_desktop.gui import build_translations as bt


def test_translations_are_current_and_complete():
    problems = bt.check()
    assert not problems, "\n".join(problems)


def test_check_reports_a_new_untranslated_string(tmp_path, monkeypatch):
    extra = tmp_path / "extra_widget.py"
    extra.write_text(
        "class ExtraWidget:\n    def label(self):\n        return self.tr('一个还没有翻译的新字符串')\n",
        encoding="utf-8",
    )
    real_sources = bt.sources
    monkeypatch.setattr(bt, "sources", lambda: real_sources() + [str(extra)])
    problems = "\n".join(bt.check())
    assert "fupin_en.ts is out of date" in problems
    assert "一个还没有翻译的新字符串" in problems
