"""Assignments: a new project file holding some documents of the team project, for one person.

The file holds the documents with their blocks, sentences, English, MT outputs, mentions, events
(with participants) and QA marks, row for row with the team's ids, plus the whole actor registry,
the glossary and the team's settings (its taxonomy among them). It does not hold the other
documents, the team's audit history, the translation memory or the MT cache. Its settings say
who it is for (``assigned_to``), which team project it came from (``assigned_from``: the team's
random ``project_id``, stored in the team's settings the first time it assigns), when
(``assigned_at``) and which documents (``assigned_documents``, a JSON list).

The file is written as ``OUT.part`` and renamed to ``OUT`` when complete, in SQLite's rollback
journal mode, so that it stands alone (no ``-wal`` beside it) and can be mailed or copied as it is.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from annotator.exchange.team_rows import columns, placeholders
from annotator.storage.connection import open_project
from annotator.storage.documents import now_iso

PROJECT_ID = "project_id"
ASSIGNED_TO = "assigned_to"
ASSIGNED_FROM = "assigned_from"
ASSIGNED_AT = "assigned_at"
ASSIGNED_DOCUMENTS = "assigned_documents"
_OWN_SETTINGS = (PROJECT_ID, ASSIGNED_TO, ASSIGNED_FROM, ASSIGNED_AT, ASSIGNED_DOCUMENTS)
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class AssignReport:
    """What an assignment file holds."""

    path: Path
    to: str
    documents: tuple[str, ...]
    sentences: int
    mentions: int
    events: int
    actors: int


def project_id(db: Database) -> str:
    """The team project's random id (``settings.project_id``), made the first time it is asked."""
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                   [PROJECT_ID, uuid.uuid4().hex])
        return str(db.execute("SELECT value FROM settings WHERE key = ?",
                              [PROJECT_ID]).fetchone()[0])


def _remove(path: Path) -> None:
    for name in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        name.unlink(missing_ok=True)


def _plan(doc_ids: Sequence[str]) -> list[tuple[str, str, list[str]]]:
    """(table, WHERE clause over the team project, its parameters) in foreign-key order."""
    ids = list(doc_ids)
    documents = f"document_id IN ({placeholders(ids)})"
    sentences = f"sentence_id IN (SELECT id FROM sentences WHERE {documents})"
    return [("documents", f"id IN ({placeholders(ids)})", ids), ("blocks", documents, ids),
            ("sentences", documents, ids), ("actors", "1", []), ("targets", sentences, ids),
            ("translations", sentences, ids), ("mentions", sentences, ids),
            ("events", sentences, ids),
            ("event_participants", f"event_id IN (SELECT id FROM events WHERE {sentences})",
             ids),
            ("qa_ignored", sentences, ids), ("glossary_terms", "1", []),
            ("settings", f"key NOT IN ({placeholders(_OWN_SETTINGS)})", list(_OWN_SETTINGS))]


def _copy(db: Database, out: Database, doc_ids: Sequence[str]) -> dict[str, int]:
    copied: dict[str, int] = {}
    for table, where, params in _plan(doc_ids):
        names = columns(out, table)
        quoted = ", ".join(f'"{name}"' for name in names)
        found = db.execute(f"SELECT {quoted} FROM {table} WHERE {where}", params).fetchall()
        out.conn.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({placeholders(names)})",
                             found)
        copied[table] = len(found)
    return copied


def assign_documents(db: Database, doc_ids: Sequence[str], to: str, out_path: Path,
                     team_id: str) -> AssignReport:
    """Write the assignment file ``out_path`` for ``to`` (replacing one that is there: the
    caller decides whether it may). ``db`` is read only; read it in a snapshot."""
    part = out_path.with_name(out_path.name + ".part")
    _remove(part)
    out = open_project(part)
    try:
        with out.atomic():
            copied = _copy(db, out, doc_ids)
            settings = {ASSIGNED_TO: to, ASSIGNED_FROM: team_id, ASSIGNED_AT: now_iso(),
                        ASSIGNED_DOCUMENTS: json.dumps(list(doc_ids))}
            out.conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                                 list(settings.items()))
        out.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        out.close()
        _remove(part)
        raise
    out.close()
    _remove(out_path)  # a replaced project's -wal must not be applied to the new file
    os.replace(part, out_path)
    return AssignReport(out_path, to, tuple(doc_ids), copied["sentences"], copied["mentions"],
                        copied["events"], copied["actors"])
