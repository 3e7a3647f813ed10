"""Recording a print: audit event, 已打印 status, the file only with its record; `fupin print`."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from fupin_desktop.cli import main
from fupin_desktop.services.printing.card_data import village_household_ids
from fupin_desktop.services.printing.render import record_output, render_card, render_notice, render_village
from fupin_desktop.services.setup.settings import set_setting
from fupin_desktop.store.models import AuditEvent, Household, Plan, Village
from tests.unit.print_data import FULL_ID, LONG_HEAD, LONG_VILLAGE, TODAY, YEAR, build_print_db, copy_db, pdf_text


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("svc")
    db, long = build_print_db(folder / "template.db")
    with db.session() as s:
        village = s.exec(select(Village).where(Village.code != LONG_VILLAGE)).first().code
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"path": folder / "template.db", "long": long, "village": village}


@pytest.fixture
def db(template, tmp_path):
    db = copy_db(template["path"], tmp_path / "work.db")
    set_setting(db, "user_name", "测试干部")
    yield db
    db.close()


def _events(db, action=None):
    with db.session() as s:
        rows = list(s.exec(select(AuditEvent).order_by(AuditEvent.at)))
    return [r for r in rows if action is None or r.action == action]


def _statuses(db, plan_ids):
    with db.session() as s:
        return {p.id: (p.status, p.printed_at) for p in s.exec(select(Plan).where(Plan.id.in_(plan_ids)))}


def test_printing_a_card_records_it_and_marks_the_plan_printed(db, template, tmp_path):
    job = render_card(db, template["long"].household_id, tmp_path / "preview.pdf", today=TODAY)
    assert _events(db, "print.card") == []  # a preview leaves no trace
    assert _statuses(db, job.plan_ids)[job.plan_ids[0]] == ("confirmed", None)
    moved = record_output(db, job, "printer")
    assert moved == 1
    status, printed_at = _statuses(db, job.plan_ids)[job.plan_ids[0]]
    assert status == "printed" and printed_at
    [event] = _events(db, "print.card")
    detail = json.loads(event.detail)
    assert event.user == "测试干部" and event.entity == "household"
    assert event.entity_id == template["long"].household_id
    assert detail["output"] == "printer" and detail["households"] == 1 and detail["plans_printed"] == 1
    # Printing again keeps 已打印 and moves nothing.
    assert record_output(db, job, "printer") == 0
    assert len(_events(db, "print.card")) == 2


def test_saving_a_batch_copies_the_file_with_one_event(db, template, tmp_path):
    job = render_village(db, template["village"], tmp_path / "preview.pdf", today=TODAY)
    before = _statuses(db, job.plan_ids)
    confirmed = [pid for pid, (status, _) in before.items() if status == "confirmed"]
    dest = tmp_path / "out" / "村批量.pdf"
    dest.parent.mkdir()
    moved = record_output(db, job, "pdf", destination=dest)
    assert moved == len(confirmed) > 0
    assert dest.read_bytes() == job.path.read_bytes()
    after = _statuses(db, job.plan_ids)
    assert all(after[pid][0] == "printed" for pid in confirmed)
    [event] = _events(db, "print.village")
    detail = json.loads(event.detail)
    assert detail["households"] == job.households and detail["file"] == "村批量.pdf"
    assert detail["pages"] == job.pages and detail["skipped"] == len(job.skipped)
    assert event.entity_id == template["village"]


def test_no_file_without_its_record(db, template, tmp_path, monkeypatch):
    job = render_card(db, template["long"].household_id, tmp_path / "preview.pdf", today=TODAY)
    dest = tmp_path / "saved.pdf"

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("fupin_desktop.services.printing.render.record_event", broken)
    with pytest.raises(RuntimeError):
        record_output(db, job, "pdf", destination=dest)
    assert not dest.exists()
    assert _statuses(db, job.plan_ids)[job.plan_ids[0]][0] == "confirmed"  # rolled back too


def test_notice_print_changes_no_plan(db, template, tmp_path):
    job = render_notice(db, template["village"], tmp_path / "n.pdf", phone="0371-1234567", today=TODAY)
    assert job.plan_ids == ()
    assert record_output(db, job, "printer") == 0
    [event] = _events(db, "print.notice")
    assert json.loads(event.detail)["notice"] == "plan"


# --- CLI -------------------------------------------------------------------------------------------------------
def _cli(db, *args):
    return main(["--db", str(db.path), *args])


def test_cli_prints_card_village_and_notice(db, template, tmp_path, capsys):
    out = tmp_path / "card.pdf"
    assert _cli(db, "print", "card", "--household", f"{LONG_VILLAGE}0001", "--out", str(out)) == 0
    text = "\n".join(pdf_text(out))
    assert LONG_HEAD in text and "帮扶计划" in text and not FULL_ID.findall(text)
    assert "已生成" in capsys.readouterr().out
    village_out = tmp_path / "village.pdf"
    assert _cli(db, "print", "village", "--village", template["village"], "--group", "第1组", "--json",
                "--out", str(village_out)) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["pages"] == len(pdf_text(village_out)) and summary["households"] > 0
    with db.session() as s:
        group_ids = set(s.exec(select(Household.id).where(Household.group_name == "第1组")))
    assert set(village_household_ids(db, template["village"], group="第1组")) <= group_ids
    notice_out = tmp_path / "notice.pdf"
    set_setting(db, "phone", "0371-7654321")  # the default objection phone
    assert _cli(db, "print", "notice", "--village", template["village"], "--out", str(notice_out)) == 0
    assert "0371-7654321" in pdf_text(notice_out)[0]
    assert [e.action for e in _events(db) if e.action.startswith("print.")] == \
        ["print.card", "print.village", "print.notice"]


def test_cli_failures_leave_no_file(db, template, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    # No objection phone anywhere.
    assert _cli(db, "print", "notice", "--village", template["village"], "--out", str(out)) == 1
    assert "电话" in capsys.readouterr().err
    assert _cli(db, "print", "card", "--household", "no-such-household", "--out", str(out)) == 1
    assert _cli(db, "print", "village", "--village", template["village"], "--year", "1999", "--out", str(out)) == 1
    assert "1999" in capsys.readouterr().err
    assert _cli(db, "print", "card", "--household", f"{LONG_VILLAGE}0001", "--out", str(tmp_path / "nodir" / "x.pdf")) == 1
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*partial")) == []
    assert [e for e in _events(db) if e.action.startswith("print.")] == []


def test_year_without_plans_is_refused(db, template, tmp_path):
    from fupin_desktop.errors import UserFacingError

    with pytest.raises(UserFacingError, match=str(YEAR + 5)):
        render_village(db, template["village"], tmp_path / "v.pdf", year=YEAR + 5)
    assert not (tmp_path / "v.pdf").exists()


def test_saving_copies_the_file_before_taking_the_write_lock(db, template, tmp_path, monkeypatch):
    """The copy onto a (slow) stick happens outside the write transaction; only a rename is inside."""
    import shutil

    from tests.write_lock import write_lock_is_free

    job = render_card(db, template["long"].household_id, tmp_path / "preview.pdf", today=TODAY)
    seen = []
    real_copy = shutil.copyfile

    def copy_while_probing(source, target):
        seen.append("free" if write_lock_is_free(db.path) else "locked")
        return real_copy(source, target)

    monkeypatch.setattr("fupin_desktop.services.printing.render.shutil.copyfile", copy_while_probing)
    dest = tmp_path / "stick" / "card.pdf"
    dest.parent.mkdir()
    record_output(db, job, "pdf", destination=dest)
    assert seen == ["free"]
    assert dest.read_bytes() == job.path.read_bytes()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["card.pdf"]  # no partial left
