"""What a batch MT engine is shown around a paragraph: the block of each sentence, the document
title and the sentences before the paragraph whose English a person has confirmed.

"Confirmed" means a target with status ``translated`` or ``reviewed`` and some text; MT output
and drafts are never shown to a model as examples.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from annotator.core.models import TargetStatus

_CHUNK = 500  # stay well below SQLite's host-parameter limit
CONFIRMED = (str(TargetStatus.TRANSLATED), str(TargetStatus.REVIEWED))


def sentence_places(db: Database, sentence_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """``sentence id → (block id, order in its document)``."""
    ids = list(sentence_ids)
    out: dict[int, tuple[int, int]] = {}
    for at in range(0, len(ids), _CHUNK):
        chunk = ids[at:at + _CHUNK]
        rows = db.query(f"SELECT id, block_id, ord FROM sentences WHERE id IN "
                        f"({', '.join('?' * len(chunk))})", chunk)
        out.update({row["id"]: (row["block_id"], row["ord"]) for row in rows})
    return out


def document_title(db: Database, document_id: str) -> str:
    """The document's title ("" when it has none)."""
    rows = list(db.query("SELECT title FROM documents WHERE id = ?", [document_id]))
    return str(rows[0]["title"]) if rows else ""


def confirmed_before(db: Database, document_id: str, order: int,
                     limit: int = 3) -> list[tuple[str, str]]:
    """Up to ``limit`` sentences before ``order`` with confirmed English, as (Turkish, English),
    oldest first (the ones closest to ``order``)."""
    rows = db.query(
        f"SELECT s.text AS tr, t.text AS en FROM sentences s JOIN targets t "
        f"ON t.sentence_id = s.id WHERE s.document_id = ? AND s.ord < ? AND t.status IN "
        f"({', '.join('?' * len(CONFIRMED))}) AND t.text != '' ORDER BY s.ord DESC LIMIT ?",
        [document_id, order, *CONFIRMED, limit])
    return [(row["tr"], row["en"]) for row in rows][::-1]
