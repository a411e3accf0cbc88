"""What inter-annotator agreement compares, read per document and per person.

What counts as "annotated": a person annotated a document when he has an accepted or rejected
mention or event in it (his decisions; suggestions that merely carry his name do not count), and
then every annotatable sentence (title, body) of that document counts as annotated by him: a
sentence where he found nothing is his "no event here", which κ needs. His annotations are his
accepted ones only. Agreement (:mod:`annotator.core.agreement`) compares a pair on the sentences
both annotated and α on the sentences two or more annotated.

Translations: each translator's latest version of each sentence, read from the ``targets``
history (the ``who`` of a history row is its translator; machine and untranslated versions are
left out), with the current English as its translator's latest.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database

from annotator.core.agreement import AnnotationSet, DocumentData, EventItem, MentionItem
from annotator.core.models import AnnotationStatus, BlockRole
from annotator.storage.annotations import document_events, document_mentions

_ANNOTATABLE = tuple(str(role) for role in BlockRole if role.annotatable)
_DECIDED = ("accepted", "rejected")
_MACHINE = ("mt", "untranslated")


def _annotatable_sentences(db: Database, doc_id: str) -> frozenset[int]:
    return frozenset(row[0] for row in db.execute(
        "SELECT s.id FROM sentences s JOIN blocks b ON b.id = s.block_id "
        f"WHERE s.document_id = ? AND b.role IN ({', '.join('?' * len(_ANNOTATABLE))})",
        [doc_id, *_ANNOTATABLE]))


# The name curated annotations are stored under (annotator.storage.curation): copies of the
# annotators' work, so never an annotator of its own in the agreement figures.
CURATOR = "curator"


def document_annotators(db: Database, doc_id: str) -> list[str]:
    """Who made an accepted or rejected mention or event in the document, by name (not the
    curator)."""
    names: set[str] = set()
    for table in ("mentions", "events"):
        names |= {row[0] for row in db.execute(
            f"SELECT DISTINCT t.annotator FROM {table} t JOIN sentences s ON s.id = t.sentence_id "
            "WHERE s.document_id = ? AND t.annotator IS NOT NULL AND t.annotator != '' "
            f"AND t.status IN ({', '.join('?' * len(_DECIDED))})", [doc_id, *_DECIDED])}
    return sorted(names - {CURATOR})


def annotation_sets(db: Database, doc_id: str) -> dict[str, AnnotationSet]:
    """Each annotator's set of the document (see the module docstring)."""
    names = document_annotators(db, doc_id)
    if not names:
        return {}
    sentences = _annotatable_sentences(db, doc_id)
    accepted = [AnnotationStatus.ACCEPTED]
    mentions = [m for m in document_mentions(db, doc_id, accepted) if m.sentence_id in sentences]
    events = [e for e in document_events(db, doc_id, accepted) if e.sentence_id in sentences]
    return {name: AnnotationSet(
        sentences,
        tuple(MentionItem(m.sentence_id, str(m.side), m.start, m.end, m.actor_id)
              for m in mentions if m.annotator == name),
        tuple(EventItem(e.sentence_id, e.type, frozenset(e.actors), frozenset(e.recipients),
                        e.date) for e in events if e.annotator == name))
        for name in names}


def translator_versions(db: Database, doc_id: str) -> dict[str, dict[int, str]]:
    """Each translator's latest English of each sentence of the document: by the version's own
    ``updated`` time (a merge appends older versions after newer ones), then the history's."""
    found: dict[str, dict[int, str]] = {}
    when: dict[tuple[str, int], str] = {}
    rows = db.execute(
        "SELECT h.who, h.row_id, h.after, h.at FROM history h JOIN sentences s "
        "ON h.table_name = 'targets' AND s.id = CAST(h.row_id AS INTEGER) "
        "WHERE s.document_id = ? AND h.after IS NOT NULL ORDER BY h.id", [doc_id])
    for who, row_id, after, at in rows:
        version = json.loads(after)
        translator = version.get("translator") or who
        text = version.get("text") or ""
        stamp = str(version.get("updated") or at or "")
        key = (str(translator), int(row_id))
        if translator and text.strip() and version.get("status") not in _MACHINE \
                and stamp >= when.get(key, ""):
            when[key] = stamp
            found.setdefault(translator, {})[int(row_id)] = text
    for sentence_id, translator, text, status in db.execute(
            "SELECT t.sentence_id, t.translator, t.text, t.status FROM targets t "
            "JOIN sentences s ON s.id = t.sentence_id WHERE s.document_id = ?", [doc_id]):
        if translator and text.strip() and status not in _MACHINE:
            found.setdefault(translator, {})[sentence_id] = text
    return found


def agreement_data(db: Database, doc_ids: Sequence[str]) -> dict[str, DocumentData]:
    """The material of each document, in the order given."""
    return {doc_id: DocumentData(annotation_sets(db, doc_id), translator_versions(db, doc_id))
            for doc_id in doc_ids}
