"""The members of the household form as an editable table over the draft's member objects.

Name and ID number are typed in place; coded columns are edited with vocabulary combos
(:class:`VocabDelegate`); sex, birth date and age follow from a valid ID number and are read-only
here. Rule findings colour their cell and give it the Chinese message as tooltip.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from fupin_desktop.domain.findings import Finding
from fupin_desktop.domain.household_rules import age_on
from fupin_desktop.gui import vocab_labels
from fupin_desktop.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBrush,
    QColor,
    QComboBox,
    QCoreApplication,
    QModelIndex,
    QStyledItemDelegate,
    Qt,
    Signal,
)
from fupin_desktop.gui.register.vocab_ui import combo_code, fill_combo, labels, set_combo_code
from fupin_desktop.services.register.records import derive_member

ERROR_BG = QColor("#fde2e1")
WARNING_BG = QColor("#fff4ce")
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberTableModel", text)


# (field, vocabulary or None, editable in place)
COLUMNS: tuple[tuple[str, Optional[str], bool], ...] = (
    ("name", None, True),
    ("id_number", None, True),
    ("sex", "sex", False),
    ("birth_date", None, False),
    ("age", None, False),
    ("relationship", "relationship", True),
    ("education", "education", True),
    ("school_status", "school_status", True),
    ("health", "health", False),
    ("labour_skill", "labour_skill", True),
    ("work_status", "work_status", True),
)


def headers() -> list[str]:
    return [_tr(QT_TRANSLATE_NOOP("MemberTableModel", "姓名")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "证件号码")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "性别")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "出生日期")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "年龄")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "与户主关系")),
            _tr(QT_TRANSLATE_NOOP("MemberTableModel", "文化程度")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "在校生状况")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "健康状况")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "劳动技能")), _tr(QT_TRANSLATE_NOOP("MemberTableModel", "务工状况"))]


class MemberTableModel(QAbstractTableModel):
    edited = Signal(str, str)  # member id, field

    def __init__(self, members: list, today: Optional[date] = None, parent=None):
        super().__init__(parent)
        self.members = members  # the draft's own list: edits go straight into the draft
        self.today = today or date.today()
        self.headers = headers()
        self._findings: dict[tuple[str, str], Finding] = {}

    def set_members(self, members: list) -> None:
        self.beginResetModel()
        self.members = members
        self.endResetModel()

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def set_findings(self, findings: list[Finding]) -> None:
        """Findings of members: shown on their cell (errors win over warnings)."""
        self._findings = {}
        for f in findings:
            if not f.member_id:
                continue
            key = (f.member_id, f.field or "name")
            if key not in self._findings or f.is_error:
                self._findings[key] = f
        if self.members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.members) - 1, len(COLUMNS) - 1))

    def member_at(self, row: int):
        return self.members[row] if 0 <= row < len(self.members) else None

    def row_of(self, member_id: str) -> int:
        return next((i for i, m in enumerate(self.members) if m.id == member_id), -1)

    # --- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(section + 1)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()][2]:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self.members[index.row()]
        field, vocab_name, _editable = COLUMNS[index.column()]
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.EditRole:
            return "" if field in ("age", "birth_date") else (getattr(member, field) or "")
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, field, vocab_name)
        finding = self._findings.get((member.id, "birth_date" if field == "age" else field))
        if role == Qt.ItemDataRole.BackgroundRole and finding is not None:
            return QBrush(ERROR_BG if finding.is_error else WARNING_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if finding is not None:
                return finding.message
            if field in ("sex", "birth_date", "age"):
                return _tr(QT_TRANSLATE_NOOP("MemberTableModel", "由证件号码自动得出"))
        return None

    def _display(self, member, field: str, vocab_name: Optional[str]) -> str:
        if field == "age":
            age = age_on(member.birth_date, self.today)
            return "" if age is None else str(age)
        if field == "birth_date":
            return member.birth_date.isoformat() if member.birth_date else ""
        if field == "health":
            return labels("health", member.health)
        value = getattr(member, field) or ""
        return vocab_labels.label(vocab_name, value) if vocab_name else str(value)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        member = self.members[index.row()]
        field = COLUMNS[index.column()][0]
        value = "" if value is None else str(value)
        if field == "name":
            value = value.strip()
        if getattr(member, field) == value:
            return False
        setattr(member, field, value)
        if field == "id_number":
            derive_member(member)  # sex and birth date follow a valid number
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.edited.emit(member.id, field)
        return True

    # --- rows -------------------------------------------------------------------------------
    def append(self, member) -> int:
        row = len(self.members)
        self.beginInsertRows(QModelIndex(), row, row)
        self.members.append(member)
        self.endInsertRows()
        return row

    def remove(self, row: int):
        if not 0 <= row < len(self.members):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        member = self.members.pop(row)
        self.endRemoveRows()
        return member

    def member_changed(self, member_id: str) -> None:
        row = self.row_of(member_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class VocabDelegate(QStyledItemDelegate):
    """Vocabulary combos for coded columns; plain line edits elsewhere."""

    def createEditor(self, parent, option, index):  # noqa: N802
        vocab_name = COLUMNS[index.column()][1]
        if vocab_name is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        fill_combo(combo, vocab_name, empty_text="")
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            set_combo_code(editor, index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, combo_code(editor), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
