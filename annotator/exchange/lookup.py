"""Finding the sentences an imported record refers to: by ``<document id>:<order>`` or by text.

Imports read records in file order, which is document order for our own exports, so the index
keeps one document's sentences at a time.
"""

from __future__ import annotations

from sqlite_utils import Database

from annotator.core.models import Sentence
from annotator.storage.documents import get_sentences


class SentenceIndex:
    """Looks sentences up by document and order, caching the current document's sentences."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._document: str | None = None
        self._sentences: dict[int, Sentence] = {}

    def get(self, doc_id: str, order: int) -> Sentence | None:
        """The sentence ``order`` of document ``doc_id``, or None."""
        if doc_id != self._document:
            self._sentences = {s.order: s for s in get_sentences(self.db, doc_id)}
            self._document = doc_id
        return self._sentences.get(order)

    def by_id(self, sentence_ref: str) -> Sentence | None:
        """The sentence named ``<document id>:<order>`` (the id of our records), or None."""
        doc_id, _, order = sentence_ref.rpartition(":")
        return self.get(doc_id, int(order)) if order.isdigit() else None

    def forget(self, doc_id: str) -> None:
        """Drop the cache when ``doc_id`` has just been created."""
        if doc_id == self._document:
            self._document = None

    def by_text(self, text: str, side: str) -> list[tuple[Sentence, str]]:
        """Sentences whose Turkish (``tr``) or current English (``en``) is exactly ``text``;
        with ``side`` empty, the Turkish matches, else the English ones. Reading order."""
        queries = {
            "tr": "SELECT document_id, ord FROM sentences WHERE text = ? "
                  "ORDER BY document_id, ord",
            "en": "SELECT s.document_id, s.ord FROM targets t JOIN sentences s "
                  "ON s.id = t.sentence_id WHERE t.text = ? ORDER BY s.document_id, s.ord",
        }
        for name in ([side] if side else ["tr", "en"]):
            rows = self.db.execute(queries[name], [text]).fetchall()
            found = [(s, name) for s in (self.get(doc, order) for doc, order in rows) if s]
            if found:
                return found
        return []
