"""Vocabulary and measure-catalogue labels in the interface language (the one place that decides).

Records store codes; people read labels. In the Chinese interface a code shows as its ``label``;
in the English interface (``install_translations(app, "en")`` calls :func:`set_language`) as its
``en`` name, falling back to the Chinese label where the data file has none. Unknown codes show
as themselves (never hide data). Printed papers (``fupin_desktop/pdf``) are official documents and
always use the Chinese labels; this module is for the screen only.

Some service views already carry Chinese labels (e.g. the household summary); :func:`relabel`
maps such a label back to its item and shows it in the interface language.
"""

from __future__ import annotations

from typing import Iterable, Optional

SOURCE_LANGUAGE = "zh_CN"
_state = {"english": False}


def vocab(name: str):
    """domain.vocab's, imported when first needed: the window's first paint (gui.translations, the
    crash hook) shows no vocabulary, and its YAML and difflib cost start-up time."""
    from fupin_desktop.domain.vocab import vocab as load

    return load(name)


def catalogue():
    from fupin_desktop.domain.vocab import catalogue as load

    return load()


def set_language(lang: str) -> None:
    """Called by the translation installer: ``"en"`` shows English names, anything else Chinese."""
    _state["english"] = lang == "en"


def is_english() -> bool:
    return _state["english"]


def shown(item) -> str:
    """The screen text of a VocabItem or CatalogueItem ("" for None)."""
    if item is None:
        return ""
    if _state["english"]:
        en = getattr(item, "en", "")
        if en:
            return en
    return item.label


def other_language(item) -> str:
    """The item's name in the other language (a tooltip: English users still meet the Chinese on paper)."""
    if item is None:
        return ""
    return item.label if _state["english"] else getattr(item, "en", "")


def separator() -> str:
    return ", " if _state["english"] else "、"


def label(vocab_name: str, code: Optional[str]) -> str:
    """Screen label of ``code`` in vocabulary ``vocab_name``; an unknown code as itself."""
    if not code:
        return ""
    item = vocab(vocab_name).item(code)
    return shown(item) if item is not None else code


def labels(vocab_name: str, codes: Optional[str]) -> str:
    """Screen labels of a comma-separated set of codes, joined for the interface language."""
    return separator().join(label(vocab_name, c) for c in (codes or "").split(",") if c)


def items(vocab_name: str, codes: Optional[Iterable[str]] = None) -> list[tuple[str, str]]:
    """(code, screen label) for every item (or only ``codes``), in the vocabulary's order."""
    allowed = set(codes) if codes is not None else None
    return [(it.code, shown(it)) for it in vocab(vocab_name).items if allowed is None or it.code in allowed]


def measure_label(code: Optional[str]) -> str:
    """Screen label of a measure-catalogue code; an unknown code as itself."""
    if not code:
        return ""
    item = catalogue().item(code)
    return shown(item) if item is not None else code


def relabel(vocab_name: str, text: Optional[str]) -> str:
    """A Chinese label (or code) from a service view, shown in the interface language.

    Several labels joined with "、" are relabelled one by one; text that is no label is kept.
    """
    if not text or not _state["english"]:
        return text or ""
    v = vocab(vocab_name)
    parts = []
    for part in text.split("、"):
        code = v.code_for(part)
        parts.append(shown(v.item(code)) if code else part)
    return separator().join(parts)


def relabel_measure(text: Optional[str]) -> str:
    """A measure's Chinese catalogue label (from a service view) shown in the interface language."""
    if not text or not _state["english"]:
        return text or ""
    item = _measures_by_label().get(text)
    return shown(item) if item is not None else text


def _measures_by_label() -> dict:
    table = _state.get("measures_by_label")
    if table is None:
        table = {it.label: it for it in catalogue().items}
        _state["measures_by_label"] = table
    return table
