"""The register's search index: derived, local to this installation, never synced.

``search_key`` holds one row per (key, household): names, pinyin, initials and reversed number
tails (see ``domain.search_keys``). Households are referred to by a small integer from
``search_household`` so the index stays compact at county scale (≈ 0.9 million keys for 50,000
households). ``search_dirty`` lists households whose keys must be recomputed: SQLite triggers
fill it on every insert or change of the indexed columns, whoever writes (the register form,
the roster import, a sync package, the demo generator), and ``services.register.search`` empties it.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlmodel import Field, SQLModel


class SearchHousehold(SQLModel, table=True):
    __tablename__ = "search_household"
    n: int = Field(primary_key=True)
    household_id: str = Field(unique=True, max_length=32)
    sort_name: str = Field(default="", description="head name in pinyin, for sorting the list by 户主")


class SearchKey(SQLModel, table=True):
    __tablename__ = "search_key"
    __table_args__ = {"sqlite_with_rowid": False}
    key: str = Field(primary_key=True)
    n: int = Field(primary_key=True, index=True)


class SearchDirty(SQLModel, table=True):
    __tablename__ = "search_dirty"
    __table_args__ = {"sqlite_with_rowid": False}
    household_id: str = Field(primary_key=True, max_length=32)


# The triggers, shared by a fresh database (after create_all) and the migration step.
TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS search_household_insert AFTER INSERT ON household
       BEGIN INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.id); END""",
    """CREATE TRIGGER IF NOT EXISTS search_household_update
       AFTER UPDATE OF household_no, phone, head_name ON household
       BEGIN INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.id); END""",
    """CREATE TRIGGER IF NOT EXISTS search_member_insert AFTER INSERT ON member
       BEGIN INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.household_id); END""",
    """CREATE TRIGGER IF NOT EXISTS search_member_update
       AFTER UPDATE OF name, id_number, phone, deleted, household_id ON member
       BEGIN
         INSERT OR IGNORE INTO search_dirty (household_id) VALUES (NEW.household_id);
         INSERT OR IGNORE INTO search_dirty (household_id) VALUES (OLD.household_id);
       END""",
)


def _create_triggers(target, connection, **kw) -> None:
    for statement in TRIGGERS:
        connection.exec_driver_sql(statement)


event.listen(SQLModel.metadata, "after_create", _create_triggers)
