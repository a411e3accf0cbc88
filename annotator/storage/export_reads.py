"""Reading documents for an export in batches: one query per table for many documents at once.

An export reads every selected document. One query per table and document costs more than the
export itself when documents are small (a thousand commentaries of fifty sentences are six
thousand queries), so documents are read in batches of consecutive ids (a few thousand
sentences), each table with one query. Sentences come back as plain rows (:data:`SentenceRow`),
from which an export builds its records without a dataclass per sentence;
:func:`segment_of` makes the grid's :class:`Segment` of a row for the writers that want one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from annotator.core.models import (
    Block,
    BlockRole,
    Document,
    Segment,
    Sentence,
    Target,
    TargetStatus,
)

# id, document id, block id, order, start, end, Turkish text, block role, then the target:
# English ('' when none was saved), status ('untranslated' when none), translator, updated,
# seconds.
SentenceRow = tuple[int, str, int, int, int, int, str, str, str, str, str | None, str | None,
                    float]
MtOutput = tuple[str, str]  # the latest MT of a sentence: (text, engine)

_IN_DOCUMENTS = "document_id IN (SELECT value FROM json_each(?))"
_SENTENCES_SQL = f"""
SELECT s.id, s.document_id, s.block_id, s.ord, s.start, s."end", s.text, b.role,
       coalesce(t.text, ''), coalesce(t.status, 'untranslated'), t.translator, t.updated,
       coalesce(t.seconds, 0.0)
FROM sentences s JOIN blocks b ON b.id = s.block_id
LEFT JOIN targets t ON t.sentence_id = s.id
WHERE s.{_IN_DOCUMENTS} ORDER BY s.document_id, s.ord
"""
# Every engine's output and failure, oldest first: the last output is "the MT", the last failure
# its error (as :mod:`annotator.storage.segments` reads them, one sentence at a time).
_TRANSLATIONS_SQL = f"""
SELECT tr.sentence_id, tr.text, tr.engine, tr.engine || ': ' || tr.error_kind || ': ' || tr.error
FROM translations tr JOIN sentences s ON s.id = tr.sentence_id
WHERE s.{_IN_DOCUMENTS} ORDER BY tr.id
"""


@dataclass(frozen=True)
class DocumentBatch:
    """Several documents as an export reads them: metadata, blocks, sentence rows, MT."""

    documents: tuple[Document, ...]  # in the order asked for
    blocks: dict[str, tuple[Block, ...]]  # document id -> its blocks in reading order
    sentences: dict[str, list[SentenceRow]]  # document id -> its rows in reading order
    mt: dict[int, MtOutput]  # sentence id -> its latest MT (sentences with one)
    mt_errors: dict[int, str | None]  # sentence id -> its latest MT failure (sentences with one)


def sentence_counts(db: Database) -> dict[str, int]:
    """The number of sentences of every document (one pass over an index)."""
    return dict(db.execute("SELECT document_id, count(*) FROM sentences GROUP BY document_id"))


def batches(doc_ids: Sequence[str], counts: dict[str, int], sentences: int) -> Iterator[list[str]]:
    """``doc_ids`` in order, cut into runs of about ``sentences`` sentences (a longer document
    makes a batch of its own)."""
    batch: list[str] = []
    size = 0
    for doc_id in doc_ids:
        count = counts.get(doc_id, 0)
        if batch and size + count > sentences:
            yield batch
            batch, size = [], 0
        batch.append(doc_id)
        size += count
    if batch:
        yield batch


def read_batch(db: Database, doc_ids: Sequence[str]) -> DocumentBatch:
    """The documents ``doc_ids`` (which must exist) with one query per table."""
    ids = json.dumps(list(doc_ids))
    found = {row[0]: _document(row) for row in db.execute(
        "SELECT id, title, text, author, publisher, url, published, language, source_name, "
        "source_sha256, imported_at FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        [ids])}
    blocks: dict[str, list[Block]] = {doc_id: [] for doc_id in doc_ids}
    for row in db.execute('SELECT id, document_id, ord, role, start, "end", paragraph, attrs '
                          f"FROM blocks WHERE {_IN_DOCUMENTS} ORDER BY document_id, ord", [ids]):
        blocks[row[1]].append(_block(row))
    sentences: dict[str, list[SentenceRow]] = {doc_id: [] for doc_id in doc_ids}
    for row in db.execute(_SENTENCES_SQL, [ids]):
        sentences[row[1]].append(row)
    mt: dict[int, MtOutput] = {}
    errors: dict[int, str | None] = {}
    for sentence_id, text, engine, error in db.execute(_TRANSLATIONS_SQL, [ids]):
        if text is None:
            errors[sentence_id] = error
        else:
            mt[sentence_id] = (text, engine)
    return DocumentBatch(tuple(found[doc_id] for doc_id in doc_ids),
                         {doc_id: tuple(listed) for doc_id, listed in blocks.items()},
                         sentences, mt, errors)


_ROLES = {str(role): role for role in BlockRole}
_STATUSES = {str(status): status for status in TargetStatus}


def segment_of(row: SentenceRow, mt: MtOutput | None, mt_error: str | None) -> Segment:
    """The grid's :class:`Segment` of a sentence row (as ``storage.segments`` reads it)."""
    (sentence_id, document_id, block_id, order, start, end, text, role, target, status,
     translator, updated, seconds) = row
    sentence = Sentence(sentence_id, document_id, block_id, order, start, end, text, _ROLES[role])
    return Segment(sentence,
                   Target(sentence_id, target, _STATUSES[status], translator, updated, seconds),
                   mt[0] if mt else None, mt[1] if mt else None,
                   mt_error if mt is None else None)


def _document(row: Sequence[Any]) -> Document:
    (doc_id, title, text, author, publisher, url, published, language, source_name,
     source_sha256, imported_at) = row
    return Document(id=doc_id, title=title, text=text, author=author, publisher=publisher,
                    url=url, published=published, language=language, source_name=source_name,
                    source_sha256=source_sha256, imported_at=imported_at)


def _block(row: Sequence[Any]) -> Block:
    block_id, document_id, order, role, start, end, paragraph, attrs = row
    return Block(id=block_id, document_id=document_id, order=order, role=_ROLES[role],
                 start=start, end=end, paragraph=paragraph,
                 attrs={} if attrs == "{}" else json.loads(attrs))


def qa_marks(db: Database, doc_ids: Sequence[str]) -> set[tuple[int, str, str]]:
    """The (sentence id, check, detail) marks "not an error" of the documents' sentences (as
    :func:`annotator.storage.glossary.qa_ignored` reads them, many documents at once)."""
    rows = db.execute('SELECT q.sentence_id, q."check", q.detail FROM qa_ignored q '
                      f"JOIN sentences s ON s.id = q.sentence_id WHERE s.{_IN_DOCUMENTS}",
                      [json.dumps(list(doc_ids))])
    return {(int(r[0]), str(r[1]), str(r[2])) for r in rows}
