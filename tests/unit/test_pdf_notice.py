"""The public notice (公示): only name, group, household size, matter, period and objection phone."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date

import pytest
from sqlmodel import select

from fupin_desktop.domain.vocab import catalogue, vocab
from fupin_desktop.errors import UserFacingError
from fupin_desktop.services.printing.notice_data import NoticeRow, load_notice, notice_config, public_measure_labels
from fupin_desktop.services.printing.render import render_notice
from fupin_desktop.store.models import Household, Member, Plan, Village
from tests.unit.print_data import (
    FULL_ID,
    LONG_BANK,
    LONG_HEAD,
    LONG_PHONE,
    LONG_VILLAGE,
    TODAY,
    YEAR,
    build_print_db,
    page_numbers,
    pdf_text,
)

OBJECTION_PHONE = "0371-6688 1234"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("notice")
    db, long = build_print_db(folder / "notice.db")
    with db.session() as s:
        village = s.exec(select(Village).where(Village.code != LONG_VILLAGE)).first()
        households = list(s.exec(select(Household).where(Household.village_id == village.id)))
        members = list(s.exec(select(Member).where(Member.household_id.in_([h.id for h in households]))))
    yield {"db": db, "long": long, "folder": folder, "village": village, "households": households,
           "members": members}
    db.close()


def _sensitive_labels() -> list[str]:
    allowed = set(notice_config()["public_categories"])
    return [it.label for it in catalogue().items if it.category not in allowed]


def test_notice_lists_households_and_nothing_sensitive(setup, tmp_path):
    db = setup["db"]
    job = render_notice(db, setup["village"].code, tmp_path / "notice.pdf", phone=OBJECTION_PHONE,
                        start=date(YEAR, 4, 1), today=TODAY)
    pages = pdf_text(job.path)
    text = "\n".join(pages)
    assert job.pages == len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert page_numbers(page) == (n, len(pages))
        assert OBJECTION_PHONE in page  # every page carries the phone and the period
        assert "2026年4月1日至2026年4月7日（7天）" in page
    notice = load_notice(db, setup["village"].code, phone=OBJECTION_PHONE, start=date(YEAR, 4, 1))
    assert job.households == len(notice.rows) > 10
    for row in notice.rows:
        assert row.name in text
    assert f"合计：{len(notice.rows)} 户，{notice.people} 人" in text
    # Never: ID numbers (full or masked), phones, bank accounts, health.
    assert not FULL_ID.findall(text)
    assert "********" not in text
    for m in setup["members"]:
        assert m.id_number[-8:] not in text.replace(" ", "")
    for h in setup["households"]:
        if h.phone:
            assert h.phone not in text
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text), "a mobile number on a notice"
    fixed = ["医疗救助", "大病保险", "农村低保", "特困供养", "残疾人两项补贴", "雨露计划", "低保", "身份证", "银行"]
    for word in [it.label for it in vocab("health").items] + _sensitive_labels() + fixed:
        assert word not in text, word


def test_sensitive_categories_are_never_public():
    allowed = set(notice_config()["public_categories"])
    assert not allowed & {"health", "social_security", "compulsory_education", "other_education"}


def test_hand_made_household_keeps_its_secrets(setup, tmp_path):
    db = setup["db"]
    job = render_notice(db, LONG_VILLAGE, tmp_path / "long.pdf", phone=OBJECTION_PHONE, today=TODAY)
    text = "\n".join(pdf_text(job.path))
    assert LONG_HEAD in text and "第3组" in text
    row = load_notice(db, LONG_VILLAGE, phone=OBJECTION_PHONE).rows[0]
    assert (row.name, row.group, row.size) == (LONG_HEAD, "第3组", 10)
    assert "农村低保" not in row.matter and row.matter  # the dibao measure is left out, the others named
    for secret in [LONG_PHONE, LONG_BANK, "农村信用社", "患有大病", "农村低保", "医疗救助"] + setup["long"].id_numbers:
        assert secret not in text, secret
    # The row type itself has no place for anything else.
    assert {f.name for f in fields(NoticeRow)} == {"group", "name", "size", "matter"}


def test_public_measures_are_filtered_by_category():
    cat = catalogue()
    codes = ["medical_relief", "job_transfer", "dibao", "planting_support", "job_transfer", "yulu_plan"]
    assert public_measure_labels(codes) == [cat.label("job_transfer"), cat.label("planting_support")]


def test_exit_notice_selects_planned_exits(setup, tmp_path):
    db = setup["db"]
    notice = load_notice(db, setup["village"].code, kind="exit", phone=OBJECTION_PHONE, year=YEAR)
    statuses = set(next(k for k in notice_config()["kinds"] if k["code"] == "exit")["statuses"])
    expected = sorted(h.head_name for h in setup["households"] if h.planned_exit_year == YEAR and h.status in statuses)
    assert sorted(r.name for r in notice.rows) == expected and expected
    assert all(r.matter == f"拟于{YEAR}年度脱贫退出" for r in notice.rows)
    assert "拟脱贫户公示" in notice.title


def test_notice_needs_a_phone_and_a_long_enough_period(setup, tmp_path):
    db = setup["db"]
    with pytest.raises(UserFacingError, match="电话"):
        load_notice(db, setup["village"].code, phone="")
    with pytest.raises(UserFacingError, match="不得少于"):
        load_notice(db, setup["village"].code, phone=OBJECTION_PHONE, days=3)
    with pytest.raises(UserFacingError, match="未知的公示类型"):
        load_notice(db, setup["village"].code, phone=OBJECTION_PHONE, kind="nonsense")
    target = tmp_path / "x.pdf"
    with pytest.raises(UserFacingError):
        render_notice(db, "999999999999", target, phone=OBJECTION_PHONE)
    assert not target.exists()


def test_plan_notice_shows_confirmed_plans_only_and_says_what_it_left_out(setup, tmp_path):
    """The notice listed draft plans (142 households on the notice, 122 printable cards): it shows the
    households the village batch prints, and leaves out the rest with the batch's reasons."""
    from fupin_desktop.services.printing.render import render_village

    db, village = setup["db"], setup["village"]
    with db.session() as s:
        drafts = {h.head_name for h in setup["households"]
                  if (p := s.exec(select(Plan).where(Plan.household_id == h.id, Plan.is_current == True)).first())  # noqa: E712
                  and p.status == "draft"}
    assert drafts, "the demo village should hold draft plans"
    notice = load_notice(db, village.code, phone=OBJECTION_PHONE, start=date(YEAR, 4, 1))
    batch = render_village(db, village.code, tmp_path / "batch.pdf", today=TODAY)
    assert len(notice.rows) == batch.households
    assert not drafts & {r.name for r in notice.rows}
    assert notice.left_out == batch.skipped and any(x.endswith("草稿未确认") for x in notice.left_out)
    job = render_notice(db, village.code, tmp_path / "notice.pdf", phone=OBJECTION_PHONE, start=date(YEAR, 4, 1),
                        today=TODAY)
    assert job.households == len(notice.rows) and job.skipped == notice.left_out
    text = "\n".join(pdf_text(job.path))
    assert f"合计：{len(notice.rows)} 户" in text
    # The exit notice selects by planned exit, not by plan: nothing is reported left out there.
    assert load_notice(db, village.code, kind="exit", phone=OBJECTION_PHONE, year=YEAR).left_out == ()


def test_cli_notice_says_how_many_households_were_left_out(setup, tmp_path, capsys):
    from fupin_desktop.cli import main

    db, village = setup["db"], setup["village"]
    out = tmp_path / "notice.pdf"
    assert main(["--db", str(db.path), "print", "notice", "--village", village.code, "--out", str(out),
                 "--phone", OBJECTION_PHONE, "--start", f"{YEAR}-04-01"]) == 0
    captured = capsys.readouterr()
    notice = load_notice(db, village.code, phone=OBJECTION_PHONE, start=date(YEAR, 4, 1))
    assert f"{len(notice.rows)} 户" in captured.out
    assert f"未列入公示 {len(notice.left_out)} 户" in captured.err
