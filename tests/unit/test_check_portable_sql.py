"""`fupin check`'s tombstone filters: portable SQL (no SQLite-only ``+boolean`` elsewhere), same SQLite rows and plan."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import select

from fupin_desktop.services.register.checks import LIVE_MEASURES, LIVE_MEMBERS
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Measure, Member

QUERIES = {"member": LIVE_MEMBERS, "measure": LIVE_MEASURES}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("portable") / "demo.db")
    generate_demo(db, households=120, seed=4)
    with db.transaction() as s:  # some tombstones, so the filter has something to leave out
        for model in (Member, Measure):
            for row in s.exec(select(model).limit(7)).all():
                row.deleted = True
    yield db
    db.close()


@pytest.mark.parametrize("table", sorted(QUERIES))
def test_postgresql_gets_a_plain_boolean_comparison(table):
    sql = str(QUERIES[table].compile(dialect=postgresql.dialect()))
    assert not re.search(r"\+\s*\w+\.deleted", sql), sql
    assert f"{table}.deleted = false" in sql


@pytest.mark.parametrize("table", sorted(QUERIES))
def test_sqlite_keeps_the_scan_and_the_same_rows(demo_db, table):
    sql = str(QUERIES[table].compile(dialect=sqlite.dialect()))
    assert f"+{table}.deleted = 0" in sql
    with demo_db.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
        assert [p[-1] for p in plan] == [f"SCAN {table}"]  # not the low-selectivity tombstone index
        rows = sorted(conn.execute(QUERIES[table]).all())
        # the query as it was written before (SQLite-only text)
        old_query = sa_select(*QUERIES[table].selected_columns).where(text(f"+{table}.deleted = 0"))
        old = sorted(conn.execute(old_query).all())
        total = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
    assert rows == old and 0 < len(rows) == total - 7
