"""Pieces the sync dialogs share: removable drives (QStorageInfo), a place picker, a progress row,
and plain-text summaries of results."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from fupin_desktop.gui.file_dialogs import get_existing_directory
from fupin_desktop.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStorageInfo,
    QWidget,
    Signal,
)

# Where desktop systems mount sticks; on Windows every ready drive but the system drive counts.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass
class Drive:
    path: Path
    label: str
    free_bytes: int


def removable_drives() -> list[Drive]:
    """Mounted, writable volumes that look like USB sticks or cards."""
    found = []
    system = QStorageInfo.root().rootPath()
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if root == system:
            continue
        if sys.platform == "win32":
            looks_removable = len(root) <= 3
        else:
            looks_removable = root.startswith(_REMOVABLE_ROOTS)
        if looks_removable:
            name = volume.displayName() or root
            found.append(Drive(Path(root), name, int(volume.bytesAvailable())))
    return found


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


class PlacePicker(QWidget):
    """A combo of removable drives plus "other folder…"; ``path()`` is the chosen folder."""

    changed = Signal()

    def __init__(self, drives: Optional[Callable[[], list[Drive]]] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self._drives = drives or removable_drives
        self.combo = QComboBox()
        self.combo.setObjectName("placeCombo")
        self.combo.setMinimumContentsLength(30)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.browse_button = QPushButton(self.tr("其他文件夹…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.browse_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.browse_button.clicked.connect(self.browse)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.refresh()

    def refresh(self) -> None:
        current = self.path()
        self.combo.clear()
        for drive in self._drives():
            self.combo.addItem(self.tr("U盘 {name}（{path}，剩余 {free}）").format(
                name=drive.label, path=drive.path, free=human_size(drive.free_bytes)), str(drive.path))
        if current is not None and self.combo.findData(str(current)) < 0:
            self.combo.addItem(str(current), str(current))
        if current is not None:
            self.combo.setCurrentIndex(self.combo.findData(str(current)))
        if self.combo.count() == 0:
            self.combo.setPlaceholderText(self.tr("没有找到U盘：请插入U盘后点“刷新”，或选其他文件夹"))
        self.changed.emit()

    def browse(self) -> None:
        folder = get_existing_directory(self, self.tr("选择文件夹"))
        if folder:
            self.set_path(Path(folder))

    def set_path(self, path: Path) -> None:
        index = self.combo.findData(str(path))
        if index < 0:
            self.combo.addItem(str(path), str(path))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def path(self) -> Optional[Path]:
        data = self.combo.currentData()
        return Path(data) if data else None


class ProgressRow(QWidget):
    """A progress bar with a 取消 button; ``cancel_requested`` when pressed."""

    cancel_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.label = QLabel()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def stop(self) -> None:
        self.hide()


def when_text(iso: str) -> str:
    """A stored time as people write it: 2026年12月4日 21:08, in English 4 Dec 2026 21:08. The order is
    the pattern's translation; {mon} is the month's short name in the interface's locale (Dec), for
    a language that writes months by name."""
    from datetime import datetime

    from fupin_desktop.gui.qt import QCoreApplication, QLocale

    try:
        at = datetime.fromisoformat(iso)
    except ValueError:
        return iso.replace("T", " ")
    return QCoreApplication.translate("SyncTime", "{y}年{m}月{d}日 {hm}").format(
        y=at.year, m=at.month, d=at.day, mon=QLocale().monthName(at.month, QLocale.FormatType.ShortFormat),
        hm=at.strftime("%H:%M"))
