"""The bundle's decisions (build/bundle_parts.py, build/fupin.spec, build/icu_trim.py) without
building: which programs the spec declares per platform (Windows: a console fupin.exe beside the
GUI program, checked here on Linux with a faked sys.platform), which files are dropped, the
size-by-part table, and the trimmed ICU data still serving Qt's Chinese collation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "build"
sys.path.insert(0, str(BUILD))
import bundle_parts  # noqa: E402
import icu_trim  # noqa: E402


def run_spec(monkeypatch, tmp_path, platform: str) -> dict[str, list]:
    """Execute build/fupin.spec as PyInstaller would, with recording stand-ins for its classes."""
    declared: dict[str, list] = {"Analysis": [], "EXE": [], "COLLECT": []}

    class Analysis:
        def __init__(self, scripts, **kwargs):
            self.scripts, self.kwargs = scripts, kwargs
            self.binaries, self.datas, self.pure = [], [], []
            declared["Analysis"].append(self)

    def EXE(*args, **kwargs):  # noqa: N802 (PyInstaller's name)
        declared["EXE"].append(kwargs)
        return kwargs

    def COLLECT(*args, **kwargs):  # noqa: N802
        declared["COLLECT"].append((args, kwargs))

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []
    hooks.collect_submodules = lambda package: [f"{package}.x"]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path: []
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    spec = BUILD / "fupin.spec"
    namespace = {"SPECPATH": str(BUILD), "workpath": str(tmp_path), "__file__": str(spec),
                 "Analysis": Analysis, "EXE": EXE, "PYZ": lambda pure: ("PYZ", pure), "COLLECT": COLLECT}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return declared


def test_windows_spec_declares_console_fupin_exe_beside_the_gui(monkeypatch, tmp_path):
    declared = run_spec(monkeypatch, tmp_path, "win32")
    exes = {e["name"]: e for e in declared["EXE"]}
    assert set(exes) == {"fupin-desktop", "fupin"}
    assert exes["fupin"]["console"] is True
    assert exes["fupin-desktop"]["console"] is False
    # One COLLECT holds both programs: they share one _internal/ folder.
    assert len(declared["COLLECT"]) == 1
    collected = [part for part in declared["COLLECT"][0][0] if isinstance(part, dict)]
    assert [e["name"] for e in collected] == ["fupin-desktop", "fupin"]
    cli = next(a for a in declared["Analysis"] if a.scripts[0].endswith("cli_main.py"))
    assert "PySide6" in cli.kwargs["excludes"]  # the command line never loads Qt
    assert (BUILD / "cli_main.py").read_text(encoding="utf-8").count("fupin_desktop.cli import main") == 1


def test_linux_spec_builds_the_gui_only_and_a_launcher_stands_in(monkeypatch, tmp_path):
    declared = run_spec(monkeypatch, tmp_path, "linux")
    assert [e["name"] for e in declared["EXE"]] == ["fupin-desktop"]
    assert bundle_parts.needs_cli_launcher("linux") and not bundle_parts.needs_cli_launcher("win32")
    assert bundle_parts.exe_name("fupin", "win32") == "fupin.exe"


@pytest.mark.parametrize("dest, dropped", [
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqminimal.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
    ("PySide6/Qt/translations/qtbase_en.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtmultimedia_zh_CN.qm", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("libcups.so.2", True),
    ("libreadline.so.8", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", False),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", True),
    ("PySide6\\plugins\\imageformats\\qtiff.dll", True),
    ("PySide6\\translations\\qtbase_zh_CN.qm", False),
    ("PySide6\\translations\\qtbase_fr.qm", True),
    ("PySide6\\Qt6Quick.dll", True),
    ("PySide6\\Qt6Pdf.dll", False),
    ("PySide6\\Qt6Widgets.dll", False),
    ("PySide6\\QtQuick.pyd", False),  # not a Qt library name; the module exclusion handles it
])
def test_exclusions(dest, dropped):
    assert bundle_parts.is_excluded(dest) is dropped


def test_excluded_modules_keep_what_the_app_imports():
    excluded = set(bundle_parts.EXCLUDED_MODULES)
    assert {"tkinter", "unittest", "pytest", "hypothesis", "mypy", "sqlalchemy.dialects.mysql"} <= excluded
    # stdnum imports pydoc; the county server will use postgresql.
    assert not {"pydoc", "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.sqlite", "PySide6.QtPdf"} & excluded


def test_size_by_part_splits_a_bundle(tmp_path):
    internal = tmp_path / "_internal"
    files = {"PySide6/Qt/lib/libQt6Core.so.6": 300, "PySide6/Qt/lib/libicudata.so.73": 50,
             "PySide6/Qt/plugins/platforms/libqxcb.so": 20, "PySide6/Qt/translations/qtbase_en.qm": 5,
             "resources/translations/fupin_zh_CN.qm": 6, "resources/fonts/a.ttf": 70,
             "python3.12/lib-dynload/_json.so": 9, "libpython3.12.so.1.0": 100, "sqlalchemy/x.so": 40,
             "pillow.libs/libjpeg.so": 4, "PIL/_imaging.so": 3, "libz.so.1": 2, "PySide6/QtCore.abi3.so": 30}
    for rel, size in files.items():
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_bytes(b"x" * size)
    (tmp_path / "fupin-desktop").write_bytes(b"x" * 8)
    parts = bundle_parts.size_by_part(tmp_path)
    assert parts == {"Qt libraries": 300, "Qt libraries: ICU": 50, "Qt plugins": 20, "translations": 11,
                     "resources": 70, "Python stdlib": 109, "site-packages: sqlalchemy": 40,
                     "site-packages: PIL": 7, "system libraries": 2, "PySide6 bindings": 30, "executables": 8}
    assert [bundle_parts.classify(rel) for rel in ("PySide6/Qt6Gui.dll", "PySide6/plugins/platforms/qwindows.dll",
                                                    "PySide6/translations/qtbase_en.qm", "PySide6/QtGui.pyd")] == [
        "Qt libraries", "Qt plugins", "translations", "PySide6 bindings"]
    table = bundle_parts.format_sizes(parts, site_packages_min=0)
    assert table.splitlines()[-1].split() == ["0.0", "MB", "total"] and "site-packages: PIL" in table


def test_icu_trim_keeps_chinese_and_english_and_drops_the_rest():
    assert icu_trim.wanted("icudt73l/coll/zh.res") and icu_trim.wanted("icudt73l/coll/ucadata.icu")
    assert icu_trim.wanted("icudt73l/zone/zh_Hans.res") and icu_trim.wanted("icudt73l/cnvalias.icu")
    assert icu_trim.wanted("icudt73l/gb18030.cnv") and icu_trim.wanted("icudt73l/zoneinfo64.res")
    assert not icu_trim.wanted("icudt73l/coll/de.res") and not icu_trim.wanted("icudt73l/ja.res")
    assert not icu_trim.wanted("icudt73l/brkitr/cjdict.dict") and not icu_trim.wanted("icudt73l/ibm-943_P15A-2003.cnv")
    header = bytes([32, 0, 0xDA, 0x27]) + bytes(8) + b"CmnD" + bytes(16)
    items = [("icudt73l/a.res", b"A" * 20), ("icudt73l/b.res", b"B" * 3)]
    assert icu_trim.read_items(icu_trim.write_items(header, items)) == (header, [(n, d + b"\0" * (-len(d) % 16)) for n, d in items])


def qt_icu_probe(env: dict) -> str:
    code = ("from PySide6.QtCore import QCollator, QLocale, QTimeZone\n"
            "c = QCollator(QLocale('zh_CN'))\n"
            "print(' '.join(sorted(['张三', '李四', '王五', '阿明'], key=c.sortKey)))\n"
            "print(QTimeZone(b'Asia/Shanghai').displayName(QTimeZone.TimeType.StandardTime,"
            " QTimeZone.NameType.LongName, QLocale('zh_CN')))\n")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=True).stdout


@pytest.mark.skipif(not sys.platform.startswith("linux") or not icu_trim.available(), reason="ELF and binutils")
def test_trimmed_icu_still_sorts_chinese_by_pinyin_in_qt(tmp_path):
    import PySide6

    source = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
    if source is None:
        pytest.skip("this PySide6 has no bundled ICU")
    before, after = icu_trim.trim(source, tmp_path / source.name)
    assert after < before / 4
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Preloading a library with the same soname makes Qt use it instead of the wheel's own.
    trimmed = qt_icu_probe({**env, "LD_PRELOAD": str(tmp_path / source.name)})
    assert trimmed.splitlines()[0] == "阿明 李四 王五 张三"
    assert trimmed == qt_icu_probe(env)
    assert shutil.which("ld")
