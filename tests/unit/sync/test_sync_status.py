"""同步状态: last package per enrolled laptop, silent laptops, revoked ones, villages without a laptop;
`fupin sync status [--json] [--days N]`."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from fupin_desktop.cli import main
from fupin_desktop.services.sync import status as svc
from fupin_desktop.store.models import Household
from fupin_desktop.sync.trust import revoke, trusted_keys
from tests.unit.sync.helpers import edit, enrol, first, make_county, new_site, ship

V1, V2, V3, V4 = "411525100201", "411525100202", "411525100203", "411525100204"


def backdate_last_import(county, days: int) -> None:
    """The county's newest received package, as if imported ``days`` ago."""
    when = (datetime.now() - timedelta(days=days)).isoformat(timespec="seconds")
    with county.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE package_log SET at = ? WHERE package_id = "
            "(SELECT package_id FROM package_log WHERE direction = 'imported' ORDER BY at DESC LIMIT 1)", (when,))


def backdate_enrolment(county, label: str, days: int) -> None:
    when = (datetime.now() - timedelta(days=days)).isoformat(timespec="seconds")
    with county.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE trusted_key SET added_at = ? WHERE label = ?", (when, label))


def label_of(county, lap) -> str:
    return next(k.label for k in trusted_keys(county.db) if k.device_id == lap.db.device_id)


@pytest.fixture
def county_board(tmp_path):
    """Four villages: laptop A (V1) sent a package today, B (V2) 40 days ago, C (V3) never since its
    enrolment 45 days ago; V4 has no laptop. Returns (county, labels)."""
    county = make_county(tmp_path, villages=(V1, V2, V3, V4), households=1)
    stick = tmp_path / "stick"
    stick.mkdir()
    labs = {}
    for name, village in (("a", V1), ("b", V2), ("c", V3)):
        lap = new_site(tmp_path, name)
        enrol(county, lap, [village], stick)
        labs[name] = lap
    edit(labs["b"], Household, first(labs["b"], Household).id, group_name="第2组")
    ship(labs["b"], county, stick)
    backdate_last_import(county, 40)
    edit(labs["a"], Household, first(labs["a"], Household).id, group_name="第3组")
    report = ship(labs["a"], county, stick)
    assert report.changed == 1
    labels = {n: label_of(county, lap) for n, lap in labs.items()}
    backdate_enrolment(county, labels["c"], 45)
    yield county, labels, report
    for lap in labs.values():
        lap.db.close()
    county.db.close()


def test_board_rows_last_package_and_overdue(county_board):
    county, labels, report = county_board
    status = svc.sync_status(county.db)
    assert status.days == 30  # resources/sync/status.yaml
    by_label = {r.laptop: r for r in status.rows if r.laptop}
    a, b, c = by_label[labels["a"]], by_label[labels["b"]], by_label[labels["c"]]
    assert [v.name for v in a.villages] == ["第1村"] and a.state == svc.OK and a.days_silent == 0
    assert (a.last.records, a.last.new, a.last.changed, a.last.deleted) == (report.records, report.new, 1, 0)
    assert a.last.file_name.endswith(".fpkg") and "上报" in a.last.file_name
    assert b.state == svc.OVERDUE and b.days_silent == 40 and b.last.changed == 1
    assert c.state == svc.NEVER_SENT_OVERDUE and c.last is None and c.days_silent == 45
    [lonely] = [r for r in status.rows if not r.laptop]
    assert lonely.state == svc.NO_LAPTOP and [v.name for v in lonely.villages] == ["第4村"]
    assert status.overdue_count == 2
    # With 50 days nobody is overdue; C never sent but is still within the period.
    wide = {r.laptop: r.state for r in svc.sync_status(county.db, days=50).rows if r.laptop}
    assert wide == {labels["a"]: svc.OK, labels["b"]: svc.OK, labels["c"]: svc.NEVER_SENT}


def test_revoked_laptop_is_shown_as_such_and_its_village_needs_one(county_board):
    county, labels, _report = county_board
    key = next(k for k in trusted_keys(county.db) if k.label == labels["b"])
    revoke(county.db, key.fingerprint)
    status = svc.sync_status(county.db)
    b = next(r for r in status.rows if r.laptop == labels["b"])
    assert b.revoked and b.state == svc.REVOKED and not b.overdue and b.last is not None
    assert status.rows.index(b) > max(status.rows.index(r) for r in status.rows if r.laptop and not r.revoked)
    assert {v.name for r in status.rows if r.state == svc.NO_LAPTOP for v in r.villages} == {"第2村", "第4村"}


def test_a_restored_laptop_keeps_its_history_by_its_key(county_board):
    """A laptop restored from a backup has a new device id: its older packages still count."""
    county, labels, _report = county_board
    with county.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE trusted_key SET device_id = 'restored' WHERE label = ?", (labels["a"],))
    a = next(r for r in svc.sync_status(county.db).rows if r.laptop == labels["a"])
    assert a.last is not None and a.state == svc.OK


def test_the_setting_and_its_limits(county_board):
    county, _labels, _report = county_board
    assert svc.set_overdue_days(county.db, 45) == 45
    assert svc.overdue_days(county.db) == 45 and svc.sync_status(county.db).overdue_count == 0
    with pytest.raises(svc.UserFacingError):
        svc.set_overdue_days(county.db, 0)
    assert svc.overdue_days(county.db) == 45


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_table_json_and_days(county_board, capsys):
    county, labels, _report = county_board
    path = county.path
    county.db.close()
    code, out, err = run(capsys, "--db", path, "sync", "status")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["电脑", "村", "状态", "未上报天数", "最近上报", "记录数", "新增", "修改", "删除", "冲突", "文件"]
    line_b = next(line for line in lines if line.startswith(labels["b"]))
    assert "第2村" in line_b and "40 天" in line_b and "逾期未上报" in line_b
    line_c = next(line for line in lines if line.startswith(labels["c"]))
    assert "从未" in line_c and "已逾期" in line_c
    assert any("第4村" in line and "无村级电脑" in line for line in lines)
    assert lines[-1] == "共 3 台村级电脑；超过 30 天未上报的 2 台。"

    code, out, err = run(capsys, "--db", path, "sync", "status", "--json", "--days", "41")
    data = json.loads(out)
    assert code == 0 and data["overdue_days"] == 41 and data["overdue_count"] == 1
    row_b = next(r for r in data["rows"] if r["laptop"] == labels["b"])
    assert row_b["state"] == "ok" and row_b["days_silent"] == 40 and row_b["villages"] == [{"code": V2, "name": "第2村"}]
    assert set(row_b["last_package"]) == {"at", "file_name", "records", "new", "changed", "deleted", "conflicts"}
    assert date.fromisoformat(row_b["last_package"]["at"][:10]) == date.today() - timedelta(days=40)

    code, out, err = run(capsys, "--db", path, "sync", "status", "--days", "0")
    assert code == 1 and err.startswith("错误: 天数应在 1 到 365 之间")
    code, out, err = run(capsys, "--db", path, "sync", "status", "--days", "60", "--save")
    assert code == 0 and "超过 60 天未上报的 0 台" in out
    code, out, err = run(capsys, "--db", path, "sync", "status", "--json")
    assert json.loads(out)["overdue_days"] == 60


def test_cli_on_a_village_laptop_says_it_is_the_countys(tmp_path, capsys):
    lap = new_site(tmp_path, "lap")
    lap.db.close()
    code, out, err = run(capsys, "--db", lap.path, "sync", "status")
    assert code == 1 and out == "" and err.startswith("错误: 同步状态只在县级使用")
