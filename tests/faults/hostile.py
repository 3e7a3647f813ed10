"""Damaged and hostile input: seeded byte flips of the database, fuzzed packages, malformed workbooks.

A person never meets a traceback: a damaged database is refused with the file left byte for byte
as it was, a bad package or workbook is refused in one plain line, and the database it was meant
for is unchanged.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from tests.faults.common import Tally, content_digest, copy_site, file_sha, integrity, plain_failure, run_cli
from tests.faults.prepare import Prepared

HEADER_BYTES = 100  # SQLite's file header: flips there are "not a database", covered elsewhere


def byte_flips(prepared: Prepared, work: Path, wanted: int, rng: random.Random) -> Tally:
    """Flip one byte at a time until ``wanted`` flips are ones SQLite's integrity_check detects;
    each must be refused by a read-only and a writing command, the file unchanged."""
    tally = Tally("byte flips (detected by integrity_check)")
    attempts = 0
    while tally.trials < wanted and attempts < wanted * 30:
        attempts += 1
        db = copy_site(prepared.county.parent, work / "flip") / prepared.county.name
        data = bytearray(db.read_bytes())
        offset = rng.randrange(HEADER_BYTES, len(data))
        data[offset] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(data))
        if integrity(db) == "ok":
            continue  # free space or a byte SQLite does not check: not this scenario's subject
        before = file_sha(db)
        problems = []
        for argv in (["stats", "--json"], ["check", "--json"], ["target", "--year", "2026", "--area",
                                                                "000000000000", "--people", "1"]):
            result = run_cli(db, *argv)
            if result.returncode != 1 or "损坏" not in result.stderr:
                problems.append(f"{argv[0]} was not refused as damaged (exit {result.returncode})")
            problems += [p for p in [plain_failure(result)] if p]
        if file_sha(db) != before:
            problems.append("the damaged file was written to")
        if any(db.parent.glob(db.name + "-wal")):
            problems.append("a -wal file was left beside it")
        tally.record(f"offset {offset}: " + "; ".join(problems) if problems else "")
    if tally.trials < wanted:
        tally.skipped = f"only {tally.trials} of {attempts} flips were detectable"
    return tally


def _mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    out = bytearray(data)
    if kind == 0:  # flip a few bits
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif kind == 1:  # cut short (a copy that did not finish)
        out = out[:rng.randrange(len(out))]
    elif kind == 2:  # bytes inserted
        at = rng.randrange(len(out))
        out[at:at] = rng.randbytes(rng.randint(1, 64))
    elif kind == 3:  # a block overwritten with zeros (a bad sector)
        at = rng.randrange(len(out))
        out[at:at + 512] = b"\0" * len(out[at:at + 512])
    else:  # the plain first line altered
        line_end = out.find(b"\n")
        at = rng.randrange(max(line_end, 1))
        out[at] = rng.randrange(32, 127)
    return bytes(out)


def fuzzed_packages(prepared: Prepared, work: Path, count: int, rng: random.Random) -> Tally:
    tally = Tally("fuzzed packages (mutations of a real one)")
    county = copy_site(prepared.county.parent, work / "county") / prepared.county.name
    original = prepared.upward.read_bytes()
    before = content_digest(county)
    for n in range(count):
        package = work / f"mutant-{n}.fpkg"
        package.write_bytes(_mutate(original, rng))
        result = run_cli(county, "import", package)
        problem = plain_failure(result)
        if result.returncode == 0:  # the mutation did not touch what matters: a real import happened
            county = copy_site(prepared.county.parent, work / "county") / prepared.county.name
        elif not problem and content_digest(county) != before:
            problem = "refused, but the database changed"
        if not problem and integrity(county) != "ok":
            problem = "database damaged"
        tally.record(problem and f"mutant {n}: {problem}")
        package.unlink()
    return tally


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buffer.getvalue()


def _workbooks(prepared: Prepared, rng: random.Random) -> dict[str, bytes]:
    real = prepared.roster.read_bytes()
    with zipfile.ZipFile(prepared.roster) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    broken_xml = dict(parts, **{sheet: parts[sheet][: len(parts[sheet]) // 2]})
    bomb = dict(parts, **{sheet: b"<worksheet>" + b" " * (300 * 1024 * 1024) + b"</worksheet>"})
    long_cell = dict(parts)
    long_cell[sheet] = parts[sheet].replace(b"</sheetData>", b'<row r="99999"><c r="A99999" t="inlineStr"><is><t>'
                                            + "长".encode() * 40_000 + b"</t></is></c></row></sheetData>", 1)
    return {
        "random bytes": rng.randbytes(20_000),
        "truncated": real[: len(real) // 2],
        "empty file": b"",
        "empty zip": _zip({}),
        "sheet XML cut in half": _zip(broken_xml),
        "zip bomb": _zip(bomb),
        "cell over 32,767 characters": _zip(long_cell),
        "no worksheets": _zip({k: v for k, v in parts.items() if not k.startswith("xl/worksheets/")}),
    }


def malformed_workbooks(prepared: Prepared, work: Path, rng: random.Random) -> Tally:
    tally = Tally("malformed workbooks")
    db = copy_site(prepared.empty_county.parent, work / "roster") / prepared.empty_county.name
    before = content_digest(db)
    for name, data in _workbooks(prepared, rng).items():
        path = work / f"{name.replace(' ', '-')}.xlsx"
        path.write_bytes(data)
        for argv in (["roster", "import", path, "--dry-run", "--json"], ["roster", "import", path]):
            result = run_cli(db, *argv)
            problem = plain_failure(result)
            if not problem and result.returncode == 0:
                problem = "accepted"
            tally.record(problem and f"{name} ({argv[-1]}): {problem}")
        path.unlink()
    if content_digest(db) != before:
        tally.failures.append("the database changed")
    return tally
