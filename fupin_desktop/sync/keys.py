"""Key material: each installation's Ed25519 signing key and age (x25519) identity, fingerprints,
secret files, escrow keys and join requests.

No home-made crypto: signatures are Ed25519 from ``cryptography``, encryption is the age format
(``pyrage``). A *fingerprint* is a short code people compare in person: the first 80 bits of a
SHA-256 over the public keys, in base32, grouped ``XXXX-XXXX-XXXX-XXXX``.

The installation's private keys live in a 0600 file beside the database
(``<db dir>/keys/<db stem>.key``), so they follow the database into backups and restores.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from fupin_desktop.sync.errors import KeyProblem

KEY_FILE_FORMAT = "fupin-device-keys"
JOIN_REQUEST_FORMAT = "fupin-join-request"
AGE_SECRET_PREFIX = "AGE-SECRET-KEY-"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(signing_key_b64: str, age_recipient: str) -> str:
    """Short code for in-person comparison; escrow keys (no signing key) pass ``""``."""
    raw = _unb64(signing_key_b64) if signing_key_b64 else b""
    digest = hashlib.sha256(b"fupin-key-v1\0" + raw + b"\0" + age_recipient.encode("ascii")).digest()
    code = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(code[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class PublicKeys:
    signing_key: str  # base64 of the raw 32-byte Ed25519 public key; "" for an escrow key
    age_recipient: str  # "age1..."

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key, self.age_recipient)

    def verify(self, data: bytes, signature: bytes) -> bool:
        if not self.signing_key:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(_unb64(self.signing_key)).verify(signature, data)
            return True
        except (InvalidSignature, ValueError):
            return False


@dataclass(frozen=True)
class DeviceKeys:
    """This installation's private keys."""

    signing_private: Ed25519PrivateKey
    age_identity: x25519.Identity

    @classmethod
    def generate(cls) -> "DeviceKeys":
        return cls(Ed25519PrivateKey.generate(), x25519.Identity.generate())

    @property
    def public(self) -> PublicKeys:
        raw = self.signing_private.public_key().public_bytes_raw()
        return PublicKeys(_b64(raw), str(self.age_identity.to_public()))

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, data: bytes) -> bytes:
        return self.signing_private.sign(data)

    def to_json(self) -> bytes:
        return json.dumps({
            "format": KEY_FILE_FORMAT,
            "version": 1,
            "signing_private": _b64(self.signing_private.private_bytes_raw()),
            "age_identity": str(self.age_identity),
            "fingerprint": self.fingerprint,
        }, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> "DeviceKeys":
        try:
            obj = json.loads(data)
            if obj.get("format") != KEY_FILE_FORMAT:
                raise ValueError("not a device key file")
            return cls(
                Ed25519PrivateKey.from_private_bytes(_unb64(obj["signing_private"])),
                x25519.Identity.from_str(obj["age_identity"]),
            )
        except Exception as exc:  # any malformed content means the same thing to the user
            raise KeyProblem("本机密钥文件已损坏，无法读取", "device key file is damaged", detail=str(exc)) from exc


def write_secret_file(path: Path, data: bytes) -> None:
    """Write a file only the owner can read (0600), atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path.parent, 0o700)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(partial, 0o600)
    os.replace(partial, path)


def key_file_for(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.parent / "keys" / f"{db_path.stem}.key"


def load_device_keys(db_path: Path, create: bool = True) -> DeviceKeys:
    """This installation's keys, made on first use."""
    path = key_file_for(db_path)
    if path.exists():
        return DeviceKeys.from_json(path.read_bytes())
    if not create:
        raise KeyProblem("本机尚未生成密钥", "this installation has no keys yet")
    keys = DeviceKeys.generate()
    write_secret_file(path, keys.to_json())
    return keys


# --- escrow and other age identities --------------------------------------------------------

def escrow_file_text(identity: x25519.Identity, county_label: str = "") -> str:
    fp = fingerprint("", str(identity.to_public()))
    return (
        "# 扶贫帮扶 托管恢复密钥 (escrow recovery key)\n"
        f"# 单位 unit: {county_label}\n"
        f"# 指纹 fingerprint: {fp}\n"
        f"# 生成时间 created: {datetime.now().isoformat(timespec='seconds')}\n"
        "# 请打印或存放在单独的介质上，离线保管；县级密钥丢失时用它恢复村级数据包和备份。\n"
        "# Print it or keep it on a separate medium, offline. Anyone holding it can read packages and backups.\n"
        f"# public key: {identity.to_public()}\n"
        f"{identity}\n"
    )


def load_identities(path: Path) -> list[x25519.Identity]:
    """age identities from an escrow key file, a plain age key file, or a device key file."""
    data = Path(path).read_bytes()
    if data.lstrip().startswith(b"{"):
        return [DeviceKeys.from_json(data).age_identity]
    found = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith(AGE_SECRET_PREFIX):
            try:
                found.append(x25519.Identity.from_str(line))
            except Exception as exc:
                raise KeyProblem(f"密钥文件内容无效：{path}", f"invalid age identity in {path}") from exc
    if not found:
        raise KeyProblem(f"文件中没有找到私钥：{path}", f"no identity found in {path}")
    return found


def identity_fingerprint(identity: x25519.Identity, signing_key: str = "") -> str:
    return fingerprint(signing_key, str(identity.to_public()))


# --- join requests --------------------------------------------------------------------------

@dataclass(frozen=True)
class JoinRequest:
    device_id: str
    keys: PublicKeys
    user_name: str
    unit: str
    phone: str
    created_at: str

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint


def _request_body(req: JoinRequest) -> dict:
    return {
        "format": JOIN_REQUEST_FORMAT,
        "version": 1,
        "device_id": req.device_id,
        "signing_key": req.keys.signing_key,
        "age_recipient": req.keys.age_recipient,
        "user_name": req.user_name,
        "unit": req.unit,
        "phone": req.phone,
        "created_at": req.created_at,
    }


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def make_join_request(keys: DeviceKeys, device_id: str, user_name: str, unit: str, phone: str) -> bytes:
    req = JoinRequest(device_id, keys.public, user_name, unit, phone, datetime.now().isoformat(timespec="seconds"))
    body = _request_body(req)
    body["fingerprint"] = req.fingerprint
    signed = dict(body)
    signed["signature"] = _b64(keys.sign(_canonical(body)))
    return json.dumps(signed, ensure_ascii=False, indent=2).encode("utf-8")


def read_join_request(data: bytes) -> JoinRequest:
    """Parse and check a join request (well-formed, signed by the key it carries)."""
    try:
        obj = json.loads(data)
        if obj.get("format") != JOIN_REQUEST_FORMAT:
            raise ValueError("wrong format")
        req = JoinRequest(
            device_id=str(obj["device_id"]),
            keys=PublicKeys(str(obj["signing_key"]), str(obj["age_recipient"])),
            user_name=str(obj.get("user_name", "")),
            unit=str(obj.get("unit", "")),
            phone=str(obj.get("phone", "")),
            created_at=str(obj.get("created_at", "")),
        )
        x25519.Recipient.from_str(req.keys.age_recipient)
        signature = _unb64(obj["signature"])
        body = {k: v for k, v in obj.items() if k != "signature"}
    except Exception as exc:
        raise KeyProblem("不是有效的加入申请文件", "not a valid join request", detail=str(exc)) from exc
    if not req.keys.verify(_canonical(body), signature) or body.get("fingerprint") != req.fingerprint:
        raise KeyProblem("加入申请文件的签名不符，可能被改动过", "join request signature does not verify")
    return req
