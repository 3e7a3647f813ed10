"""What the main window shows while the register is empty: a line and one button for demo data."""

from __future__ import annotations

from fupin_desktop.gui.qt import QLabel, QPushButton, Qt, QVBoxLayout, QWidget, Signal
from fupin_desktop.gui.text_sizes import scaled_font


class EmptyStateWidget(QWidget):
    """“数据库中还没有农户” with a “载入演示数据” button; emits ``demo_requested`` when clicked."""

    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.headline = QLabel(self.tr("数据库中还没有农户"))
        self.headline.setObjectName("emptyStateHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled_font(self.headline, 1.6)  # follows 文字大小

        # One line, no word wrap: a wrapped label inside an aligned layout item gets clipped.
        self.hint = QLabel(self.tr("可以先载入一个演示县，熟悉农户登记、帮扶计划和打印。"))
        self.hint.setObjectName("emptyStateHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.demo_button = QPushButton(self.tr("载入演示数据"))
        self.demo_button.setObjectName("loadDemoButton")
        self.demo_button.setMinimumSize(160, 36)
        self.demo_button.clicked.connect(self.demo_requested)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.headline)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_demo_enabled(self, enabled: bool, reason: str = "") -> None:
        self.demo_button.setEnabled(enabled)
        self.demo_button.setToolTip(reason)
