"""The data store: settings at open, refusal of damaged/newer files, migrations, stamping."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from fupin_desktop.errors import DatabaseDamaged, DatabaseTooNew
from fupin_desktop.store import migrations
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.hlc import parse_hlc
from fupin_desktop.store.models import Household, Village

V1_SQL = Path(migrations.__file__).parent / "schema_history" / "v1.sql"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted((r[1], r[2], r[3], r[5]) for r in con.execute(f"PRAGMA table_info('{t}')")) for t in tables}
    finally:
        con.close()


def test_pragmas_at_open(tmp_path):
    db = open_database(tmp_path / "a.db")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrations.CURRENT_VERSION


def test_damaged_file_is_refused_untouched(tmp_path):
    path = tmp_path / "bad.db"
    db = open_database(path)
    with db.transaction() as s:
        s.add(Village(code="410122100201", name="甲村", township_code="410122100000"))
    db.close()
    data = bytearray(path.read_bytes())
    # Break the b-tree header of every page after the first.
    for page_start in range(4096, len(data), 4096):
        data[page_start: page_start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(DatabaseDamaged) as err:
        open_database(path)
    assert "损坏" in str(err.value)
    assert _sha(path) == before


def test_not_a_database(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.commit()
    con.close()
    before = _sha(path)
    with pytest.raises(DatabaseTooNew) as err:
        open_database(path)
    assert "较新版本" in str(err.value)
    assert _sha(path) == before


def test_version_1_file_upgrades_to_current(tmp_path):
    old = tmp_path / "old.db"
    con = sqlite3.connect(old)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.execute("INSERT INTO device_state (id, device_id, seq, hlc_wall_ms, hlc_counter) VALUES (1, 'olddevice', 5, 0, 0)")
    con.execute(
        "INSERT INTO village (id, device_id, seq, hlc, origin_hlc, field_stamps, deleted, created_at, updated_at, code, name,"
        " township_code, is_poverty_village, road_hardened, bus_service, safe_water, electricity, broadcast_tv,"
        " culture_center, clinic_doctor, broadband, collective_income, note)"
        " VALUES ('v1', 'olddevice', 1, '', '', '{}', 0, '', '', '410122100201', '老村', '410122100000', 1,"
        " 1, 1, 1, 1, 1, 1, 1, 1, 0, '')"
    )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()

    db = open_database(old)
    with db.session() as s:
        assert s.get(Village, "v1").name == "老村"
    assert db.device_id == "olddevice"
    db.close()

    fresh = tmp_path / "fresh.db"
    open_database(fresh).close()
    assert _schema(old) == _schema(fresh), "a migration step is missing for a model change"
    if migrations.CURRENT_VERSION > 1:
        backups = list((tmp_path / "backups").glob("old-pre-migration-v1-*.db"))
        assert backups, "no backup copy was made before migrating"


def test_writes_are_stamped_per_field(tmp_path):
    db = open_database(tmp_path / "s.db")
    with db.transaction() as s:
        v = Village(code="410122100201", name="甲村", township_code="410122100000")
        s.add(v)
        s.flush()
        h = Household(village_id=v.id, head_name="张三")
        s.add(h)
    assert h.device_id == db.device_id and h.seq > 0
    assert h.origin_hlc == h.hlc and json.loads(h.field_stamps) == {}
    first = h.hlc
    with db.transaction() as s:
        h2 = s.get(Household, h.id)
        h2.head_name = "张三丰"
    with db.session() as s:
        h3 = s.get(Household, h.id)
        stamps = json.loads(h3.field_stamps)
        assert set(stamps) == {"head_name"}
        assert h3.hlc > first and stamps["head_name"] == h3.hlc
        assert parse_hlc(h3.hlc).device_id == db.device_id
        assert h3.seq > h.seq


def test_rollback_leaves_nothing(tmp_path):
    db = open_database(tmp_path / "r.db")
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.add(Village(code="410122100201", name="甲村", township_code="410122100000"))
            s.flush()
            raise RuntimeError("boom")
    with db.session() as s:
        assert s.exec(select(Village)).all() == []


def test_hard_delete_of_synced_rows_is_refused(tmp_path):
    db = open_database(tmp_path / "d.db")
    with db.transaction() as s:
        v = Village(code="410122100201", name="甲村", township_code="410122100000")
        s.add(v)
    with pytest.raises(RuntimeError, match="tombstoned"):
        with db.transaction() as s:
            s.delete(s.get(Village, v.id))
