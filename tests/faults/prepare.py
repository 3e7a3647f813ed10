"""The files every scenario starts from, made once per run with the real CLI in a work folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.faults.common import copy_site, must, read_only, run_cli


@dataclass
class Prepared:
    root: Path
    county: Path  # county database with demo data and county keys
    county_changed: Path  # the same county, changed after the backup was taken
    empty_county: Path  # a county database with no data (demo and roster import start here)
    laptop: Path  # a village laptop, not yet enrolled
    laptop_enrolled: Path  # the laptop after importing its enrolment package
    enrolment: Path  # county -> laptop package with every village's records
    upward: Path  # laptop -> county package
    backup: Path  # encrypted backup of the county
    roster: Path  # the county's register as an Excel roster
    households: int


def _one(folder: Path, pattern: str) -> Path:
    [found] = sorted(folder.glob(pattern))
    return found


def prepare(root: Path, households: int) -> Prepared:
    root.mkdir(parents=True, exist_ok=True)
    county = root / "county" / "county.db"
    must(run_cli(county, "init", "--role", "county", "--name", "县办测试"))
    must(run_cli(county, "demo", "--households", str(households), "--seed", "7"))
    must(run_cli(county, "keys", "init-county", "--out", root / "escrow"))
    empty = root / "empty" / "empty.db"
    must(run_cli(empty, "init", "--role", "county", "--name", "县办测试"))
    laptop = root / "laptop" / "laptop.db"
    must(run_cli(laptop, "init", "--role", "village", "--name", "驻村测试"))
    must(run_cli(laptop, "keys", "request", "--out", root / "join.req"))
    with read_only(county) as con:
        codes = [r[0] for r in con.execute("SELECT code FROM village ORDER BY code")]
    must(run_cli(county, "export", "--for", root / "join.req", "--village", *codes, "--out", f"{root / 'down'}/"))
    enrolment = _one(root / "down", "*.fpkg")
    enrolled = root / "laptop-enrolled" / "laptop.db"
    copy_site(laptop.parent, enrolled.parent)
    must(run_cli(enrolled, "import", enrolment))
    must(run_cli(enrolled, "export", "--out", f"{root / 'up'}/"))
    upward = _one(root / "up", "*.fpkg")
    must(run_cli(county, "backup", "--out", f"{root / 'backup'}/"))
    backup = _one(root / "backup", "*.fbak")
    changed = root / "county-changed" / "county.db"
    copy_site(county.parent, changed.parent)
    must(run_cli(changed, "demo", "--households", str(max(households // 10, 10)), "--seed", "8"))
    roster = root / "roster.xlsx"
    must(run_cli(county, "export-xlsx", "--what", "register", "--out", roster))
    return Prepared(root, county, changed, empty, laptop, enrolled, enrolment, upward, backup, roster, households)
