"""The package/backup file: one plain first line, then age ciphertext.

First line: ``FPKG/1 {"kind": ..., "id": ..., "recipients": [fingerprints], "length": n,
"sha256": hex, "check": hex}`` (``check`` covers the line itself). It lets the reader tell "half copied" (fewer bytes than announced),
"damaged" (bytes differ from the announced SHA-256) and "not for this office" (none of our
fingerprints among the recipients) apart before any decryption. Nothing personal is in it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from fupin_desktop.sync.errors import (
    Damaged,
    IncompleteCopy,
    NotAPackage,
    NotForUs,
    TooNew,
    WriteFailed,
    WrongKey,
    os_reason,
)

MAGIC = b"FPKG/"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 8192
MAX_FILE_BYTES = 4 * 1024 ** 3
READ_BLOCK = 1024 * 1024
PASSPHRASE_RECIPIENT = "passphrase"
KIND_PACKAGE = "package"
KIND_BACKUP = "backup"
_KIND_ZH = {KIND_PACKAGE: "同步包", KIND_BACKUP: "备份文件"}


@dataclass
class Envelope:
    kind: str
    package_id: str
    recipients: list[str]
    length: int
    sha256: str
    extra: dict = field(default_factory=dict)


def seal(payload: bytes, age_recipients: list[str]) -> bytes:
    return pyrage.encrypt(payload, [x25519.Recipient.from_str(r) for r in age_recipients])


class _Hashed:
    """A file being written, with the SHA-256 and length of what went in (for the first line)."""

    def __init__(self, fh: BinaryIO):
        self.fh = fh
        self.digest = hashlib.sha256()
        self.length = 0
        self.error: OSError | None = None

    def write(self, data) -> int:
        self.digest.update(data)
        self.length += len(data)
        try:
            return self.fh.write(data)
        except OSError as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        self.fh.flush()


def seal_to(source: BinaryIO, out: BinaryIO, age_recipients: list[str]) -> tuple[int, str]:
    """``seal`` streamed from ``source`` into ``out`` (a county package is tens of MB);
    returns the ciphertext's length and SHA-256. A failed write (a full disk) is its OSError."""
    hashed = _Hashed(out)
    try:
        pyrage.encrypt_io(source, hashed, [x25519.Recipient.from_str(r) for r in age_recipients])
    except pyrage.EncryptError:
        if hashed.error is not None:  # pyrage reports it as an EncryptError
            raise hashed.error from None
        raise
    return hashed.length, hashed.digest.hexdigest()


def seal_with_passphrase(payload: bytes, passphrase: str) -> bytes:
    return age_passphrase.encrypt(payload, passphrase)


def envelope_line(kind: str, package_id: str, recipients: list[str], ciphertext: bytes, **extra) -> bytes:
    return envelope_line_for(kind, package_id, recipients, len(ciphertext), hashlib.sha256(ciphertext).hexdigest(),
                             **extra)


def envelope_line_for(kind: str, package_id: str, recipients: list[str], length: int, sha256: str,
                      **extra) -> bytes:
    """The first line for a ciphertext of ``length`` bytes with this SHA-256 (not held in memory)."""
    header = {"kind": kind, "id": package_id, "recipients": recipients, "length": length, "sha256": sha256}
    header.update(extra)
    header["check"] = _header_check(header)
    # UTF-8, not \uXXXX escapes: an escape's hex digits read the same in either case, so a flipped
    # case bit inside one would go unnoticed by the line's checksum.
    line = json.dumps(header, separators=(",", ":"), ensure_ascii=False)
    return MAGIC + f"{FORMAT_VERSION} ".encode() + line.encode("utf-8") + b"\n"


def _header_check(header: dict) -> str:
    """A checksum of the line itself, so a flipped byte in it is noticed too."""
    body = {k: v for k, v in header.items() if k != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:16]


def read_file(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NotAPackage(f"文件过大（{size} 字节），不是本软件的文件", f"file too large: {size} bytes")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise NotAPackage(f"找不到文件：{path}", f"file not found: {path}") from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> IncompleteCopy:
    zh, en = os_reason(exc)
    return IncompleteCopy(f"读取文件失败：{path}（{zh}）", f"cannot read {path}: {en}", detail=str(exc))


def parse(data: bytes, expect_kind: str) -> tuple[Envelope, memoryview]:
    """Check the first line and the ciphertext length and hash; return the envelope and ciphertext."""
    env, start = _parse_line(data, expect_kind)
    body = memoryview(data)[start:]
    _check_body(env, len(body), lambda: hashlib.sha256(body).hexdigest(), expect_kind)
    return env, body


def _parse_line(data: bytes, expect_kind: str) -> tuple[Envelope, int]:
    """The envelope from the first line of ``data`` (the whole file, or at least its first
    MAX_HEADER_BYTES) and where the ciphertext starts."""
    what = _KIND_ZH.get(expect_kind, "文件")
    if not data:
        raise IncompleteCopy(f"{what}是空的（0 字节），可能没有拷贝完", "file is empty")
    newline = data.find(b"\n", 0, MAX_HEADER_BYTES)
    if newline < 0:
        if len(data) < MAX_HEADER_BYTES and MAGIC.startswith(data[:5]) or data.startswith(MAGIC):
            raise IncompleteCopy(f"{what}不完整：文件在开头就断了，请重新拷贝", "file ends inside its first line")
        raise NotAPackage(f"这不是扶贫帮扶的{what}", "not a fupin package file")
    line = data[:newline]
    if not line.startswith(MAGIC):
        raise NotAPackage(f"这不是扶贫帮扶的{what}", "not a fupin package file (no FPKG header)")
    version_text, _, json_text = line[len(MAGIC):].partition(b" ")
    if not version_text.isdigit():
        raise Damaged(f"{what}开头的说明行已损坏", "damaged envelope line")
    if int(version_text) > FORMAT_VERSION:
        raise TooNew(f"此{what}由较新版本的软件生成（格式 {int(version_text)}），请先升级软件",
                     f"envelope format {int(version_text)} is newer than supported ({FORMAT_VERSION})")
    try:
        header = json.loads(json_text)
        if header.get("check") != _header_check(header):
            raise ValueError("the line's checksum does not match")
        env = Envelope(str(header["kind"]), str(header["id"]), [str(r) for r in header["recipients"]],
                       int(header["length"]), str(header["sha256"]),
                       {k: v for k, v in header.items() if k not in {"kind", "id", "recipients", "length", "sha256", "check"}})
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Damaged(f"{what}开头的说明行已损坏", "damaged envelope line", detail=str(exc)) from exc
    if env.kind != expect_kind:
        other = _KIND_ZH.get(env.kind, "另一种文件")
        raise NotAPackage(f"这是{other}，不是{what}", f"this is a {_en_name(other)}, not a {_en_name(what)}",
                          detail=f"kind {env.kind}, expected {expect_kind}")
    return env, newline + 1


def _check_body(env: Envelope, length: int, sha256: Callable[[], str], expect_kind: str) -> None:
    what = _KIND_ZH.get(expect_kind, "文件")
    if length < env.length:
        raise IncompleteCopy(
            f"{what}不完整：应有 {env.length} 字节，只有 {length} 字节。可能拔出U盘太早，请重新拷贝",
            f"incomplete copy: {length} of {env.length} bytes",
        )
    if length > env.length:
        raise Damaged(f"{what}已损坏：文件比应有的长 {length - env.length} 字节", "file has trailing bytes")
    if sha256() != env.sha256:
        raise Damaged(f"{what}已损坏：内容校验（SHA-256）不符，请重新拷贝或重新导出", "SHA-256 mismatch")


def open_file(path: Path, expect_kind: str) -> tuple[Envelope, BinaryIO]:
    """``read_file`` + ``parse`` without holding the file: the same checks, the ciphertext hashed
    block by block; returns the envelope and the open file positioned at the ciphertext."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NotAPackage(f"文件过大（{size} 字节），不是本软件的文件", f"file too large: {size} bytes")
        fh = open(path, "rb")
    except FileNotFoundError as exc:
        raise NotAPackage(f"找不到文件：{path}", f"file not found: {path}") from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    try:
        try:
            head = fh.read(MAX_HEADER_BYTES)
            env, start = _parse_line(head, expect_kind)
            fh.seek(start)
            digest = hashlib.sha256()
            length = 0
            for block in iter(lambda: fh.read(READ_BLOCK), b""):
                digest.update(block)
                length += len(block)
            _check_body(env, length, digest.hexdigest, expect_kind)
            fh.seek(start)
        except OSError as exc:
            raise _unreadable(path, exc) from exc
    except BaseException:
        fh.close()
        raise
    return env, fh


def decrypt(env: Envelope, ciphertext: memoryview, identities: dict[str, x25519.Identity],
            passphrase: str | None = None, what: str = "同步包") -> bytes:
    """Decrypt with the identity whose fingerprint the envelope lists, or with a passphrase."""
    if PASSPHRASE_RECIPIENT in env.recipients:
        if passphrase is None:
            raise WrongKey(f"此{what}用口令加密，请输入口令", "this file is sealed with a passphrase")
        try:
            return age_passphrase.decrypt(bytes(ciphertext), passphrase)
        except pyrage.DecryptError as exc:
            raise WrongKey("口令不对，无法解密", "wrong passphrase") from exc
    usable = _usable_identities(env, identities, what)
    try:
        return pyrage.decrypt(bytes(ciphertext), usable)
    except pyrage.DecryptError as exc:
        raise _wrong_key(exc, what) from exc


def _usable_identities(env: Envelope, identities: dict[str, x25519.Identity], what: str) -> list[x25519.Identity]:
    usable = [identity for fp, identity in identities.items() if fp in env.recipients]
    if not usable:
        # The fingerprints mean nothing unless compared in person, which nobody asks here: the log has them.
        raise NotForUs(
            f"此{what}不是发给本机（本单位）的：本机的密钥都不在它的收件人之中",
            "not for this office: none of our keys is among the recipients",
            detail=f"recipients {', '.join(env.recipients) or '-'}; ours {', '.join(identities) or '-'}",
        )
    return usable


def _wrong_key(exc: Exception, what: str) -> WrongKey:
    return WrongKey(f"无法用本机密钥解密此{what}（收件人标记与密文不符）", "cannot decrypt with this office's key",
                    detail=str(exc))


class _Tracked:
    """Passes reads and writes on and remembers a failure of the file itself (a full disk, a
    read error), which pyrage would otherwise report like a ciphertext that fails to decrypt."""

    def __init__(self, fh: BinaryIO):
        self.fh = fh
        self.error: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            return self.fh.read(size)
        except OSError as exc:
            self.error = exc
            raise

    def write(self, data) -> int:
        try:
            return self.fh.write(data)
        except OSError as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        self.fh.flush()


def _en_name(what: str) -> str:
    return {"同步包": "package", "备份文件": "backup"}.get(what, "file")


def decrypt_to(env: Envelope, source: BinaryIO, out: BinaryIO, identities: dict[str, x25519.Identity],
               what: str = "同步包") -> None:
    """``decrypt`` block by block from ``source`` (positioned at the ciphertext) into ``out``; the
    same refusals. Only for files sealed to keys (packages), not to a passphrase."""
    if PASSPHRASE_RECIPIENT in env.recipients:
        raise WrongKey(f"此{what}用口令加密，请输入口令", "this file is sealed with a passphrase")
    usable = _usable_identities(env, identities, what)
    reader, writer = _Tracked(source), _Tracked(out)
    try:
        pyrage.decrypt_io(reader, writer, usable)
    except (pyrage.DecryptError, OSError) as exc:
        if reader.error is not None:
            zh, en = os_reason(reader.error)
            raise IncompleteCopy(f"读取{what}失败（{zh}）", f"cannot read the {_en_name(what)}: {en}",
                                 detail=str(reader.error)) from exc
        if writer.error is not None:
            zh, en = os_reason(writer.error)
            raise WriteFailed(f"解密{what}时写入临时文件失败（{zh}）。"
                              "磁盘空间可能不足，请腾出空间后重试；数据未改动",
                              f"cannot write the decrypted {_en_name(what)}: {en}", detail=str(writer.error)) from exc
        # pyrage reports a ciphertext that fails to authenticate as an OSError.
        raise _wrong_key(exc, what) from exc
