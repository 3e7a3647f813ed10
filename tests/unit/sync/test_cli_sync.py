"""`fupin keys | export | import | backup | restore | conflicts | duplicates | packages` end to end, in process."""

from __future__ import annotations

import json

import pytest

from fupin_desktop.cli import main
from fupin_desktop.store.models import Household
from tests.unit.sync.helpers import VILLAGES, edit, file_sha, first, make_county, new_site

V1, V2 = VILLAGES


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def offices(tmp_path):
    county = make_county(tmp_path)
    county.db.close()
    lap = new_site(tmp_path, "lap")
    lap.db.close()
    return county.path, lap.path, tmp_path


def enrol_by_cli(capsys, county, lap, tmp_path, villages=(V1,)):
    code, out, _ = run(capsys, "--db", lap, "keys", "request", "--out", tmp_path / "req.json")
    assert code == 0 and "本机指纹" in out
    lap_fp = out.split("本机指纹：")[1][:19]
    code, out, err = run(capsys, "--db", county, "export", "--for", tmp_path / "req.json", "--village", *villages,
                         "--out", str(tmp_path / "stick") + "/", "--json")
    assert code == 0, err
    [result] = json.loads(out)
    assert result["kind"] == "enrolment" and result["peer_fingerprint"] == lap_fp
    return result["path"]


def test_enrolment_import_twice_and_keys_show(offices, capsys):
    county, lap, tmp = offices
    pkg = enrol_by_cli(capsys, county, lap, tmp)
    code, out, _ = run(capsys, "--db", lap, "import", pkg, "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["status"] == "dry_run" and preview["first_contact"]
    code, out, _ = run(capsys, "--db", lap, "import", pkg)
    assert code == 0 and "已导入" in out and "县级密钥指纹" in out and "请与县里当面核对" in out
    code, out, _ = run(capsys, "--db", lap, "import", pkg)
    assert code == 0 and "已于" in out and "未做任何改动" in out
    code, out, _ = run(capsys, "--db", lap, "keys", "show", "--json")
    shown = json.loads(out)
    assert shown["enrolled"] and shown["county"]["villages"] == [V1]
    code, out, _ = run(capsys, "--db", county, "keys", "show")
    assert "村级电脑" in out and V1 in out
    code, out, _ = run(capsys, "--db", lap, "packages", "--json")
    assert [e["direction"] for e in json.loads(out)] == ["imported"]


def test_every_rejection_is_one_line_on_stderr_and_leaves_the_database(offices, capsys):
    county, lap, tmp = offices
    pkg = enrol_by_cli(capsys, county, lap, tmp)
    data = open(pkg, "rb").read()
    cases = {
        "half.fpkg": data[: len(data) // 2],
        "flip.fpkg": data[:-10] + bytes([data[-10] ^ 1]) + data[-9:],
        "empty.fpkg": b"",
        "text.fpkg": "这不是同步包".encode(),
    }
    from fupin_desktop.store.engine import open_database

    before = file_sha(lap)
    messages = set()
    for name, blob in cases.items():
        (tmp / name).write_bytes(blob)
        code, out, err = run(capsys, "--db", lap, "import", tmp / name)
        assert code != 0 and out == ""
        assert err.count("\n") == 1 and err.startswith("错误: "), err
        messages.add(err)
    assert len(messages) == len(cases)  # each says what is wrong in its own words
    open_database(lap).close()
    assert file_sha(lap) == before


def test_county_with_two_laptops_needs_a_folder_or_to(offices, capsys):
    county, lap, tmp = offices
    enrol_by_cli(capsys, county, lap, tmp)
    other = new_site(tmp, "other")
    other.db.close()
    run(capsys, "--db", other.path, "keys", "request", "--out", tmp / "req2.json")
    code, _, err = run(capsys, "--db", county, "export", "--for", tmp / "req2.json", "--village", V1, V2,
                        "--out", tmp / "stick2" / "x.fpkg")
    assert code == 0, err
    code, _, err = run(capsys, "--db", county, "export", "--village", V1, "--out", tmp / "one.fpkg")
    assert code == 1 and "--to" in err
    code, out, _ = run(capsys, "--db", county, "export", "--village", V1, "--out", str(tmp / "both") + "/", "--json")
    assert code == 0 and len(json.loads(out)) == 2


def test_conflicts_and_duplicates_by_cli(offices, capsys):
    county, lap, tmp = offices
    run(capsys, "--db", lap, "import", enrol_by_cli(capsys, county, lap, tmp))
    from fupin_desktop.store.engine import open_database
    from tests.unit.sync.helpers import Site

    c = Site("county", county, open_database(county))
    v = Site("lap", lap, open_database(lap))
    h = first(v, Household, household_no=f"{V1}0001")
    edit(v, Household, h.id, phone="111")
    edit(c, Household, h.id, phone="222")
    c.db.close()
    v.db.close()
    code, out, err = run(capsys, "--db", lap, "export", "--out", tmp / "up.fpkg")
    assert code == 0 and "可以安全拔出" in out, err
    code, out, err = run(capsys, "--db", county, "import", tmp / "up.fpkg", "--json")
    assert code == 0 and json.loads(out)["conflicts"] == 1
    code, out, _ = run(capsys, "--db", county, "conflicts", "--json")
    [conflict] = json.loads(out)
    assert {conflict["winner"]["value"], conflict["loser"]["value"]} == {"111", "222"}
    code, out, err = run(capsys, "--db", county, "conflicts", "--resolve", conflict["id"])
    assert code == 1 and "--keep" in err
    code, out, _ = run(capsys, "--db", county, "conflicts", "--resolve", conflict["id"], "--value", "333")
    assert code == 0 and "333" in out
    code, out, _ = run(capsys, "--db", county, "conflicts", "--json")
    assert json.loads(out) == []
    # Listed as a person reads it: laptops by name, the decision in words, no ids or JSON.
    code, out, _ = run(capsys, "--db", county, "conflicts", "--all")
    assert code == 0 and "改为新输入的值：333" in out and "第1村1号电脑" in out
    assert '{"' not in out and conflict["winner"]["device_id"] not in out and conflict["loser"]["device_id"] not in out
    code, out, _ = run(capsys, "--db", county, "duplicates", "--json")
    assert code == 0 and json.loads(out) == []


def test_backup_and_restore_by_cli(offices, capsys, monkeypatch):
    county, lap, tmp = offices
    run(capsys, "--db", lap, "import", enrol_by_cli(capsys, county, lap, tmp))
    code, out, err = run(capsys, "--db", lap, "backup", "--out", str(tmp / "usb") + "/", "--json")
    assert code == 0, err
    backup = json.loads(out)
    assert len(backup["recipients"]) == 3
    code, out, _ = run(capsys, "--db", tmp / "new" / "fupin.db", "restore", backup["path"], "--dry-run")
    assert code == 1  # a new laptop cannot open it without the escrow key
    code, out, err = run(capsys, "--db", tmp / "new" / "fupin.db", "restore", backup["path"], "--identity",
                         tmp / "escrow" / "escrow-identity.txt", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["counts"]["household"] == 3, err
    code, out, err = run(capsys, "--db", tmp / "new" / "fupin.db", "restore", backup["path"], "--identity",
                         tmp / "escrow" / "escrow-identity.txt")
    assert code == 0 and "已从" in out, err
    code, out, _ = run(capsys, "--db", tmp / "new" / "fupin.db", "stats", "--json")
    assert json.loads(out)["households"] == 3
    code, out, _ = run(capsys, "--db", lap, "backup", "--daily")
    assert code == 0 and "今日备份" in out
    code, out, _ = run(capsys, "--db", lap, "backup", "--daily")
    assert "已经备份过" in out


def test_county_receipt_goes_back_on_the_stick(offices, capsys):
    county, lap, tmp = offices
    run(capsys, "--db", lap, "import", enrol_by_cli(capsys, county, lap, tmp))
    code, out, _ = run(capsys, "--db", lap, "export", "--out", tmp / "up.fpkg")
    code, out, err = run(capsys, "--db", county, "import", tmp / "up.fpkg", "--receipt", str(tmp / "usb") + "/")
    assert code == 0 and "回执已写入" in out, err
    [receipt] = list((tmp / "usb").glob("fupin-receipt-*.json"))
    assert "户主" not in receipt.read_text(encoding="utf-8")  # counts only, nothing personal
    code, out, _ = run(capsys, "--db", lap, "receipt", receipt, "--json")
    assert code == 0 and json.loads(out)["status"] == "imported"
    forged = json.loads(receipt.read_text(encoding="utf-8"))
    forged["conflicts"] = 99
    (tmp / "forged.json").write_text(json.dumps(forged), encoding="utf-8")
    code, _, err = run(capsys, "--db", lap, "receipt", tmp / "forged.json")
    assert code == 1 and "签名" in err


def test_fupin_receipt_names_the_package_as_the_cadre_knows_it(offices, capsys):
    """`fupin receipt` says which package as 查看县里的回执 does (when this laptop made it, which of its
    packages, the villages by name); the package id only under --json."""
    import re

    county, lap, tmp = offices
    run(capsys, "--db", lap, "import", enrol_by_cli(capsys, county, lap, tmp))
    run(capsys, "--db", lap, "export", "--out", tmp / "up.fpkg")
    run(capsys, "--db", county, "import", tmp / "up.fpkg", "--receipt", str(tmp / "usb") + "/")
    [receipt] = list((tmp / "usb").glob("fupin-receipt-*.json"))
    package_id = json.loads(receipt.read_text(encoding="utf-8"))["package_id"]
    code, out, _ = run(capsys, "--db", lap, "receipt", receipt)
    assert code == 0
    assert package_id[:6] not in out and not re.search(r"[0-9a-f]{8,}", out), out
    assert "导出的第 1 个同步包" in out and "第1村" in out and "导入了" in out, out
    code, out, _ = run(capsys, "--db", lap, "receipt", receipt, "--json")
    assert json.loads(out)["package_id"] == package_id


def test_packages_lists_times_as_the_other_commands_do(offices, capsys):
    """`fupin packages` wrote 2026-12-05T00:24:30 where `sync status` and receipts write 2026-12-05 00:24."""
    county, lap, tmp = offices
    enrol_by_cli(capsys, county, lap, tmp)
    code, out, _ = run(capsys, "--db", county, "packages")
    assert code == 0
    [line] = out.splitlines()
    when = line.split("\t")[0]
    assert "T" not in when and len(when) == 16 and when[10] == " ", line
