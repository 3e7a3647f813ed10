"""The fast paths of the roster import give what the plain ones gave.

Batch, column-wise parsing with per-column caches against parsing every cell on its own; the
driver-level inserts against SQLAlchemy's; the workbook opened without openpyxl's size probe;
the garbage collector and SQLite's page cache set back after a bulk job; the search index right
after an import.
"""

from __future__ import annotations

import gc
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet._reader import WorkSheetParser

from fupin_desktop.errors import UserFacingError
from fupin_desktop.io import roster_rows
from fupin_desktop.io.roster_headers import field_spec
from fupin_desktop.io.roster_reader import first_rows, inspect_sheets, iter_data_rows, open_workbook
from fupin_desktop.io.roster_rows import ColumnPlan
from fupin_desktop.io.roster_values import CellError, parse_id, parser_for
from fupin_desktop.services.excel.roster_import import import_roster, preview_roster
from fupin_desktop.services.register.search import search
from fupin_desktop.store.bulk_write import StampedWriter, larger_page_cache, new_row, paused_gc
from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Area, Household, Member, Village
from fupin_desktop.store.stamps import reserve_stamps
from tests.unit.test_roster_import import HEADER, _save, bad_rows, good_rows, ident, person

MONTHS = HEADER.index("务工时间（月）")
HOUSEHOLD_NO = HEADER.index("户编号")


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "bulk.db")
    yield database
    database.close()


def _mixed_rows() -> list[list]:
    """Good and bad rows, cells of several types in one column, blanks and short rows."""
    rows = good_rows() + [r for r, _ in bad_rows()]
    extra = []
    for i, (months, number) in enumerate([(1, "M1"), (True, "M2"), (1.0, 1003), (False, 1003.0), (0, "M5"),
                                          ("1", "M6"), (True, "M7"), (13, "M8"), ("也许", "M9")]):
        row = person(number, f"测{i}", ident(70 + i), "户主", 1, education="初中毕业" if i % 2 else "小学")
        row[MONTHS] = months
        extra.append(row)
    extra.append(person("S1", "短行", ident(90), "户主", 1)[:12])  # trailing cells missing
    extra.append(person("S2", "空格", "   ", "户主", 1, education="  ", health=None))
    return rows + extra + extra  # every value again, so the second time comes from the caches


def _reference(sheet, cells: tuple) -> tuple[dict, list[str], set]:
    """What parsing every cell on its own gives: values, errors in column order, failed fields."""
    values, errors, failed = {}, [], set()
    for key, index in sheet.mapping.field_columns().items():
        spec = field_spec(key)
        label = " ".join(sheet.mapping.headers[index].split()) or spec.label
        raw = cells[index] if index < len(cells) else None
        if raw is None:
            continue
        parse = parse_id if spec.kind == "id" else parser_for(spec.kind, spec.vocab)
        try:
            value = parse(raw, label)
        except CellError as exc:
            errors.append(str(exc))
            failed.add(key)
            continue
        if value is not None:
            values[key] = value
    return values, errors, failed


@pytest.mark.parametrize("batch, limit", [(1, 10_000), (4, 10_000), (500, 10_000), (7, 2)])
def test_batch_parsing_equals_parsing_each_cell(tmp_path, monkeypatch, batch, limit):
    monkeypatch.setattr(roster_rows, "CACHE_LIMIT", limit)
    path = _save(_mixed_rows(), tmp_path / "mixed.xlsx")
    wb = open_workbook(path)
    try:
        sheet = inspect_sheets(wb)[0]
        numbered = list(iter_data_rows(wb, sheet))
    finally:
        wb.close()
    plan = ColumnPlan(sheet)
    parsed = []
    for start in range(0, len(numbered), batch):
        parsed.extend(plan.parse(sheet.name, numbered[start:start + batch]))
    assert [r.row for r in parsed] == [n for n, _ in numbered]
    for row, (number, cells) in zip(parsed, numbered):
        values, errors, failed = _reference(sheet, cells)
        assert (row.values, row.errors, row.failed) == (values, errors, failed), number
        if "id_number" in values and len(values["id_number"]) == 18:
            assert row.id_info is not None and row.id_info.normalized == values["id_number"]
    by_row = {r.row: r for r in parsed}
    first = 4 + len(good_rows()) + len(bad_rows())
    # True == 1 == 1.0 as dictionary keys; a TRUE in a months column is still an error wherever it comes.
    assert by_row[first].values["work_months"] == 1.0 and "work_months" not in by_row[first + 1].values
    assert "work_months" in by_row[first + 1].failed and "work_months" in by_row[first + 1 + 11].failed
    # A list of codes is each row's own.
    health = [r.values["health"] for r in parsed if "health" in r.values]
    assert len({id(h) for h in health}) == len(health)


def test_cached_vocabulary_errors_keep_their_suggestions(db, tmp_path):
    rows = [person(f"V{i}", f"甲{i}", ident(100 + i), "户主", 1, education="初中毕业") for i in range(5)]
    preview = preview_roster(db, _save(rows, tmp_path / "v.xlsx"))
    with pytest.raises(CellError) as direct:
        parser_for("vocab", field_spec("education").vocab)("初中毕业", "文化程度")
    assert "是否为" in str(direct.value)  # the message carries near-miss suggestions
    assert [p.errors for p in preview.rejected] == [[str(direct.value)]] * 5


def _quoted(db, table: str, row_id: str, skip: set[str]) -> dict:
    with db.engine.connect() as conn:
        names = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        kept = [n for n in names if n not in skip]
        values = conn.exec_driver_sql(
            f"SELECT {', '.join(f'quote({n})' for n in kept)} FROM {table} WHERE id = ?", (row_id,)).one()
    return dict(zip(kept, values))


def test_stamped_writer_stores_exactly_what_sqlalchemy_stored(db):
    household = {"household_no": "W1", "head_name": "甲", "size": 2, "relocated": True, "per_capita_income": 5200,
                 "identified_year": 2014, "drinking_water_safe": False}
    member = {"name": "甲", "id_number": ident(1), "birth_date": date(1990, 1, 2), "work_months": 10,
              "medical_insurance": True, "sort_order": 0}
    with db.connect() as conn:
        writer = StampedWriter(conn, [Area, Village, Household, Member], 4)
        village_id = writer.add(Village, new_row(Village, code="410102001201", name="甲村", township_code="410102001000",
                                                   safe_water=True))
        ours = writer.add(Household, household, village_id=village_id)
        our_member = writer.add(Member, member, household_id=ours)
        writer.flush()
        device_id, stamps = reserve_stamps(conn, 2)
        rows = []
        for (seq, hlc), (_model, values) in zip(stamps, [
                (Household, new_row(Household, village_id=village_id, **household)),
                (Member, new_row(Member, **member))]):
            values.update(device_id=device_id, seq=seq, hlc=hlc, origin_hlc=hlc, field_stamps="{}",
                          created_at="2026-01-01T00:00:00", updated_at="2026-01-01T00:00:00", deleted=False)
            rows.append(values)
        rows[1]["household_id"] = rows[0]["id"]
        conn.execute(Household.__table__.insert(), rows[0])
        conn.execute(Member.__table__.insert(), rows[1])
    skip = {"id", "seq", "hlc", "origin_hlc", "created_at", "updated_at", "household_id"}
    assert _quoted(db, "household", ours, skip) == _quoted(db, "household", rows[0]["id"], skip)
    assert _quoted(db, "member", our_member, skip) == _quoted(db, "member", rows[1]["id"], skip)
    stored = _quoted(db, "member", our_member, set())
    assert stored["birth_date"] == "'1990-01-02'" and stored["work_months"] == "10.0"
    assert stored["medical_insurance"] == "1" and stored["deleted"] == "0"


def test_workbook_opens_without_reading_the_whole_sheet_first(tmp_path, monkeypatch):
    path = _save(good_rows(), tmp_path / "g.xlsx")
    # openpyxl's own read-only open probes the sheet size: on a sheet without <dimension> that
    # parses the whole sheet once before the rows are read.
    calls = []
    original = WorkSheetParser.parse_dimensions
    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", lambda self: calls.append(1) or original(self))
    load_workbook(path, read_only=True).close()
    assert calls
    calls.clear()
    [(sheet, rows)] = first_rows(path)
    assert calls == []
    assert sheet.kind == "members" and len(rows) == len(good_rows())


def test_a_wrong_dimension_element_does_not_cut_rows_short(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in good_rows():
        ws.append(r)
    path = tmp_path / "dim.xlsx"
    wb.save(path)
    import zipfile

    patched = tmp_path / "dim2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="', b'<dimension ref="A1:B2" x="', 1)
            dst.writestr(item, data)
    [(_, rows)] = first_rows(patched)
    assert len(rows) == len(good_rows()) and len(rows[0][1]) == len(HEADER)


def test_paused_gc_nests_and_restores():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # was off before: stays off
    finally:
        gc.enable()


def test_collector_runs_again_after_a_failed_preview(db, tmp_path):
    with pytest.raises(UserFacingError):  # the missing file, said in words
        preview_roster(db, tmp_path / "missing.xlsx")
    assert gc.isenabled()


def test_page_cache_is_set_back(db):
    with db.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with larger_page_cache(conn, 12345):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -12345
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before
        with pytest.raises(RuntimeError):
            with larger_page_cache(conn, 4321):
                raise RuntimeError("job failed")
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_imported_households_are_found_by_search(db, tmp_path):
    preview = preview_roster(db, _save(good_rows(), tmp_path / "s.xlsx"))
    import_roster(db, preview)
    hits = search(db, "张大山").hits
    assert [h.head_name for h in hits] == ["张大山"]
    assert [h.household_no for h in search(db, "赵五").hits] == ["H003"]  # a member finds the household
