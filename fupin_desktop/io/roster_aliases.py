"""Roster cell values that are not in a code list: built-in historical labels and suggestions by meaning.

The tables are data (resources/import/value_aliases.yaml), per vocabulary, written as Chinese labels:
``known`` labels of earlier national-system exports map without asking; ``suggest`` lists the likely
targets of an office's own spelling (妻 → 配偶), likeliest first, for the value decision. A value that
is in neither gets no suggestion: the clerk picks from the code list (never a guess by shared
characters, which offered 未脱贫 for 已脱贫).
"""

from __future__ import annotations

from functools import cache

import yaml

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.paths import resource


def normalize_value(text: str) -> str:
    """The form values are compared and decisions are keyed in (as io.roster_values reads a cell)."""
    import unicodedata

    return unicodedata.normalize("NFKC", str(text)).replace("\u3000", " ").replace(" ", "").strip()


class AliasDataError(ValueError):
    """value_aliases.yaml names a vocabulary or label that does not exist (message says which)."""


def _code(vocab_name: str, label: str, where: str) -> str:
    v = vocab(vocab_name)
    code = v.code_for(label)
    if code is None:
        for item in v.items:
            if normalize_value(item.label) == normalize_value(label):
                return item.code
        raise AliasDataError(f"value_aliases.yaml: {where}: {label!r} is not a label of {vocab_name}")
    return code


@cache
def _tables() -> dict[str, tuple[dict[str, str], dict[str, tuple[str, ...]]]]:
    with open(resource("import", "value_aliases.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    out = {}
    for name, spec in (data.get("vocabularies") or {}).items():
        known = {normalize_value(k): _code(name, str(v), f"{name}.known.{k}")
                 for k, v in (spec.get("known") or {}).items()}
        suggest = {}
        for k, targets in (spec.get("suggest") or {}).items():
            codes = []
            for t in targets:
                code = _code(name, str(t), f"{name}.suggest.{k}")
                if code not in codes:
                    codes.append(code)
            suggest[normalize_value(k)] = tuple(codes)
        by_sex = {}
        for k, pair in (spec.get("by_sex") or {}).items():
            if not isinstance(pair, list) or len(pair) != 2:
                raise AliasDataError(f"value_aliases.yaml: {name}.by_sex.{k}: needs [man's label, woman's label]")
            by_sex[normalize_value(k)] = (_code(name, str(pair[0]), f"{name}.by_sex.{k}"),
                                          _code(name, str(pair[1]), f"{name}.by_sex.{k}"))
        out[name] = (known, suggest, by_sex)
    return out


def known_code(vocab_name: str, text: str):
    """The code of an earlier export's label, or None."""
    table = _tables().get(vocab_name)
    return table[0].get(normalize_value(text)) if table else None


def suggested_codes(vocab_name: str, text: str) -> tuple[str, ...]:
    """Likely codes for an office's own spelling, likeliest first; () when the tables do not know it."""
    table = _tables().get(vocab_name)
    return table[1].get(normalize_value(text), ()) if table else ()


def alias_vocabularies() -> list[str]:
    return list(_tables())


def by_sex_code(vocab_name: str, text: str, sex: str):
    """For a label naming two relatives (之父母): the code for a man or a woman (sex codes of the
    ``sex`` vocabulary), or None when the label is not such a pair or the sex is unknown."""
    table = _tables().get(vocab_name)
    pair = table[2].get(normalize_value(text)) if table else None
    if pair is None or not sex:
        return None
    sexes = vocab("sex")
    if sex == sexes.code_for("男"):
        return pair[0]
    if sex == sexes.code_for("女"):
        return pair[1]
    return None


def names_a_pair(vocab_name: str, text: str) -> bool:
    """Whether a label names two relatives (resolved by each person's sex before any decision)."""
    table = _tables().get(vocab_name)
    return bool(table) and normalize_value(text) in table[2]
