"""The database driver's exceptions turned into the errors a person can act on (fupin_desktop.errors),
and the driver's own message for the log: never the SQL statement or its parameters."""

from __future__ import annotations

from fupin_desktop.errors import DatabaseUnwritable, UserFacingError

# What SQLite says (lower case) -> what a person can do about it, when a write failed and when a read
# did (store.reader: nothing was being saved, so nothing is said lost). Matched on the driver's own
# message, which never holds the SQL statement or its parameters.
_NAMED = (
    (("database or disk is full", "disk is full"), DatabaseUnwritable,
     ("磁盘已满，数据库无法写入。请腾出磁盘空间后再试；这次的修改没有保存。", "disk full; nothing was saved"),
     ("磁盘已满，无法读取数据库（读取也要用少量临时空间）。请腾出磁盘空间后再试。",
      "disk full; the database could not be read")),
    (("attempt to write a readonly database", "readonly database"), DatabaseUnwritable,
     ("数据库所在的磁盘或文件夹是只读的（例如 U盘写保护）。请换到可写的位置后再试；这次的修改没有保存。",
      "database is read-only; nothing was saved"),
     ("数据库所在的磁盘或文件夹是只读的（例如 U盘写保护），无法读取数据库。请换到可写的位置后再试。",
      "the database's disk or folder is read-only; it could not be read")),
    (("disk i/o error",), DatabaseUnwritable,
     ("读写数据库文件时磁盘出错（U盘被拔出或磁盘损坏？）。请检查磁盘后再试；这次的修改没有保存。",
      "disk I/O error; nothing was saved"),
     ("读取数据库文件时磁盘出错（U盘被拔出或磁盘损坏？）。请检查磁盘后再试。",
      "disk I/O error while reading the database")),
)


def driver_message(exc: BaseException) -> str:
    """The database driver's own message: never the SQL statement or its parameters (which hold
    names and ID numbers), unlike ``str()`` of the wrapping SQLAlchemy error."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        return f"{type(orig).__name__}: {orig}"
    return f"{type(exc).__name__}: {exc}"


def named_database_error(exc: BaseException) -> UserFacingError | None:
    """A plain error for the database failures a person can act on, else None (``exc`` wraps the
    driver's exception, as SQLAlchemy's do)."""
    orig = getattr(exc, "orig", None)
    return named_driver_error(orig) if isinstance(orig, BaseException) else None


def named_driver_error(orig: BaseException, reading: bool = False) -> UserFacingError | None:
    """The same for the driver's own exception (``sqlite3.Error``); ``reading``: it failed a read."""
    message = str(orig).lower()
    if not message:
        return None
    for needles, kind, writing_text, reading_text in _NAMED:
        if any(n in message for n in needles):
            return kind(*(reading_text if reading else writing_text))
    return None
