"""The search-index refresh computes keys without the write lock and writes them in a short transaction."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from fupin_desktop.services.register import search
from tests.unit.register_data import V1, add_family, make_villages
from tests.unit.test_search import _found, db  # noqa: F401  (fixture)
from tests.write_lock import write_lock_is_free


@pytest.fixture
def dirty_db(db):  # noqa: F811
    villages = make_villages(db)
    families = [add_family(db, villages[V1], head=h, number=f"{V1}{i:04d}", seq=10 * i)
                for i, h in enumerate(["张三", "王五", "赵六"], start=1)]
    with db.connect() as conn:  # as a sync package or roster import would: every household dirty
        conn.execute(text("INSERT OR IGNORE INTO search_dirty (household_id) SELECT id FROM household"))
    return db, families


@pytest.mark.parametrize("bulk", [True, False])
def test_another_program_can_write_while_the_keys_are_computed(dirty_db, monkeypatch, bulk):
    db, _families = dirty_db
    if not bulk:
        monkeypatch.setattr(search, "BULK_SHARE", 2.0)  # never "most households dirty": batches
    attempts = []
    real_keys = search.household_keys

    def keys_while_probing(*args):
        attempts.append("free" if write_lock_is_free(db.path) else "locked")
        return real_keys(*args)

    monkeypatch.setattr(search, "household_keys", keys_while_probing)
    assert search.refresh_search_index(db, batch=2) == 3
    assert attempts and set(attempts) == {"free"}
    assert search.dirty_count(db) == 0


def test_a_household_changed_between_computing_and_writing_gets_its_new_keys(dirty_db, monkeypatch):
    db, families = dirty_db
    real_precompute = search._precompute

    def precompute_then_someone_edits(database, ids):
        computed = real_precompute(database, ids)
        con = sqlite3.connect(database.path, isolation_level=None)
        con.execute("UPDATE member SET name = '钱七' WHERE id = ?", (families[0].members[1].id,))
        con.close()
        return computed

    monkeypatch.setattr(search, "_precompute", precompute_then_someone_edits)
    search.refresh_search_index(db)
    monkeypatch.undo()
    assert _found(db, "qq") == {families[0].id}
