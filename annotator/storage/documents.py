"""Documents, their blocks and their sentences: insert once at import, read many times."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from annotator.core.models import (
    Block,
    BlockRole,
    Document,
    DocumentSummary,
    ParsedDocument,
    Sentence,
)
from annotator.core.turkish import search_key
from annotator.storage.errors import AmbiguousDocumentError, DocumentNotFoundError

ID_LENGTH = 12
MIN_PREFIX = 4


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string with seconds, as stored everywhere."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_id_for(text: str) -> str:
    """A stable id for a document: the first hex digits of the SHA-256 of its NFC text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_LENGTH]


def insert_document(
    db: Database,
    parsed: ParsedDocument,
    sentences: Sequence[tuple[int, int, int]],
) -> tuple[Document, bool]:
    """Store ``parsed`` with its blocks and ``sentences`` (block index, start, end) atomically.

    Returns the stored document and whether it is new; importing a text that is already in the
    project returns the existing document and changes nothing.
    """
    doc_id = document_id_for(parsed.text)
    existing = db["documents"].count_where("id = ?", [doc_id])
    if existing:
        return get_document(db, doc_id), False
    row: dict[str, Any] = {
        "id": doc_id, "title": parsed.title, "author": parsed.author,
        "publisher": parsed.publisher, "url": parsed.url, "published": parsed.published,
        "language": parsed.language, "source_name": parsed.source_name,
        "source_sha256": parsed.source_sha256, "imported_at": now_iso(), "text": parsed.text,
    }
    with db.atomic():
        db.table("documents").insert(row)
        block_ids = [_insert_block(db, doc_id, order, block)
                     for order, block in enumerate(parsed.blocks)]
        db.table("sentences").insert_all(
            {"document_id": doc_id, "block_id": block_ids[block_index], "ord": order,
             "start": start, "end": end, "text": parsed.text[start:end],
             "search": search_key(parsed.text[start:end])}
            for order, (block_index, start, end) in enumerate(sentences)
        )
    return get_document(db, doc_id), True


def _insert_block(db: Database, doc_id: str, order: int, block: Any) -> int:
    cursor = db.execute(
        'INSERT INTO blocks (document_id, ord, role, start, "end", paragraph, attrs) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [doc_id, order, str(block.role), block.start, block.end, block.paragraph,
         json.dumps(block.attrs, ensure_ascii=False)],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _document_from_row(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"], title=row["title"], text=row["text"], author=row["author"],
        publisher=row["publisher"], url=row["url"], published=row["published"],
        language=row["language"], source_name=row["source_name"],
        source_sha256=row["source_sha256"], imported_at=row["imported_at"],
    )


def get_document(db: Database, doc_id: str) -> Document:
    """The document with exactly this id."""
    rows = list(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        raise DocumentNotFoundError("document_not_found", ref=doc_id)
    return _document_from_row(rows[0])


def resolve_document(db: Database, ref: str) -> Document:
    """Find a document by id, by a unique id prefix of 4+ characters, or by its exact title."""
    ref = ref.strip()
    rows = list(db.query("SELECT id FROM documents WHERE id = ?", [ref]))
    if not rows and len(ref) >= MIN_PREFIX:
        prefix = ref.lower()  # compared as text: "%" and "_" are not wildcards here
        rows = list(db.query("SELECT id FROM documents WHERE substr(id, 1, ?) = ?",
                             [len(prefix), prefix]))
    if not rows:
        rows = [r for r in db.query("SELECT id, title FROM documents")
                if search_key(r["title"]) == search_key(ref)]
    if not rows:
        raise DocumentNotFoundError("document_not_found", ref=ref)
    if len(rows) > 1:
        ids = ", ".join(r["id"] for r in rows[:5])
        raise AmbiguousDocumentError("document_ambiguous", ref=ref, ids=ids)
    return get_document(db, rows[0]["id"])


_SUMMARY_SQL = """
SELECT d.id, d.title, d.imported_at,
  (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentences,
  (SELECT count(*) FROM sentences s JOIN targets t ON t.sentence_id = s.id
     WHERE s.document_id = d.id AND t.status IN ('translated', 'reviewed')) AS translated,
  (SELECT count(*) FROM sentences s JOIN targets t ON t.sentence_id = s.id
     WHERE s.document_id = d.id AND t.status = 'reviewed') AS reviewed,
  (SELECT count(*) FROM sentences s WHERE s.document_id = d.id AND (
     EXISTS (SELECT 1 FROM events e WHERE e.sentence_id = s.id AND e.status = 'accepted')
     OR EXISTS (SELECT 1 FROM mentions m WHERE m.sentence_id = s.id AND m.status = 'accepted')
  )) AS annotated
FROM documents d ORDER BY d.imported_at, d.title
"""


def list_documents(db: Database) -> list[DocumentSummary]:
    """Every document with its sentence count and translation/annotation progress."""
    return [
        DocumentSummary(id=r["id"], title=r["title"], sentences=r["sentences"],
                        translated=r["translated"], reviewed=r["reviewed"],
                        annotated=r["annotated"], imported_at=r["imported_at"])
        for r in db.query(_SUMMARY_SQL)
    ]


def get_blocks(db: Database, doc_id: str) -> list[Block]:
    """The blocks of a document in reading order."""
    return [
        Block(id=r["id"], document_id=r["document_id"], order=r["ord"],
              role=BlockRole(r["role"]), start=r["start"], end=r["end"],
              paragraph=r["paragraph"], attrs=json.loads(r["attrs"]))
        for r in db.query("SELECT * FROM blocks WHERE document_id = ? ORDER BY ord", [doc_id])
    ]


def get_sentences(db: Database, doc_id: str) -> list[Sentence]:
    """The sentences of a document in reading order, each with its block's role."""
    sql = """SELECT s.*, b.role FROM sentences s JOIN blocks b ON b.id = s.block_id
             WHERE s.document_id = ? ORDER BY s.ord"""
    return [
        Sentence(id=r["id"], document_id=r["document_id"], block_id=r["block_id"],
                 order=r["ord"], start=r["start"], end=r["end"], text=r["text"],
                 role=BlockRole(r["role"]))
        for r in db.query(sql, [doc_id])
    ]


def document_contexts(db: Database, doc_id: str) -> tuple[str, ...]:
    """The PLOVER contexts new events of this document start with (e.g. diplomatic)."""
    row = db.execute("SELECT contexts FROM documents WHERE id = ?", [doc_id]).fetchone()
    return tuple(json.loads(row[0])) if row else ()


def set_document_contexts(db: Database, doc_id: str, contexts: Sequence[str]) -> None:
    """Set a document's default event contexts."""
    with db.atomic():
        db.execute("UPDATE documents SET contexts = ? WHERE id = ?",
                   [json.dumps(list(dict.fromkeys(contexts))), doc_id])
