"""Vocabularies, the measure catalogue and the policy list, loaded from resources/ (data, not code).

Each vocabulary file is ``{name, title, version, items: [{code, label, en, ...extra}]}`` with
``name`` equal to the file stem. Records store codes; labels are for people. Files are read once
(``functools.cache``), validated, and a broken file raises ``VocabularyError`` naming the file and
the entry. The catalogue is validated against the vocabularies and the policy list it refers to.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import yaml

from fupin_desktop.paths import resource

VOCAB_DIR = ("vocab",)
CATALOGUE_DIR = ("catalogue",)
# ASCII letters, digits and underscores: codes are identifiers, never labels. (Nearly all are
# lower-case snake_case; house grades A-D and the 2-digit province codes are the exceptions.)
CODE_PATTERN = re.compile(r"[A-Za-z0-9_]+", re.ASCII)
_CORE_KEYS = ("code", "label", "en")
_HEADER_KEYS = ("name", "title", "version", "items", "note")
CATALOGUE_KEYS = ("code", "label", "family", "scope", "category", "policy")
_CATALOGUE_OPTIONAL = ("en", "limits", "requires", "industry", "conflicts_with")


class VocabularyError(ValueError):
    """A vocabulary, catalogue or policy file is missing or malformed (message names file and entry)."""


@dataclass(frozen=True)
class VocabItem:
    code: str
    label: str
    en: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)  # aliases, unsafe, age_min …


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
    note: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)  # other top-level keys
    if TYPE_CHECKING:  # per instance, set in __post_init__ outside the dataclass fields (see there)
        _code_index: ClassVar[dict[Optional[str], VocabItem]]
        _text_index: ClassVar[dict[str, str]]

    @property
    def codes(self) -> list[str]:
        return [it.code for it in self.items]

    @property
    def labels(self) -> list[str]:
        return [it.label for it in self.items]

    def item(self, code: Optional[str]) -> Optional[VocabItem]:
        return self._code_index.get(code) if code is not None else None

    def label(self, code: Optional[str]) -> str:
        """The label of ``code``; an unknown code is returned as it is (never hides data)."""
        if not code:
            return ""
        it = self.item(code)
        return it.label if it else code

    def code_for(self, text: Any) -> Optional[str]:
        """The code whose code, label, English name or alias matches ``text`` after folding
        whitespace, full/half-width characters and brackets, and case; None if unknown."""
        key = normalize_text(text)
        return self._text_index.get(key) if key else None

    def suggest(self, text: Any, n: int = 3) -> list[str]:
        """Up to ``n`` labels close to a value that matched nothing (for the Excel importer)."""
        key = normalize_text(text)
        if not key:
            return []
        keys = difflib.get_close_matches(key, list(self._text_index), n=n * 3, cutoff=0.5)
        out: list[str] = []
        for k in keys:
            label = self.label(self._text_index[k])
            if label not in out:
                out.append(label)
        return out[:n]

    def __post_init__(self):
        # Lookup tables built once, kept outside the dataclass fields (frozen; hashing the whole
        # vocabulary on every call would be slow).
        object.__setattr__(self, "_code_index", {it.code: it for it in self.items})
        object.__setattr__(self, "_text_index", _text_lookup(self.items))


def _text_keys(item: VocabItem) -> list[str]:
    aliases = item.extra.get("aliases") or ()
    return [str(k) for k in (item.code, item.label, item.en, *aliases) if k not in (None, "")]


def _text_lookup(items: tuple[VocabItem, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for it in items:
        for key in _text_keys(it):
            table.setdefault(normalize_text(key), it.code)
    return table


# libyaml's safe loader when PyYAML was built with it: the pure-Python one took about 60 ms to read
# the vocabularies a start-up needs.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping with name, title, version and items")
    missing = [k for k in ("name", "title", "version") if data.get(k) in (None, "")]
    if missing:
        raise VocabularyError(f"{path}: missing {', '.join(missing)}")
    if data["name"] != path.stem:
        raise VocabularyError(f"{path}: name {data['name']!r} must equal the file name {path.stem!r}")
    if not isinstance(data.get("items"), list) or not data["items"]:
        raise VocabularyError(f"{path}: 'items' must be a non-empty list")
    return data


def _entry(path: Path, index: int, raw: Any) -> str:
    code = raw.get("code") if isinstance(raw, dict) else None
    return f"{path}: item {index + 1}" + (f" ({code!r})" if code is not None else "")


def _check_code(path: Path, index: int, raw: Any, seen: set[str]) -> str:
    where = _entry(path, index, raw)
    if not isinstance(raw, dict):
        raise VocabularyError(f"{where}: expected a mapping like {{code: ..., label: ...}}, got {raw!r}")
    code, label = raw.get("code"), raw.get("label")
    if code in (None, "") or label in (None, ""):
        raise VocabularyError(f"{where}: needs a code and a label: {raw!r}")
    if not isinstance(code, str):
        raise VocabularyError(f"{where}: code {code!r} must be a string (quote it in YAML)")
    if not CODE_PATTERN.fullmatch(code):
        raise VocabularyError(f"{where}: code {code!r} must be ASCII letters, digits or _ (a code, not a label)")
    if code in seen:
        raise VocabularyError(f"{where}: duplicate code {code!r}")
    seen.add(code)
    return code


def load_vocabulary_file(path: Path) -> Vocabulary:
    """Read and validate one vocabulary file (any path; ``vocab()`` reads the bundled ones)."""
    path = Path(path)
    data = _load_yaml(path)
    items: list[VocabItem] = []
    seen: set[str] = set()
    owner: dict[str, str] = {}
    for index, raw in enumerate(data["items"]):
        code = _check_code(path, index, raw, seen)
        aliases = raw.get("aliases")
        if aliases is not None and not isinstance(aliases, list):
            raise VocabularyError(f"{_entry(path, index, raw)}: aliases must be a list")
        extra = {k: v for k, v in raw.items() if k not in _CORE_KEYS}
        item = VocabItem(code, str(raw["label"]), str(raw.get("en") or ""), extra)
        for key in _text_keys(item):
            other = owner.setdefault(normalize_text(key), code)
            if other != code:
                raise VocabularyError(f"{_entry(path, index, raw)}: {key!r} already names {other!r}; "
                                      "a spelling may name one code only")
        items.append(item)
    return Vocabulary(
        name=str(data["name"]), title=str(data["title"]), version=str(data["version"]), items=tuple(items),
        note=str(data.get("note") or "").strip(),
        extra={k: v for k, v in data.items() if k not in _HEADER_KEYS},
    )


@cache
def vocab(name: str) -> Vocabulary:
    """The bundled vocabulary ``resources/vocab/<name>.yaml``, loaded and validated once."""
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
    family: str  # measure_family code
    scope: str  # measure_scope code: person | household
    category: str  # measure_category code
    policy: str  # policies() code
    limits: dict = field(default_factory=dict, compare=False, hash=False)  # e.g. max_amount, max_years
    requires: dict = field(default_factory=dict, compare=False, hash=False)  # eligibility hints
    industry: bool = False  # can name a 龙头企业 / 合作社 / 基地
    conflicts_with: tuple[str, ...] = ()
    en: str = ""  # English name for the English interface (never printed)


@dataclass(frozen=True)
class Catalogue:
    name: str
    title: str
    version: str
    items: tuple[CatalogueItem, ...]
    if TYPE_CHECKING:  # per instance, set in __post_init__ outside the dataclass fields
        _code_index: ClassVar[dict[Optional[str], CatalogueItem]]

    def __post_init__(self):
        object.__setattr__(self, "_code_index", {it.code: it for it in self.items})

    @property
    def codes(self) -> list[str]:
        return [it.code for it in self.items]

    def item(self, code: Optional[str]) -> Optional[CatalogueItem]:
        return self._code_index.get(code)

    def label(self, code: Optional[str]) -> str:
        it = self.item(code)
        return it.label if it else (code or "")

    def for_family(self, family: str) -> list[CatalogueItem]:
        return [it for it in self.items if it.family == family]

    def for_scope(self, scope: str) -> list[CatalogueItem]:
        return [it for it in self.items if it.scope == scope]


def _catalogue_item(path: Path, index: int, raw: Any, seen: set[str], refs: dict[str, set[str]]) -> CatalogueItem:
    code = _check_code(path, index, raw, seen)
    where = _entry(path, index, raw)
    missing = [k for k in CATALOGUE_KEYS if raw.get(k) in (None, "")]
    if missing:
        raise VocabularyError(f"{where}: lacks {', '.join(missing)}")
    unknown = sorted(set(raw) - set(CATALOGUE_KEYS) - set(_CATALOGUE_OPTIONAL))
    if unknown:
        raise VocabularyError(f"{where}: unknown keys {', '.join(unknown)}")
    for key, known in refs.items():
        if raw[key] not in known:
            raise VocabularyError(f"{where}: {key} {raw[key]!r} is not one of {', '.join(sorted(known))}")
    limits, requires = raw.get("limits") or {}, raw.get("requires") or {}
    if not isinstance(limits, dict) or not all(isinstance(v, (int, float)) for v in limits.values()):
        raise VocabularyError(f"{where}: limits must map names to numbers, got {limits!r}")
    if not isinstance(requires, dict):
        raise VocabularyError(f"{where}: requires must be a mapping, got {requires!r}")
    conflicts = raw.get("conflicts_with") or []
    if not isinstance(conflicts, list):
        raise VocabularyError(f"{where}: conflicts_with must be a list of codes")
    return CatalogueItem(
        code=code, label=str(raw["label"]), family=raw["family"], scope=raw["scope"],
        category=raw["category"], policy=raw["policy"], limits=dict(limits), requires=dict(requires),
        industry=bool(raw.get("industry", False)), conflicts_with=tuple(str(c) for c in conflicts),
        en=str(raw.get("en") or ""),
    )


def load_catalogue_file(path: Path, policy_codes: Optional[set[str]] = None) -> Catalogue:
    """Read and validate a measure catalogue; references are checked against the vocabularies
    (measure_family, measure_scope, measure_category) and the policy list."""
    path = Path(path)
    data = _load_yaml(path)
    refs = {
        "family": set(vocab("measure_family").codes),
        "scope": set(vocab("measure_scope").codes),
        "category": set(vocab("measure_category").codes),
        "policy": policy_codes if policy_codes is not None else set(policies().codes),
    }
    seen: set[str] = set()
    items = tuple(_catalogue_item(path, i, raw, seen, refs) for i, raw in enumerate(data["items"]))
    for index, it in enumerate(items):
        unknown = [c for c in it.conflicts_with if c not in seen or c == it.code]
        if unknown:
            raise VocabularyError(f"{path}: item {index + 1} ({it.code!r}): conflicts_with names "
                                  f"unknown codes {', '.join(map(repr, unknown))}")
    return Catalogue(str(data["name"]), str(data["title"]), str(data["version"]), items)


@cache
def catalogue() -> Catalogue:
    """The measure catalogue ``resources/catalogue/measures.yaml``, loaded and validated once."""
    return load_catalogue_file(resource(*CATALOGUE_DIR, "measures.yaml"))


@cache
def policies() -> Vocabulary:
    """The "1+19" policy list (a configurable default set; ``.note`` says so). Items carry
    ``label`` = the document title, and extra ``short``, ``department``, ``kind`` (opinion|scheme)."""
    return load_vocabulary_file(resource(*CATALOGUE_DIR, "policies.yaml"))
