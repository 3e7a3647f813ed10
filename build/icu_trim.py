"""A smaller ICU data library for the bundle: Qt's libicudata.so.73 is 32 MB of data for every
locale; Qt Core only asks ICU for collation, case mapping, time-zone names and legacy codecs,
and the app speaks Chinese and English. This keeps those items for root/en/zh (about 5 MB) and
links them into a library with the same soname and data symbol, with binutils (as, ld).

    python build/icu_trim.py SOURCE_LIB OUT_LIB

Lookups of anything dropped fall back to ICU's root data, as for any locale ICU lacks.
ICU's common-data format (ucmndata.h): a header, then a table of contents (count, then
(name offset, data offset) pairs relative to the table), the names, then the items, 16-aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Folders whose items are never asked for by Qt (break iterators, units, currencies, language,
# region and transliteration names, spelled-out numbers).
DROPPED_TREES = {"brkitr", "unit", "curr", "lang", "region", "translit", "rbnf"}
# Per-locale resources: these locales only (plus root and the index/pool files).
KEPT_LOCALES = re.compile(r"^(root|res_index|pool|tzdbNames|en|en_\w+|zh|zh_\w+)\.res$")
LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_\w+)?\.res$")
# Legacy codecs: Chinese ones only (UTF-*, Latin-1 and ASCII are algorithmic, built in).
KEPT_CONVERTERS = re.compile(r"^(gb18030|windows-936|ibm-1383|ibm-1386|ibm-5478|windows-950|ibm-1373|big5).*\.cnv$", re.I)


def read_items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)]) of an ICU common-data blob."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(data) - toc
        name_end = data.index(b"\0", toc + name_offset)
        items.append((data[toc + name_offset:name_end].decode("ascii"), data[toc + data_offset:toc + end]))
    return data[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    offset = table_size + len(names)
    offset += -offset % 16
    entries, body, name_offset = [], b"", table_size
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, offset + len(body)))
        name_offset += len(name) + 1
        body += item + b"\0" * (-len(item) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (-len(toc) % 16) + body


def wanted(name: str) -> bool:
    """Whether an item ('icudt73l/coll/zh.res') stays."""
    parts = name.split("/")[1:]
    if len(parts) > 1:
        if parts[0] in DROPPED_TREES:
            return False
        leaf = parts[-1]
        return not LOCALE_FILE.match(leaf) or bool(KEPT_LOCALES.match(leaf))
    leaf = parts[0]
    if leaf.endswith(".cnv"):
        return bool(KEPT_CONVERTERS.match(leaf))
    return not LOCALE_FILE.match(leaf) or bool(KEPT_LOCALES.match(leaf))


def data_symbol(lib: Path) -> tuple[str, bytes]:
    """The data symbol's name (icudtNN_dat) and its bytes, read with readelf/objcopy."""
    syms = subprocess.run(["readelf", "-Ws", "--dyn-syms", str(lib)], capture_output=True, text=True, check=True).stdout
    match = re.search(r":\s*([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)\b", syms)
    if not match:
        raise ValueError(f"no icudt*_dat symbol in {lib}")
    address, size, section, name = int(match[1], 16), int(match[2], 0), int(match[3]), match[4]
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True, check=True).stdout
    row = re.search(rf"\[\s*{section}\]\s+(\S+)\s+\S+\s+([0-9a-f]+)", sections)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "section.bin"
        subprocess.run(["objcopy", "-O", "binary", f"--only-section={row[1]}", str(lib), str(dump)], check=True)
        blob = dump.read_bytes()
    start = address - int(row[2], 16)
    return name, blob[start:start + size]


def soname(lib: Path) -> str:
    dynamic = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True, check=True).stdout
    return re.search(r"\(SONAME\).*\[(.+)\]", dynamic)[1]


def trim(source: Path, out: Path) -> tuple[int, int]:
    """Write the trimmed library; returns (bytes of data before, after)."""
    symbol, blob = data_symbol(source)
    header, items = read_items(blob)
    trimmed = write_items(header, [(name, item) for name, item in items if wanted(name)])
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        (tmp_dir / "data.bin").write_bytes(trimmed)
        (tmp_dir / "data.s").write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol},@object\n.balign 16\n'
            f'{symbol}:\n.incbin "data.bin"\n.size {symbol},{len(trimmed)}\n'
            '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=tmp_dir, check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["ld", "-shared", "-soname", soname(source), "-o", str(out.resolve()), "data.o"], cwd=tmp_dir, check=True)
    return len(blob), len(trimmed)


def available() -> bool:
    return all(shutil.which(tool) for tool in ("readelf", "objcopy", "as", "ld"))


if __name__ == "__main__":
    before, after = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
