"""After the county restores a backup, packages already on their way are accepted: addressing follows
the office's key, not the database's device id, and no sequence number the office sends is reused."""

from __future__ import annotations

from fupin_desktop.store.engine import open_database
from fupin_desktop.store.models import Household
from fupin_desktop.sync.backups import make_backup, restore_backup
from fupin_desktop.sync.importer import import_package
from tests.unit.sync.helpers import VILLAGES, edit, enrol, export_to, first, make_county, new_site, ship


def test_a_package_on_its_way_is_accepted_after_the_county_restores(tmp_path):
    county = make_county(tmp_path)
    lap = new_site(tmp_path, "lap")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(county, lap, [VILLAGES[0]], stick)
    backup = make_backup(county.db, tmp_path / "county.fbak")
    # The county works on after its backup, and its changes reach the laptop.
    hid = first(county, Household, village_id=first(lap, Household).village_id).id
    edit(county, Household, hid, note="县里改的")
    ship(county, lap, stick)
    old_device = county.db.device_id

    # The laptop's package leaves for the county, addressed to it...
    edit(lap, Household, first(lap, Household).id, phone="13912345678")
    package = export_to(lap, county, stick).path

    # ...which meanwhile restores its backup (a new device id: its stamps after the backup were sent).
    county.db.close()
    restored = restore_backup(county.path, backup.path)
    assert restored.new_device_id != old_device
    county.db = open_database(county.path)
    report = import_package(county.db, package)
    assert report.status == "imported" and report.changed >= 1
    assert first(county, Household, id=first(lap, Household).id).phone == "13912345678"

    # Nothing the county sends after the restore reuses a (device, seq) it sent before.
    edit(county, Household, hid, note="恢复后又改")
    ship(county, lap, stick)
    again = first(lap, Household, id=hid)
    assert again.note == "恢复后又改"
    assert again.device_id == county.db.device_id != old_device  # stamped (new device, seq): never a reused pair
    county.db.close()
    lap.db.close()
