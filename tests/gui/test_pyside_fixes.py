"""The PySide6 6.12.0 None-reference defect must not be able to crash the app (see gui/pyside_fixes)."""

import subprocess
import sys
import textwrap

from fupin_desktop.gui.pyside_fixes import needs_fix

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
    from fupin_desktop.gui.pyside_fixes import make_singletons_immortal

    assert make_singletons_immortal() is False  # the package import already applied it (or it is not needed)
    if needs_fix():
        for obj in (None, True, False):
            assert sys.getrefcount(obj) > 1 << 39


def test_only_affected_pyside_on_mortal_python_gets_the_fix():
    assert needs_fix((3, 11, 7), "6.12.0")
    assert not needs_fix((3, 11, 7), "6.11.3")
    assert not needs_fix((3, 12, 1), "6.12.0")
    assert not needs_fix((3, 13, 0), "6.12.0")


def test_none_and_true_survive_100k_qt_calls():
    """Their reference counts do not fall (immortal on 3.12+), or stay out of reach (3.11 + the fix)."""
    result = _run("""
        import sys
        import fupin_desktop.gui  # applies the fix where needed
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QStandardItem
        from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
        app = QApplication([])
        label, item, box = QLabel(), QStandardItem("x"), QCheckBox()
        box.setChecked(True)
        before = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(100_000):
            label.setText("x")
            item.data(Qt.ItemDataRole.UserRole)
            box.isChecked()
        after = sys.getrefcount(None), sys.getrefcount(True)
        print(before[0], before[1], after[0], after[1])
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    none_before, true_before, none_after, true_after = map(int, result.stdout.split())
    if sys.version_info >= (3, 12):
        assert (none_after, true_after) == (none_before, true_before)
    else:
        assert min(none_after, true_after) > 1 << 39
