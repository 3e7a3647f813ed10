"""What the register's tab shows while the database opens: an empty list that says 正在打开…….

Part of the window's first paint (gui.store_loader explains why the store comes later), so it uses
Qt only. ``painted`` is emitted once, after the first time it was drawn: the start-up waits for it
before it starts loading the store, and ``--first-paint`` saves the window then.
"""

from __future__ import annotations

from fupin_desktop.gui.qt import QFrame, QLabel, QPalette, Qt, QVBoxLayout, QWidget, Signal


class LoadingView(QWidget):
    painted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loadingView")
        self._painted = False
        self.list_frame = QFrame(self)  # drawn as the household list's empty viewport
        self.list_frame.setObjectName("loadingList")
        self.list_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.list_frame.setFrameShadow(QFrame.Shadow.Sunken)
        self.list_frame.setBackgroundRole(QPalette.ColorRole.Base)
        self.list_frame.setAutoFillBackground(True)
        self.message = QLabel(self.tr("正在打开……"), self.list_frame)
        self.message.setObjectName("loadingMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        inner = QVBoxLayout(self.list_frame)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list_frame)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def was_painted(self) -> bool:
        return self._painted
