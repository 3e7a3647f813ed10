"""A receipt's file is named by the laptop and the import time; two receipts of the same name do not
overwrite each other."""

from __future__ import annotations

from fupin_desktop.sync.receipt import read_receipt, write_receipt
from tests.unit.sync.helpers import VILLAGES, enrol, export_to, make_county, new_site


def test_receipts_of_one_minute_get_their_own_files(tmp_path):
    county, lap = make_county(tmp_path), new_site(tmp_path, "lap")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        enrol(county, lap, [VILLAGES[0]], stick)
        from fupin_desktop.sync.importer import import_package

        report = import_package(county.db, export_to(lap, county, stick / "up.fpkg").path)
        first = write_receipt(county.db, report, stick)
        second = write_receipt(county.db, report, stick)
        assert first != second and first.exists() and second.exists()
        assert first.name.startswith("fupin-receipt-第1村1号电脑-") and second.stem.endswith("-2")
        assert read_receipt(lap.db, second).package_id == report.package_id
    finally:
        county.db.close()
        lap.db.close()
