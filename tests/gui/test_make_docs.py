"""`make docs` regenerates the README's pictures from the current code (build/make_docs.py)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]


def _make_docs_module():
    spec = importlib.util.spec_from_file_location("make_docs", REPO / "build" / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_makefile_has_a_docs_target():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "\ndocs: " in makefile and "build/make_docs.py" in makefile


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed")
def test_make_docs_writes_the_four_readme_pictures(qapp, tmp_path):
    written = _make_docs_module().make_docs(tmp_path, households=60)
    names = sorted(p.name for p in written)
    assert names == ["card.png", "household-form.png", "main-window.png", "notice.png"]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in names:  # the pictures the README shows
        assert f"docs/{name}" in readme
        with Image.open(tmp_path / name) as image:
            assert image.width >= 600 and image.height >= 500
    with Image.open(tmp_path / "card.png") as card:
        assert card.size[0] < card.size[1]  # an A4 portrait page
