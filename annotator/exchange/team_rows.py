"""Row helpers shared by assignment and merge: a table's columns, raw inserts, the temporary copy.

Assignment files and team projects have the same schema (a file of an older schema is migrated
on a temporary copy first), so rows move between them column for column, with their timestamps,
authors and statuses as they are; only integer ids that would clash are renumbered by the caller.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.storage.connection import storage_error
from annotator.storage.documents import now_iso


def columns(db: Database, table: str) -> list[str]:
    """The column names of ``table``, in schema order."""
    return [str(row[1]) for row in db.execute(f'PRAGMA table_info("{table}")')]


def _known(db: Database, table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` without the keys ``table`` has no column for (a crafted or newer file may hold
    them: they are never put in SQL). The columns are read once per table and connection."""
    cache: dict[str, frozenset[str]] = db.__dict__.setdefault("_team_columns", {})
    if table not in cache:
        cache[table] = frozenset(columns(db, table))
    return {name: value for name, value in row.items() if name in cache[table]}


def insert_row(db: Database, table: str, row: Mapping[str, Any], *,
               or_ignore: bool = False) -> sqlite3.Cursor:
    """Insert ``row`` (its keys are column names, unknown ones left out); returns the cursor."""
    row = _known(db, table, row)
    names = ", ".join(f'"{name}"' for name in row)
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    return db.execute(f"{verb} INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})",
                      list(row.values()))


def update_row(db: Database, table: str, key: str, key_value: Any,
               row: Mapping[str, Any]) -> None:
    """Set the columns of ``row`` (unknown ones left out) on the row whose ``key`` is
    ``key_value``."""
    row = _known(db, table, row)
    assignments = ", ".join(f'"{name}" = ?' for name in row)
    db.execute(f'UPDATE {table} SET {assignments} WHERE "{key}" = ?',
               [*row.values(), key_value])


def rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Every row of a query, as dicts."""
    return [dict(row) for row in db.query(sql, params)]


def history(db: Database, table: str, row_id: str, action: str, who: str | None,
            before: Mapping[str, Any] | None, after: Mapping[str, Any] | None,
            at: str | None = None) -> None:
    """Append one audit row whose before/after are the given row dicts as JSON."""
    def dump(value: Mapping[str, Any] | None) -> str | None:
        return None if value is None else json.dumps(dict(value), ensure_ascii=False)

    db.execute("INSERT INTO history (at, who, table_name, row_id, action, before, after) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               [at or now_iso(), who, table, row_id, action, dump(before), dump(after)])


def placeholders(values: Iterable[Any]) -> str:
    """``?, ?, ?`` for each value."""
    return ", ".join("?" for _ in values)


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through SQLite's backup API, opening ``source`` read-only.

    The copy holds what a reader of ``source`` sees (its write-ahead log included); ``source``
    itself is never written.
    """
    try:
        reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise storage_error(error, source) from error
    try:
        writer = sqlite3.connect(str(target))
        try:
            reader.backup(writer)
        finally:
            writer.close()
    except sqlite3.DatabaseError as error:
        raise storage_error(error, source) from error
    finally:
        reader.close()
