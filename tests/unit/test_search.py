"""Search keys, the search index (kept current by triggers) and search-as-you-type queries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from fupin_desktop.domain.search_keys import household_keys, name_keys, parse_query
from fupin_desktop.services.register import search
from fupin_desktop.services.register.query import HouseholdFilter, household_ids
from fupin_desktop.services.register.records import load_household
from fupin_desktop.services.register.save import delete_household, save_household
from fupin_desktop.store import migrations
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Member
from tests.unit.register_data import TODAY, V1, V2, add_family, make_villages


def test_name_keys_full_pinyin_initials_and_surname_readings():
    assert set(name_keys("张三")) == {"张三", "zhangsan", "zs"}
    assert {"zengguofan", "cengguofan", "zgf", "cgf"} <= set(name_keys("曾国藩"))
    assert {"shanxiongxin", "danxiongxin", "sxx", "dxx"} <= set(name_keys("单雄信"))
    assert name_keys("") == ()


def test_household_keys_number_tails_are_reversed():
    keys = household_keys("4101020012010001", "138 1234 5678", [("张三", "41010219700501011X", "")])
    assert "1000102100201014" in keys  # household number, reversed
    assert "87654321831" in keys  # phone without spaces, reversed
    assert "x11010" in keys  # the last 6 characters of the ID, reversed, X lower-cased
    assert "zs" in keys and "张三" in keys


def test_parse_query():
    assert parse_query("zs").prefixes == ("zs",)
    assert parse_query(" ZhangSan ").prefixes == ("zhangsan",)
    assert parse_query("0111x").prefixes == ("x1110",)
    assert parse_query("张 ls").prefixes == ("张", "ls")
    assert parse_query("１２３４").prefixes == ("4321",)  # full-width digits
    short = parse_query("12")
    assert short.empty and "3" in short.hint
    assert parse_query("").empty and not parse_query("").hint


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "s.db")
    yield database
    database.close()


@pytest.fixture
def register_db(db):
    villages = make_villages(db)
    zhang = add_family(db, villages[V1], head="张三", number=V1 + "0001", seq=11)
    wang = add_family(db, villages[V1], head="王五", number=V1 + "0002", seq=21, phone="13900001111")
    zeng = add_family(db, villages[V2], head="曾国强", number=V2 + "0001", seq=31, group="第2组")
    return db, {"zhang": zhang, "wang": wang, "zeng": zeng}


def _found(db, text_, **filters) -> set[str]:
    return set(household_ids(db, HouseholdFilter(search=text_, **filters)).ids)


def test_saved_households_are_found_at_once(register_db):
    db, h = register_db
    assert search.dirty_count(db) == 0, "the save path indexes its household in its own transaction"
    assert _found(db, "zs") == {h["zhang"].id}
    assert _found(db, "zhangs") == {h["zhang"].id}
    assert _found(db, "张") == {h["zhang"].id}
    assert _found(db, "ls") == {h["zhang"].id, h["wang"].id, h["zeng"].id}  # 李四 in every family
    assert _found(db, "cgq") == _found(db, "zgq") == {h["zeng"].id}
    tail = h["wang"].members[0].id_number[-4:]
    assert _found(db, tail) == {h["wang"].id}
    assert _found(db, "1111") == {h["wang"].id}  # phone tail
    assert _found(db, "0002") == {h["wang"].id}  # household number tail
    assert _found(db, "ls zs") == {h["zhang"].id}  # words are ANDed
    assert _found(db, "ls", village_id=h["zeng"].village_id) == {h["zeng"].id}
    assert household_ids(db, HouseholdFilter(search="12")).hint


def test_edits_and_deletes_follow(register_db):
    db, h = register_db
    edit = load_household(db, h["zhang"].id)
    edit.members[0].name = "张山"
    edit.members.pop(1)  # 李四 leaves
    assert save_household(db, edit, today=TODAY).saved
    assert _found(db, "zhangshan") == {h["zhang"].id}
    assert h["zhang"].id not in _found(db, "lisi")
    delete_household(db, h["wang"].id)
    assert _found(db, "wangwu") == set()
    assert [hit.household_id for hit in search.search(db, "wangwu", include_deleted=True).hits] == [h["wang"].id]


def test_writers_that_bypass_the_service_leave_households_dirty_and_search_catches_up(register_db):
    db, h = register_db
    with db.connect() as conn:  # like a sync package or a roster import: plain SQL
        conn.execute(text("UPDATE member SET name = '赵大' WHERE id = :id"), {"id": h["wang"].members[2].id})
    assert search.dirty_count(db) == 1
    assert _found(db, "zd") == {h["wang"].id}
    assert search.dirty_count(db) == 0


def test_rebuild_gives_the_same_index(register_db):
    db, _h = register_db
    with db.engine.connect() as conn:
        before = sorted(conn.execute(text("SELECT key, n FROM search_key")).all())
    assert search.rebuild_search_index(db) == 3
    with db.engine.connect() as conn:
        after = sorted(conn.execute(text("SELECT key, n FROM search_key")).all())
    assert before == after and before


def test_demo_generation_builds_the_index(db):
    from fupin_desktop.services.setup.demo import generate_demo

    generate_demo(db, households=40, seed=3)
    assert search.dirty_count(db) == 0
    with db.session() as s:
        member = s.execute(text("SELECT name, household_id FROM member LIMIT 1")).one()
    initials = name_keys(member.name)
    assert member.household_id in {hit.household_id for hit in search.search(db, initials[-1], limit=100).hits}


def _objects(path: Path) -> set[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return set(con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')"
                               " AND name NOT LIKE 'sqlite_autoindex%'"))
    finally:
        con.close()


def test_migration_adds_the_index_tables_triggers_and_marks_everything_dirty(tmp_path):
    v1 = Path(migrations.__file__).parent / "schema_history" / "v1.sql"
    old = tmp_path / "old.db"
    con = sqlite3.connect(old)
    con.executescript(v1.read_text(encoding="utf-8"))
    con.execute("INSERT INTO device_state (id, device_id, seq, hlc_wall_ms, hlc_counter) VALUES (1, 'd', 0, 0, 0)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    open_database(old).close()
    fresh = tmp_path / "fresh.db"
    open_database(fresh).close()
    assert _objects(old) == _objects(fresh)
    assert {("trigger", "search_member_update"), ("index", "ix_search_key_n")} <= _objects(fresh)


def test_member_without_household_change_is_not_dirty_for_unindexed_columns(register_db):
    db, h = register_db
    with db.connect() as conn:
        conn.execute(text("UPDATE member SET work_months = 3 WHERE id = :id"), {"id": h["zhang"].members[0].id})
    assert search.dirty_count(db) == 0
    with db.session() as s:
        assert s.get(Member, h["zhang"].members[0].id).work_months == 3


def test_county_wide_search_is_capped_but_an_area_search_is_not(register_db, monkeypatch):
    from fupin_desktop.services.register import query as household_query

    db, h = register_db
    monkeypatch.setattr(household_query, "SEARCH_CAP", 2)
    capped = household_ids(db, HouseholdFilter(search="ls"))  # 李四 is in all three households
    assert len(capped.ids) == 2 and capped.capped and "2 户" in capped.hint
    in_village = household_ids(db, HouseholdFilter(search="ls", village_id=h["zhang"].village_id))
    assert set(in_village.ids) == {h["zhang"].id, h["wang"].id} and not in_village.capped
    assert not household_ids(db, HouseholdFilter(search="zs")).capped


def test_cli_search_and_reindex(register_db, capsys):
    import json

    from fupin_desktop.cli import main

    db, h = register_db
    assert main(["--db", str(db.path), "search", "cgq", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [hit["household_id"] for hit in hits] == [h["zeng"].id]
    assert main(["--db", str(db.path), "reindex"]) == 0
    assert "3 户" in capsys.readouterr().out
    assert main(["--db", str(db.path), "search", "12"]) == 1
    assert "3位数字" in capsys.readouterr().err
