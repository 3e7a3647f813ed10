"""首次使用设置 and 设置: role, user, unit, phone, data location (incl. portable), demo data, font size.

Both dialogs only collect choices; the caller (app start-up, the main window) applies them through
``services.setup.first_start`` so the same rules hold for the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from fupin_desktop.domain.phone import phone_problem
from fupin_desktop.gui.file_dialogs import get_existing_directory
from fupin_desktop.gui.forms.ui_first_start_dialog import Ui_FirstStartDialog
from fupin_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from fupin_desktop.gui.qt import QButtonGroup, QCoreApplication, QDialog, QDialogButtonBox, QRadioButton, QWidget
from fupin_desktop.gui.scroll_fit import scroll_when_needed
from fupin_desktop.services.setup.first_start import CUSTOM, PORTABLE, USER, Location, Profile, portable_folder
from fupin_desktop.services.setup.settings import ROLE_COUNTY, ROLE_VILLAGE


def demo_sizes() -> list[tuple[int, str]]:
    return [(170, QCoreApplication.translate("FirstStartDialog", "一个村（约170户）")),
            (600, QCoreApplication.translate("FirstStartDialog", "一个乡镇的几个村（约600户）")),
            (5000, QCoreApplication.translate("FirstStartDialog", "一个小县（约5000户）")),
            (50000, QCoreApplication.translate("FirstStartDialog", "全县规模（5万户，约需1分钟）"))]


class LocationChooser:
    """The 数据保存位置 group shared by both dialogs (radio buttons, folder field, browse button)."""

    def __init__(self, ui, dialog: QDialog, current: Location, user_folder: Path, locked_path: Optional[Path] = None):
        self.ui, self.dialog = ui, dialog
        ui.userPathLabel.setText(str(user_folder))
        ui.portablePathLabel.setText(str(portable_folder()))
        radio = {USER: ui.locationUserRadio, PORTABLE: ui.locationPortableRadio, CUSTOM: ui.locationCustomRadio}
        radio[current.kind].setChecked(True)
        if current.kind == CUSTOM:
            ui.customPathEdit.setText(str(current.folder))
        ui.browseButton.clicked.connect(self._browse)
        ui.customPathEdit.textEdited.connect(lambda _t: ui.locationCustomRadio.setChecked(True))
        if locked_path is not None:
            ui.locationBox.setEnabled(False)
            note = QCoreApplication.translate("LocationChooser", "本次使用的数据库：{path}（由启动参数或环境变量 FUPIN_DB 指定）")
            ui.locationNote.setText(note.format(path=locked_path))

    def _browse(self) -> None:
        folder = get_existing_directory(self.dialog, QCoreApplication.translate("LocationChooser", "选择数据文件夹"),
                                        self.ui.customPathEdit.text())
        if folder:
            self.ui.customPathEdit.setText(folder)
            self.ui.locationCustomRadio.setChecked(True)

    def choice(self) -> tuple[str, Optional[Path]]:
        ui = self.ui
        if ui.locationPortableRadio.isChecked():
            return PORTABLE, portable_folder()
        if ui.locationCustomRadio.isChecked():
            text = ui.customPathEdit.text().strip()
            return CUSTOM, Path(text) if text else None
        return USER, None

    def error(self) -> str:
        kind, folder = self.choice()
        if kind == CUSTOM and folder is None:
            return QCoreApplication.translate("LocationChooser", "请选择数据文件夹。")
        return ""


def _profile_from(ui) -> Profile:
    return Profile(role=ROLE_COUNTY if ui.roleCountyRadio.isChecked() else ROLE_VILLAGE,
                   user_name=ui.nameEdit.text().strip(), unit=ui.unitEdit.text().strip(),
                   phone=ui.phoneEdit.text().strip())


def _load_profile(ui, profile: Profile) -> None:
    (ui.roleCountyRadio if profile.role == ROLE_COUNTY else ui.roleVillageRadio).setChecked(True)
    ui.nameEdit.setText(profile.user_name)
    ui.unitEdit.setText(profile.unit)
    ui.phoneEdit.setText(profile.phone)


@dataclass
class FirstStartChoice:
    profile: Profile
    location_kind: str
    folder: Optional[Path]
    demo_households: int  # 0 = start empty
    import_roster: bool = False  # open 导入花名册 once the window is up


class FirstStartDialog(QDialog):
    """``households``: how many the database already holds (a database made by `fupin demo`, an import, a
    restore). Then no demo is offered: demo households would mix with the real ones beyond telling apart."""

    def __init__(self, current: Location, user_folder: Path, locked_path: Optional[Path] = None,
                 profile: Optional[Profile] = None, parent: Optional[QWidget] = None, households: int = 0):
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.setObjectName("firstStartDialog")
        _load_profile(self.ui, profile or Profile())
        self.location = LocationChooser(self.ui, self, current, user_folder, locked_path)
        for size, text in demo_sizes():
            self.ui.demoSizeCombo.addItem(text, size)
        self.ui.roleCountyRadio.toggled.connect(self._role_changed)
        self._role_changed(self.ui.roleCountyRadio.isChecked())
        self.ui.demoSizeCombo.activated.connect(lambda _i: self.ui.demoRadio.setChecked(True))
        if households > 0:
            self.ui.demoRadio.setChecked(False)
            self.ui.demoRadio.hide()
            self.ui.demoSizeCombo.hide()
            self.ui.emptyRadio.setText(self.tr("使用数据库中已有的 %n 户农户，继续登记", "", households))
            self.ui.emptyRadio.setChecked(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始使用"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()  # the role is chosen already: what is typed first is the name, not lost

    def _role_changed(self, county: bool) -> None:
        wanted = 5000 if county else 600
        self.ui.demoSizeCombo.setCurrentIndex(max(self.ui.demoSizeCombo.findData(wanted), 0))

    def choice(self) -> FirstStartChoice:
        kind, folder = self.location.choice()
        demo = int(self.ui.demoSizeCombo.currentData()) if self.ui.demoRadio.isChecked() and \
            self.ui.demoRadio.isVisibleTo(self) else 0
        return FirstStartChoice(_profile_from(self.ui), kind, folder, demo, self.ui.importRosterRadio.isChecked())

    def accept(self) -> None:
        problems = []
        if not self.ui.nameEdit.text().strip():
            problems.append(self.tr("请填写姓名（操作记录中会写明是谁做的修改）。"))
        if phone_problem(self.ui.phoneEdit.text()):  # the same phone rule as every form (issue 11 §2.7)
            problems.append(phone_problem(self.ui.phoneEdit.text()))
        if self.ui.locationBox.isEnabled() and self.location.error():
            problems.append(self.location.error())
        if problems:
            self.ui.errorLabel.setText("\n".join(problems))
            self.ui.errorLabel.show()
            return
        super().accept()


@dataclass
class SettingsChoice:
    profile: Profile
    text_size: str  # a key of resources/ui/text_sizes.yaml
    location_kind: str
    folder: Optional[Path]
    poverty_lines: dict = field(default_factory=dict)  # year -> 元 (None: back to the default), edited years only


class SettingsDialog(QDialog):
    def __init__(self, profile: Profile, text_size: str, current: Location, user_folder: Path,
                 locked_path: Optional[Path] = None, parent: Optional[QWidget] = None, poverty_lines=(),
                 current_year: Optional[int] = None):
        from fupin_desktop.gui.register.poverty_line_editor import PovertyLineEditor

        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("settingsDialog")
        scroll_when_needed(self.ui.settingsTabs)  # fits a 768-pixel screen at 特大 too
        self.poverty_lines = PovertyLineEditor(self.ui, poverty_lines, self, current_year)  # 收入标准 tab
        _load_profile(self.ui, profile)
        self.text_size_buttons = self._add_text_sizes(text_size)
        self.current = current
        self.location = LocationChooser(self.ui, self, current, user_folder, locked_path)
        self.ui.locationNote.setText(self.ui.locationNote.text() or self.tr(
            "更改保存位置后，当前数据库会复制到新位置，下次启动时使用新位置。"))
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def choice(self) -> SettingsChoice:
        kind, folder = self.location.choice()
        text_size = self.text_size_buttons.checkedButton().property("textSize")
        return SettingsChoice(_profile_from(self.ui), text_size, kind, folder, self.poverty_lines.amounts())

    def _add_text_sizes(self, current: str) -> QButtonGroup:
        """One radio button per size of resources/ui/text_sizes.yaml, each written in its own size."""
        from fupin_desktop.gui.text_sizes import size_for, text_sizes

        group = QButtonGroup(self)
        for size in text_sizes():
            button = QRadioButton(size.shown(), self.ui.textSizeChoices)
            button.setObjectName(f"textSize_{size.key}")
            button.setProperty("textSize", size.key)
            font = button.font()
            font.setPointSizeF(size.point_size)  # a person sees what they choose
            button.setFont(font)
            group.addButton(button)
            self.ui.textSizeLayout.addWidget(button)
            button.setChecked(size.key == size_for(current).key)
        self.ui.textSizeLayout.addStretch(1)
        return group

    def location_changed(self) -> bool:
        kind, folder = self.location.choice()
        if not self.ui.locationBox.isEnabled() or kind != self.current.kind:
            return self.ui.locationBox.isEnabled() and kind != self.current.kind
        return kind == CUSTOM and folder is not None and Path(folder).resolve() != Path(self.current.folder).resolve()

    def accept(self) -> None:
        problem = phone_problem(self.ui.phoneEdit.text()) or (
            self.location.error() if self.ui.locationBox.isEnabled() else "")
        if problem:
            self.ui.errorLabel.setText(problem)
            self.ui.errorLabel.show()
            return
        super().accept()
