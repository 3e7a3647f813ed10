"""文字大小 (issue 14 §6): in every size of resources/ui/text_sizes.yaml the main window (village and
county role), the household form, the member dialog, 设置 and the plan wizard's first page fit a
1366×768 laptop with no label, button, check box or radio button text cut; 特大 is at least 18 px;
and choosing 特大 in 设置 by clicks enlarges what is already open, the list's rows included."""

from __future__ import annotations

import pytest

from fupin_desktop.gui.fonts import install_app_font
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.plan_wizard.wizard import PlanWizard
from fupin_desktop.gui.qt import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFontInfo,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    Qt,
    QTabWidget,
    QWidget,
)
from fupin_desktop.gui.register.household_form import HouseholdFormDialog
from fupin_desktop.gui.register.member_dialog import MemberDialog
from fupin_desktop.gui.register.profile_dialogs import SettingsDialog
from fupin_desktop.gui.scroll_fit import FitScrollArea
from fupin_desktop.gui.text_sizes import size_for, text_sizes
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from tests.gui.dialog_support import close_button, when_modal
from tests.gui.register_support import keep
from tests.gui.test_screen_fit import laptop, problems  # noqa: F401 (a fixture)

LEFT = Qt.MouseButton.LeftButton
SIZES = [size.key for size in text_sizes()]
TEXT_WIDGETS = (QLabel, QPushButton, QCheckBox, QRadioButton)


@pytest.fixture(params=SIZES)
def text_size(request, qapp):
    """The application font at one of the sizes (as 设置 installs it); the previous font afterwards."""
    original = qapp.font().pointSizeF()
    size = size_for(request.param)
    install_app_font(qapp, size.point_size)
    yield size
    install_app_font(qapp, original)


def settle() -> None:
    """Let nested layouts finish (each level's LayoutRequest is posted by the one below it)."""
    for _ in range(10):
        QApplication.processEvents()


def cut_texts(window: QWidget) -> list[str]:
    """Visible texts that do not fit their widget: wider or taller than it, or wrapped into more height
    than it has."""
    out = []
    name = type(window).__name__
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, TEXT_WIDGETS) or not widget.isVisible() or not widget.text().strip():
            continue
        where = f"{name}: {type(widget).__name__} {widget.objectName()!r} {widget.text()[:40]!r}"
        size, hint = widget.size(), widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height():
                out.append(f"{where}: wraps to {need} px high in {size.height()}")
            continue
        if hint.width() > size.width() or widget.fontMetrics().height() > size.height():
            out.append(f"{where}: needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}")
    return out


def list_cells_cut(window: MainWindow) -> list[str]:
    """The household list's cells (but the last, stretched column) and the filters above it show their
    whole text: the columns, the rows and the filter bar grow with the font."""
    table, out = window.register.list.table, []
    model, metrics = table.model(), table.fontMetrics()
    assert model.rowCount() > 0
    for row in range(min(model.rowCount(), 12)):
        if table.rowHeight(row) < metrics.height() + 4:
            out.append(f"household list: row {row} {table.rowHeight(row)} px high for {metrics.height()} px text")
        for column in range(model.columnCount() - 1):
            text = str(model.index(row, column).data() or "")
            if metrics.horizontalAdvance(text) + 8 > table.columnWidth(column):
                out.append(f"household list: {text!r} cut ({table.columnWidth(column)} px)")
    filters = window.register.list.filters
    for combo in filters.findChildren(QComboBox):
        if combo.isVisible() and combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24 > combo.width():
            out.append(f"filter bar: {combo.currentText()!r} cut ({combo.width()} px)")
    return out


def sideways(window: QWidget) -> list[str]:
    """A form that scrolls when the screen is too low must not need scrolling sideways as well."""
    return [f"{type(window).__name__}: {area.objectName()!r} scrolls sideways"
            for area in window.findChildren(FitScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]


def check(window: QWidget) -> list[str]:
    """Cut texts, screen fit and sideways scrolling, on every tab of the window's tab widgets."""
    settle()  # as the window is on screen, its layouts done
    found = problems(window) + cut_texts(window) + sideways(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current:
                tabs.setCurrentIndex(index)
                settle()  # the page is laid out as the user sees it
                found += cut_texts(tabs.widget(index)) + sideways(window)
        tabs.setCurrentIndex(current)
    return found


def village_window(qtbot, db) -> MainWindow:
    generate_demo(db, households=12, seed=3, year=2024)
    window = keep(qtbot, MainWindow(db.path, db=db, settings=None, log_path=None, runner=run_inline))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_village_windows_show_every_text_whole_in_each_size(qtbot, tmp_db, laptop, text_size):  # noqa: F811
    window = village_window(qtbot, tmp_db)
    if text_size.key == "xlarge":
        assert QFontInfo(window.register.list.table.font()).pixelSize() >= 18
    found = check(window) + list_cells_cut(window)  # (check lets the layouts settle first)
    window.menus.actions["edit_household"].trigger()
    form = next(w for w in laptop.open_windows() if isinstance(w, HouseholdFormDialog))
    qtbot.waitExposed(form)
    found += check(form)

    def look_and_cancel(dialog):
        found.extend(check(dialog))
        qtbot.mouseClick(close_button(dialog), LEFT)

    seen = when_modal(qtbot, MemberDialog, look_and_cancel)
    qtbot.mouseClick(form.ui.addMemberButton, LEFT)
    assert seen and not seen.still_open
    form.done(0)
    seen = when_modal(qtbot, SettingsDialog, look_and_cancel)
    window.menus.actions["settings"].trigger()
    assert seen and not seen.still_open
    window.menus.actions["plan"].trigger()
    wizard = next(w for w in laptop.open_windows() if isinstance(w, PlanWizard))
    qtbot.waitExposed(wizard)
    found += problems(wizard) + cut_texts(wizard.currentPage()) + cut_texts(wizard)
    for edit in wizard.currentPage().ui.membersTable.findChildren(QLineEdit):  # the ID numbers typed in place
        if edit.isVisible() and edit.fontMetrics().horizontalAdvance(edit.text()) + 8 > edit.width():
            found.append(f"PlanWizard: {edit.text()!r} cut in its cell ({edit.width()} px)")
    wizard.close()
    assert not found, "\n".join(found)


def test_county_window_shows_every_text_whole_in_each_size(qtbot, tmp_db, laptop, text_size):  # noqa: F811
    generate_demo(tmp_db, households=12, seed=3, year=2024)
    set_setting(tmp_db, "role", ROLE_COUNTY)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    qtbot.waitExposed(window)
    found = check(window)
    assert not found, "\n".join(found)


def test_choosing_extra_large_in_settings_enlarges_every_open_window(qtbot, tmp_db, tmp_path, laptop):  # noqa: F811
    from fupin_desktop.gui.qt import QSettings
    from fupin_desktop.gui.settings_flow import font_size

    app = QApplication.instance()
    original = app.font().pointSizeF()
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    generate_demo(tmp_db, households=12, seed=3, year=2024)
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=settings, log_path=None, runner=run_inline))
    window.show()
    qtbot.waitExposed(window)
    window.menus.actions["edit_household"].trigger()  # a form left open while 设置 is used
    form = next(w for w in laptop.open_windows() if isinstance(w, HouseholdFormDialog))
    table, summary = window.register.list.table, window.register.summary
    assert summary.title.isVisible()
    row_before, hint_before = table.rowHeight(0), form.ui.phoneMessage.height()
    assert QFontInfo(table.font()).pixelSize() < 18

    def choose_extra_large(dialog: SettingsDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "textSize_xlarge"), LEFT)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    try:
        seen = when_modal(qtbot, SettingsDialog, choose_extra_large)
        window.menus.actions["settings"].trigger()
        assert seen and not seen.still_open
        settle()  # the layouts catch up, as on screen
        for widget in (window.role_label, table, summary.details, form.ui.phoneEdit, form.ui.basicLeftFormLabel0):
            assert QFontInfo(widget.font()).pixelSize() >= 18, widget.objectName()
        # What is sized from the font grew with it: the list's rows, a hint's reserved lines, the headline.
        assert table.rowHeight(0) > row_before and table.rowHeight(0) > table.fontMetrics().height()
        assert form.ui.phoneMessage.height() > hint_before
        assert summary.title.font().pointSizeF() > table.font().pointSizeF()
        assert table.columnWidth(0) >= table.horizontalHeader().fontMetrics().horizontalAdvance(
            window.register.list.model.columns[0][1])
        assert settings.value("ui/text_size") == "xlarge" and font_size(settings) == size_for("xlarge").point_size
        found = check(window) + check(form) + list_cells_cut(window)
        assert not found, "\n".join(found)
        form.done(0)
        # 设置 shows the size in use the next time it opens.
        seen = when_modal(qtbot, SettingsDialog, lambda d: (
            seen_checked.append(d.findChild(QRadioButton, "textSize_xlarge").isChecked()),
            qtbot.mouseClick(close_button(d), LEFT)))
        seen_checked: list = []
        window.menus.actions["settings"].trigger()
        assert seen_checked == [True]
    finally:
        install_app_font(app, original)


def test_a_reserved_two_line_hint_shows_both_lines_in_each_size(qtbot, text_size):
    from fupin_desktop.gui.hint_space import reserve_hint_space

    label = reserve_hint_space(QLabel("（未填姓名）：未填写证件号码。请核对证件号码是否为18位。"))
    qtbot.addWidget(label)
    label.setFixedWidth(label.fontMetrics().horizontalAdvance(label.text()) * 2 // 3)  # two lines
    label.show()
    assert label.heightForWidth(label.width()) <= label.height(), (label.heightForWidth(label.width()), label.height())


def test_the_choice_is_kept_and_an_older_font_size_maps_to_the_nearest_size(tmp_path):
    from fupin_desktop.gui.qt import QSettings
    from fupin_desktop.gui.settings_flow import font_size
    from fupin_desktop.gui.text_sizes import OLD_FONT_SIZE_KEY, chosen_size, default_text_size, save_size

    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    assert chosen_size(settings) == default_text_size() == size_for("standard")
    assert font_size(None) == size_for("standard").point_size
    settings.setValue(OLD_FONT_SIZE_KEY, 16)  # the 字号 spin box of earlier versions
    assert chosen_size(settings).key == "xlarge"
    settings.setValue(OLD_FONT_SIZE_KEY, 11)
    assert chosen_size(settings).key in ("standard", "large")
    save_size(settings, size_for("large"))
    assert not settings.contains(OLD_FONT_SIZE_KEY) and font_size(settings) == size_for("large").point_size
    settings.setValue("ui/text_size", "huge")  # a hand-edited file
    assert chosen_size(settings) == default_text_size()


def test_extra_large_is_at_least_18_pixels(qapp, text_size):
    if text_size.key == "xlarge":
        assert QFontInfo(qapp.font()).pixelSize() >= 18
    sizes = [s.point_size for s in text_sizes()]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
