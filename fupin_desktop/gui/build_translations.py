"""Qt Linguist translations: extract strings, keep zh_CN filled, compile .qm files.

    python -m fupin_desktop.gui.build_translations          # lupdate + lrelease into resources/translations/
    python -m fupin_desktop.gui.build_translations --check  # exit 1 if .ts/.qm are stale (--strict: or English missing)

Source strings are Chinese (the users' language). ``fupin_zh_CN.ts`` is filled with the source
text itself so plural forms and the file set stay uniform; ``fupin_en.ts`` is translated by hand
in Qt Linguist (``pyside6-linguist resources/translations/fupin_en.ts``). Strings come from the
GUI modules and the Designer forms in ui/ (the compiled forms in gui/forms/ are skipped: same
strings, generated code).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from fupin_desktop.gui.pyside_tools import REPO_ROOT, run_tool

GUI_DIR = REPO_ROOT / "fupin_desktop" / "gui"
UI_DIR = REPO_ROOT / "ui"
TS_DIR = REPO_ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")


def sources() -> list[str]:
    """Files lupdate reads, relative to the repo root."""
    files = [p for p in sorted(GUI_DIR.rglob("*.py")) if "forms" not in p.relative_to(GUI_DIR).parts]
    files += sorted(UI_DIR.glob("*.ui"))
    return [p.relative_to(REPO_ROOT).as_posix() for p in files]


def ts_path(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"fupin_{lang}.ts"


def qm_path(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"fupin_{lang}.qm"


def _lupdate(ts: Path, lang: str) -> None:
    run_tool("lupdate", [
        *sources(), "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
        "-locations", "none", "-no-obsolete", "-silent", "-ts", str(ts),
    ])


def _fill_with_source(ts: Path) -> int:
    """For the source language: every unfinished message translates to its own source text."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = message.findtext("source")
        else:
            translation.text = message.findtext("source")
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update_ts(lang: str, directory: Path = TS_DIR) -> Path:
    ts = ts_path(lang, directory)
    directory.mkdir(parents=True, exist_ok=True)
    _lupdate(ts, lang)
    if lang == SOURCE_LANGUAGE and _fill_with_source(ts):
        _lupdate(ts, lang)  # back to lupdate's own layout, so a re-run changes nothing
    return ts


def release(lang: str, directory: Path = TS_DIR, out_dir: Path | None = None) -> Path:
    qm = qm_path(lang, out_dir or directory)
    run_tool("lrelease", ["-silent", str(ts_path(lang, directory)), "-qm", str(qm)])
    return qm


def unfinished(ts: Path) -> list[str]:
    """Source texts with no finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> tuple[list[str], list[str]]:
    """(problems, untranslated): stale or missing .ts/.qm files, and English strings still to translate."""
    problems, untranslated = [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        for lang in LANGUAGES:
            committed_ts, committed_qm = ts_path(lang), qm_path(lang)
            if not committed_ts.exists() or not committed_qm.exists():
                problems.append(f"{committed_ts.name}/{committed_qm.name} missing")
                continue
            shutil.copy(committed_ts, ts_path(lang, tmp_dir))
            fresh_ts = update_ts(lang, tmp_dir)
            if fresh_ts.read_bytes() != committed_ts.read_bytes():
                problems.append(f"{committed_ts.name} is out of date with the source strings")
            fresh_qm = release(lang, tmp_dir)
            if fresh_qm.read_bytes() != committed_qm.read_bytes():
                problems.append(f"{committed_qm.name} is not compiled from the current {committed_ts.name}")
            untranslated += [f"{committed_ts.name} untranslated: {m}" for m in unfinished(fresh_ts)]
    return problems, untranslated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_translations", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that .ts/.qm are current")
    parser.add_argument("--strict", action="store_true", help="with --check: untranslated English also fails")
    args = parser.parse_args(argv)
    if args.check:
        problems, untranslated = check()
        for line in untranslated:
            print(line, file=sys.stderr)
        failed = problems + (untranslated if args.strict else [])
        for line in problems:
            print(line, file=sys.stderr)
        if failed:
            print("翻译文件需要更新：运行 make translations 并在 Qt Linguist 中补全英文 "
                  "(run `make translations` and finish the English in Qt Linguist)", file=sys.stderr)
            return 1
        print(f"翻译文件均为最新 (translations are current; {len(untranslated)} English strings untranslated)")
        return 0
    for lang in LANGUAGES:
        ts = update_ts(lang)
        qm = release(lang)
        todo = unfinished(ts)
        print(f"{ts.relative_to(REPO_ROOT).as_posix()} -> {qm.name}"
              + (f" ({len(todo)} untranslated)" if todo else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
