"""The register screen: area tree | household list | summary, and the work started from it.

A thin composition: each part is its own widget; this class wires their signals and opens the
forms. Counts for the tree are read off the GUI thread (a county's GROUP BY takes a moment).
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.operations import run_in_background, write_and_wait
from fupin_desktop.gui.qt import QInputDialog, QMessageBox, QSplitter, Qt, QVBoxLayout, QWidget, Signal
from fupin_desktop.gui.register.area_tree import AreaTreeView
from fupin_desktop.gui.register.household_list import HouseholdListView
from fupin_desktop.gui.register.summary_panel import HouseholdSummaryPanel
from fupin_desktop.services.register.area_tree import GROUP, TOWNSHIP, VILLAGE, area_tree
from fupin_desktop.services.register.summary import household_summary

# The services that edit (records, villages, cadres) work through the ORM, which loads after the
# start-up's first list (gui.store_loader.load_parts): they are imported where they are used.

SPLITTER_KEY = "register/splitter"
HEADER_KEY = "register/list_header"


class RegisterView(QWidget):
    data_changed = Signal()  # after a save, delete or restore (the status bar recounts)
    household_selected = Signal(str)
    plan_requested = Signal(str)
    print_requested = Signal(str)
    tree_loaded = Signal()

    def __init__(self, db, runner: Callable = run_in_background, today: Optional[date] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("registerView")
        self.db = db
        self.runner = runner
        self.today = today
        self.forms: list = []  # open household forms (non-modal), kept alive
        self.tree = AreaTreeView(self)
        self.list = HouseholdListView(db, runner, self)
        self.summary = HouseholdSummaryPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("registerSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.tree.setMinimumWidth(140)
        self.summary.setMinimumWidth(180)
        self.splitter.setSizes([240, 720, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.tree.area_selected.connect(lambda node: self.list.set_area(node.filter_args() if node else {}))
        self.tree.village_activated.connect(self.edit_village)
        self.list.household_selected.connect(self._selected)
        self.list.household_activated.connect(self.open_household)
        self.summary.edit_requested.connect(self.open_household)
        self.summary.plan_requested.connect(self.plan_requested)
        self.summary.print_requested.connect(self.print_requested)

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the list and the tree counts (background; the list first, it is what the user reads)."""
        self.list.requery()
        self.reload_tree()

    def reload_tree(self) -> None:
        db = self.db
        self.runner(lambda progress, cancelled: area_tree(db), on_done=self._tree_ready, on_error=self._tree_failed)

    def _tree_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("读取区域"), error_text(exc))
        self.tree_loaded.emit()  # read, if not well: what waits for the tree (the other menus) goes on

    def _tree_ready(self, roots) -> None:
        first = not self.tree.roots
        self.tree.set_roots(roots)
        if first:  # the list is already loading everything; only a remembered area needs a new query
            node = self.tree.current_node()
            area = node.filter_args() if node else {}
            if area != self.list.area:
                self.list.set_area(area)
        self.tree_loaded.emit()

    def _selected(self, household_id: str) -> None:
        self.summary.show_summary(household_summary(self.db, household_id, self.today) if household_id else None)
        self.household_selected.emit(household_id)

    def current_household_id(self) -> str:
        return self.list.current_id()

    def after_change(self, household_id: Optional[str] = None) -> None:
        self.list.requery(select_id=household_id)
        self.reload_tree()
        if household_id and household_id == self.list.current_id():
            self._selected(household_id)
        self.data_changed.emit()

    # --- households ---------------------------------------------------------------------------
    def open_household(self, household_id: str):
        if not household_id:
            return None
        for form in self.forms:
            if form.draft.id == household_id and form.isVisible():
                form.raise_()
                form.activateWindow()
                return form
        from fupin_desktop.services.register.records import load_household

        try:
            draft = load_household(self.db, household_id)
        except KeyError:
            QMessageBox.warning(self, self.tr("打开农户"), self.tr("找不到该户，可能已被删除。"))
            return None
        return self._show_form(draft)

    def _show_form(self, draft):
        from fupin_desktop.gui.register.household_form import HouseholdFormDialog  # loaded when first needed

        form = HouseholdFormDialog(self.db, draft, self.today, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self.after_change)
        form.open_household.connect(self.open_household)
        form.finished.connect(lambda _r, f=form: self.forms.remove(f) if f in self.forms else None)
        self.forms.append(form)
        form.show()
        return form

    def new_household(self):
        from fupin_desktop.services.register.cadres import default_cadre_id
        from fupin_desktop.services.register.records import new_household, next_household_no

        node = self.tree.current_node()
        village_id = node.village_id if node is not None and node.kind in (VILLAGE, GROUP) else ""
        group = node.key if node is not None and node.kind == GROUP else ""
        if not village_id:
            village_id = self._ask_village()
            if not village_id:
                return None
        draft = new_household(village_id, group_name=group, household_no=next_household_no(self.db, village_id),
                              income_year=(self.today or date.today()).year - 1,
                              responsible_cadre_id=default_cadre_id(self.db) or None)  # first start's cadre
        return self._show_form(draft)

    def _ask_village(self) -> str:
        villages = [(node.village_id, f"{parent.name} {node.name}".strip()) for root in self.tree.roots
                    for parent in root.walk() if parent.kind == TOWNSHIP for node in parent.children]
        if not villages:
            QMessageBox.information(self, self.tr("新增农户"), self.tr("还没有村。请先在“文件 → 新增村”中建立村。"))
            return ""
        if len(villages) == 1:  # nothing to choose
            return villages[0][0]
        labels = [label for _vid, label in villages]
        label, ok = QInputDialog.getItem(self, self.tr("新增农户"), self.tr("新农户属于哪个村？"), labels, 0, False)
        return villages[labels.index(label)][0] if ok else ""

    def delete_selected(self) -> bool:
        ids = self.list.selected_ids() or ([self.list.current_id()] if self.list.current_id() else [])
        if not ids:
            return False
        if len(ids) == 1:
            summary = household_summary(self.db, ids[0], self.today)
            text = self.tr("将户主为“{head}”的农户（{size} 人）移到回收站？可以在回收站中恢复。").format(
                head=summary.head_name if summary else "", size=summary.size if summary else 0)
        else:
            text = self.tr("将选中的 %n 户移到回收站？可以在回收站中恢复。", "", len(ids))
        if QMessageBox.question(self, self.tr("删除农户"), text) != QMessageBox.StandardButton.Yes:
            return False
        from fupin_desktop.services.register.save import delete_households

        write_and_wait(lambda: delete_households(self.db, ids))  # one transaction for all of them
        self.after_change()
        return True

    # --- villages and the bin -----------------------------------------------------------------
    def edit_village(self, village_id: str = ""):
        from fupin_desktop.gui.register.village_form import VillageFormDialog
        from fupin_desktop.services.register.villages import load_village

        village_id = village_id or self.tree.current_village_id() or self._village_of_current_household()
        if not village_id:
            QMessageBox.information(self, self.tr("村信息"), self.tr("请先在左侧选择一个村。"))
            return None
        township = next((t.name for root in self.tree.roots for t in root.walk()
                         if t.kind == TOWNSHIP and any(v.village_id == village_id for v in t.children)), "")
        dialog = VillageFormDialog(self.db, load_village(self.db, village_id), township, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _vid: self.after_change())
        dialog.show()
        return dialog

    def _village_of_current_household(self) -> str:
        """The village whose 村信息 a person means with no village chosen in the tree: the household's
        chosen in the list, else the register's only village."""
        row = self.list.model.row(self.list.table.currentIndex().row()) if self.list.current_id() else None
        if row is not None:
            return row.village_id
        villages = [node.village_id for root in self.tree.roots for node in root.walk() if node.kind == VILLAGE]
        return villages[0] if len(villages) == 1 else ""

    def new_village(self):
        from fupin_desktop.gui.register.village_form import VillageFormDialog
        from fupin_desktop.services.register.villages import VillageFormData, new_village
        from fupin_desktop.services.setup.settings import incidence_threshold

        node = self.tree.current_node()
        if node is None or node.kind != TOWNSHIP:
            node = next((t for root in self.tree.roots for t in root.walk() if t.kind == TOWNSHIP), None)
        township = node.code if node is not None else ""
        data = VillageFormData(new_village(township_code=township, code=township[:9]), 0, 0, 0, incidence_threshold(self.db))
        dialog = VillageFormDialog(self.db, data, node.name if node is not None else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _vid: self.after_change())
        dialog.show()
        return dialog

    def show_cadres(self):
        """编辑 › 帮扶责任人: the list of cadres (add, edit, retire, default)."""
        from fupin_desktop.gui.register.cadre_dialogs import CadreListDialog

        villages = [(v.village_id, f"{t.name} {v.name}".strip()) for root in self.tree.roots
                    for t in root.walk() if t.kind == TOWNSHIP for v in t.children]
        dialog = CadreListDialog(self.db, villages, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.after_change)
        dialog.show()
        return dialog

    def show_recycle_bin(self):
        from fupin_desktop.gui.register.recycle_bin import RecycleBinDialog

        dialog = RecycleBinDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.after_change)
        dialog.show()
        return dialog

    # --- state --------------------------------------------------------------------------------
    def save_state(self, settings) -> None:
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(HEADER_KEY, self.list.table.horizontalHeader().saveState())

    def restore_state(self, settings) -> None:
        splitter = settings.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value(HEADER_KEY)
        if header is not None:
            self.list.table.horizontalHeader().restoreState(header)

    def unsaved_forms(self) -> list:
        """Open household and village forms with changes not saved yet."""
        from fupin_desktop.gui.qt import QDialog

        return [d for d in self.findChildren(QDialog)
                if d.isVisible() and callable(getattr(d, "is_dirty", None)) and d.is_dirty()]
