"""Curation: several annotators' versions of each sentence side by side, and the curated one.

A document is curated when two or more people annotated it ("annotated" as agreement decides,
:mod:`annotator.storage.agreement_data`: an accepted or rejected mention or event in the
document; then every annotatable sentence of it counts). Each person's version of a sentence is
his accepted mentions and events; the curated version is the accepted rows of annotator
:data:`CURATOR`, copies the curator took from one person or merged from several
(:func:`replace_curated`). A sentence is *curated* when it has curator rows; the export's
``--curated`` keeps only those rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, BlockRole
from annotator.storage import annotations as store
from annotator.storage.agreement_data import CURATOR, document_annotators

_Item = TypeVar("_Item", Mention, Event)
_ANNOTATABLE = tuple(str(role) for role in BlockRole if role.annotatable)


@dataclass(frozen=True)
class Version:
    """One person's (or the curator's) accepted annotations of one sentence."""

    annotator: str
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether the version holds nothing."""
        return not self.mentions and not self.events

    def signature(self) -> tuple[Counter[object], Counter[object]]:
        """What must be equal for two versions to agree: mentions (side, span, actor) and events
        (type, actor and recipient sets, date, triggers), each counted."""
        return (Counter((str(m.side), m.start, m.end, m.actor_id) for m in self.mentions),
                Counter((e.type, frozenset(e.actors), frozenset(e.recipients), e.date,
                         e.trigger_tr, e.trigger_en) for e in self.events))


@dataclass(frozen=True)
class CurationSentence:
    """One sentence to curate: each annotator's version (by name) and the curated one."""

    sentence_id: int
    order: int
    text: str
    versions: tuple[Version, ...]
    curated: Version

    @property
    def is_curated(self) -> bool:
        """Whether the curator has rows in this sentence."""
        return not self.curated.empty

    @property
    def agrees(self) -> bool:
        """Whether every annotator's version is the same (all empty included)."""
        signatures = [version.signature() for version in self.versions]
        return all(signature == signatures[0] for signature in signatures[1:])

    def version(self, annotator: str) -> Version:
        """The version of ``annotator`` (an empty one when he has none)."""
        return next((v for v in self.versions if v.annotator == annotator), Version(annotator))


def curation_annotators(db: Database, doc_id: str) -> list[str]:
    """The people whose versions are curated in the document (the curator not among them)."""
    return document_annotators(db, doc_id)


def curation_sentences(db: Database, doc_id: str) -> list[CurationSentence]:
    """The document's annotatable sentences in order with every version, when two or more
    people annotated it; else an empty list."""
    names = curation_annotators(db, doc_id)
    if len(names) < 2:
        return []
    accepted = [AnnotationStatus.ACCEPTED]
    mentions = _by_sentence(store.document_mentions(db, doc_id, accepted))
    events = _by_sentence(store.document_events(db, doc_id, accepted))
    found = []
    for sentence_id, order, text in db.execute(
            "SELECT s.id, s.ord, s.text FROM sentences s JOIN blocks b ON b.id = s.block_id "
            "WHERE s.document_id = ? "
            f"AND b.role IN ({', '.join('?' * len(_ANNOTATABLE))}) ORDER BY s.ord",
            [doc_id, *_ANNOTATABLE]):
        def version(name: str, sid: int = sentence_id) -> Version:
            return Version(name, tuple(m for m in mentions.get(sid, ()) if m.annotator == name),
                           tuple(e for e in events.get(sid, ()) if e.annotator == name))
        found.append(CurationSentence(sentence_id, order, text,
                                      tuple(version(name) for name in names), version(CURATOR)))
    return found


def agreeing_sentences(db: Database, doc_id: str) -> list[CurationSentence]:
    """Sentences not curated yet where every annotator's version is the same and not empty (a
    sentence where nobody annotated anything needs no curation: its curated version is empty,
    which is what the curated export gives it anyway)."""
    return [s for s in curation_sentences(db, doc_id)
            if s.agrees and not s.is_curated and not s.versions[0].empty]


def _by_sentence(items: Iterable[_Item]) -> dict[int, list[_Item]]:
    grouped: dict[int, list[_Item]] = {}
    for item in items:
        grouped.setdefault(item.sentence_id, []).append(item)
    return grouped


def curated_rows(db: Database, sentence_id: int) -> Version:
    """Every curator row of a sentence, whatever its status (what an undo must restore)."""
    return Version(
        CURATOR,
        tuple(m for m in store.sentence_mentions(db, sentence_id, include_rejected=True)
              if m.annotator == CURATOR),
        tuple(e for e in store.sentence_events(db, sentence_id, include_rejected=True)
              if e.annotator == CURATOR))


def restore_curated(db: Database, sentence_id: int, rows: Version, who: str | None) -> None:
    """Make the sentence's curator rows exactly ``rows`` (their ids kept): delete the current
    ones, re-insert these, mentions first so that events' bound mentions exist."""
    with db.atomic():
        current = curated_rows(db, sentence_id)
        for event in current.events:
            store.delete_event(db, event.id, who)
        for mention in current.mentions:
            store.delete_mention(db, mention.id or -1, who)
        for mention in rows.mentions:
            store.add_mention(db, mention)
        for event in rows.events:
            store.add_event(db, event)


def replace_curated(db: Database, sentence_id: int, mentions: Sequence[Mention],
                    events: Sequence[Event], who: str | None) -> Version:
    """Replace the sentence's curator rows with copies of ``mentions`` and ``events`` (from any
    annotators), accepted and by :data:`CURATOR`. A copied event's arguments are bound to the
    copies of the mentions they were bound to; an argument whose mention was not copied is bound
    to the best curated mention of its actor, or left unbound. Returns the new rows."""
    with db.atomic():
        restore_curated(db, sentence_id, Version(CURATOR), who)
        copies: dict[int, int] = {}
        stored_mentions = []
        for mention in mentions:
            stored = store.add_mention(db, replace(
                mention, id=None, sentence_id=sentence_id, annotator=CURATOR, created="",
                status=AnnotationStatus.ACCEPTED))
            copies[mention.id or -1] = stored.id or -1
            stored_mentions.append(stored)
        stored_events = []
        for event in events:
            copy = replace(
                event, id=store.new_event_id(), sentence_id=sentence_id, annotator=CURATOR,
                created="", status=AnnotationStatus.ACCEPTED,
                actor_mentions=tuple(copies.get(m) if m is not None else None
                                     for m in event.actor_mentions),
                recipient_mentions=tuple(copies.get(m) if m is not None else None
                                         for m in event.recipient_mentions))
            stored_events.append(store.add_event(
                db, store.bind_arguments(copy, stored_mentions)))
    return Version(CURATOR, tuple(stored_mentions), tuple(stored_events))
