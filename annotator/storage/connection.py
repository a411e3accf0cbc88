"""Opening project files: file checks, connection pragmas and one connection per thread.

A project file is checked before SQLite is allowed to write to it: a folder or device, a file
that is not an SQLite database, another program's database (whatever ``user_version`` it
claims), a damaged one (``PRAGMA quick_check``) or one written by a newer schema is refused
without a single byte changed (switching a file to WAL, backing it up or creating tables would
write to it). SQLite reporting a damaged file later, while a command runs, is the same error
(``storage.corrupt``, naming the file): :func:`storage_error` maps it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import stat
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
# The tables schema version 1 created; every later version still has them (released migration
# steps are never edited). A file that claims a version but lacks one is another program's.
V1_TABLES = frozenset({"documents", "blocks", "sentences", "translations", "targets", "actors",
                       "mentions", "events", "event_participants", "history", "settings"})


def read_user_version(path: Path) -> int:
    """Return the schema version stored in ``path``'s header without opening it through SQLite.

    Raises :class:`NotAProjectError` for a file that is not an SQLite database. An empty or
    missing file is version 0.
    """
    try:
        info = path.stat()  # never blocks, unlike opening a named pipe
    except FileNotFoundError:
        return 0
    except OSError as error:
        raise StorageError("cannot_open", path=path,
                           detail=error.strerror or str(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAProjectError("is_folder", path=path)
    if not stat.S_ISREG(info.st_mode):  # /dev/null, a pipe, a socket
        raise NotAProjectError("file_special", path=path)
    if info.st_size == 0:
        return 0
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


def _foreign(path: Path, tables: list[str]) -> NotAProjectError:
    shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
    return NotAProjectError("foreign_database", path=path, tables=shown or "—")


def check_project_file(path: Path) -> int:
    """Refuse files we must not open; return the file's schema version."""
    version = read_user_version(path)
    if version == 0 and path.exists() and path.stat().st_size > 0:
        try:
            tables = _foreign_tables(path)
        except sqlite3.DatabaseError as error:
            raise storage_error(error, path) from error
        if tables:
            raise _foreign(path, tables)
    if version > SCHEMA_VERSION:
        raise FutureSchemaError("future_schema", path=path, version=version,
                                supported=SCHEMA_VERSION)
    return version


def is_busy(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    text = str(error).lower()
    return "locked" in text or "busy" in text


def is_damaged(error: sqlite3.Error) -> bool:
    """Whether SQLite says the file is damaged or not a database at all.

    Python raises a plain ``DatabaseError`` for SQLite's CORRUPT and NOTADB codes ("database
    disk image is malformed", "file is not a database", "malformed database schema"); a text
    column holding bytes that are not UTF-8 can only come from a damaged page, too.
    """
    text = str(error).lower()
    return (type(error) is sqlite3.DatabaseError or "malformed" in text
            or "not a database" in text or "could not decode to utf-8" in text)


def is_runtime_failure(error: BaseException) -> bool:
    """Whether ``error`` is SQLite failing at run time (busy, damaged file, full disk), not a
    bug in our SQL (a constraint, a wrong query or parameter)."""
    return isinstance(error, sqlite3.OperationalError) or (
        isinstance(error, sqlite3.DatabaseError) and is_damaged(error))


def storage_error(error: sqlite3.Error, path: Path | None = None) -> StorageError:
    """The typed error for a failure of SQLite itself (lock, full disk, damaged file).

    ``path`` names the project file in the message of a damaged one (``storage.corrupt``).
    """
    if isinstance(error, sqlite3.OperationalError) and is_busy(error):
        return ProjectLockedError()
    if is_damaged(error):
        # "Could not decode to UTF-8 column 'text' with text '<the damaged bytes>'": not those
        detail = str(error).split(" with text ", 1)[0]
        return StorageError("corrupt", path=path if path is not None else "", detail=detail)
    return StorageError("disk", detail=str(error))


class ProjectDatabase(Database):
    """A sqlite-utils Database whose transactions take the write lock when they begin.

    sqlite-utils' ``atomic()`` issues a plain ``BEGIN``: a transaction that reads first and then
    writes cannot wait for another writer in WAL mode and fails at once with "database is locked",
    busy timeout or not. ``BEGIN IMMEDIATE`` waits (up to the busy timeout) instead, and a write
    that still meets a busy project raises :class:`ProjectLockedError` with nothing changed.
    Long reads use :meth:`snapshot`, which never takes the write lock. SQLite finding the file
    damaged inside either becomes ``storage.corrupt`` naming :attr:`project_path`.
    """

    project_path: Path | None = None

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic() as db:  # nested: a savepoint inside our transaction
                yield db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise storage_error(error, self.project_path) from error
        try:
            yield self
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError) and is_busy(error):
                raise ProjectLockedError() from error
            if isinstance(error, sqlite3.DatabaseError) and is_damaged(error):
                raise storage_error(error, self.project_path) from error
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise storage_error(error, self.project_path) from error

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
        try:
            self.conn.execute("BEGIN DEFERRED")
            try:
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                yield self
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")  # nothing was written: ending the read is enough
        except sqlite3.DatabaseError as error:
            if is_damaged(error):
                raise storage_error(error, self.project_path) from error
            raise


def connect(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> ProjectDatabase:
    """Open a connection to an already checked and migrated project with our pragmas set."""
    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
    conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    db = ProjectDatabase(conn)
    db.project_path = path
    return db


# Files up to this size get the whole quick_check on every open (about 75 ms at this size).
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024
# The tables that grow with the number of sentences; a big file's open does not read them all.
PER_SENTENCE_TABLES = frozenset({
    "blocks", "sentences", "targets", "translations", "mentions", "events",
    "event_participants", "history", "mt_cache", "tm_units"})


def _page_check(db: Database, path: Path, tables: list[str]) -> str:
    """``PRAGMA quick_check`` of the whole file, or of its small tables when it is big."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= FULL_CHECK_MAX_BYTES:
        return str(db.execute("PRAGMA quick_check(1)").fetchone()[0])
    for table in tables:
        if table not in PER_SENTENCE_TABLES and not table.startswith("sqlite_"):
            problem = str(db.execute(f'PRAGMA quick_check("{table}")').fetchone()[0])
            if problem != "ok":
                return problem
    return "ok"


def verify(db: Database, path: Path, version: int) -> None:
    """Refuse, before anything is written, a file that claims a schema version but lacks our
    tables (another program's database) or that ``PRAGMA quick_check`` finds damaged.

    quick_check reads every page once (no index cross-checks): 30 ms for a 10,000-sentence
    project with MT and English for every sentence (11 MB), paid once per open, by the window
    and by every command. In a file over :data:`FULL_CHECK_MAX_BYTES` (an archive of thousands
    of documents: 0.7 s, or 3.7 s from a cold disk, for 10,000 documents) only the tables other
    than the per-sentence ones are checked (:data:`PER_SENTENCE_TABLES`). Damage it does not
    see (inside a row's text, or in a big file's per-sentence pages) SQLite reports when the
    rows are read, as the same ``storage.corrupt``.
    """
    try:
        tables = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        if version >= 1 and not V1_TABLES.issubset(tables):
            raise _foreign(path, tables)
        problem = _page_check(db, path, tables)
    except sqlite3.DatabaseError as error:
        if is_runtime_failure(error):
            raise storage_error(error, path) from error
        raise StorageError("cannot_open", path=path, detail=str(error)) from error
    if problem != "ok":
        raise StorageError("corrupt", path=path, detail=problem.splitlines()[-1].strip())


def open_project(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> ProjectDatabase:
    """Check, create or migrate the project file at ``path`` and return a connection to it.

    Every failure is a :class:`StorageError` (not a project, damaged, too new, locked,
    unreadable).
    """
    version = check_project_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        db = connect(path, busy_timeout_ms)
    except (OSError, sqlite3.Error) as error:
        if isinstance(error, sqlite3.Error) and is_damaged(error):
            raise storage_error(error, path) from error
        detail = getattr(error, "strerror", None) or str(error)
        raise StorageError("cannot_open", path=path, detail=detail) from error
    try:
        if existed:
            verify(db, path, version)
        if version < SCHEMA_VERSION:
            migrate(db, path, version, backup=existed)
        if db.journal_mode != "wal":
            db.enable_wal()
    except sqlite3.Error as error:
        db.close()
        if isinstance(error, sqlite3.OperationalError) and is_busy(error):
            raise ProjectLockedError() from error
        if is_damaged(error):
            raise storage_error(error, path) from error
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
