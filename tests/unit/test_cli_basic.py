"""`fupin init | demo | stats | households | check` as a county clerk runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlmodel import select

from fupin_desktop.cli import main as fupin
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household, Member


@pytest.fixture()
def demo_db(tmp_path):
    path = tmp_path / "county.db"
    assert fupin(["--db", str(path), "init", "--role", "county", "--name", "张三"]) == 0
    assert fupin(["--db", str(path), "demo", "--households", "300", "--seed", "5"]) == 0
    return path


def _json(capsys, argv) -> object:
    capsys.readouterr()
    assert fupin(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_stats_and_households(demo_db, capsys):
    stats = _json(capsys, ["--db", str(demo_db), "stats", "--json"])
    assert stats["households"] == 300
    assert stats["villages"] >= 1 and stats["members"] > 300
    assert stats["plans"] > 0 and stats["measures"] >= stats["plans"] * 3
    rows = _json(capsys, ["--db", str(demo_db), "households", "--json"])
    assert len(rows) == 300
    assert set(rows[0]) >= {"id", "village", "group", "head", "members", "status"}
    village = rows[0]["village"]
    assert len(village) == 12 and village.isdigit()
    in_village = _json(capsys, ["--db", str(demo_db), "households", "--village", village, "--json"])
    assert 0 < len(in_village) < 300 and all(r["village"] == village for r in in_village)
    assert sum(r["members"] for r in rows) == stats["members"]


def test_demo_is_deterministic(tmp_path, capsys):
    outs = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        assert fupin(["--db", str(path), "demo", "--households", "120", "--seed", "9"]) == 0
        rows = _json(capsys, ["--db", str(path), "households", "--json"])
        outs.append([(r["village"], r["group"], r["head"], r["members"], r["status"]) for r in rows])
    assert outs[0] == outs[1]


def test_demo_data_passes_every_register_rule(demo_db, capsys):
    report = _json(capsys, ["--db", str(demo_db), "check", "--json"])
    register_errors = [f for f in report["findings"] if f["severity"] == "error"
                       and f["rule"].startswith(("member.", "household."))]
    assert register_errors == []


def test_check_lists_deliberately_bad_rows(demo_db, capsys):
    db = open_database(demo_db)
    with db.transaction() as s:
        members = s.exec(select(Member).order_by(Member.household_id, Member.sort_order)).all()
        first, second = members[0], next(m for m in members if m.household_id != members[0].household_id)
        good = first.id_number
        first.id_number = good[:17] + ("0" if good[17] != "0" else "1")  # checksum broken
        source = next(m for m in members if m.id not in (first.id, second.id))
        second.id_number = source.id_number  # the same person registered twice
        s.get(Household, first.household_id).per_capita_income = -5
    report = _json(capsys, ["--db", str(demo_db), "check", "--json"])
    rules = {(f["rule"], f["severity"]) for f in report["findings"]}
    assert ("household.per_capita_range", "error") in rules
    assert ("member.duplicate_id", "error") in rules
    assert ("member.id_invalid", "error") in rules
    for f in report["findings"]:
        assert f["severity"] in ("error", "warning")
        assert f["household_id"]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in f["message"])
    assert report["errors"] >= 3


def test_errors_are_one_line_and_nonzero(tmp_path):
    missing = tmp_path / "nope.db"
    result = subprocess.run([sys.executable, "-m", "fupin_desktop.cli", "--db", str(missing), "stats", "--json"],
                            capture_output=True, text=True, env={**os.environ, "FUPIN_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "数据库不存在" in lines[0] and "does not exist" in lines[0]
    assert not missing.exists()
    damaged = tmp_path / "bad.db"
    damaged.write_bytes(b"garbage" * 1000)
    result = subprocess.run([sys.executable, "-m", "fupin_desktop.cli", "--db", str(damaged), "stats"],
                            capture_output=True, text=True, env={**os.environ, "FUPIN_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert damaged.read_bytes() == b"garbage" * 1000


def test_households_of_an_unknown_village_is_an_error_not_an_empty_list(demo_db, capsys):
    capsys.readouterr()
    assert fupin(["--db", str(demo_db), "households", "--village", "999", "--json"]) == 1
    err = capsys.readouterr().err
    assert "找不到村代码 999" in err and err.strip().count("\n") == 0


def test_check_text_names_households_as_a_clerk_knows_them(demo_db, capsys):
    """Each text line names the household by village, 户编号 and 户主; the internal id stays in --json only."""
    db = open_database(demo_db)
    with db.transaction() as s:
        member = s.exec(select(Member).order_by(Member.household_id, Member.sort_order)).first()
        household = s.get(Household, member.household_id)
        household.per_capita_income = -5  # one finding we know the household of
        wanted = (household.id, household.household_no, household.head_name)
        ids = set(s.exec(select(Household.id)).all())
    db.close()
    report = _json(capsys, ["--db", str(demo_db), "check", "--json"])
    for f in report["findings"]:  # the old keys stay, the names come beside them
        assert {"rule", "severity", "message", "household_id"} <= f.keys()
        assert f["household_no"] and f["head_name"] and f["village"]
    bad = next(f for f in report["findings"] if f["rule"] == "household.per_capita_range")
    assert (bad["household_id"], bad["household_no"], bad["head_name"]) == wanted
    capsys.readouterr()
    assert fupin(["--db", str(demo_db), "check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(report["findings"])
    for line, f in zip(lines, report["findings"]):
        assert f["rule"] in line and f["message"] in line  # same findings, same order
        assert f["household_no"] in line and f["head_name"] in line and f["village"] in line
        assert not any(hid in line for hid in ids)
    line = next(x for x in lines if "household.per_capita_range" in x)
    assert wanted[1] in line and wanted[2] in line
