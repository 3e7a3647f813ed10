"""A figure tile for the dashboard: title, big number, a line under it; clickable when it drills down."""

from __future__ import annotations

from typing import Optional

from fupin_desktop.gui.qt import QFrame, QLabel, QMouseEvent, Qt, QVBoxLayout, QWidget, Signal


class FigureTile(QFrame):
    clicked = Signal(str)  # the metric key

    def __init__(self, metric: str, title: str, clickable: bool = True, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.metric_key = metric
        self.clickable = clickable
        self.setObjectName(f"tile_{metric}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("alert", False)
        self.setStyleSheet(
            "FigureTile { background: palette(base); border: 1px solid #c8d1dc; border-radius: 6px; }"
            "FigureTile[alert=\"true\"] { border: 1px solid #c0392b; }"
            "QLabel#tileValue { font-size: 20pt; font-weight: bold; }"
            "FigureTile[alert=\"true\"] QLabel#tileValue { color: #c0392b; }"
            "QLabel#tileNote { color: #555; }"
        )
        self.title_label = QLabel(title)
        self.value_label = QLabel("—")
        self.value_label.setObjectName("tileValue")
        self.note_label = QLabel("")
        self.note_label.setObjectName("tileNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.note_label)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("单击查看明细农户"))

    def set_figure(self, value: str, note: str = "", alert: bool = False) -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)
        if self.property("alert") != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.metric_key)
        super().mouseReleaseEvent(event)
