"""Every way 导入同步包 can refuse a package, by clicks (选好文件, 预览), says why in the interface language
only: in Chinese no English gist "(package is addressed to another installation)", no exception text, table
or column names, record ids or key fingerprints; in English the gist first, then the Chinese. The same for
the database's own refusals (busy, disk full, damaged, too new, write-protected stick), for 从备份恢复 and
for 查看县里的回执. The technical detail stays in the error for the log and the command line."""

from __future__ import annotations

import json
import os
import re
import sqlite3

import pytest

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QMessageBox, QPushButton, Qt
from fupin_desktop.gui.sync import install_sync_actions
from fupin_desktop.gui.sync.backup_dialogs import RestoreDialog
from fupin_desktop.gui.sync.import_dialog import ImportDialog
from fupin_desktop.services.sync import facade as sync_service
from fupin_desktop.store import engine
from fupin_desktop.store.driver_errors import named_database_error
from fupin_desktop.store.medium import medium_problem
from fupin_desktop.store.migrations import CURRENT_VERSION
from fupin_desktop.store.models import Household, Village
from fupin_desktop.sync.exporter import export_package, targets_from_county
from fupin_desktop.sync.keys import DeviceKeys, make_join_request, read_join_request
from fupin_desktop.sync.trust import revoke, trusted_keys
from tests.gui.register_support import keep
from tests.gui.screen_text import assert_plain
from tests.unit.sync.helpers import VILLAGES, edit, enrol, export_to, first, make_county, new_site, repack, unpack
from tests.unit.sync.test_adversarial import _part, crafted

LEFT = Qt.MouseButton.LeftButton
V1, V2 = VILLAGES


@pytest.fixture
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("errors")  # the test's own folder name is snake_case: no key on screen
    county, lap = make_county(tmp), new_site(tmp, "lap")
    stick = tmp / "stick"
    stick.mkdir()
    enrol(county, lap, [V1], stick)
    edit(lap, Household, first(lap, Household, village_id=first(lap, Village, code=V1).id).id, phone="13800000000")
    good = export_to(lap, county, stick / "good.fpkg").path
    yield county, lap, stick, good, tmp
    county.db.close()
    lap.db.close()


def english_left(text: str, tmp) -> list[str]:
    """English words in a Chinese message, once the paths of this test's files are taken out."""
    text = text.replace(str(tmp), "").replace("SHA-256", "")
    text = re.sub(r"[\w/.\\-]+\.(?:fpkg|fbak|json|jsonl|db)\b", "", text)
    return re.findall(r"[A-Za-z]{3,}", text)


def refusal_shown(qtbot, site, path, monkeypatch) -> tuple[ImportDialog, str]:
    """导入同步包, 选择文件… (the file dialog answered with ``path``), 预览: the summary."""
    dialog = keep(qtbot, ImportDialog(site.db, runner=run_inline, drives=lambda: []))
    dialog.show()
    monkeypatch.setattr(file_dialogs, "ask_open_file_name", staticmethod(lambda *a, **k: (str(path), "")))
    [browse] = [b for b in dialog.findChildren(QPushButton) if b.text().endswith("…")]
    qtbot.mouseClick(browse, LEFT)
    assert dialog.path_edit.text() == str(path)
    qtbot.mouseClick(dialog.preview_button, LEFT)
    return dialog, dialog.summary.text()


def package_cases(world) -> dict[str, tuple[object, str]]:
    """code -> (package file, words the Chinese refusal must hold)."""
    county, lap, stick, good, tmp = world
    data = good.read_bytes()
    (stick / "cut.fpkg").write_bytes(data[: len(data) // 2])
    (stick / "photo.fpkg").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    flipped = bytearray(data)
    flipped[-10] ^= 0x01
    (stick / "flip.fpkg").write_bytes(bytes(flipped))
    (stick / "future.fpkg").write_bytes(data.replace(b"FPKG/1 ", b"FPKG/9 ", 1))
    stranger = DeviceKeys.generate()
    manifest, members = unpack(good, county.keys)
    manifest["sender"].update(fingerprint=stranger.fingerprint, signing_key=stranger.public.signing_key,
                              age_recipient=stranger.public.age_recipient)
    unknown = repack(stick / "stranger.fpkg", manifest, members, stranger, county.keys)
    manifest, members = unpack(good, county.keys)
    forged = repack(stick / "forged.fpkg", manifest, members, DeviceKeys.generate(), county.keys)

    def household_row(value_of):
        def mutate(manifest, members):
            part = next(p for p in manifest["parts"] if p["table"] == "household")
            i = _part(members, "household")
            row = json.loads(members[i][1].splitlines()[0])
            value_of(part["columns"], row)
            members[i] = (members[i][0], json.dumps(row, ensure_ascii=False).encode() + b"\n")
        return mutate

    def dangling(columns, row):
        row[columns.index("id")] = "f" * 32
        row[columns.index("responsible_cadre_id")] = "e" * 32

    def append_dangling(manifest, members):
        i = _part(members, "household")
        part = next(p for p in manifest["parts"] if p["table"] == "household")
        row = json.loads(members[i][1].splitlines()[0])
        dangling(part["columns"], row)
        members[i] = (members[i][0], members[i][1] + json.dumps(row, ensure_ascii=False).encode() + b"\n")

    def twice(manifest, members):
        i = _part(members, "household")
        members[i] = (members[i][0], members[i][1] + members[i][1])

    def more_records(manifest, members):
        for part in manifest["parts"]:
            part["records"] += 1

    v2 = first(lap, Village, code=V2)
    with lap.db.transaction() as s:
        s.add(Household(village_id=v2.id, head_name="越权新增"))
    scope = export_to(lap, county, stick / "scope.fpkg").path
    return {
        "incomplete": (stick / "cut.fpkg", "不完整"),
        "not_a_package": (stick / "photo.fpkg", "不是扶贫帮扶的同步包"),
        "damaged": (stick / "flip.fpkg", "已损坏"),
        "too_new": (stick / "future.fpkg", "较新版本"),
        "unknown_signer": (unknown, "不认识的电脑"),
        "bad_signature": (forged, "签名不符"),
        "hash_mismatch": (crafted(world[:4], lambda m, ms: ms.__setitem__(_part(ms, "household"), (
            ms[_part(ms, "household")][0], ms[_part(ms, "household")][1].replace(b"1380", b"1390"))), "a.fpkg",
            fix_parts=False), "“农户”数据的校验值"),
        "count_mismatch": (crafted(world[:4], more_records, "b.fpkg", fix_parts=False), "记录数"),
        "undeclared_member": (crafted(world[:4], lambda m, ms: ms + [("readme.txt", b"hi")], "c.fpkg"), "不允许的文件"),
        "path_traversal": (crafted(world[:4], lambda m, ms: ms + [("../x.jsonl", b"")], "d.fpkg"), "非法路径"),
        "malformed_json": (crafted(world[:4], lambda m, ms: ms.__setitem__(_part(ms, "household"), (
            ms[_part(ms, "household")][0], b'["not closed"\n')), "e.fpkg"), "“农户”数据第 1 行格式无效"),
        "invalid_row": (crafted(world[:4], household_row(
            lambda columns, row: row.__setitem__(columns.index("military_family"), "yes")), "f.fpkg"),
            "“农户”数据第 1 行数据无效"),
        "schema_too_new": (crafted(world[:4], lambda m, ms: m.__setitem__("schema_version", CURRENT_VERSION + 1),
                                   "g.fpkg"), str(CURRENT_VERSION + 1)),
        "missing_parent": (crafted(world[:4], append_dangling, "h.fpkg"), "不存在"),
        "duplicate_record": (crafted(world[:4], twice, "i.fpkg"), "有重复的记录编号"),
        "out_of_scope": (scope, "以外的农户记录"),
    }


def test_every_package_refusal_is_plain_in_the_interface_language(qtbot, world, lang, tmp_path, monkeypatch):
    county, lap, stick, good, tmp = world
    shown = {}
    cases = package_cases(world)
    other = new_site(tmp_path, "other")  # an office none of whose keys the package is sealed to
    cases_other = {"not_for_us": (other, good, "不是发给本机")}
    rogue = make_county(tmp_path / "rogue")  # a laptop gets a package from a county it did not join
    request = read_join_request(make_join_request(lap.keys, lap.db.device_id, "lap", "", ""))
    [target] = targets_from_county(rogue.db, [V1], join_request=request)
    cases_other["second_county"] = (lap, export_package(rogue.db, stick, target).path, "另一个县级密钥")
    try:
        walk = [(code, county, path, words) for code, (path, words) in cases.items()]
        walk += [(code, site, path, words) for code, (site, path, words) in cases_other.items()]
        [key] = [k for k in trusted_keys(county.db) if k.role == "laptop"]
        for code, site, path, words in walk:
            dialog, text = refusal_shown(qtbot, site, path, monkeypatch)
            shown[code] = text
            assert text.startswith("未导入") or "Not imported" in text or "未导入" in text, (code, text)
            if lang == "zh_CN":
                assert words in text, (code, text)
                assert not english_left(text, tmp), (code, text)  # it said "(package is addressed to …)"
            else:
                assert re.search(r"[A-Za-z]{4,}", text.split("\n")[0]), (code, text)  # the English gist first
            for secret in (lap.keys.fingerprint, county.keys.fingerprint, other.keys.fingerprint,
                           rogue.keys.fingerprint, lap.db.device_id, county.db.device_id):
                assert secret not in text, (code, text)
            assert_plain(dialog, f"同步 › 导入同步包 ({code})", codes=lang == "zh_CN")
        revoke(county.db, key.fingerprint)  # last: the county revoked the laptop whose package this is
        dialog, text = refusal_shown(qtbot, county, good, monkeypatch)
        assert key.fingerprint not in text, text
        if lang == "zh_CN":
            assert "“第1村1号电脑”的密钥已被吊销" in text and not english_left(text, tmp), text
        assert_plain(dialog, "同步 › 导入同步包 (revoked)", codes=lang == "zh_CN")
    finally:
        other.db.close()
        rogue.db.close()
    assert len(set(shown.values())) == len(shown)  # each kind says its own thing


def store_errors(tmp):
    """The database's and the medium's refusals as their own code makes them."""
    class Driver(Exception):
        def __init__(self, message):
            super().__init__(message)
            self.orig = sqlite3.OperationalError(message)
    return {
        "busy": engine._busy_error(),
        "disk_full": named_database_error(Driver("database or disk is full")),
        "read_only": named_database_error(Driver("attempt to write a readonly database")),
        "io": named_database_error(Driver("disk I/O error")),
        "damaged": engine._damaged_error(tmp / "county.db", ["*** in database main ***", "Page 7: btreeInitPage() error"]),
        "protected": medium_problem(PermissionError(13, "Permission denied"), tmp / "甲村.fpkg"),
    }


def test_database_refusals_are_plain_in_the_interface_language(qtbot, world, lang, monkeypatch):
    county, lap, stick, good, tmp = world
    for name, error in store_errors(tmp).items():
        monkeypatch.setattr(sync_service, "import_file", lambda *a, _e=error, **k: (_ for _ in ()).throw(_e))
        dialog, text = refusal_shown(qtbot, county, good, monkeypatch)
        if lang == "zh_CN":
            assert error.zh in text and not english_left(text, tmp), (name, text)
            assert error.en not in text and (not error.detail or error.detail not in text), (name, text)
        else:
            assert error.en in text and error.zh in text, (name, text)
        assert_plain(dialog, f"同步 › 导入同步包 ({name})", codes=lang == "zh_CN")


def test_restore_and_receipt_refusals_are_plain(qtbot, world, lang, monkeypatch, caplog):
    county, lap, stick, good, tmp = world
    (stick / "broken.fbak").write_bytes(b"FPKG/1 {\"kind\":\"backup\"}\n" + os.urandom(64))
    (stick / "fupin-receipt-abc123.json").write_text("{not json", encoding="utf-8")
    win = keep(qtbot, MainWindow(lap.path, db=lap.db, runner=run_inline))
    actions = install_sync_actions(win, lap.db, runner=run_inline, drives=lambda: [], daily_backup=False)

    monkeypatch.setattr(file_dialogs, "ask_open_file_name",
                        staticmethod(lambda *a, **k: (str(stick / "broken.fbak"), "")))
    actions.actions["restore"].trigger()
    dialog = next(d for d in actions.dialogs if isinstance(d, RestoreDialog) and d.isVisible())
    qtbot.addWidget(dialog)
    browse = next(b for b in dialog.findChildren(type(dialog.inspect_button)) if b.text() in ("选择备份文件…",
                                                                                          "Choose backup file…"))
    qtbot.mouseClick(browse, LEFT)
    qtbot.mouseClick(dialog.inspect_button, LEFT)
    text = dialog.details.text()
    assert text, "no refusal shown"
    if lang == "zh_CN":
        assert "说明行已损坏" in text and not english_left(text, tmp), text  # it said "(damaged envelope line: …)"
    assert_plain(dialog, "同步 › 从备份恢复", codes=lang == "zh_CN")

    monkeypatch.setattr(file_dialogs, "ask_open_file_name",
                        staticmethod(lambda *a, **k: (str(stick / "fupin-receipt-abc123.json"), "")))
    actions.actions["receipt"].trigger()
    box = next(d for d in actions.dialogs if isinstance(d, QMessageBox) and d.isVisible())
    qtbot.addWidget(box)
    if lang == "zh_CN":
        assert "回执文件无效或已损坏" in box.text() and not english_left(box.text(), tmp), box.text()
    assert "Expecting" not in box.text(), box.text()  # the parser's words are for the log
    assert "Expecting property name" in caplog.text and "invalid receipt" in caplog.text
    assert_plain(box, "同步 › 查看县里的回执", codes=lang == "zh_CN")


def test_a_conflict_decision_that_does_not_fit_says_why_plainly(qtbot, world, lang, monkeypatch):
    """同步 › 冲突处理, 输入新值… with a number typed in words: the refusal names the field by its label."""
    from fupin_desktop.gui.qt import QInputDialog
    from tests.gui.register_support import Answers
    from tests.unit.sync.helpers import ship

    county, lap, stick, good, tmp = world
    h = first(lap, Household, village_id=first(lap, Village, code=V1).id)
    edit(lap, Household, h.id, size=3)
    edit(county, Household, h.id, size=5)
    ship(lap, county, stick)
    win = keep(qtbot, MainWindow(county.path, db=county.db, runner=run_inline))
    actions = install_sync_actions(win, county.db, runner=run_inline, drives=lambda: [], daily_backup=False)
    actions.actions["conflicts"].trigger()
    view = actions.views["conflicts"]
    assert view.model.rowCount() == 1
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=view.table.visualRect(view.proxy.index(0, 0)).center())
    assert view.new_value.isEnabled()
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("三口", True)))
    qtbot.mouseClick(view.new_value, LEFT)
    [warned] = answers.warned
    if lang == "zh_CN":
        assert warned == "“三口” 不是有效的家庭人口", warned  # it said "… (invalid value '三口')"
    else:
        assert warned.startswith("“三口” is not a valid value\n"), warned
    assert "size" not in warned and "'" not in warned, warned
    assert first(county, Household, id=h.id).size == 5
