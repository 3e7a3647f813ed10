"""A package's dry run names what changes (which household, which field, old → new), and
`restore --dry-run` names record kinds in Chinese."""

from __future__ import annotations

import json

from fupin_desktop.cli import main
from fupin_desktop.store.models import Household
from tests.unit.program_text import PROGRAM_TEXT
from tests.unit.sync.helpers import VILLAGES, edit, enrol, export_to, first, make_county, new_site


def test_dry_run_names_household_field_old_and_new(tmp_path, capsys):
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(county, lap, [VILLAGES[0]], stick)
    h = first(lap, Household)
    edit(lap, Household, h.id, phone="13912345678", main_cause="disability")
    package = export_to(lap, county, stick).path
    county.db.close()
    lap.db.close()
    assert main(["--db", str(county.path), "import", str(package), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "预览" in out
    changed = [line for line in out.splitlines() if "→" in line]
    phone = next(line for line in changed if "联系电话" in line)
    assert h.head_name in phone and phone.endswith("→ 13912345678"), phone
    cause = next(line for line in changed if "主要致贫原因" in line)
    assert "因残" in cause and "disability" not in cause, cause
    assert [line for line in out.splitlines() if PROGRAM_TEXT.search(line)] == []
    assert main(["--db", str(county.path), "import", str(package), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    fields = {(c["table"], c["field"]) for c in data["changes"]}
    assert ("household", "phone") in fields and ("household", "main_cause") in fields


def test_restore_dry_run_names_record_kinds_in_chinese(tmp_path, capsys):
    county = make_county(tmp_path)
    county.db.close()
    assert main(["--db", str(county.path), "backup", "--out", str(tmp_path / "usb") + "/", "--json"]) == 0
    backup = json.loads(capsys.readouterr().out)["path"]
    assert main(["--db", str(county.path), "restore", backup, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "农户 6" in out and "家庭成员 12" in out
    assert "household" not in out and "member " not in out


def test_dry_run_lists_conflicts_first_with_both_values(tmp_path, capsys):
    """Both offices changed one phone: the preview says so and names both values, not only a count."""
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(county, lap, [VILLAGES[0]], stick)
    h = first(lap, Household)
    edit(lap, Household, h.id, phone="13911111111")
    edit(county, Household, h.id, phone="13922222222")
    package = export_to(lap, county, stick).path
    county.db.close()
    lap.db.close()
    assert main(["--db", str(county.path), "import", str(package), "--dry-run"]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.strip().startswith("冲突 ")]
    assert h.head_name in line and "联系电话" in line and "13911111111" in line and "13922222222" in line, line
    assert "冲突处理" in line and not PROGRAM_TEXT.search(line)


def test_dry_run_names_targets_by_area_and_year_and_audit_events_by_who(tmp_path, capsys):
    """A laptop told only "年度目标 · 减贫人数目标：33 → 35" took another village's target for its own;
    and the county saw a bare "新增 操作记录" per event. Each line names its record."""
    from fupin_desktop.services.register.records import load_household
    from fupin_desktop.services.register.save import save_household
    from fupin_desktop.store.models import Target

    county = make_county(tmp_path)
    with county.db.transaction() as s:
        for code, people in ((VILLAGES[0], 33), (VILLAGES[1], 40)):
            s.add(Target(year=2026, area_code=code, people_target=people))
    lap = new_site(tmp_path, "lap")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(county, lap, [VILLAGES[0]], stick)
    edit(county, Target, first(county, Target, area_code=VILLAGES[1]).id, people_target=45)
    package = export_to(county, lap, stick).path
    draft = load_household(lap.db, first(lap, Household).id)
    draft.phone = "13912345678"
    assert save_household(lap.db, draft).status == "saved"
    upward = export_to(lap, county, stick).path
    county.db.close()
    lap.db.close()

    assert main(["--db", str(lap.path), "import", str(package), "--dry-run"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if "减贫人数目标" in line]
    assert "第2村" in line and "2026年" in line and line.strip().endswith("40 → 45"), line

    assert main(["--db", str(county.path), "import", str(upward), "--dry-run"]) == 0
    events = [line for line in capsys.readouterr().out.splitlines() if "操作记录" in line]
    assert any("农户·修改" in line and draft.head_name in line for line in events), events
    assert all(line.strip() != "新增 操作记录" for line in events), events
