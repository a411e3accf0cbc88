"""Reading the translation grid of a document in one query, and the time spent per sentence."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from annotator.core.models import (
    BlockRole,
    Segment,
    Sentence,
    Target,
    TargetStatus,
)

# The latest successful output of any engine is "the MT" a target is compared with; mt_error is
# the last failure, shown only while no engine has produced a translation.
_SEGMENTS_SQL = """
SELECT s.id, s.document_id, s.block_id, s.ord, s.start, s."end", s.text, b.role,
       t.text AS target_text, t.status, t.translator, t.updated, t.seconds,
       (SELECT tr.text FROM translations tr WHERE tr.sentence_id = s.id AND tr.text IS NOT NULL
          ORDER BY tr.id DESC LIMIT 1) AS mt,
       (SELECT tr.engine FROM translations tr WHERE tr.sentence_id = s.id AND tr.text IS NOT NULL
          ORDER BY tr.id DESC LIMIT 1) AS mt_engine,
       (SELECT tr.engine || ': ' || tr.error_kind || ': ' || tr.error FROM translations tr
          WHERE tr.sentence_id = s.id AND tr.text IS NULL ORDER BY tr.id DESC LIMIT 1) AS mt_error
FROM sentences s
JOIN blocks b ON b.id = s.block_id
LEFT JOIN targets t ON t.sentence_id = s.id
WHERE {where}
ORDER BY s.ord
"""


def _segment_from_row(row: tuple[Any, ...]) -> Segment:
    (sid, document_id, block_id, order, start, end, text, role, target_text, status,
     translator, updated, seconds, mt, mt_engine, mt_error) = row
    sentence = Sentence(sid, document_id, block_id, order, start, end, text, BlockRole(role))
    target = Target(sid, target_text or "",
                    TargetStatus(status) if status else TargetStatus.UNTRANSLATED,
                    translator, updated, seconds or 0.0)
    return Segment(sentence, target, mt, mt_engine, mt_error if mt is None else None)


def get_segments(db: Database, doc_id: str) -> list[Segment]:
    """Every sentence of a document with its target and latest MT, in reading order."""
    sql = _SEGMENTS_SQL.format(where="s.document_id = ?")
    return [_segment_from_row(row) for row in db.execute(sql, [doc_id]).fetchall()]


def get_segment(db: Database, sentence_id: int) -> Segment | None:
    """One sentence as a grid row (after MT or another change), or None if it is gone."""
    rows = db.execute(_SEGMENTS_SQL.format(where="s.id = ?"), [sentence_id]).fetchall()
    return _segment_from_row(rows[0]) if rows else None


def add_seconds(db: Database, sentence_id: int, seconds: float) -> None:
    """Add time spent on a sentence without changing its text or status."""
    if seconds <= 0:
        return
    with db.atomic():
        db.execute(
            "INSERT INTO targets (sentence_id, seconds) VALUES (?, ?) "
            "ON CONFLICT (sentence_id) DO UPDATE SET seconds = targets.seconds + excluded.seconds",
            [sentence_id, seconds],
        )
