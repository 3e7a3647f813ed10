"""Every synced field has a Chinese name and every coded field shows its codes' labels, so no
conflict, change preview or 操作记录 line shows a column name or a code (issue 12 §3; the county
journey found 健康状况：healthy → serious in a package preview)."""

from __future__ import annotations

import re

import pytest
import yaml

from fupin_desktop.domain.vocab import vocab
from fupin_desktop.paths import resource
from fupin_desktop.sync.conflicts import display_value, field_label
from fupin_desktop.sync.rows import codecs_by_name

ASCII_WORD = re.compile(r"[A-Za-z_]{2,}")


def _coded_fields() -> list[tuple[str, str, str, bool]]:
    """(table, field, vocabulary, list) of every coded synced field, from the row rules."""
    with open(resource("sync", "row_rules.yaml"), encoding="utf-8") as fh:
        rules = yaml.safe_load(fh)["vocabularies"]
    out = []
    for key, spec in rules.items():
        table, field = key.split(".")
        name, many = (spec, False) if isinstance(spec, str) else (spec["vocabulary"], bool(spec.get("list")))
        out.append((table, field, name, many))
    return out


def test_every_synced_field_has_a_chinese_name():
    unnamed = [f"{table}.{field}" for table, c in codecs_by_name().items() for field in c.merge_fields
               if ASCII_WORD.search(field_label(table, field))]
    assert unnamed == []


@pytest.mark.parametrize("table,field,name,many", _coded_fields())
def test_every_coded_field_shows_labels(table, field, name, many):
    codes = vocab(name).codes
    for code in codes:
        assert display_value(table, field, code) == vocab(name).label(code), (table, field, code)
    if many and len(codes) > 1:
        assert display_value(table, field, f"{codes[0]},{codes[1]}") == (
            f"{vocab(name).label(codes[0])}、{vocab(name).label(codes[1])}")
