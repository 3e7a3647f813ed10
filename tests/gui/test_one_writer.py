"""Background jobs and the database: writes wait for another writer, failures are seen, close waits."""

from __future__ import annotations

import threading
import time

from fupin_desktop.gui import operations
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.qt import Qt, QTimer
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.services.register.records import load_household, new_household
from tests.gui.register_support import keep, members_via_dialog, village
from tests.gui.test_register_form import THREE, TODAY, fill_household
from tests.write_lock import hold_write_lock

HOLD_SECONDS = 3.0


def test_a_save_waits_for_another_writer_and_succeeds(qtbot, tmp_db, monkeypatch):
    vid = village(tmp_db)
    form = HouseholdFormDialog(tmp_db, new_household(vid, group_name="第1组", household_no="0001"), TODAY)
    keep(qtbot, form)
    form.show()
    members_via_dialog(monkeypatch, qtbot, THREE[:2])
    for _ in THREE[:2]:
        qtbot.mouseClick(form.ui.addMemberButton, Qt.MouseButton.LeftButton)
    fill_household(form)
    holder = hold_write_lock(tmp_db.path, HOLD_SECONDS)
    ticks = []
    clock = QTimer()
    clock.timeout.connect(lambda: ticks.append(1))
    clock.start(100)
    began = time.monotonic()
    with qtbot.waitSignal(form.saved, timeout=int(HOLD_SECONDS * 1000) + 10_000):
        qtbot.keyClick(form.ui.phoneEdit, Qt.Key.Key_Return)
    clock.stop()
    holder.join()
    assert time.monotonic() - began >= HOLD_SECONDS * 0.5
    # The save waited on the writer thread: the GUI thread kept running its timers (and painting).
    assert len(ticks) >= HOLD_SECONDS * 5 * 0.5, ticks
    assert [m.name for m in load_household(tmp_db, form.draft.id).members] == ["张三", "李四"]


def test_a_failed_background_job_is_shown_in_the_status_bar(qtbot, tmp_db_path):
    from fupin_desktop.store.engine import open_database

    db = open_database(tmp_db_path)
    window = MainWindow(tmp_db_path, db=db, settings=None, log_path=None)
    qtbot.addWidget(window)
    try:
        def work(progress, cancelled):
            raise RuntimeError("磁盘坏了")

        op = operations.run_write(work)
        qtbot.waitUntil(lambda: op.done, timeout=5000)
        assert "后台任务失败" in window.statusBar().currentMessage()
        assert "磁盘坏了" in window.statusBar().currentMessage()
    finally:
        window.close()
        db.close()


def test_closing_the_window_waits_for_running_jobs(qtbot, tmp_db_path):
    from fupin_desktop.store.engine import open_database

    db = open_database(tmp_db_path)
    window = MainWindow(tmp_db_path, db=db, settings=None, log_path=None)
    qtbot.addWidget(window)
    finished = threading.Event()

    def slow_write(progress, cancelled):
        for _ in range(20):
            if cancelled():
                break
            time.sleep(0.05)
        from fupin_desktop.services.setup.settings import set_setting

        set_setting(db, "probe", "done")
        finished.set()

    operations.run_write(slow_write)
    window.close()
    assert finished.is_set()  # the job ended before close returned, so the database may close now
    db.close()


def test_search_refreshes_run_one_at_a_time(qtbot, tmp_db_path, monkeypatch):
    from fupin_desktop.services.register import search
    from fupin_desktop.store.engine import open_database

    db = open_database(tmp_db_path)
    village(db)
    window = MainWindow(tmp_db_path, db=db, settings=None, log_path=None)
    qtbot.addWidget(window)
    active, peak, calls = [0], [0], []

    def slow_refresh(database, progress=None):
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        calls.append(1)
        time.sleep(0.3)
        active[0] -= 1
        return 0

    monkeypatch.setattr(search, "refresh_search_index", slow_refresh)
    monkeypatch.setattr(search, "dirty_count", lambda database: 1)
    try:
        for _ in range(5):
            window._refresh_search_index()
        qtbot.waitUntil(lambda: not window._search_refresh_running, timeout=10_000)
        assert peak[0] == 1
        assert 1 <= len(calls) <= 2  # five requests coalesced: the running one and one more
    finally:
        window.close()
        db.close()


def test_deleting_several_households_is_one_transaction(tmp_db, monkeypatch):
    from fupin_desktop.services.register import save as register
    from fupin_desktop.store.models import Household
    from tests.unit.register_data import add_family

    vid = village(tmp_db)
    first = add_family(tmp_db, vid, head="张三", number="0001", seq=11)
    second = add_family(tmp_db, vid, head="王五", number="0002", seq=21)
    real = register.record_event
    calls = []

    def fail_on_the_second(session, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return real(session, *args, **kwargs)

    monkeypatch.setattr(register, "record_event", fail_on_the_second)
    try:
        register.delete_households(tmp_db, [first.id, second.id])
    except RuntimeError:
        pass
    with tmp_db.read() as session:
        deleted = {h.id: h.deleted for h in (session.get(Household, first.id), session.get(Household, second.id))}
    assert deleted == {first.id: False, second.id: False}  # all or none
    assert len(calls) == 2
