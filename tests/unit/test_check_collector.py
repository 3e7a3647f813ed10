"""`fupin check` pauses Python's cyclic garbage collector while it builds its records (issue 14:
county-scale speed) and leaves it as it found it, also when a check fails."""

from __future__ import annotations

import gc

import pytest

from fupin_desktop.services.register import checks
from fupin_desktop.services.register.checks import check_register
from fupin_desktop.store.engine import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "c.db")
    yield database
    database.close()


def test_collector_paused_during_the_check_and_restored(db, monkeypatch):
    seen = []
    monkeypatch.setattr(checks, "EXTRA_CHECKS", [lambda _db, _ctx: (seen.append(gc.isenabled()), ([], {}))[1]])
    assert gc.isenabled()
    check_register(db)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        check_register(db)
        assert not gc.isenabled()  # a caller that had paused it keeps it paused
    finally:
        gc.enable()


def test_collector_restored_when_a_check_fails(db, monkeypatch):
    def broken(_db, _ctx):
        raise RuntimeError("boom")

    monkeypatch.setattr(checks, "EXTRA_CHECKS", [broken])
    with pytest.raises(RuntimeError):
        check_register(db)
    assert gc.isenabled()
