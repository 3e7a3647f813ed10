"""The committed compiled forms match a fresh pyside6-uic compile of ui/*.ui."""

from __future__ import annotations

import shutil

from fupin_desktop.gui import build_forms


def test_there_are_forms():
    assert build_forms.ui_files(), "no ui/*.ui files found"


def test_compiled_forms_are_current(capsys):
    assert build_forms.main(["--check"]) == 0, capsys.readouterr().err


def test_check_detects_edited_missing_and_orphaned_forms(tmp_path):
    forms = tmp_path / "forms"
    shutil.copytree(build_forms.FORMS_DIR, forms)
    ui_dir = tmp_path / "ui"
    shutil.copytree(build_forms.UI_DIR, ui_dir)
    first = sorted(forms.glob("ui_*.py"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (forms / "ui_gone.py").write_text("# orphan\n", encoding="utf-8")
    shutil.copy(ui_dir / f"{first.stem[3:]}.ui", ui_dir / "new_dialog.ui")

    stale = " ".join(build_forms.stale_forms(ui_dir, forms))

    assert first.name in stale
    assert "ui_gone.py (no ui/ source)" in stale
    assert "ui_new_dialog.py (missing)" in stale
