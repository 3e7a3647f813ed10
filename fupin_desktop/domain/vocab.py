"""Vocabularies, the measure catalogue and the policy list, loaded from resources/ (data, not code).

Each file is ``{name, title, version, items: [{code, label, en, ...extra}]}``. Records store codes;
labels are for people. Files are read once, validated, and a broken file raises an error naming
the file and the entry.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Optional

import yaml

from fupin_desktop.paths import resource

VOCAB_DIR = ("vocab",)
CATALOGUE_DIR = ("catalogue",)


class VocabularyError(ValueError):
    pass


@dataclass(frozen=True)
class VocabItem:
    code: str
    label: str
    en: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)


_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]", "　": " "})


def normalize_text(text: Any) -> str:
    """Fold width, brackets, spaces and case so Excel spellings meet the vocabulary's."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).translate(_BRACKETS)
    return re.sub(r"\s+", "", s).lower()


@dataclass(frozen=True)
class Vocabulary:
    name: str
    title: str
    version: str
    items: tuple[VocabItem, ...]

    @property
    def codes(self) -> list[str]:
        return [it.code for it in self.items]

    @property
    def labels(self) -> list[str]:
        return [it.label for it in self.items]

    def item(self, code: Optional[str]) -> Optional[VocabItem]:
        return self._by_code().get(code) if code is not None else None

    def label(self, code: Optional[str]) -> str:
        if not code:
            return ""
        it = self.item(code)
        return it.label if it else code

    def code_for(self, text: Any) -> Optional[str]:
        """The code whose code, label, English name or alias matches ``text``; None if unknown."""
        key = normalize_text(text)
        return self._lookup().get(key) if key else None

    def suggest(self, text: Any, n: int = 3) -> list[str]:
        """Near-miss labels for a value that matched nothing (for the Excel importer)."""
        lookup = self._lookup()
        keys = difflib.get_close_matches(normalize_text(text), list(lookup), n=n * 3, cutoff=0.5)
        out: list[str] = []
        for key in keys:
            label = self.label(lookup[key])
            if label not in out:
                out.append(label)
        return out[:n]

    def __post_init__(self):
        # Lookup tables built once; stored outside the dataclass fields (frozen, and hashing
        # the whole vocabulary on every call would be slow).
        object.__setattr__(self, "_code_index", {it.code: it for it in self.items})
        object.__setattr__(self, "_text_index", self._build_lookup())

    def _by_code(self) -> dict[str, VocabItem]:
        return self._code_index

    def _lookup(self) -> dict[str, str]:
        return self._text_index

    def _build_lookup(self) -> dict[str, str]:
        table: dict[str, str] = {}
        # Aliases first, so a real code or label always wins over an alias.
        for it in self.items:
            for alias in it.extra.get("aliases", ()) or ():
                table.setdefault(normalize_text(alias), it.code)
        for it in self.items:
            for key in (it.en, it.label, it.code):
                if key:
                    table[normalize_text(key)] = it.code
        return table


def _load_yaml(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise VocabularyError(f"{path}: expected a mapping with an 'items' list")
    return data


def load_vocabulary_file(path: Path) -> Vocabulary:
    data = _load_yaml(path)
    name = data.get("name")
    if name != path.stem:
        raise VocabularyError(f"{path}: name {name!r} must equal the file name {path.stem!r}")
    items, seen = [], set()
    for index, raw in enumerate(data["items"]):
        if not isinstance(raw, dict) or not raw.get("code") or not raw.get("label"):
            raise VocabularyError(f"{path}: item {index} needs a code and a label: {raw!r}")
        code = str(raw["code"])
        if code in seen:
            raise VocabularyError(f"{path}: duplicate code {code!r} (item {index})")
        seen.add(code)
        extra = {k: v for k, v in raw.items() if k not in ("code", "label", "en")}
        items.append(VocabItem(code, str(raw["label"]), str(raw.get("en") or ""), extra))
    return Vocabulary(name, str(data.get("title", name)), str(data.get("version", "")), tuple(items))


@cache
def vocab(name: str) -> Vocabulary:
    path = resource(*VOCAB_DIR, f"{name}.yaml")
    if not path.exists():
        raise VocabularyError(f"unknown vocabulary {name!r} (no file {path})")
    return load_vocabulary_file(path)


def vocabulary_names() -> list[str]:
    return sorted(p.stem for p in resource(*VOCAB_DIR).glob("*.yaml"))


@dataclass(frozen=True)
class CatalogueItem:
    code: str
    label: str
    family: str
    scope: str
    category: str
    policy: str
    limits: dict = field(default_factory=dict, compare=False, hash=False)
    requires: dict = field(default_factory=dict, compare=False, hash=False)
    industry: bool = False
    conflicts_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    name: str
    title: str
    version: str
    items: tuple[CatalogueItem, ...]

    def __post_init__(self):
        object.__setattr__(self, "_code_index", {it.code: it for it in self.items})

    def item(self, code: Optional[str]) -> Optional[CatalogueItem]:
        return self._code_index.get(code)

    def label(self, code: Optional[str]) -> str:
        it = self.item(code)
        return it.label if it else (code or "")

    def for_family(self, family: str) -> list[CatalogueItem]:
        return [it for it in self.items if it.family == family]

    def for_scope(self, scope: str) -> list[CatalogueItem]:
        return [it for it in self.items if it.scope == scope]


@cache
def catalogue() -> Catalogue:
    path = resource(*CATALOGUE_DIR, "measures.yaml")
    data = _load_yaml(path)
    items, seen = [], set()
    for index, raw in enumerate(data["items"]):
        missing = [k for k in ("code", "label", "family", "scope", "category", "policy") if not raw.get(k)]
        if missing:
            raise VocabularyError(f"{path}: item {index} lacks {', '.join(missing)}")
        if raw["code"] in seen:
            raise VocabularyError(f"{path}: duplicate code {raw['code']!r}")
        seen.add(raw["code"])
        items.append(CatalogueItem(
            code=raw["code"], label=raw["label"], family=raw["family"], scope=raw["scope"],
            category=raw["category"], policy=raw["policy"], limits=dict(raw.get("limits") or {}),
            requires=dict(raw.get("requires") or {}), industry=bool(raw.get("industry", False)),
            conflicts_with=tuple(raw.get("conflicts_with") or ()),
        ))
    return Catalogue(str(data.get("name", "measures")), str(data.get("title", "")), str(data.get("version", "")),
                     tuple(items))


@cache
def policies() -> Vocabulary:
    """The "1+19" policy list (configurable default set); items carry department and kind."""
    path = resource(*CATALOGUE_DIR, "policies.yaml")
    return load_vocabulary_file(path)
