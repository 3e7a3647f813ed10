"""gui.after_paint: work that may wait starts once the screen a person waits for has been painted."""

from __future__ import annotations

from fupin_desktop.gui import after_paint
from fupin_desktop.gui.after_paint import call_after_paint
from fupin_desktop.gui.qt import QApplication, QLabel


def test_runs_once_after_the_next_paint(qtbot):
    label = QLabel("户主")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    calls = []
    call_after_paint(label, lambda: calls.append(label.isVisible()))
    assert calls == []  # not before the paint
    label.repaint()
    assert calls == []  # nor during it: right after, from the event loop
    qtbot.waitUntil(lambda: calls == [True], timeout=1000)
    label.repaint()
    QApplication.processEvents()
    assert calls == [True]  # once


def test_runs_at_once_for_a_widget_not_on_screen(qtbot):
    label = QLabel("户主")
    qtbot.addWidget(label)
    calls = []
    call_after_paint(label, lambda: calls.append(1))
    assert calls == [1]


def test_runs_anyway_when_no_paint_comes(qtbot, monkeypatch):
    monkeypatch.setattr(after_paint, "FALLBACK_MS", 50)
    label = QLabel("户主")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    QApplication.processEvents()
    label.setUpdatesEnabled(False)  # as a covered or minimised window: nothing is painted
    calls = []
    call_after_paint(label, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1], timeout=1000)
