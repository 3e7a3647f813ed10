"""Table models of the register, without a window (no QApplication needed for models)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from fupin_desktop.domain.findings import Finding  # noqa: E402
from fupin_desktop.domain.idnumber import make_id  # noqa: E402
from fupin_desktop.gui.qt import Qt  # noqa: E402
from fupin_desktop.gui.register import household_table_model as htm  # noqa: E402
from fupin_desktop.gui.register.member_table_model import COLUMNS, ERROR_BG, MemberTableModel  # noqa: E402
from fupin_desktop.services.register.query import HouseholdRow  # noqa: E402
from fupin_desktop.services.register.records import new_member  # noqa: E402

DISPLAY = Qt.ItemDataRole.DisplayRole


def row(i: int, **kw) -> HouseholdRow:
    values = dict(id=f"h{i}", village_id="v", village_code="410102001201", village_name="甲村", group_name="第1组",
                  household_no=f"{i:04d}", head_name=f"户主{i}", size=3, phone="", attribute="general",
                  status="not_exited", main_cause="illness", per_capita_income=4321.5, plan_state="", cadre_name="")
    values.update(kw)
    return HouseholdRow(**values)


class Fetcher:
    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, ids):
        self.calls.append(list(ids))
        return [row(int(i[1:])) for i in ids if i != "h13"]  # h13 was deleted meanwhile


def test_rows_are_read_a_page_at_a_time_and_only_when_shown():
    fetch = Fetcher()
    model = htm.HouseholdTableModel(fetch)
    model.set_ids([f"h{i}" for i in range(50_000)])
    assert model.rowCount() == 50_000 and fetch.calls == []
    assert model.data(model.index(0, 3), DISPLAY) == "户主0"
    assert model.data(model.index(htm.PAGE - 1, 3), DISPLAY) == f"户主{htm.PAGE - 1}"
    assert len(fetch.calls) == 1 and len(fetch.calls[0]) == htm.PAGE
    assert model.data(model.index(30_123, 2), DISPLAY) == "30123"
    assert fetch.calls[1][0] == f"h{30_123 // htm.PAGE * htm.PAGE}"
    assert model.data(model.index(13, 3), DISPLAY) == "（已删除）"
    assert model.data(model.index(5, 0), htm.ID_ROLE) == "h5"


def test_the_cache_is_bounded():
    model = htm.HouseholdTableModel(Fetcher())
    model.set_ids([f"h{i}" for i in range(htm.PAGE * (htm.MAX_PAGES + 10))])
    for page in range(htm.MAX_PAGES + 10):
        model.row(page * htm.PAGE)
    assert model.cached_pages() == htm.MAX_PAGES
    model.row(0)  # evicted, read again
    assert model.pages_read == htm.MAX_PAGES + 11


def test_labels_alignment_and_plan_state():
    model = htm.HouseholdTableModel(lambda ids: [row(0, plan_state="confirmed"), row(1)][: len(ids)])
    model.set_ids(["h0", "h1"])
    keys = [key for key, _header in htm.columns()]
    assert model.data(model.index(0, keys.index("attribute")), DISPLAY) == "一般贫困户"
    assert model.data(model.index(0, keys.index("status")), DISPLAY) == "未脱贫"
    assert model.data(model.index(0, keys.index("main_cause")), DISPLAY) == "因病"
    assert model.data(model.index(0, keys.index("per_capita_income")), DISPLAY) == "4,322"
    assert model.data(model.index(0, keys.index("size")), Qt.ItemDataRole.TextAlignmentRole) == htm.RIGHT
    assert model.data(model.index(0, keys.index("plan_state")), DISPLAY) == "已确认"
    assert model.data(model.index(1, keys.index("plan_state")), DISPLAY) == "未制定"


def test_sorting_asks_for_a_new_query_instead_of_sorting_in_python():
    model = htm.HouseholdTableModel(Fetcher())
    asked = []
    model.sort_requested.connect(lambda key, desc: asked.append((key, desc)))
    keys = [key for key, _h in htm.columns()]
    model.sort(keys.index("per_capita_income"), Qt.SortOrder.DescendingOrder)
    model.sort(-1)
    assert asked == [("per_capita_income", True), ("", False)]


def test_refresh_drops_only_the_pages_asked_for():
    fetch = Fetcher()
    model = htm.HouseholdTableModel(fetch)
    model.set_ids([f"h{i}" for i in range(1000)])
    model.row(0)
    model.row(500)
    model.refresh_rows(["h3"])
    assert model.cached_pages() == 1
    assert model.row_of("h999") == 999 and model.row_of("nope") is None


def _member(name, rel="son", **kw):
    return new_member(name=name, relationship=rel, **kw)


def test_member_model_edits_the_draft_in_place_and_derives_from_the_id():
    members = [_member("张三", "head"), _member("李四", "spouse")]
    model = MemberTableModel(members, today=date(2024, 7, 1))
    edited = []
    model.edited.connect(lambda mid, field: edited.append(field))
    col = {field: i for i, (field, _v, _e) in enumerate(COLUMNS)}
    ident = make_id("410102", date(1990, 2, 3), 12)  # even: female
    assert model.setData(model.index(1, col["id_number"]), ident)
    assert members[1].id_number == ident and members[1].sex == "female" and members[1].birth_date == date(1990, 2, 3)
    assert model.data(model.index(1, col["age"]), DISPLAY) == "34"
    assert model.data(model.index(1, col["sex"]), DISPLAY) == "女"
    assert not model.flags(model.index(1, col["sex"])) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(1, col["relationship"])) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(1, col["relationship"]), "daughter")
    assert model.data(model.index(1, col["relationship"]), DISPLAY) == "之女"
    assert not model.setData(model.index(1, col["relationship"]), "daughter")  # unchanged: no signal
    assert edited == ["id_number", "relationship"]


def test_member_model_marks_cells_with_findings():
    members = [_member("张三", "head")]
    model = MemberTableModel(members)
    col = {field: i for i, (field, _v, _e) in enumerate(COLUMNS)}
    model.set_findings([Finding("member.id_invalid", "error", "张三：证件号码有误", member_id=members[0].id,
                                field="id_number")])
    index = model.index(0, col["id_number"])
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == ERROR_BG
    assert "证件号码有误" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, col["name"]), Qt.ItemDataRole.BackgroundRole) is None
    assert model.append(_member("王五")) == 1 and model.rowCount() == 2
    assert model.remove(0).name == "张三" and [m.name for m in members] == ["王五"]
