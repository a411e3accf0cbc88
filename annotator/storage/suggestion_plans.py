"""A document's planned suggestions, and storing them: the write half of
:mod:`annotator.storage.suggestions`.

A :class:`DocumentPlan` holds what :class:`~annotator.storage.suggestions.Suggester` would add,
as rows ready to insert (:mod:`annotator.storage.annotation_rows`), with what they were computed
from: each sentence's texts and mentions as they were read. :func:`store_plan` writes it in one
transaction, checking it again against the rows as they are then (a person may have tagged or
decided something since the plan was read): the one writer of ``suggest --workers N`` runs it
for every document, so it does little more than read the document's current texts, mentions and
event types once each and insert with one ``executemany`` per table. The skip rules
(:class:`Taken`) are shared with the planner.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, BlockRole, Side
from annotator.storage.annotation_rows import (
    EventRow,
    MentionRow,
    RowWriter,
    event_row,
    next_mention_id,
)
from annotator.storage.annotations import bind_arguments, document_mentions
from annotator.storage.documents import now_iso

_Row = TypeVar("_Row", Mention, Event)
# What the skip rules and the argument bindings of a sentence depend on, for each of its
# mentions: (id, actor id, side, start, end, status).
MentionKey = tuple[int, str, str, int, int, str]

# The annotatable sentences' texts, read for a plan and again when it is stored.
_ANNOTATABLE = tuple(str(role) for role in BlockRole if role.annotatable)
_TEXTS_SQL = f"""
SELECT s.id, s.text, t.text FROM sentences s
JOIN blocks b ON b.id = s.block_id
LEFT JOIN targets t ON t.sentence_id = s.id
WHERE s.document_id = ? AND b.role IN ({", ".join("?" * len(_ANNOTATABLE))})
ORDER BY s.ord
"""


@dataclass(frozen=True)
class SuggestionReport:
    """How many suggestions one run stored."""

    mentions: int
    events: int


@dataclass(frozen=True)
class SentencePlan:
    """What to add to one sentence, computed from its Turkish, English and mentions (``seen``,
    ordered by id) as they were read: new mentions (ids given when stored) and new events, their
    arguments bound to the sentence's mentions (a new one as a
    :data:`~annotator.storage.annotation_rows.MentionRef` to its index in ``mentions``)."""

    sentence_id: int
    turkish: str
    english: str
    seen: tuple[MentionKey, ...] = ()
    mentions: tuple[MentionRow, ...] = ()
    events: tuple[EventRow, ...] = ()


@dataclass(frozen=True)
class DocumentPlan:
    """A document's suggestions, to be stored by :func:`store_plan` (picklable): the sentences
    that get something, in reading order."""

    doc_id: str
    sentences: tuple[SentencePlan, ...] = ()

    @property
    def mentions(self) -> int:
        """How many mentions the plan would add."""
        return sum(len(s.mentions) for s in self.sentences)

    @property
    def events(self) -> int:
        """How many events the plan would add."""
        return sum(len(s.events) for s in self.sentences)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def is_live(mention: Mention) -> bool:
    """Whether a mention counts for overlaps, event participants and bindings (not rejected)."""
    return mention.status is not AnnotationStatus.REJECTED


def mention_key(mention: Mention) -> MentionKey:
    """The :data:`MentionKey` of a stored mention."""
    return (int(mention.id or 0), mention.actor_id, str(mention.side), mention.start,
            mention.end, str(mention.status))


class Taken:
    """A sentence's mentions as the skip rules see them: a span with the same actor is taken
    whatever its status; any overlap with a mention that is not rejected is taken."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.decided: set[tuple[Side, int, int, str]] = set()
        self.live: dict[Side, list[tuple[int, int]]] = {side: [] for side in Side}
        for mention in mentions:
            self.add(mention)

    def add(self, mention: Mention) -> None:
        self.decided.add((mention.side, mention.start, mention.end, mention.actor_id))
        if is_live(mention):
            self.live[mention.side].append((mention.start, mention.end))

    def allows(self, mention: Mention) -> bool:
        return ((mention.side, mention.start, mention.end, mention.actor_id) not in self.decided
                and not _overlaps(mention.start, mention.end, self.live[mention.side]))


def by_sentence(rows: Iterable[_Row]) -> dict[int, list[_Row]]:
    """Mentions or events grouped by sentence, in their order."""
    grouped: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        grouped[row.sentence_id].append(row)
    return grouped


def annotatable_texts(db: Database, doc_id: str) -> list[tuple[int, str, str]]:
    """(sentence id, Turkish, English or "") of the document's annotatable sentences."""
    return [(int(sid), text, english or "")
            for sid, text, english in db.execute(_TEXTS_SQL, [doc_id, *_ANNOTATABLE]).fetchall()]


def store_plan(db: Database, plan: DocumentPlan) -> SuggestionReport:
    """Write a plan in one transaction; returns what was added.

    The skip rules are applied again to the rows as they are now: an event is dropped when its
    sentence has an event of its type, whatever its status, and a whole sentence when its
    Turkish or English is no longer the text the plan was made from (or it is gone). A sentence
    whose mentions changed since (added, removed, moved, accepted or rejected) has its planned
    mentions checked again (one is dropped when the same actor is at its span or a mention that
    is not rejected overlaps it) and its events' arguments bound again to its mentions as they
    are now; otherwise the plan's checks and bindings hold as they are.
    """
    with db.atomic():
        current = {sid: (turkish, english)
                   for sid, turkish, english in annotatable_texts(db, plan.doc_id)}
        sentences = [s for s in plan.sentences
                     if current.get(s.sentence_id) == (s.turkish, s.english)]
        if not any(s.mentions or s.events for s in sentences):
            return SuggestionReport(0, 0)
        seen = _mention_keys(db, plan.doc_id)
        types = _event_types(db, plan.doc_id)
        writer = RowWriter(next_mention_id(db), now_iso())
        changed: dict[int, list[Mention]] | None = None  # read when a sentence needs them
        mentions = events = 0
        for sentence in sentences:
            if seen.get(sentence.sentence_id, ()) == sentence.seen:
                new_ids, rows = writer.add_mentions(sentence.mentions), sentence.events
            else:
                if changed is None:
                    changed = by_sentence(document_mentions(db, plan.doc_id))
                new_ids, rows = _checked_again(writer, sentence,
                                               changed.get(sentence.sentence_id, []))
            mentions += len(new_ids)
            have = types[sentence.sentence_id]
            for row in rows:
                if row.type not in have:
                    have.add(row.type)
                    writer.add_event(row, new_ids)
                    events += 1
        writer.write(db)
    return SuggestionReport(mentions, events)


def _checked_again(writer: RowWriter, sentence: SentencePlan,
                   existing: list[Mention]) -> tuple[list[int], tuple[EventRow, ...]]:
    """A sentence whose mentions are no longer those its plan read: the planned mentions the
    skip rules still allow (added to ``writer``; their ids are returned) and the planned events
    with their arguments bound to the sentence's mentions as they are now."""
    taken = Taken(existing)
    kept: list[MentionRow] = []
    for row in sentence.mentions:
        mention = row.mention()
        if taken.allows(mention):
            taken.add(mention)
            kept.append(row)
    ids = writer.add_mentions(kept)
    known = [m for m in existing if is_live(m)]
    known += [row.mention(mention_id) for row, mention_id in zip(kept, ids, strict=True)]
    return ids, tuple(event_row(bind_arguments(row.event(), known)) for row in sentence.events)


def _mention_keys(db: Database, doc_id: str) -> dict[int, tuple[MentionKey, ...]]:
    """Each sentence's :data:`MentionKey` of its mentions, any status, ordered by id."""
    keys: dict[int, list[MentionKey]] = defaultdict(list)
    for sentence_id, *key in db.execute(
            "SELECT m.sentence_id, m.id, m.actor_id, m.side, m.start, m.\"end\", m.status "
            "FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
            "WHERE s.document_id = ? ORDER BY m.sentence_id, m.id", [doc_id]).fetchall():
        keys[int(sentence_id)].append(tuple(key))
    return {sentence_id: tuple(found) for sentence_id, found in keys.items()}


def _event_types(db: Database, doc_id: str) -> dict[int, set[str]]:
    """The event types each sentence of a document has, whatever their status."""
    types: dict[int, set[str]] = defaultdict(set)
    for sentence_id, type_ in db.execute(
            "SELECT e.sentence_id, e.type FROM events e JOIN sentences s ON s.id = e.sentence_id "
            "WHERE s.document_id = ?", [doc_id]).fetchall():
        types[int(sentence_id)].add(type_)
    return types
