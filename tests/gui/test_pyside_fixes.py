"""The PySide6 6.12.0 None-reference defect must not be able to crash the app (see gui/pyside_fixes)."""

import subprocess
import sys
import textwrap

# Enough void Qt calls to exhaust None's ordinary reference count (tens of thousands) several times.
CALLS = 400_000


def _run(code: str) -> subprocess.CompletedProcess:
    env_code = "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True, timeout=300)


def test_many_void_qt_calls_after_importing_the_gui_package_do_not_abort():
    result = _run(f"""
        import fupin_desktop.gui  # applies the fix
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QStandardItem
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label, item = QLabel(), QStandardItem("x")
        for _ in range({CALLS} // 2):
            label.setText("x")
            item.data(Qt.ItemDataRole.UserRole)
        print("ok")
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_fix_is_idempotent_and_only_where_none_is_mortal():
    from fupin_desktop.gui.pyside_fixes import make_none_immortal

    assert make_none_immortal() is False  # the package import already applied it (or it is not needed)
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
