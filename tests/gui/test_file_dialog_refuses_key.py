"""No save dialog writes over this installation's device key (keys/<database>.key beside the database):
an export saved there destroyed the keys, and the laptop could no longer sign or open packages.
Driven as in test_file_dialog_refuses_database: the menu item, Qt's own dialog, the name typed, Enter."""

from __future__ import annotations

from fupin_desktop.sync.keys import key_file_for, load_device_keys
from tests.gui.test_file_dialog_refuses_database import county_window, households, person, start_in  # noqa: F401


def test_an_excel_export_typed_over_the_device_key_is_refused_and_the_dialog_stays(qtbot, tmp_db, person):
    window = county_window(qtbot, tmp_db)
    load_device_keys(tmp_db.path)  # the installation's keys, as after its first package
    key = key_file_for(tmp_db.path)
    before = key.read_bytes()
    folder = tmp_db.path.parent
    start_in(folder)
    answers = person([f"{key.parent.name}/{key.name}", "农户花名册.xlsx"])
    window.county_actions.actions["export_register"].trigger()
    answers.wait()

    refusals = [m for m in answers.messages if "密钥文件" in m]
    assert len(refusals) == 1, answers.messages
    assert key.name in refusals[0] and "请换一个文件名" in refusals[0]
    assert answers.under[0] is answers.dialogs[0]  # the dialog stayed open under the refusal
    assert len(set(map(id, answers.dialogs))) == 1  # and took the next name itself
    assert key.read_bytes() == before
    assert (folder / "农户花名册.xlsx").stat().st_size > 0
    assert not answers.left_open
    assert households(tmp_db) > 0
