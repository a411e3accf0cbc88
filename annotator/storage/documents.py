"""Documents, their blocks and their sentences: insert once at import, read many times."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from contextlib import nullcontext
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from annotator.core.models import (
    Block,
    BlockRole,
    Document,
    DocumentHeader,
    DocumentProgress,
    DocumentSummary,
    ParsedDocument,
    Sentence,
    TargetStatus,
)
from annotator.core.turkish import search_key
from annotator.core.word_count import DocumentWords, count_words
from annotator.storage.connection import ProjectDatabase
from annotator.storage.errors import AmbiguousDocumentError, DocumentNotFoundError, StorageError

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
    search_keys: Sequence[str] | None = None,
) -> tuple[Document, bool]:
    """Store ``parsed`` with its blocks and ``sentences`` (block index, start, end) atomically.

    ``search_keys`` are the sentences' :func:`search_key` when the caller (an import worker
    process) computed them already.

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
    keys = search_keys if search_keys is not None else [
        search_key(parsed.text[start:end]) for _, start, end in sentences]
    with db.atomic():  # plain executemany: sqlite-utils' insert reads the table's schema each time
        db.execute(f"INSERT INTO documents ({', '.join(row)}) VALUES "
                   f"({', '.join('?' for _ in row)})", list(row.values()))
        block_ids = [_insert_block(db, doc_id, order, block)
                     for order, block in enumerate(parsed.blocks)]
        db.conn.executemany(
            'INSERT INTO sentences (document_id, block_id, ord, start, "end", text, search) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, block_ids[block_index], order, start, end, parsed.text[start:end], key)
             for order, ((block_index, start, end), key) in enumerate(zip(sentences, keys,
                                                                            strict=True))])
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


# -- progress: the parts meant to be translated -------------------------------------------------

TRANSLATABLE_ROLES_KEY = "translatable_roles"  # settings row: a JSON list of block roles
DEFAULT_TRANSLATABLE_ROLES: tuple[BlockRole, ...] = (BlockRole.TITLE, BlockRole.BODY)


def translatable_roles(db: Database) -> tuple[BlockRole, ...]:
    """The parts progress counts (title and body unless the project says otherwise), in the
    order of :class:`BlockRole`. A stored value this version cannot read counts as the default."""
    row = db.execute("SELECT value FROM settings WHERE key = ?",
                     [TRANSLATABLE_ROLES_KEY]).fetchone()
    if row is None:
        return DEFAULT_TRANSLATABLE_ROLES
    try:
        stored = json.loads(row[0])
        roles = _ordered_roles(stored) if isinstance(stored, list) else ()
    except (ValueError, TypeError):
        roles = ()
    return roles or DEFAULT_TRANSLATABLE_ROLES


def _ordered_roles(values: Sequence[object]) -> tuple[BlockRole, ...]:
    chosen = {BlockRole(str(value)) for value in values}  # ValueError for an unknown role
    return tuple(role for role in BlockRole if role in chosen)


def set_translatable_roles(db: Database, roles: Sequence[str]) -> tuple[BlockRole, ...]:
    """Make ``roles`` the parts progress counts; returns them in :class:`BlockRole` order.

    An unknown role (``storage.unknown_role``) or an empty set (``storage.no_translatable_roles``)
    changes nothing.
    """
    known = [str(role) for role in BlockRole]
    values = [str(value).strip() for value in roles]
    for value in values:
        if value not in known:
            raise StorageError("unknown_role", role=value, known=", ".join(known))
    chosen = _ordered_roles(values)
    if not chosen:
        raise StorageError("no_translatable_roles", known=", ".join(known))
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                   [TRANSLATABLE_ROLES_KEY, json.dumps([str(role) for role in chosen])])
    return chosen


# One pass over the sentences of the chosen documents, GROUP BY document: each sentence joined to
# its block (is it counted?), its target (status) and whether it has an accepted annotation. For
# every document the annotated sentences are collected once (UNION: a sentence with an event and
# a mention counts once); for a page of documents, probing the sentence's own annotations through
# their index is cheaper than collecting the whole project's (10 ms against 20 ms for 100 of
# 1,000 documents).
_PROGRESS_SQL = """
WITH annotated(sentence_id) AS (
  SELECT sentence_id FROM events WHERE status = 'accepted'
  UNION SELECT sentence_id FROM mentions WHERE status = 'accepted'
), part AS (
  SELECT s.document_id,
    b.role IN (SELECT value FROM json_each(:roles)) AS counted,
    coalesce(t.status, 'untranslated') AS status,
    {annotated} AS annotated
  FROM sentences s
  JOIN blocks b ON b.id = s.block_id
  LEFT JOIN targets t ON t.sentence_id = s.id
  {join}
)
SELECT document_id, count(*) AS sentences, total(counted) AS translatable,
  total(counted AND status IN ('translated', 'reviewed')) AS translated,
  total(counted AND status = 'reviewed') AS reviewed,
  total(counted AND annotated) AS annotated
FROM part GROUP BY document_id
"""
_EVERY_DOCUMENT = {"annotated": "a.sentence_id IS NOT NULL",
                   "join": "LEFT JOIN annotated a ON a.sentence_id = s.id"}
_CHOSEN_DOCUMENTS = {
    "annotated": "(EXISTS (SELECT 1 FROM events e WHERE e.sentence_id = s.id "
                 "AND e.status = 'accepted') OR EXISTS (SELECT 1 FROM mentions m "
                 "WHERE m.sentence_id = s.id AND m.status = 'accepted'))",
    "join": "WHERE s.document_id IN (SELECT value FROM json_each(:ids))"}


def document_headers(db: Database) -> list[DocumentHeader]:
    """Every document's id, title, author and dates, in import order; no progress (cheap: one
    row per document, no join)."""
    return [
        DocumentHeader(id=r[0], title=r[1], author=r[2], published=r[3], imported_at=r[4])
        for r in db.execute("SELECT id, title, author, published, imported_at FROM documents "
                            "ORDER BY imported_at, title")
    ]


def document_progress(db: Database,
                      doc_ids: Sequence[str] | None = None) -> dict[str, DocumentProgress]:
    """The progress of the documents ``doc_ids`` (None: of every document) over the project's
    translatable parts, in one aggregate query. A document without sentences (or an unknown id)
    is absent; count it as ``DocumentProgress()``."""
    roles = json.dumps([str(role) for role in translatable_roles(db)])
    params = {"roles": roles}
    sql = _PROGRESS_SQL.format(**_EVERY_DOCUMENT)
    if doc_ids is not None:
        params["ids"] = json.dumps(list(doc_ids))
        sql = _PROGRESS_SQL.format(**_CHOSEN_DOCUMENTS)
    return {
        r[0]: DocumentProgress(sentences=r[1], translatable=int(r[2]), translated=int(r[3]),
                               reviewed=int(r[4]), annotated=int(r[5]))
        for r in db.execute(sql, params)
    }


def list_documents(db: Database) -> list[DocumentSummary]:
    """Every document with its sentence counts and translation/annotation progress over the
    project's translatable parts (:func:`translatable_roles`), in import order."""
    # One read snapshot: the headers and the figures of the same moment, no write lock taken.
    with db.snapshot() if isinstance(db, ProjectDatabase) else nullcontext(db):
        headers = document_headers(db)
        progress = document_progress(db)
    empty = DocumentProgress()
    return [DocumentSummary.of(header, progress.get(header.id, empty)) for header in headers]


_WORDS_SQL = """
SELECT s.document_id, b.role, coalesce(t.status, 'untranslated') AS status, s.text
FROM sentences s JOIN blocks b ON b.id = s.block_id
LEFT JOIN targets t ON t.sentence_id = s.id
"""


def document_words(db: Database, doc_id: str | None = None) -> list[DocumentWords]:
    """Sentences and source words by part and status, of one document or (None) of every
    document in the order of :func:`list_documents`."""
    if doc_id is None:
        documents = [(r["id"], r["title"]) for r in
                     db.query("SELECT id, title FROM documents ORDER BY imported_at, title")]
        rows = db.execute(_WORDS_SQL)
    else:
        documents = [(doc_id, get_document(db, doc_id).title)]
        rows = db.execute(_WORDS_SQL + " WHERE s.document_id = ?", [doc_id])
    cells: dict[str, dict[tuple[BlockRole, TargetStatus], tuple[int, int]]] = {
        document: {} for document, _ in documents}
    for document, role, status, text in rows:
        key = (BlockRole(role), TargetStatus(status))
        sentences, words = cells.setdefault(document, {}).get(key, (0, 0))
        cells[document][key] = (sentences + 1, words + count_words(text))
    roles = translatable_roles(db)
    return [DocumentWords(document, title, roles, cells[document]) for document, title in documents]


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
