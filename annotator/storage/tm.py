"""The translation memory in the project file: TMX units, confirmed sentences, repetitions.

The memory is two sources read together: the ``tm_units`` table (units of imported TMX files,
schema 4) and every project sentence whose English is ``translated`` or ``reviewed``, read from
``sentences``/``targets`` where they are (never copied). :func:`tm_entries` yields both as core
:class:`~annotator.core.tm_match.TMEntry` values for the in-memory index; :func:`tm_stamp` and
:func:`targets_changed_since` let the index follow edits without being rebuilt; the concordance
searches the Turkish-folded ``search`` columns with ``instr`` (no LIKE wildcards to escape).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from annotator.core.tm_match import ConcordanceHit, TMEntry, folded_spans, normalise
from annotator.core.turkish import search_key
from annotator.storage.documents import now_iso
from annotator.storage.errors import RowNotFoundError

CONFIRMED = ("translated", "reviewed")  # the target statuses that make a sentence TM material
SOURCE_LANG, TARGET_LANG = "tr", "en"

_SENTENCE_ENTRIES = """
    SELECT s.id, s.document_id, s.text, t.text AS target, d.title, p.text AS previous, s.search
    FROM targets t
    JOIN sentences s ON s.id = t.sentence_id
    JOIN documents d ON d.id = s.document_id
    LEFT JOIN sentences p ON p.document_id = s.document_id AND p.ord = s.ord - 1
    WHERE t.status IN ('translated', 'reviewed') AND t.text != ''"""


@dataclass(frozen=True)
class TMStamp:
    """What a built index was read from; a change in ``rows`` means rebuild, in ``history``
    only re-read the targets saved since."""

    rows: tuple[int, ...]
    history: int


def add_tm_unit(db: Database, source: str, target: str, source_lang: str, target_lang: str,
                origin: str) -> bool:
    """Store one TMX unit (source normalised); False when the pair was already there."""
    key = normalise(source)
    folded = search_key(key)
    cursor = db.execute(
        """INSERT OR IGNORE INTO tm_units (source, target, source_lang, target_lang, origin,
             created, source_search, target_search, length)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [key, target, source_lang, target_lang, origin, now_iso(), folded, search_key(target),
         len(folded)])
    return bool(cursor.rowcount)


def _sentence_entry(row: tuple[Any, ...]) -> TMEntry:
    sentence_id, document_id, text, target, title, previous, folded = row
    return TMEntry.make(text, target, title, sentence_id=sentence_id, document_id=document_id,
                        previous=previous, folded=folded)


def tm_entries(db: Database, source_lang: str = SOURCE_LANG,
               target_lang: str = TARGET_LANG) -> Iterator[TMEntry]:
    """Every memory entry of one language pair: confirmed sentences, then TMX units. The
    stored folded copies are used as they are (plain tuples: this reads 100,000 rows)."""
    for row in db.execute(_SENTENCE_ENTRIES):
        yield _sentence_entry(row)
    units = db.execute("SELECT id, source, target, origin, source_search FROM tm_units "
                       "WHERE source_lang = ? AND target_lang = ?", [source_lang, target_lang])
    for unit_id, source, target, origin, folded in units:
        yield TMEntry.make(source, target, origin, unit_id=unit_id, folded=folded)


def sentence_entry(db: Database, sentence_id: int) -> TMEntry | None:
    """The memory entry of one sentence, or None when its English is not confirmed."""
    rows = db.execute(_SENTENCE_ENTRIES + " AND s.id = ?", [sentence_id]).fetchall()
    return _sentence_entry(rows[0]) if rows else None


def sentence_context(db: Database, sentence_id: int) -> tuple[str, str | None]:
    """A sentence's text and its previous sentence's text (None for a document's first)."""
    rows = list(db.query(
        """SELECT s.text, p.text AS previous FROM sentences s
           LEFT JOIN sentences p ON p.document_id = s.document_id AND p.ord = s.ord - 1
           WHERE s.id = ?""", [sentence_id]))
    if not rows:
        raise RowNotFoundError("sentence_not_found", sentence=sentence_id)
    return rows[0]["text"], rows[0]["previous"]


def tm_stamp(db: Database) -> TMStamp:
    """The counts and last ids the memory depends on (each an indexed, constant-time read)."""
    sentences = db.execute("SELECT count(*), coalesce(max(id), 0) FROM sentences").fetchone()
    units = db.execute("SELECT count(*), coalesce(max(id), 0) FROM tm_units").fetchone()
    history = db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
    return TMStamp((*sentences, *units), history)


def targets_changed_since(db: Database, history_id: int) -> set[int]:
    """The sentences whose English was saved after history row ``history_id``."""
    return {int(row[0]) for row in db.execute(
        "SELECT DISTINCT row_id FROM history WHERE id > ? AND table_name = 'targets'",
        [history_id])}


def concordance(db: Database, text: str, limit: int = 50) -> list[ConcordanceHit]:
    """Memory entries whose Turkish or English contains ``text``, Turkish-folded (``kasim``
    finds ``Kasım``): confirmed sentences in document order first, then TMX units."""
    needle = search_key(normalise(text))
    if not needle or limit <= 0:
        return []
    hits: list[ConcordanceHit] = []
    sentences = db.query(
        """SELECT s.id, s.document_id, s.text, t.text AS target, d.title FROM targets t
           JOIN sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = s.document_id
           WHERE t.status IN ('translated', 'reviewed') AND t.text != ''
             AND (instr(s.search, :n) > 0 OR instr(t.search, :n) > 0)
           ORDER BY d.imported_at, d.title, s.ord LIMIT :limit""", {"n": needle, "limit": limit})
    for row in sentences:
        hits.append(_hit(needle, row["text"], row["target"], row["title"], row["id"],
                         row["document_id"], None))
    units = db.query(
        """SELECT id, source, target, origin FROM tm_units
           WHERE instr(source_search, :n) > 0 OR instr(target_search, :n) > 0
           ORDER BY id LIMIT :limit""", {"n": needle, "limit": limit - len(hits)})
    for row in units:
        hits.append(_hit(needle, row["source"], row["target"], row["origin"], None, None,
                         row["id"]))
    return hits


def _hit(needle: str, source: str, target: str, origin: str, sentence_id: int | None,
         document_id: str | None, unit_id: int | None) -> ConcordanceHit:
    return ConcordanceHit(source, target, origin, sentence_id, document_id, unit_id,
                          folded_spans(source, needle), folded_spans(target, needle))


def repetitions(db: Database, sentence_id: int) -> list[int]:
    """Other sentences with the same source (NFC, whitespace collapsed) and no English yet
    (no target, or an empty ``untranslated`` one), in document and sentence order."""
    text, _ = sentence_context(db, sentence_id)
    key = normalise(text)
    # The folded copy is indexed: candidates by equality, then the exact comparison.
    rows = db.query(
        """SELECT s.id, s.text FROM sentences s LEFT JOIN targets t ON t.sentence_id = s.id
           WHERE s.search = ? AND s.id != ?
             AND (t.sentence_id IS NULL OR (t.status = 'untranslated' AND t.text = ''))
           ORDER BY s.document_id, s.ord""", [search_key(text), sentence_id])
    return [row["id"] for row in rows if normalise(row["text"]) == key]
