"""Limits on the workbooks the roster import opens: size, inflation, rows, cell length (issue 12 §2.8).

The limits are data (resources/import/limits.yaml). The archive is checked from its directory before
openpyxl reads anything: the uncompressed size every part declares is what zipfile will ever give
(it stops at the declared size and fails the CRC on more), so a part that claims little cannot
inflate to much.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from fupin_desktop.errors import UserFacingError
from fupin_desktop.paths import resource

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_uncompressed_mb: int
    max_shared_strings_mb: int
    max_part_ratio: float
    ratio_check_min_kb: int
    max_data_rows: int
    max_cell_chars: int
    max_columns: int


@cache
def limits() -> Limits:
    with open(resource("import", "limits.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return Limits(**{k: data[k] for k in Limits.__dataclass_fields__})


class WorkbookTooLarge(UserFacingError):
    pass


def check_archive(path: Path) -> None:
    """Refuse a workbook whose parts are too large or inflate suspiciously (a zip bomb)."""
    lim = limits()
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserFacingError(f"无法打开表格 {path.name}：文件已损坏或不是 Excel 表格。", str(exc)) from exc
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > lim.ratio_check_min_kb * 1024 and \
                info.file_size > lim.max_part_ratio * max(info.compress_size, 1):
            raise WorkbookTooLarge(
                f"{path.name} 中的“{info.filename}”压缩前 {info.compress_size / MB:.1f} MB、解压后 "
                f"{info.file_size / MB:.0f} MB，膨胀超过 {lim.max_part_ratio:.0f} 倍，不像正常的表格，已拒绝打开。"
                "请用 Excel/WPS 打开后另存为新的 .xlsx 再导入。",
                f"part {info.filename} inflates more than {lim.max_part_ratio:.0f}x",
            )
        if info.filename.lower().endswith("sharedstrings.xml") and info.file_size > lim.max_shared_strings_mb * MB:
            raise WorkbookTooLarge(
                f"{path.name} 的文字内容解压后有 {info.file_size / MB:.0f} MB，超过 {lim.max_shared_strings_mb} MB 的上限。"
                "请按乡镇拆分成几个表格分别导入。",
                "shared strings part too large",
            )
    if total > lim.max_uncompressed_mb * MB:
        raise WorkbookTooLarge(
            f"{path.name} 解压后有 {total / MB:.0f} MB，超过 {lim.max_uncompressed_mb} MB 的上限。"
            "请按乡镇拆分成几个表格分别导入。",
            f"workbook inflates to {total // MB} MB",
        )


def check_shared_strings(strings, name: str) -> None:
    """Excel's own limit on one cell, for every shared string at once (C-speed max over lengths)."""
    lim = limits().max_cell_chars
    if strings and max(map(len, strings)) > lim:
        raise cell_too_long(name, None, None)


def cell_too_long(name: str, sheet, coordinate) -> WorkbookTooLarge:
    lim = limits().max_cell_chars
    where = f"工作表“{sheet}”第 {coordinate} 行" if sheet else "其中"
    return WorkbookTooLarge(
        f"{name}：{where}有一个单元格超过 {lim} 个字符（Excel 单元格的上限），不像正常的花名册。请检查并删去该内容后再导入。",
        f"a cell is longer than {lim} characters",
    )


def too_many_rows(name: str) -> WorkbookTooLarge:
    lim = limits().max_data_rows
    return WorkbookTooLarge(
        f"{name} 的数据超过 {lim:,} 行，一次导入不了。请按乡镇拆分成几个表格分别导入。",
        f"more than {lim} data rows",
    )
