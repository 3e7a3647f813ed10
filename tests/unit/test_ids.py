"""Record ids: time-ordered UUIDs (version 7), unique across threads."""

import threading
import uuid
from unittest import mock

from fupin_desktop.store.models import base
from fupin_desktop.store.models.base import new_id


def test_ids_are_version_7_uuids_in_creation_order():
    ids = [new_id() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    for ident in ids[:50]:
        assert len(ident) == 32
        parsed = uuid.UUID(ident)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_more_ids_in_one_millisecond_than_the_counter_holds_stay_ordered():
    frozen = 1_900_000_000_000 * 1_000_000  # nanoseconds
    # A private clock state, so the frozen future time does not leak into later tests' ids.
    with mock.patch.object(base, "_id_clock", [0, 0]), mock.patch.object(base.time, "time_ns", return_value=frozen):
        ids = [new_id() for _ in range(0x1000 * 2 + 10)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    # The counter overflowed twice: the clock was borrowed ahead, never moved back.
    assert int(ids[-1][:12], 16) - int(ids[0][:12], 16) >= 2


def test_ids_from_many_threads_never_collide():
    out: list[list[str]] = [[] for _ in range(4)]

    def work(slot):
        out[slot].extend(new_id() for _ in range(3000))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [i for chunk in out for i in chunk]
    assert len(set(everything)) == len(everything)
    for chunk in out:
        assert chunk == sorted(chunk)
