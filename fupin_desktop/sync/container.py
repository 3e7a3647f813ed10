"""The zip inside the ciphertext: ``manifest.json``, ``manifest.sig`` and ``data/*.jsonl``.

Written in memory and read in memory, never extracted to disk (a large package's zip is read
from a temporary file of the whole zip, see package.open_package). The reader trusts nothing:
only allow-listed member names, no duplicates, no paths that climb or start at a root, no
encrypted or exotic members, size and compression-ratio caps (zip bombs), a cap on every JSON
line, and each part's record count and SHA-256 checked against the signed manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import queue
import re
import threading
import zipfile
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

from fupin_desktop.sync.errors import Damaged, InvalidRow, PartMismatch, UnsafeContent
from fupin_desktop.sync.rows import parse_line

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PART_RE = re.compile(r"^data/([a-z_]{1,40})\.jsonl$")
MAX_MEMBERS = 64
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_MEMBER_BYTES = 4 * 1024 ** 3
MAX_TOTAL_BYTES = 8 * 1024 ** 3
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress extremely well; they cannot hurt
MAX_LINE_BYTES = 1024 * 1024


@dataclass
class PartInfo:
    name: str
    table: str
    columns: list[str]
    records: int
    sha256: str
    bytes: int

    def as_json(self) -> dict:
        return {"name": self.name, "table": self.table, "columns": self.columns, "records": self.records,
                "sha256": self.sha256, "bytes": self.bytes}


def manifest_bytes(manifest: dict) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


class _BackgroundWrites:
    """Compresses and hashes a part's chunks in a second thread (zlib and hashlib let go of the
    GIL on large buffers) while the caller reads and encodes the next rows: the export's deflate
    then costs next to no time on a machine with a second core."""

    def __init__(self, *sinks: Callable[[bytes], object]):
        self.sinks = sinks
        self.queue: queue.Queue = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="zip-part-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (chunk := self.queue.get()) is not None:
            if self.error is None:  # after a failure: drain, so the caller never blocks
                try:
                    for sink in self.sinks:
                        sink(chunk)
                except BaseException as exc:
                    self.error = exc

    def put(self, chunk: bytes) -> None:
        if self.error is not None:
            self.stop()
            raise self.error
        self.queue.put(chunk)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()

    def finish(self) -> None:
        self.stop()
        if self.error is not None:
            raise self.error


class ZipWriter:
    """Builds the zip part by part, in memory or into ``out`` (a seekable file)."""

    def __init__(self, compresslevel: int = 1, out: BinaryIO | None = None):
        self.buffer = io.BytesIO()
        self.zip = zipfile.ZipFile(self.buffer if out is None else out, "w", zipfile.ZIP_DEFLATED,
                                   compresslevel=compresslevel)
        self.parts: list[PartInfo] = []

    def write_part(self, table: str, columns: list[str], lines: Iterable[bytes]) -> PartInfo:
        """``lines``: whole JSON lines, one or many per item (a JSON line has no raw newline inside)."""
        name = f"data/{table}.jsonl"
        digest = hashlib.sha256()
        count = size = 0
        with self.zip.open(name, "w", force_zip64=True) as fh:
            writes = _BackgroundWrites(fh.write, digest.update)
            try:
                for chunk in lines:
                    writes.put(chunk)
                    count += chunk.count(b"\n")
                    size += len(chunk)
            except BaseException:
                writes.stop()
                raise
            writes.finish()
        part = PartInfo(name, table, list(columns), count, digest.hexdigest(), size)
        self.parts.append(part)
        return part

    def finish(self, manifest: dict, sign: Callable[[bytes], bytes]) -> bytes:
        """The manifest and its signature written; the zip's bytes (empty when written to ``out``)."""
        raw = manifest_bytes(manifest)
        self.zip.writestr(MANIFEST, raw)
        self.zip.writestr(SIGNATURE, sign(raw).hex())
        self.zip.close()
        return self.buffer.getvalue()


def _is_unsafe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name:
        return True
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return True
    return any(part in ("..", ".", "") for part in name.split("/"))


def part_zh(table: str) -> str:
    """A part as a person names it: “农户”数据 (its file name data/household.jsonl is program text)."""
    from fupin_desktop.sync.conflicts import table_label  # conflicts reads labels.yaml; imports the store

    return f"“{table_label(table)}”数据"


def part_en(table: str) -> str:
    """The same in the English gist: "the fund entry data"."""
    return f"the {table.replace('_', ' ')} data"


def _table_of(name: str) -> str:
    """data/household.jsonl -> household."""
    return name.rsplit("/", 1)[-1].removesuffix(".jsonl")


def _package_member(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE) or PART_RE.match(name) is not None


class ZipReader:
    """Opens the decrypted zip and checks its structure before anything is read."""

    def __init__(self, payload: bytes | BinaryIO, what: str = "同步包", allowed: Callable[[str], bool] | None = None):
        """``payload``: the zip's bytes, or a seekable file holding them (a large package is
        decrypted to a temporary file); the file is closed with the reader."""
        self.what = what
        allowed = allowed or _package_member
        self._file = io.BytesIO(payload) if isinstance(payload, (bytes, bytearray, memoryview)) else payload
        try:
            self.zip = zipfile.ZipFile(self._file)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            self._file.close()
            raise Damaged(f"{what}内容已损坏（不是完整的压缩包）", "damaged content", detail=str(exc)) from exc
        try:
            self._check_members(infos, allowed)
        except BaseException:
            self.close()
            raise

    def _check_members(self, infos: list[zipfile.ZipInfo], allowed: Callable[[str], bool]) -> None:
        what = self.what
        if len(infos) > MAX_MEMBERS:
            raise UnsafeContent(f"{what}内文件过多（{len(infos)} 个），已拒绝", "too many zip members",
                                code="too_many_members")
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if _is_unsafe_name(name) or info.is_dir():
                # The names are the sender's own (hostile ones, here): echoed to the log only
                raise UnsafeContent(f"{what}内有文件使用非法路径（指向包外），已拒绝（可能是恶意文件）",
                                    "a member's path leads elsewhere", code="path_traversal", detail=name[:200])
            if name in seen:
                raise UnsafeContent(f"{what}内有重名文件，已拒绝", "duplicate member", detail=name[:200],
                                    code="duplicate_member")
            seen.add(name)
            if not allowed(name):
                raise UnsafeContent(f"{what}内含不允许的文件，已拒绝", "a member is not allowed", detail=name[:200],
                                    code="undeclared_member")
            if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise UnsafeContent(f"{what}内有文件的压缩方式不受支持", "unsupported member", detail=name[:200],
                                    code="unsupported_member")
            ratio = info.file_size / max(info.compress_size, 1)
            total += info.file_size
            if (info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
                    or (info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO)):
                raise UnsafeContent(
                    f"{what}内有文件解压后过大（{info.file_size} 字节，压缩比 {ratio:.0f}），疑似压缩炸弹，已拒绝",
                    f"zip bomb suspected: a member expands to {info.file_size} bytes (ratio {ratio:.0f})",
                    detail=name[:200],
                    code="zip_bomb",
                )
        self.names = seen
        self.infos = {i.filename: i for i in infos}

    def close(self) -> None:
        self.zip.close()
        self._file.close()

    def read_small(self, name: str, cap: int) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise Damaged(f"{self.what}内缺少必需的文件", "a required member is missing", detail=name)
        if info.file_size > cap:
            raise UnsafeContent(f"{self.what}内的清单或签名过大", "manifest or signature too large", code="zip_bomb",
                                detail=name)
        try:
            with self.zip.open(info) as fh:
                data = fh.read(cap + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise Damaged(f"{self.what}内的清单或签名已损坏", "manifest or signature damaged", detail=f"{name}: {exc}") from exc
        if len(data) > cap:
            raise UnsafeContent(f"{self.what}内的清单或签名过大", "manifest or signature too large", code="zip_bomb",
                                detail=name)
        return data

    def check_declared(self, declared: list[str]) -> None:
        extra = sorted(self.names - set(declared) - {MANIFEST, SIGNATURE})
        if extra:
            raise UnsafeContent(f"{self.what}内有清单未列出的文件（{len(extra)} 个），已拒绝",
                                f"{len(extra)} undeclared members", code="undeclared_member", detail=", ".join(extra))
        missing = [n for n in declared if n not in self.names]
        if missing:
            raise Damaged(f"{self.what}内缺少清单列出的{'、'.join(part_zh(_table_of(n)) for n in missing)}",
                          f"{len(missing)} parts missing", detail=", ".join(missing))

    def iter_rows(self, part: PartInfo) -> Iterator[tuple[int, object]]:
        """(line number, parsed JSON) per line; the part's count and SHA-256 are checked at the end."""
        digest = hashlib.sha256()
        count = 0
        try:
            with self.zip.open(self.infos[part.name]) as raw:
                # ZipFile.open gives a ZipExtFile, a readable io stream; typeshed only says IO[bytes].
                fh = io.BufferedReader(raw, buffer_size=1024 * 1024)  # type: ignore[type-var]
                while True:
                    line = fh.readline(MAX_LINE_BYTES + 1)
                    if not line:
                        break
                    count += 1
                    if len(line) > MAX_LINE_BYTES:
                        raise InvalidRow(
                            f"{self.what}内{part_zh(part.table)}第 {count} 行过长（超过 {MAX_LINE_BYTES} 字节），已拒绝",
                            f"{part_en(part.table)} line {count} is oversized", code="oversized_line")
                    digest.update(line)
                    try:
                        value = parse_line(line)
                    except ValueError as exc:
                        raise InvalidRow(f"{self.what}内{part_zh(part.table)}第 {count} 行格式无效",
                                         f"{part_en(part.table)} line {count} is malformed",
                                         code="malformed_json", detail=str(exc)) from exc
                    yield count, value
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise Damaged(f"{self.what}内{part_zh(part.table)}已损坏", f"{part_en(part.table)} is damaged",
                          detail=f"{part.name}: {exc}") from exc
        if count != part.records:
            raise PartMismatch(f"{self.what}内{part_zh(part.table)}的记录数与清单不符（清单 {part.records}，实际 {count}）",
                               f"{part_en(part.table)}: {count} records, manifest says {part.records}",
                               code="count_mismatch")
        if digest.hexdigest() != part.sha256:
            raise PartMismatch(f"{self.what}内{part_zh(part.table)}的校验值与清单不符，内容被改动过",
                               f"{part_en(part.table)}: SHA-256 differs from the manifest", code="hash_mismatch")
