"""帮助 > 关于: version, where the database and the log live, font licence."""

from __future__ import annotations

from pathlib import Path

from fupin_desktop import __version__
from fupin_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from fupin_desktop.gui.qt import QT_VERSION_STR, QDialog, QWidget


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionLabel.setText(self.tr("版本 {version}").format(version=__version__))
        self.ui.databaseValue.setText(str(db_path) if db_path else self.tr("（未打开）"))
        self.ui.logValue.setText(str(log_path) if log_path else self.tr("（未记录）"))
        self.ui.qtValue.setText(f"Qt {QT_VERSION_STR} / PySide6")
