"""The member dialog opens tall enough for its fields on a 1366×768 laptop at 标准 text.

Walkthrough: 添加成员 opened 820×520 and the last field, 联系电话, sat half under the bottom edge
behind a scroll bar, with 250 px of the screen unused.
"""

from __future__ import annotations

from fupin_desktop.gui.register.member_dialog import MemberDialog
from fupin_desktop.gui.scroll_fit import FitScrollArea
from fupin_desktop.services.register.records import new_member
from tests.gui.register_support import keep


def test_every_field_is_in_view_without_scrolling(qtbot):
    dialog = keep(qtbot, MemberDialog(new_member(relationship="head")))
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.findChild(FitScrollArea)
    qtbot.wait(20)
    assert area.verticalScrollBar().maximum() == 0  # nothing below the edge
    phone = dialog.ui.phoneEdit
    bottom = phone.mapTo(area.viewport(), phone.rect().bottomLeft()).y()
    assert bottom <= area.viewport().height(), (bottom, area.viewport().height())
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
