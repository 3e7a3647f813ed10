"""The type a file dialog shows for a file of ours (数据库, 同步包, 备份 …), from its name alone.

The names are data (resources/ui/file_types.yaml), in the interface language. Nothing here opens or
reads a file: the dialogs must not (see gui/file_dialogs.py). Qt asks from its file-info thread, so
the table is read once, up front, and never changed afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import translate

from fupin_desktop.gui import vocab_labels
from fupin_desktop.paths import resource


@dataclass(frozen=True)
class FileKind:
    pattern: re.Pattern
    zh_CN: str
    en: str

    def shown(self) -> str:
        return (self.en or self.zh_CN) if vocab_labels.is_english() else self.zh_CN


@dataclass(frozen=True)
class FileKinds:
    folder: FileKind
    kinds: tuple[FileKind, ...]

    def name_for(self, file_name: str) -> str:
        """The type of a file called ``file_name`` ("" for a name the data does not know)."""
        name = file_name.lower()
        for kind in self.kinds:
            if kind.pattern.match(name):
                return kind.shown()
        return ""

    def folder_name(self) -> str:
        return self.folder.shown()


def _kind(entry: dict, patterns: list[str]) -> FileKind:
    joined = "|".join(f"(?:{translate(p.lower())})" for p in patterns) or "(?!)"
    return FileKind(re.compile(joined), str(entry["zh_CN"]), str(entry.get("en", "")))


def load_file_kinds() -> FileKinds:
    import yaml

    data = yaml.safe_load(resource("ui", "file_types.yaml").read_text(encoding="utf-8"))
    return FileKinds(
        folder=_kind(data["folder"], []),
        kinds=tuple(_kind(entry, list(entry["patterns"])) for entry in data["kinds"]),
    )
