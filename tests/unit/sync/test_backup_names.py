"""A backup says which computer made it by name: `fupin restore --dry-run` on a new laptop prints the
laptop's name from the county (carried in the backup), never its device id."""

from __future__ import annotations

import json
import sqlite3

from tests.unit.sync.test_cli_sync import enrol_by_cli, offices, run  # noqa: F401 (offices: a fixture)


def test_restore_dry_run_names_the_laptop_not_its_device_id(offices, capsys):
    county, lap, tmp = offices
    run(capsys, "--db", lap, "import", enrol_by_cli(capsys, county, lap, tmp))
    code, out, err = run(capsys, "--db", lap, "backup", "--out", str(tmp / "usb") + "/", "--json")
    assert code == 0, err
    backup = json.loads(out)
    con = sqlite3.connect(lap)
    try:
        device_id = con.execute("SELECT device_id FROM device_state").fetchone()[0]
        label = con.execute("SELECT value FROM setting WHERE key = 'laptop_label'").fetchone()[0]
    finally:
        con.close()
    assert backup["device_label"] == label and label  # "第1村1号电脑", given at enrolment
    code, out, err = run(capsys, "--db", tmp / "new" / "fupin.db", "restore", backup["path"], "--identity",
                         tmp / "escrow" / "escrow-identity.txt", "--dry-run")
    assert code == 0, err
    assert f"备份的电脑 {label}" in out and device_id not in out and "T" not in out.split("，")[0]
