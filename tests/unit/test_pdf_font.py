"""The bundled CJK font registers for reportlab and is embedded as a subset."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from fupin_desktop.pdf.fonts import BOLD_FONT_NAME, register_pdf_font

TEXT = "扶贫帮扶 农户 张三 410102196003151237"


def _make_pdf(font_name: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font_name, 14)
    c.drawString(72, 760, TEXT)
    c.setFont(BOLD_FONT_NAME, 14)
    c.drawString(72, 730, "户主（粗体）")
    c.showPage()
    c.save()
    return buf.getvalue()


def _fonts(reader: PdfReader) -> list:
    """The page's fonts, minus reportlab's default Helvetica (a non-embedded base-14 font)."""
    fonts = []
    resources = reader.pages[0]["/Resources"]
    for ref in resources["/Font"].values():
        font = ref.get_object()
        if font.get("/BaseFont") == "/Helvetica" and "/FontDescriptor" not in font:
            continue
        if "/DescendantFonts" in font:  # Type0 wrapper around a CID font
            font = font["/DescendantFonts"][0].get_object()
        fonts.append(font)
    return fonts


def test_register_is_idempotent():
    assert register_pdf_font() == register_pdf_font()


def test_font_is_embedded_as_subset_and_text_round_trips():
    name = register_pdf_font()
    data = _make_pdf(name)
    reader = PdfReader(io.BytesIO(data))
    fonts = _fonts(reader)
    assert fonts, "no embedded font on the page"
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, "TrueType program not embedded"
        base = str(font["/BaseFont"])
        # Subset fonts carry a six-capital-letter tag: /ABCDEF+FontName
        assert re.fullmatch(r"/?[A-Z]{6}\+.+", base), base
        embedded = descriptor["/FontFile2"].get_object().get_data()
        assert 0 < len(embedded) < 1_000_000, "whole 5 MB font embedded instead of a subset"
    assert len(data) < 200_000
    extracted = reader.pages[0].extract_text()
    assert "扶贫帮扶" in extracted
    assert "户主" in extracted
