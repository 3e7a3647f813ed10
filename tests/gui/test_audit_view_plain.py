"""操作记录 speaks Chinese: actions, record kinds, fields, people and laptops by name, never program keys."""

from __future__ import annotations

from fupin_desktop.gui.county.audit_view import AuditWidget
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import Qt
from tests.gui.visible_text import program_text, visible_texts
from tests.unit.audit_data import LAPTOP_LABEL, make_audit_trail


def test_audit_view_names_actions_records_fields_and_laptops(qtbot, tmp_db):
    make_audit_trail(tmp_db)
    w = AuditWidget(tmp_db, runner=run_inline)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    w.show()
    qtbot.mouseClick(w.apply_button, Qt.MouseButton.LeftButton)
    texts = visible_texts(w)
    joined = "\n".join(texts)
    assert w.model.rowCount() == 7
    for expected in ("同步·处理冲突", "农户 张甲户（甲村）", "联系电话", "改用另一方的值", "农户·修改", "主要致贫原因",
                     f"{LAPTOP_LABEL}（甲村）", "同步·导入数据包", "已整改", "帮扶措施·改变状态", "已完成",
                     "帮扶计划表"):
        assert expected in joined, expected
    assert program_text(w) == []
