"""What the main window shows while the register is empty: the ways to begin, as buttons.

Each button is bound to the QAction its menu uses (文件 › 新增村, 导入花名册, 同步 › 导入同步包,
载入演示数据): it triggers that action and follows its text, enabled state and visibility, so what a
button does and when it can be pressed is decided in one place, the menu's.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from fupin_desktop.gui.qt import QAction, QGridLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from fupin_desktop.gui.text_sizes import scaled_font


def button_text(action: QAction) -> str:
    """The menu's text without its mnemonic ("(&V)", "&") and trailing "…"."""
    return re.sub(r"\(&.\)|&(?=[^&])", "", action.text()).rstrip(".…").strip()


def _is_county(db) -> bool:
    from fupin_desktop.services.setup.settings import ROLE_COUNTY, role

    return role(db) == ROLE_COUNTY


class ActionButton(QPushButton):
    """A push button that is a second face of ``action``: clicking it (or Enter while it has focus)
    triggers the action; the action's text, enabled state and visibility are the button's."""

    def __init__(self, action: QAction, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.action = action
        self.explanation: Optional[QLabel] = None  # hides with the button
        self.setAutoDefault(True)  # Enter/Return on the focused button presses it (outside a dialog too)
        self.clicked.connect(lambda _checked=False: action.trigger())
        action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        self.setText(button_text(self.action))
        self.setEnabled(self.action.isEnabled())
        self.setVisible(self.action.isVisible())
        if self.explanation is not None:
            self.explanation.setVisible(self.action.isVisible())

    def unbind(self) -> None:
        self.action.changed.disconnect(self._follow)


class EmptyStateWidget(QWidget):
    """“数据库中还没有农户”, then one row per way to begin: the action's button and a line saying when to
    choose it. The window decides which actions (:meth:`offer`); ``demo_button`` is 载入演示数据's."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.headline = QLabel(self.tr("数据库中还没有农户"))
        self.headline.setObjectName("emptyStateHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled_font(self.headline, 1.6)  # follows 文字大小

        # One line, no word wrap: a wrapped label inside an aligned layout item gets clipped.
        self.hint = QLabel(self.tr("请选择一种方式开始："))
        self.hint.setObjectName("emptyStateHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.choices = QWidget(self)
        self.choices.setObjectName("emptyStateChoices")
        self.grid = QGridLayout(self.choices)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        self.buttons: list[ActionButton] = []
        self.explanations: list[QLabel] = []
        self.demo_button: Optional[ActionButton] = None
        self._offered: list[QAction] = []

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.headline)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addWidget(self.choices, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def offer_ways_to_begin(self, window, reason: str = "") -> None:
        """The main window's ways to begin for its role: a village laptop starts with its village (or
        its roster, or the county's package); the county with the villages' rosters and packages."""
        menus = window.menus.actions
        sync = window.sync_actions.actions if window.sync_actions is not None else {}
        county = window.db is not None and _is_county(window.db)
        ways: list[tuple[Optional[QAction], str]]
        if county:
            roster = window.county_actions.actions["import"] if window.county_actions is not None else None
            ways = [(roster, self.tr("各村的 Excel 花名册：对应好各列后，检查并导入。")),
                    (sync.get("import"), self.tr("村里电脑送来的同步包（U盘上的 .fpkg 文件）。")),
                    (menus["new_village"], self.tr("在本机建村，再逐户新增农户。"))]
        else:
            ways = [(menus["new_village"], self.tr("先建本村，再逐户新增农户。")),
                    (menus["import_roster"], self.tr("已有 Excel 花名册：对应好各列后，检查并导入。")),
                    (sync.get("import"), self.tr("县里发来的同步包（U盘上的 .fpkg 文件）。"))]
        ways.append((menus["load_demo"], self.tr("先用一个演示县试一试：农户登记、帮扶计划和打印。")))
        # 同步 and 县级 come a moment after the register (MainWindow._install_hooks): their buttons then.
        self.offer([(action, text) for action, text in ways if action is not None], menus["load_demo"], reason)

    def offer(self, ways: Sequence[tuple[QAction, str]], demo: Optional[QAction] = None, reason: str = "") -> None:
        """Show a button per (action, explanation), in that order; ``demo`` is the one ``demo_button``
        names. ``reason`` is the tooltip of buttons that cannot be pressed (the database is not open)."""
        actions = [action for action, _text in ways]
        if actions != self._offered:
            self._rebuild(actions)
        for button, label, (_action, text) in zip(self.buttons, self.explanations, ways):
            label.setText(text)
            button.setToolTip(reason)
        self.demo_button = next((b for b in self.buttons if b.action is demo), None)

    def _rebuild(self, actions: list[QAction]) -> None:
        for button in self.buttons:
            button.unbind()
        for widget in self.buttons + self.explanations:
            self.grid.removeWidget(widget)
            widget.hide()  # a child until deleted: it would still be painted where it was
            widget.deleteLater()
        self.buttons, self.explanations = [], []
        for row, action in enumerate(actions):
            button = ActionButton(action, self.choices)
            button.setObjectName(f"start_{action.objectName()}")
            button.setMinimumHeight(36)
            label = QLabel(self.choices)
            label.setBuddy(button)
            button.explanation = label
            button._follow()
            self.grid.addWidget(button, row, 0)
            self.grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.buttons.append(button)
            self.explanations.append(label)
        for first, second in zip(self.buttons, self.buttons[1:]):  # Tab goes top to bottom
            QWidget.setTabOrder(first, second)
        self._offered = actions
