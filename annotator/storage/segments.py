"""Reading the translation grid of a document in one query, and the time spent per sentence."""

from __future__ import annotations

from sqlite_utils import Database

from annotator.core.models import (
    BlockRole,
    Segment,
    Sentence,
    Target,
    TargetStatus,
)

# The latest successful output of any engine is "the MT" a target is compared with.
_SEGMENTS_SQL = """
SELECT s.id, s.document_id, s.block_id, s.ord, s.start, s."end", s.text, b.role,
       t.text AS target_text, t.status, t.translator, t.updated, t.seconds,
       (SELECT tr.text FROM translations tr WHERE tr.sentence_id = s.id AND tr.text IS NOT NULL
          ORDER BY tr.id DESC LIMIT 1) AS mt,
       (SELECT tr.engine FROM translations tr WHERE tr.sentence_id = s.id AND tr.text IS NOT NULL
          ORDER BY tr.id DESC LIMIT 1) AS mt_engine
FROM sentences s
JOIN blocks b ON b.id = s.block_id
LEFT JOIN targets t ON t.sentence_id = s.id
WHERE s.document_id = ?
ORDER BY s.ord
"""


def get_segments(db: Database, doc_id: str) -> list[Segment]:
    """Every sentence of a document with its target and latest MT, in reading order."""
    segments = []
    for row in db.execute(_SEGMENTS_SQL, [doc_id]).fetchall():
        (sid, document_id, block_id, order, start, end, text, role, target_text, status,
         translator, updated, seconds, mt, mt_engine) = row
        sentence = Sentence(sid, document_id, block_id, order, start, end, text, BlockRole(role))
        target = Target(sid, target_text or "",
                        TargetStatus(status) if status else TargetStatus.UNTRANSLATED,
                        translator, updated, seconds or 0.0)
        segments.append(Segment(sentence, target, mt, mt_engine))
    return segments


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
