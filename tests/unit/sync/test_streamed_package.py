"""A package over the in-memory size is decrypted to a temporary file in the database's folder and
read part by part from there (issue 14: a county's package is never held whole). It must import
exactly as the same package read in memory, be refused the same way, and leave no file behind."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest

from fupin_desktop.store.engine import open_database
from fupin_desktop.sync import envelope, package
from fupin_desktop.sync.errors import SyncError
from fupin_desktop.sync.exporter import export_package, targets_from_county
from fupin_desktop.sync.importer import import_package
from fupin_desktop.sync.keys import make_join_request, read_join_request
from tests.unit.sync.helpers import (
    VILLAGES,
    Site,
    closed_sha,
    content,
    make_county,
    new_site,
)

V1, _V2 = VILLAGES


@pytest.fixture
def twins(tmp_path):
    """The county, two copies of one laptop (same keys, same device id) and the county's
    enrolment package for it (both villages, 40 households each)."""
    county = make_county(tmp_path, households=40)
    lap = new_site(tmp_path, "lap")
    request = read_join_request(make_join_request(lap.keys, lap.db.device_id, lap.name, "村委", ""))
    lap.db.close()
    shutil.copytree(lap.path.parent, tmp_path / "twin")
    lap.db = open_database(lap.path)
    twin = Site("twin", tmp_path / "twin" / lap.path.name, open_database(tmp_path / "twin" / lap.path.name))
    stick = tmp_path / "stick"
    stick.mkdir()
    [target] = targets_from_county(county.db, list(VILLAGES), join_request=request)
    path = export_package(county.db, stick, target).path
    yield county, lap, twin, path
    for site in (county, lap, twin):
        site.db.close()


@pytest.fixture
def spooled(monkeypatch):
    """Every package goes through the temporary file; records where each one was made."""
    made: list[Path] = []
    real = tempfile.TemporaryFile

    def temporary_file(*args, **kwargs):
        made.append(Path(kwargs["dir"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(package, "IN_MEMORY_BYTES", 0)
    monkeypatch.setattr(package.tempfile, "TemporaryFile", temporary_file)
    return made


def _comparable(report) -> dict:
    d = report.as_dict()
    for key in ("imported_at", "backup_path"):
        d.pop(key)
    return d


def _folder(site: Site) -> set[str]:
    return {p.name for p in site.path.parent.iterdir()}


def test_a_package_over_the_in_memory_size_imports_identically(twins, monkeypatch):
    _county, lap, twin, path = twins
    assert path.stat().st_size < package.IN_MEMORY_BYTES  # the first import reads it in memory
    in_memory = import_package(lap.db, path)
    made: list[Path] = []
    real = tempfile.TemporaryFile
    monkeypatch.setattr(package, "IN_MEMORY_BYTES", path.stat().st_size // 4)
    monkeypatch.setattr(package.tempfile, "TemporaryFile",
                        lambda *a, **kw: made.append(Path(kw["dir"])) or real(*a, **kw))
    before = _folder(twin)
    from_file = import_package(twin.db, path)
    assert made == [twin.path.parent]  # decrypted next to the database, not in memory
    assert in_memory.new > 200 and _comparable(from_file) == _comparable(in_memory)
    assert content(twin.db) == content(lap.db)
    assert not [n for n in _folder(twin) - before if n.startswith(".fupin-import")]


def test_dry_run_from_the_temporary_file_changes_nothing(twins, spooled):
    _county, _lap, twin, path = twins
    before = closed_sha(twin)
    report = import_package(twin.db, path, dry_run=True)
    assert report.new > 200 and spooled == [twin.path.parent]
    assert closed_sha(twin) == before


def _reseal(path: Path, out: Path, mutate) -> Path:
    """The same package with its ciphertext changed by ``mutate`` and a first line that matches it."""
    env, body = envelope.parse(path.read_bytes(), envelope.KIND_PACKAGE)
    ciphertext = mutate(bytes(body))
    extra = dict(env.extra)
    out.write_bytes(envelope.envelope_line(env.kind, env.package_id, env.recipients, ciphertext, **extra) + ciphertext)
    return out


@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_ciphertext_that_fails_to_decrypt_is_refused_alike(twins, spooled, where, monkeypatch):
    """A forged ciphertext whose first line matches it: the streamed decryption refuses it as the
    in-memory one does (wrong_key), the database unchanged."""
    _county, lap, twin, path = twins

    def flip(data: bytes) -> bytes:
        pos = len(data) // 2 if where == "middle" else len(data) - 3
        return data[:pos] + bytes([data[pos] ^ 1]) + data[pos + 1:]

    bad = _reseal(path, path.with_name(f"forged-{where}.fpkg"), flip)
    codes = {}
    for site, limit in ((lap, 1 << 40), (twin, 0)):
        monkeypatch.setattr(package, "IN_MEMORY_BYTES", limit)
        before = closed_sha(site)
        with pytest.raises(SyncError) as err:
            import_package(site.db, bad)
        assert closed_sha(site) == before
        codes[site.name] = err.value.code
    assert codes == {"lap": "wrong_key", "twin": "wrong_key"}
    assert spooled == [twin.path.parent]


def test_cut_short_after_the_first_line_is_checked(twins, spooled):
    """A ciphertext shortened and its first line made to match: age finds the missing end."""
    _county, _lap, twin, path = twins
    bad = _reseal(path, path.with_name("short.fpkg"), lambda data: data[: len(data) // 2])
    before = closed_sha(twin)
    with pytest.raises(SyncError) as err:
        import_package(twin.db, bad)
    assert err.value.code == "wrong_key"
    assert closed_sha(twin) == before


def test_package_for_another_laptop_says_for_whom(twins, spooled, tmp_path):
    _county, _lap, _twin, path = twins
    other = new_site(tmp_path, "other")
    try:
        with pytest.raises(SyncError) as err:
            import_package(other.db, path)
        assert err.value.code == "not_for_us" and "是发给“第1村1号电脑”的" in str(err.value)
    finally:
        other.db.close()


def test_full_disk_while_decrypting_is_one_line_and_changes_nothing(twins, monkeypatch):
    """The temporary file cannot be written (the database's disk is full): refused as a write
    failure, not as a wrong key, the database unchanged."""
    _county, _lap, twin, path = twins
    real = tempfile.TemporaryFile

    class Full:
        def __init__(self, fh):
            self.fh, self.written = fh, 0

        def write(self, data):
            self.written += len(data)
            if self.written > 4096:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(package, "IN_MEMORY_BYTES", 0)
    monkeypatch.setattr(package.tempfile, "TemporaryFile", lambda *a, **kw: Full(real(*a, **kw)))
    before = closed_sha(twin)
    with pytest.raises(SyncError) as err:
        import_package(twin.db, path)
    assert err.value.code == "write_failed" and "磁盘空间" in str(err.value) and "\n" not in str(err.value)
    assert closed_sha(twin) == before


def test_opened_package_closes_its_temporary_file(twins, spooled):
    _county, _lap, twin, path = twins
    from fupin_desktop.sync.keys import load_device_keys

    with package.open_package(twin.db, path, load_device_keys(twin.path)) as pkg:
        spool = pkg.zip._file
        part = pkg.manifest.parts[0]
        rows = sum(1 for _ in pkg.zip.iter_rows(part))
        assert rows == part.records and not spool.closed
    assert spool.closed


# --- the export's part writer ---------------------------------------------------------------

def test_part_written_in_batches_reads_back_line_by_line():
    """Rows handed to the zip a batch of lines at a time (and compressed in a second thread):
    the part's count, hash and lines are those of the rows one by one."""
    from fupin_desktop.sync.container import PartInfo, ZipReader, ZipWriter
    from fupin_desktop.sync.exporter import row_encoder

    rows = [(f"id{i}", "户主", i, 1.5 * i, None, "中文\n\"x") for i in range(5001)]
    encode = row_encoder()
    assert [encode(r) for r in rows[:3]] == [json.dumps(r, ensure_ascii=False, separators=(",", ":"))
                                             for r in rows[:3]]
    lines = [(encode(r) + "\n").encode() for r in rows]
    writer = ZipWriter()
    batches = ["".join(encode(r) + "\n" for r in rows[i:i + 2000]).encode() for i in range(0, len(rows), 2000)]
    part = writer.write_part("household", ["a"], iter(batches))
    assert (part.records, part.bytes) == (len(rows), sum(map(len, lines)))
    assert part.sha256 == hashlib.sha256(b"".join(lines)).hexdigest()
    payload = writer.finish({"x": 1}, lambda raw: b"sig")
    reader = ZipReader(payload)
    got = [value for _, value in reader.iter_rows(PartInfo(part.name, "household", ["a"], part.records,
                                                           part.sha256, part.bytes))]
    assert got == [list(r) for r in rows]


def test_part_writer_failure_and_cancel_stop_the_second_thread():
    import threading

    from fupin_desktop.sync.container import ZipWriter
    from fupin_desktop.sync.errors import Cancelled

    def cancelled_after_two():
        yield b"[1]\n"
        yield b"[2]\n"
        raise Cancelled()

    with pytest.raises(Cancelled):
        ZipWriter().write_part("household", ["a"], cancelled_after_two())
    from fupin_desktop.sync.container import _BackgroundWrites

    written = []

    def full(chunk):
        if len(written) >= 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(chunk)

    writes = _BackgroundWrites(full)
    with pytest.raises(OSError):
        for i in range(400):
            writes.put(b"[%d]\n" % i)
        writes.finish()
    writes.stop()
    assert len(written) == 3
    assert not [t for t in threading.enumerate() if t.name == "zip-part-writer"]
