"""What merging one project file into the team project did: counts per table and conflicts.

A :class:`MergeReport` counts, for each table, the rows ``added``, the rows ``updated`` (a later
version of a row the team already had: a status, a filled-in actor field, the current English)
and the rows ``already`` there; ``conflicts`` lists what was kept as it is in the team project
because the file disagrees (an actor with the same id but another name, a document whose text or
sentences differ). Merging the same file twice reports nothing added or updated the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The tables a merge reports on, in the order they are merged.
TABLES = ("actors", "glossary_terms", "tm_units", "mt_cache", "documents", "blocks", "sentences",
          "translations", "targets", "history", "qa_ignored", "mentions", "events",
          "event_participants")


@dataclass
class TableCount:
    """Rows of one table: new, changed to a later version, already there, or in conflict."""

    added: int = 0
    updated: int = 0
    already: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class Conflict:
    """A row kept as the team project has it: ``kind`` (``actor``, ``document_text``,
    ``segmentation``), the row's ``id`` and a ``detail`` naming what differs."""

    kind: str
    id: str
    detail: str


@dataclass
class MergeReport:
    """Counts per table (:data:`TABLES`) and the conflicts of one merged file.

    ``migrated_from`` is the file's schema version when it was older than this Annotator's (the
    temporary copy was migrated; the file itself is never changed), else None.
    """

    source: Path
    tables: dict[str, TableCount] = field(
        default_factory=lambda: {name: TableCount() for name in TABLES})
    conflicts: list[Conflict] = field(default_factory=list)
    migrated_from: int | None = None
    documents_touched: set[str] = field(default_factory=set)
    documents_added: set[str] = field(default_factory=set)

    def count(self, table: str) -> TableCount:
        """The counts of one table."""
        return self.tables[table]

    def conflict(self, table: str, kind: str, row_id: str, detail: str) -> None:
        """Record a row kept as the team project has it."""
        self.tables[table].conflicts += 1
        self.conflicts.append(Conflict(kind, row_id, detail))

    @property
    def added(self) -> int:
        """Rows added, every table together."""
        return sum(count.added for count in self.tables.values())

    @property
    def updated(self) -> int:
        """Rows changed to the file's later version, every table together."""
        return sum(count.updated for count in self.tables.values())

    @property
    def already(self) -> int:
        """Rows the team project already had, every table together."""
        return sum(count.already for count in self.tables.values())

    @property
    def changed(self) -> bool:
        """Whether the merge wrote anything."""
        return bool(self.added or self.updated)
