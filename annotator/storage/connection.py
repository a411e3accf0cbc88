"""Opening project files: file checks, connection pragmas and one connection per thread.

A project file is checked before SQLite is allowed to touch it: a file that is not an SQLite
database, or one written by a newer schema, is refused without a single byte changed (switching a
file to WAL, or creating tables, would write to it).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from annotator.storage.errors import (
    FutureSchemaError,
    NotAProjectError,
    ProjectLockedError,
    StorageError,
)
from annotator.storage.schema import SCHEMA_VERSION, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def read_user_version(path: Path) -> int:
    """Return the schema version stored in ``path``'s header without opening it through SQLite.

    Raises :class:`NotAProjectError` for a file that is not an SQLite database. An empty or
    missing file is version 0.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    if path.is_dir():
        raise NotAProjectError("is_folder", path=path)
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError("not_sqlite", path=path)
    # The header stores user_version as a big-endian integer at offset 60.
    return int.from_bytes(header[60:64], "big", signed=True)


def _foreign_tables(path: Path) -> list[str]:
    """The tables of a version-0 SQLite file, read without changing it (read-only URI)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    finally:
        conn.close()


def check_project_file(path: Path) -> int:
    """Refuse files we must not open; return the file's schema version."""
    version = read_user_version(path)
    if version == 0 and path.exists() and path.stat().st_size > 0:
        tables = _foreign_tables(path)
        if tables:
            shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
            raise NotAProjectError("foreign_database", path=path, tables=shown)
    if version > SCHEMA_VERSION:
        raise FutureSchemaError("future_schema", path=path, version=version,
                                supported=SCHEMA_VERSION)
    return version


def is_busy(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    text = str(error).lower()
    return "locked" in text or "busy" in text


def storage_error(error: sqlite3.Error) -> StorageError:
    """The typed error for a failure of SQLite itself (lock, full disk, damaged file)."""
    if isinstance(error, sqlite3.OperationalError) and is_busy(error):
        return ProjectLockedError()
    if isinstance(error, sqlite3.DatabaseError) and "malformed" in str(error).lower():
        return StorageError("corrupt", detail=str(error))
    return StorageError("disk", detail=str(error))


class ProjectDatabase(Database):
    """A sqlite-utils Database whose transactions take the write lock when they begin.

    sqlite-utils' ``atomic()`` issues a plain ``BEGIN``: a transaction that reads first and then
    writes cannot wait for another writer in WAL mode and fails at once with "database is locked",
    busy timeout or not. ``BEGIN IMMEDIATE`` waits (up to the busy timeout) instead, and a write
    that still meets a busy project raises :class:`ProjectLockedError` with nothing changed.
    Long reads use :meth:`snapshot`, which never takes the write lock.
    """

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic() as db:  # nested: a savepoint inside our transaction
                yield db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise storage_error(error) from error
        try:
            yield self
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError) and is_busy(error):
                raise ProjectLockedError() from error
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise storage_error(error) from error

    @contextmanager
    def snapshot(self) -> Iterator[Database]:
        """A read transaction: every query inside sees the project as it was when it began.

        ``BEGIN DEFERRED`` plus a first read pins a WAL snapshot without taking the write lock,
        so writers (the window, MT) go on while a long export reads. Nested use joins the
        transaction already open.
        """
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # nothing was written: ending the read is enough


def connect(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> ProjectDatabase:
    """Open a connection to an already checked and migrated project with our pragmas set."""
    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
    conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    return ProjectDatabase(conn)


def open_project(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> ProjectDatabase:
    """Check, create or migrate the project file at ``path`` and return a connection to it.

    Every failure is a :class:`StorageError` (not a project, too new, locked, unreadable).
    """
    version = check_project_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        db = connect(path, busy_timeout_ms)
    except (OSError, sqlite3.Error) as error:
        detail = getattr(error, "strerror", None) or str(error)
        raise StorageError("cannot_open", path=path, detail=detail) from error
    try:
        if version < SCHEMA_VERSION:
            migrate(db, path, version, backup=existed)
        if db.journal_mode != "wal":
            db.enable_wal()
    except sqlite3.Error as error:
        db.close()
        if isinstance(error, sqlite3.OperationalError) and is_busy(error):
            raise ProjectLockedError() from error
        raise StorageError("cannot_open", path=path, detail=str(error)) from error
    except BaseException:
        db.close()
        raise
    return db


class ProjectConnections:
    """Hands each thread its own connection to one project file (SQLite objects are per thread).

    The file is checked and migrated once, by the constructor, in the calling thread. That
    thread's connection waits ``busy_timeout_ms`` for another writer (the window keeps it short,
    so an edit against a busy project fails visibly instead of freezing); worker threads wait
    the default ten seconds.
    """

    def __init__(self, path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[Database] = []
        self._lock = threading.Lock()
        self._local.db = open_project(path, busy_timeout_ms)
        self._all.append(self._local.db)

    @property
    def db(self) -> Database:
        """The calling thread's connection, opened on first use."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close_thread(self) -> None:
        """Close the calling thread's connection (call at the end of a worker thread)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None
            with self._lock:
                self._all.remove(db)

    def close(self) -> None:
        """Close every connection still open (at application exit)."""
        with self._lock:
            for db in self._all:
                # A connection made in another thread can only be closed there; SQLite frees
                # it when that thread's objects are collected.
                with contextlib.suppress(sqlite3.ProgrammingError):
                    db.close()
            self._all.clear()
        self._local = threading.local()
