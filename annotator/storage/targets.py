"""The translator's English per sentence: read, and save each edit with its history row.

Every save is one transaction that writes the new target and an append-only ``history`` row with
the before and after values, so an edit is on disk the moment it is made and can be audited. English
mentions and event triggers are re-anchored in the same transaction (see ``reanchor_english``).
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from annotator.core.models import Target, TargetStatus
from annotator.core.turkish import search_key
from annotator.storage.documents import now_iso


def _target_from_row(row: dict[str, Any]) -> Target:
    return Target(sentence_id=row["sentence_id"], text=row["text"],
                  status=TargetStatus(row["status"]), translator=row["translator"],
                  updated=row["updated"], seconds=row["seconds"])


def get_target(db: Database, sentence_id: int) -> Target:
    """The current target of a sentence; an empty ``untranslated`` one if none was saved."""
    rows = list(db.query("SELECT * FROM targets WHERE sentence_id = ?", [sentence_id]))
    if rows:
        return _target_from_row(rows[0])
    return Target(sentence_id, "", TargetStatus.UNTRANSLATED, None, None, 0.0)


def get_targets(db: Database, doc_id: str) -> dict[int, Target]:
    """Every saved target of a document, by sentence id."""
    sql = """SELECT t.* FROM targets t JOIN sentences s ON s.id = t.sentence_id
             WHERE s.document_id = ?"""
    return {row["sentence_id"]: _target_from_row(row) for row in db.query(sql, [doc_id])}


def save_target(db: Database, sentence_id: int, text: str, status: TargetStatus,
                translator: str | None = None, add_seconds: float = 0.0) -> Target:
    """Write a sentence's English and status, with a history row, in one transaction."""
    from annotator.storage.annotations import reanchor_english

    with db.atomic():
        before = get_target(db, sentence_id)
        stamp = now_iso()
        db.execute(
            """INSERT INTO targets (sentence_id, text, search, status, translator, updated, seconds)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (sentence_id) DO UPDATE SET text = excluded.text,
                 search = excluded.search, status = excluded.status,
                 translator = excluded.translator, updated = excluded.updated,
                 seconds = targets.seconds + ?""",
            [sentence_id, text, search_key(text), str(status), translator, stamp, add_seconds,
             add_seconds],
        )
        after = get_target(db, sentence_id)
        reanchor_english(db, sentence_id, before.text, after.text, translator)
        db.execute(
            "INSERT INTO history (at, who, table_name, row_id, action, before, after) "
            "VALUES (?, ?, 'targets', ?, ?, ?, ?)",
            [stamp, translator, str(sentence_id),
             "update" if before.updated else "insert",
             json.dumps({"text": before.text, "status": str(before.status)}, ensure_ascii=False),
             json.dumps({"text": after.text, "status": str(after.status)}, ensure_ascii=False)],
        )
    return after
