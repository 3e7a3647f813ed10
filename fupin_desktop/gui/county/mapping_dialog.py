"""列对应 dialog: which roster column feeds which register field.

Every sheet's header is recognised (the usual Chinese headers and the user's remembered choices
are pre-selected); the user fixes the rest with one drop-down per column, seeing sample values.
On OK the mapping is remembered for next time; it can also be saved to / loaded from a file
(the same JSON `fupin roster import --mapping` reads), with the value decisions made for it
(io.roster_decisions): a loaded file's decisions are remembered with its columns on OK.
"""

from __future__ import annotations

from typing import Callable, Optional

from fupin_desktop.gui.error_text import error_text
from fupin_desktop.gui.file_dialogs import get_open_file_name, get_save_file_name
from fupin_desktop.gui.operations import run_in_background
from fupin_desktop.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)

SAMPLES = 3
REQUIRED = ("name", "relationship")


def field_choices() -> list[tuple[str, str]]:
    """(field key, shown text) grouped by level; "" first = not imported."""
    from fupin_desktop.services.excel.roster_formats import header_catalogue

    levels = {"area": QCoreApplication.translate("ColumnMappingDialog", "地区"),
              "household": QCoreApplication.translate("ColumnMappingDialog", "户"),
              "member": QCoreApplication.translate("ColumnMappingDialog", "成员")}
    out = [("", QCoreApplication.translate("ColumnMappingDialog", "（不导入）"))]
    for level in ("area", "household", "member"):
        for key, spec in header_catalogue().fields.items():
            if spec.level == level:
                out.append((key, f"{levels[level]} · {spec.label}"))
    return out


class ColumnMappingDialog(QDialog):
    loaded = Signal()

    def __init__(self, path, saved: Optional[dict[str, str]] = None, remember: bool = True,
                 runner: Callable = run_in_background, parent: Optional[QWidget] = None):
        from fupin_desktop.services.excel.roster_formats import remembered_mapping

        super().__init__(parent)
        self.path = path
        self.remember = remember
        self.runner = runner
        self.saved = dict(remembered_mapping() if saved is None and remember else saved or {})
        self.value_decisions: dict = {}  # from a loaded mapping file
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("列对应 — {name}").format(name=getattr(path, "name", str(path))))
        self.resize(820, 600)
        self.choices = field_choices()
        self.tabs = QTabWidget()
        self.sheet_tables: list[tuple[object, QTableWidget, list[QComboBox]]] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        load = QPushButton(self.tr("载入对应文件…"))
        save = QPushButton(self.tr("另存对应文件…"))
        load.clicked.connect(self.load_file)
        save.clicked.connect(self.save_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("下一步：检查"))
        self.buttons.accepted.connect(self.accept_mapping)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(load)
        bottom.addWidget(save)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("已按常见表头自动对应；请检查每一列，未识别的列可手工指定或选择“不导入”。")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        """Read the headers and a few sample rows off the GUI thread (opening a big workbook is slow)."""
        from fupin_desktop.services.excel.roster_formats import first_rows

        self.tabs.clear()
        self.sheet_tables.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.hint.setStyleSheet("")
        self.hint.setText(self.tr("正在读取表头……"))
        path, saved = self.path, dict(self.saved)
        self.runner(lambda progress, cancelled: first_rows(path, limit=SAMPLES, saved=saved),
                    on_done=self._show_sheets, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.hint.setStyleSheet("color: #c0392b;")
        self.hint.setText(error_text(exc))

    def _show_sheets(self, sheets) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        for sheet, rows in sheets:
            if sheet.mapping is None:
                note = QLabel(self.tr("隐藏的工作表，不导入。") if sheet.hidden
                              else self.tr("此工作表没有可识别的表头，不导入。"))
                self.tabs.addTab(note, sheet.name)
                continue
            mapping = sheet.mapping
            table = QTableWidget(len(mapping.headers), 3)
            table.setObjectName(f"mapping_{len(self.sheet_tables)}")
            table.setHorizontalHeaderLabels([self.tr("表中列名"), self.tr("示例数据"), self.tr("导入为")])
            combos = []
            for i, header in enumerate(mapping.headers):
                table.setItem(i, 0, QTableWidgetItem(header.replace("\n", " ")))
                samples = [str(r[i]) for _, r in rows if i < len(r) and r[i] not in (None, "")]
                table.setItem(i, 1, QTableWidgetItem("；".join(samples)))
                combo = QComboBox()
                for key, text in self.choices:
                    combo.addItem(text, key)
                combo.setCurrentIndex(max(0, combo.findData(mapping.columns[i])))
                combo.currentIndexChanged.connect(self._update_hint)
                table.setCellWidget(i, 2, combo)
                combos.append(combo)
            table.resizeColumnsToContents()
            table.setColumnWidth(1, min(table.columnWidth(1), 300))
            table.horizontalHeader().setStretchLastSection(True)
            self.sheet_tables.append((sheet, table, combos))
            kind = {"members": self.tr("成员表"), "households": self.tr("户表")}.get(sheet.kind, self.tr("未识别"))
            self.tabs.addTab(table, self.tr("{sheet}（{kind}，表头第 {row} 行）").format(
                sheet=sheet.name, kind=kind, row=mapping.header_row))
        self._update_hint()
        self.loaded.emit()

    def columns(self) -> dict[str, str]:
        """Normalised header -> chosen field for every column of every sheet."""
        from fupin_desktop.services.excel.roster_formats import normalize_header

        out = {}
        for sheet, _table, combos in self.sheet_tables:
            for header, combo in zip(sheet.mapping.headers, combos):
                if header:
                    out[normalize_header(header)] = combo.currentData() or ""
        return out

    def missing_required(self) -> list[str]:
        chosen = {c.currentData() for _s, _t, combos in self.sheet_tables for c in combos}
        return [t for k, t in self.choices if k in REQUIRED and k not in chosen]

    def problems(self) -> list[str]:
        out = []
        for sheet, _table, combos in self.sheet_tables:
            chosen = [c.currentData() for c in combos if c.currentData()]
            duplicates = sorted({k for k in chosen if chosen.count(k) > 1})
            if duplicates:
                labels = [t for k, t in self.choices if k in duplicates]
                out.append(self.tr("“{sheet}”中有多列对应到同一字段：{fields}（只用第一列）").format(
                    sheet=sheet.name, fields="、".join(labels)))
        missing = self.missing_required()
        if missing:
            out.append(self.tr("缺少必需的列：{fields}").format(fields="、".join(missing)))
        from fupin_desktop.domain.required_fields import required_household_fields

        chosen = {c.currentData() for _s, _t, combos in self.sheet_tables for c in combos}
        needed = {r.field for r in required_household_fields()} - chosen
        if needed:  # the preview refuses the import until these are mapped or added to the workbook
            out.append(self.tr("每户都必须有、但没有列对应的：{fields}。请在这里指定对应的列，否则不能导入。").format(
                fields="、".join(t for k, t in self.choices if k in needed)))
        return out

    def _update_hint(self) -> None:
        problems = self.problems()
        self.hint.setText("\n".join(problems))
        self.hint.setStyleSheet("color: #c0392b;" if problems else "")

    def accept_mapping(self) -> None:
        from fupin_desktop.services.excel.roster_formats import remember_mapping

        if self.missing_required():
            QMessageBox.warning(self, self.windowTitle(), "\n".join(self.problems()))
            return
        self.saved = self.columns()
        if self.remember:
            remember_mapping(self.saved, self.value_decisions)
        self.accept()

    def load_file(self) -> None:
        from fupin_desktop.errors import UserFacingError
        from fupin_desktop.services.excel.roster_formats import load_mapping

        path, _ = get_open_file_name(self, self.tr("载入列对应"), "", self.tr("列对应文件 (*.json)"))
        if not path:
            return
        from fupin_desktop.services.excel.roster_formats import load_value_decisions

        try:
            self.saved = load_mapping(path)
            self.value_decisions = load_value_decisions(path)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.reload()

    def save_file(self) -> None:
        from fupin_desktop.services.excel.roster_formats import save_mapping

        path, _ = get_save_file_name(self, self.tr("另存列对应"), self.tr("列对应.json"),
                                     self.tr("列对应文件 (*.json)"))
        if path:
            from fupin_desktop.services.excel.roster_formats import merge_decisions, remembered_value_decisions

            values = merge_decisions(remembered_value_decisions() if self.remember else {}, self.value_decisions)
            save_mapping(self.columns(), path, values)
