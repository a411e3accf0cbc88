"""The open project: its connections, who is working, and the two kinds of transaction.

Each thread gets its own SQLite connection (:class:`ProjectConnections`). Writes go through
``BEGIN IMMEDIATE`` (one writer at a time; a busy project raises
:class:`~annotator.storage.errors.ProjectLockedError` with nothing changed); long reads go through
:meth:`ProjectBase.snapshot`, a deferred read transaction on a WAL snapshot that never takes the
write lock, so an export never blocks an edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from annotator.storage.connection import BUSY_TIMEOUT_MS, ProjectConnections, ProjectDatabase
from annotator.storage.errors import StorageError

# The window's own connection gives up on a busy project after this long: an edit then fails
# with a visible message instead of freezing the window for the full ten seconds.
INTERACTIVE_BUSY_TIMEOUT_MS = 2_000


def _nobody() -> str | None:
    return None


class ProjectBase:
    """Connections and transactions; the operations are added by the mixins of ``Project``."""

    def __init__(self, path: Path, *, create: bool = True,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                 who: Callable[[], str | None] = _nobody) -> None:
        if not create and not path.exists():
            raise StorageError("no_project", path=path)
        self.path = path
        self.connections = ProjectConnections(path, busy_timeout_ms)
        self._who = who

    @property
    def db(self) -> Database:
        """The calling thread's connection."""
        return self.connections.db

    @property
    def who(self) -> str | None:
        """The person working (translator and annotator name), or None when not known."""
        return self._who() or None

    def set_who(self, who: Callable[[], str | None]) -> None:
        """Where the name of the person working comes from (the window's settings)."""
        self._who = who

    def document_ids(self) -> list[str]:
        """Every document id, in import order."""
        return [row["id"] for row in
                self.db.query("SELECT id FROM documents ORDER BY imported_at, title")]

    @contextmanager
    def snapshot(self) -> Iterator[Database]:
        """A consistent read of the project that never blocks writers (see module docstring)."""
        db = self.db
        if isinstance(db, ProjectDatabase):
            with db.snapshot() as reader:
                yield reader
        else:  # pragma: no cover - every connection we open is a ProjectDatabase
            yield db

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction: everything inside is saved together or not at all."""
        with self.db.atomic() as db:
            yield db

    def close_thread(self) -> None:
        """Close the calling worker thread's connection (at the end of a background job)."""
        self.connections.close_thread()

    def close(self) -> None:
        """Close every connection (at exit)."""
        self.connections.close()
