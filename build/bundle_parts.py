"""What goes into the one-folder bundle, as plain data and functions the spec and the tests share.

build/fupin.spec imports this module (PyInstaller runs the spec as a script with SPECPATH set);
tests/unit/test_bundle_parts.py imports it directly, so the Windows decisions (a console
``fupin.exe`` beside the GUI program) are checked on Linux with a faked platform. Nothing here
imports PyInstaller at module level.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

BUILD = Path(__file__).resolve().parent
REPO = BUILD.parent

# Python modules the app never imports at run time: dev tools, unused Qt modules, other GUI
# toolkits, CPython's test and REPL helpers (not pydoc: stdnum imports it), SQLAlchemy dialects other than sqlite and postgresql
# (postgresql stays for the coming county server).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "ensurepip", "venv",
    "unittest", "doctest", "pdb", "pydoc_data", "readline", "curses", "_curses",
    "pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller", "pip", "setuptools",
    "IPython", "matplotlib", "numpy", "mypy", "mypyc", "mypy_extensions", "ast_serialize", "ruff",
    "pydantic.mypy", "pydantic.v1", "sqlalchemy.testing", "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.oracle", "sqlalchemy.dialects.mssql",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtTest", "PySide6.QtSql", "PySide6.QtNetwork", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtTextToSpeech", "PySide6.QtLabsStyleKit", "PySide6.QtDBus",
    # Japanese/Korean codecs (the Chinese and Big5 ones stay for old rosters).
    "_codecs_jp", "_codecs_kr", "_codecs_iso2022",
    # Pillow codecs and colour management reportlab never uses (AVIF alone is 5 MB), Tk glue.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk", "PIL.ImageTk",
    "PIL._imagingcms", "PIL.ImageCms",
    # CPython's own test extension modules.
    "_testcapi", "_testinternalcapi", "_testbuffer", "_testimportmultiple", "_testmultiphase",
    "_ctypes_test", "_xxtestfuzz", "_testclinic", "_testsinglephase", "test",
]

# Files (by destination path inside the bundle, '/'-separated) dropped after analysis. Linux
# names (libQt6Quick.so.6, PySide6/Qt/translations) and Windows ones (Qt6Quick.dll,
# PySide6/translations) alike.
EXCLUDED_FILES = [
    # Qt libraries never loaded; not Pdf: the print preview needs QtPdf.
    r"(^|/)(lib)?Qt6(Qml|Quick|WebEngine|3D|Multimedia|Designer|Help|Test|Sql|Charts|DataVis|Graphs|VirtualKeyboard|ShaderTools|Labs)",
    # Platforms: offscreen (CI, --screenshot), minimal, xcb and wayland (desktops), see .ci/run.
    r"plugins/platforms/lib(?!q(offscreen|xcb|wayland|minimal)\.so)",
    r"plugins/platformthemes/libqgtk3",
    r"plugins/platforms/q(direct2d)\.dll",  # Windows: qwindows, qoffscreen and qminimal stay
    r"plugins/platforminputcontexts/libqtvirtualkeyboard",
    r"plugins/(egldeviceintegrations|generic|qmltooling|designer|sqldrivers|networkinformation|tls|wayland-graphics-integration-server|vectorimageformats)/",
    # Image formats: the app reads PNG/JPEG/GIF/ICO/SVG; pdf stays (QtPdf's plugin).
    r"plugins/imageformats/(lib)?q(tiff|webp|wbmp|tga|icns)",
    # Wayland: a client needs xdg-shell and the EGL/shm buffers, not compositor-side pieces.
    r"plugins/wayland-graphics-integration-client/lib(dmabuf|drm-egl|vulkan)-server",
    r"plugins/wayland-shell-integration/lib(fullscreen-shell-v1|ivi-shell|wl-shell-plugin|qt-shell)",
    # Qt's own translations: qtbase only, Chinese and English.
    r"PySide6/(Qt/)?translations/(?!qtbase_(zh_CN|en)\.qm)",
    # System GTK/GLib stack, only ever pulled in by the GTK platform theme.
    r"(^|/)lib(gtk-3|gdk-3|gdk_pixbuf|atk|atk-bridge|atspi|pango|cairo|harfbuzz-gobject|epoxy|rsvg|wayland-egl)[-.]",
    # readline/ncurses: only the interactive REPL uses them.
    r"(^|/)lib(readline|ncursesw|tinfo)\.so",
]
# Taken from the machine, not bundled: libraries that talk to the host's own services and
# configuration, and that every Linux desktop has (.ci/run installs them too):
# - CUPS: must match the host's scheduler and client.conf, and drags in TLS, Kerberos and Avahi
#   (9 MB) only it needs; without CUPS, Qt's print dialog still prints to PDF;
# - fontconfig/FreeType: a bundled fontconfig older than the host's /etc/fonts files fails on
#   elements it does not know; the app's own font ships in resources/fonts;
# - D-Bus: the session bus (input methods, portals) of the running desktop, with systemd/gcrypt;
# - X11: libxcb is always the host's (PyInstaller never bundles it); libX11 and libX11-xcb come
#   with it so the three match;
# - the C++ runtime: the host's OpenGL driver (loaded from the host) may need a newer libstdc++
#   than the build machine's, and a bundled older one fails it; Qt's wheel needs only GCC 8's.
HOST_LIBRARIES = [r"(^|/)lib(cups|fontconfig|freetype|dbus-1|X11|X11-xcb|stdc\+\+|gcc_s)\.so"]
_excluded = re.compile("|".join(f"(?:{p})" for p in EXCLUDED_FILES + HOST_LIBRARIES))


def is_excluded(dest: str) -> bool:
    return bool(_excluded.search(dest.replace("\\", "/")))


def keep(toc):
    """A PyInstaller TOC (dest, src, typecode) without the excluded files."""
    return [entry for entry in toc if not is_excluded(entry[0])]


@dataclass(frozen=True)
class Program:
    """One executable in the bundle's folder."""

    name: str  # without .exe
    script: Path
    console: bool
    loads_qt: bool


def programs(platform: str | None = None) -> list[Program]:
    """The executables the spec declares, all in one COLLECT (one _internal/ folder).

    Windows needs a real console program for the command line (a GUI-subsystem exe has no
    stdout in cmd.exe and returns before the command finishes), so ``fupin.exe`` is a second
    EXE built from build/cli_main.py. Elsewhere ``fupin`` is a launcher script running
    ``fupin-desktop --cli`` (written by build_bundle.py), which saves a second 11 MB archive.
    """
    platform = platform or sys.platform
    gui = Program("fupin-desktop", REPO / "main.py", console=False, loads_qt=True)
    if platform == "win32":
        return [gui, Program("fupin", BUILD / "cli_main.py", console=True, loads_qt=False)]
    return [gui]


def needs_cli_launcher(platform: str | None = None) -> bool:
    return not any(p.name == "fupin" for p in programs(platform))


def exe_name(name: str, platform: str | None = None) -> str:
    return f"{name}.exe" if (platform or sys.platform) == "win32" else name


# --- size by part ---------------------------------------------------------------------------

def _file_size(path: Path) -> int:
    return path.stat().st_size if path.is_file() and not path.is_symlink() else 0


def folder_size(path: Path) -> int:
    return sum(_file_size(p) for p in path.rglob("*"))


def classify(rel: str, stdlib: frozenset[str] = frozenset(sys.stdlib_module_names)) -> str:
    """The part a file of _internal/ (path relative to it, '/'-separated) belongs to."""
    first = rel.split("/", 1)[0]
    if rel.startswith("PySide6/Qt/lib/libicu"):
        return "Qt libraries: ICU"
    if rel.startswith("PySide6/Qt/lib/") or re.match(r"PySide6/Qt6\w+\.dll$", rel):  # Linux, Windows
        return "Qt libraries"
    if rel.startswith(("PySide6/Qt/plugins/", "PySide6/plugins/")):
        return "Qt plugins"
    if rel.startswith(("PySide6/Qt/translations/", "PySide6/translations/", "resources/translations/")):
        return "translations"
    if first in ("PySide6", "shiboken6"):
        return "PySide6 bindings"
    if rel.startswith("resources/"):
        return "resources"
    if first.startswith("libpython") or re.match(r"python3\.\d+$", first) or first == "base_library.zip":
        return "Python stdlib"
    if "/" not in rel and first.startswith("lib") and ".so" in first or first.endswith(".dll"):
        return "system libraries"
    name = re.split(r"[-.]", first.removeprefix("_"), maxsplit=1)[0]
    name = {"pillow": "PIL"}.get(name, name)  # pillow.libs/ holds PIL's codecs
    if name in stdlib or first.split(".")[0] in stdlib:
        return "Python stdlib"
    return f"site-packages: {name}"


def pyz_sizes(executable: Path) -> dict[str, int]:
    """Compressed sizes of the pure-Python modules inside the executable's PYZ, by top package."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return {}
    sizes: dict[str, int] = {}
    archive = CArchiveReader(str(executable))
    for name, entry in archive.toc.items():
        if entry[-1] != "z":
            continue
        for module, (_ispkg, _offset, length) in archive.open_embedded_archive(name).toc.items():
            sizes[module.split(".")[0]] = sizes.get(module.split(".")[0], 0) + length
    return sizes


def size_by_part(bundle: Path) -> dict[str, int]:
    """Bytes per part of the bundle folder; the executables' PYZ is split by Python package."""
    parts: dict[str, int] = {}
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        size = _file_size(path)
        if not size:
            continue
        if path.parent == bundle:  # an executable: bootloader + its PYZ archive of .pyc files
            pyz = pyz_sizes(path) if path.stat().st_size > 1_000_000 else {}
            for package, length in pyz.items():
                part = classify(package)
                parts[part] = parts.get(part, 0) + length
                size -= length
            parts["executables"] = parts.get("executables", 0) + size
            continue
        part = classify(path.relative_to(internal).as_posix())
        parts[part] = parts.get(part, 0) + size
    return parts


def format_sizes(parts: dict[str, int], site_packages_min: int = 500_000) -> str:
    """A table, largest first; small site-packages are summed into one line."""
    rows: dict[str, int] = {}
    for part, size in parts.items():
        if part.startswith("site-packages: ") and size < site_packages_min:
            part = "site-packages: (others)"
        rows[part] = rows.get(part, 0) + size
    lines = [f"  {size / 1e6:7.1f} MB  {part}" for part, size in sorted(rows.items(), key=lambda kv: -kv[1])]
    lines.append(f"  {sum(parts.values()) / 1e6:7.1f} MB  total")
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_sizes(size_by_part(Path(sys.argv[1]) if len(sys.argv) > 1 else BUILD / "dist" / "fupin-desktop")))
