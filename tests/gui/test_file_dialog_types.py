"""The file dialogs' 类型 column names the program's own files in plain words (数据库, Excel 工作簿, 同步包,
备份 …) from resources/ui/file_types.yaml, by the file name alone: Qt's MIME database knows no .db,
.fpkg or .fbak (未知) and left 文件夹 in English ("Folder"). Driven through the real menu items and Qt's
own dialog, in both interface languages."""

from __future__ import annotations

from fupin_desktop.gui import file_dialogs
from fupin_desktop.gui.main_window import MainWindow
from fupin_desktop.gui.operations import run_inline
from fupin_desktop.gui.qt import QApplication, QFileDialog, QPushButton, Qt, QTimer, QTreeView
from fupin_desktop.services.setup.demo import generate_demo
from fupin_desktop.services.setup.settings import ROLE_COUNTY, set_setting
from tests.gui.register_support import keep

NAMES = {  # what a person reads in the 类型 column, per interface language
    "zh_CN": {"folder": "文件夹", "xlsx": "Excel 工作簿", "fpkg": "同步包", "db": "数据库", "fbak": "备份",
              "pdf": "PDF 文档", "receipt": "县里的回执", "daily": "每日自动备份（数据库）"},
    "en": {"folder": "Folder", "xlsx": "Excel workbook", "fpkg": "Sync package", "db": "Database", "fbak": "Backup",
           "pdf": "PDF document", "receipt": "Receipt from the county", "daily": "Daily automatic backup (database)"},
}


def listed_types(qtbot, folder, open_dialog, count: int) -> dict:
    """Call ``open_dialog``; in Qt's file dialog, go to ``folder``, note the 类型 of its ``count`` entries
    and cancel."""
    seen: dict = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, drive)
            return
        try:
            dialog.setDirectory(str(folder))
            view = dialog.findChild(QTreeView, "treeView")
            model = view.model()

            def rows() -> list:
                root = view.rootIndex()
                return [model.index(r, 0, root) for r in range(model.rowCount(root))]

            # Qt lists the names first and fetches the types in a thread of its own
            qtbot.waitUntil(lambda: len(rows()) == count and all(i.siblingAtColumn(2).data() for i in rows()),
                            timeout=10000)
            seen.update({i.data(): i.siblingAtColumn(2).data() for i in rows()})
        finally:
            dialog.done(0)  # the person changes their mind

    QTimer.singleShot(0, drive)
    open_dialog()
    return seen


def test_the_import_dialogs_name_packages_workbooks_and_folders(qtbot, tmp_db, tmp_path, lang):
    generate_demo(tmp_db, households=4, seed=2, year=2024)
    set_setting(tmp_db, "role", ROLE_COUNTY)
    folder = tmp_path / "U盘"
    (folder / "备份").mkdir(parents=True)
    (folder / "fupin-第1村1号电脑-第1村-上报-20261204-a1b2c3.fpkg").write_bytes(b"FPKG/1 {}\n")
    (folder / "花名册.xlsx").write_bytes(b"PK\x03\x04")
    window = keep(qtbot, MainWindow(tmp_db.path, db=tmp_db, settings=None, log_path=None, runner=run_inline))
    window.show()
    names = NAMES[lang]

    window.sync_actions.actions["import"].trigger()  # 同步 › 导入同步包…
    dialog = window.sync_actions.dialogs[-1]
    browse = dialog.findChild(QPushButton, "browsePackage")
    packages = listed_types(qtbot, folder, lambda: qtbot.mouseClick(browse, Qt.MouseButton.LeftButton), 2)
    assert packages == {"备份": names["folder"], "fupin-第1村1号电脑-第1村-上报-20261204-a1b2c3.fpkg": names["fpkg"]}
    dialog.done(0)

    rosters = listed_types(qtbot, folder, window.county_actions.actions["import"].trigger, 2)  # 县级 › 导入花名册…
    assert rosters == {"备份": names["folder"], "花名册.xlsx": names["xlsx"]}


def test_a_file_dialog_names_the_database_and_backups_without_reading_them(qtbot, tmp_path, lang):
    """Every file here holds a zip's first bytes: a dialog that read them would call them all archives."""
    folder = tmp_path / "文档"
    folder.mkdir()
    files = {"台账.db": "db", "花名册.XLSX": "xlsx", "fupin-backup-20261204-0930-a1b2c3.fbak": "fbak",
             "帮扶计划卡.pdf": "pdf", "fupin-receipt-第1村1号电脑-20261204-0930.json": "receipt",
             "台账-daily-20261204-093000-123456.db": "daily"}
    for name in files:
        (folder / name).write_bytes(b"PK\x03\x04")
    shown = listed_types(qtbot, folder, lambda: file_dialogs.get_open_file_name(None, "选择文件", str(folder), ""),
                         len(files))
    assert shown == {name: NAMES[lang][kind] for name, kind in files.items()}, shown
