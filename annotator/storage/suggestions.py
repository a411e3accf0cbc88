"""Storing suggestions for a document: actor mentions from the registry, events from the rules.

:func:`suggest_document` walks the annotatable sentences (title, body) of a document. On the
Turkish text and on the current English of each it matches the actor registry
(:func:`~annotator.storage.actors.actor_matcher`) and stores new mentions; it then runs the trigger
rules of :mod:`annotator.core.suggest` on both sides and stores one event per PLOVER type and
sentence, with its triggers, candidate participants and the date read by
:func:`~annotator.core.event_dates.event_date`. Everything is written with ``provenance`` and
``status`` ``suggested``, in one transaction per document.

It never changes a row that exists, and never adds one a person has already decided on: a mention
is skipped when the same actor is already at the same span (whatever its status) or any
non-rejected mention overlaps it; an event is skipped when the sentence already has an event of
that type, whatever its status, so a rejected suggestion does not come back. Running it twice
adds nothing the second time.

With a trained recommender (``model``: a callable giving the probability of each event type for
a sentence's Turkish and English, :class:`~annotator.core.event_model.EventModel`), its types
join the rules' with one event per sentence and type: a type only the model suggests is stored
without triggers or participants, ``rule`` ``model`` and ``confidence`` its probability; a type
both suggest keeps the rule's event (triggers, participants, modes) with ``rule``
``model+<rule name>`` and the higher of the two scores.

The work is split in two so that many processes can compute while one writes: a
:class:`Suggester` (built once per process: it holds the registry's matchers) only reads, and
:meth:`Suggester.plan` returns a picklable
:class:`~annotator.storage.suggestion_plans.DocumentPlan` of what to add, as rows ready to insert
(column values, history JSON, the new events' arguments bound to the sentence's mentions, new
ones included); :func:`~annotator.storage.suggestion_plans.store_plan` writes a plan in one
transaction with a few statements, checking it again against the rows as they are then (a
person may have tagged or decided something since the plan was read).
:func:`suggest_document` and :func:`suggest_documents` do both, one document after the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date

from sqlite_utils import Database

from annotator.core.actor_matching import NameMatcher
from annotator.core.annotations import Event, Mention
from annotator.core.event_dates import DateScan, event_date, scan_dates
from annotator.core.event_model import MODEL_RULE
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.core.suggest import (
    EventCandidate,
    EventSuggestion,
    MentionSpan,
    combine,
    suggest_events,
)
from annotator.core.taxonomy import Taxonomy
from annotator.storage.actor_seed import ensure_default_actors
from annotator.storage.actors import actor_matcher
from annotator.storage.annotation_rows import event_row, mention_row, new_ref
from annotator.storage.annotations import (
    bind_arguments,
    document_events,
    document_mentions,
    new_event_id,
)
from annotator.storage.connection import ProjectDatabase
from annotator.storage.documents import document_contexts, get_document
from annotator.storage.suggestion_plans import (
    DocumentPlan,
    SentencePlan,
    SuggestionReport,
    Taken,
    annotatable_texts,
    by_sentence,
    is_live,
    mention_key,
    store_plan,
)

DEFAULT_ANNOTATOR = "suggest"
REGISTRY_RULE = "registry"  # the ``rule`` of a mention found by the actor registry's names
# A trained recommender: (Turkish, English) -> the probability of each type it suggests.
Predictor = Callable[[str, str], Mapping[str, float]]


def _as_date(value: str | None) -> date | None:
    """A day-precision ISO date, or None (months, weeks and years are not day anchors)."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _spans(mentions: Iterable[Mention], side: Side) -> list[MentionSpan]:
    return [MentionSpan(m.start, m.end, m.actor_id) for m in mentions
            if m.side is side and is_live(m)]


def _fit(suggestion: EventSuggestion, taxonomy: Taxonomy | None,
         defaults: Sequence[str]) -> EventSuggestion | None:
    """The suggestion with the document's contexts, trimmed to what the taxonomy allows."""
    contexts = tuple(dict.fromkeys((*defaults, *suggestion.contexts)))
    if taxonomy is None:
        return replace(suggestion, contexts=contexts)
    if suggestion.type not in taxonomy.type_codes():
        return None
    allowed_modes = set(taxonomy.modes_for(suggestion.type))
    return replace(
        suggestion, modes=tuple(m for m in suggestion.modes if m in allowed_modes),
        contexts=tuple(c for c in contexts if c in taxonomy.context_codes()),
        aux=tuple(a for a in suggestion.aux if a in taxonomy.aux_codes()))


def _rule(suggestion: EventSuggestion, candidates: Sequence[EventCandidate]) -> str | None:
    """The rule of the candidate a suggestion was made from (Turkish first, as combine does)."""
    for candidate in candidates:
        trigger = suggestion.trigger_tr if candidate.side is Side.TR else suggestion.trigger_en
        if candidate.type == suggestion.type and candidate.trigger == trigger:
            return candidate.rule
    return None


@dataclass
class _Document:
    """What planning one document needs at every sentence, and the date told last so far."""

    contexts: tuple[str, ...]  # the document's default contexts
    anchor: date | None  # the publication date, for dates without a year
    mentions: dict[int, list[Mention]] = field(default_factory=dict)  # by sentence, any status
    events: dict[int, list[Event]] = field(default_factory=dict)  # by sentence, any status
    previous: date | None = None  # the date of the last dated event so far


def _reading(db: Database) -> AbstractContextManager[Database]:
    """A read transaction where the connection has one (every query sees the same project)."""
    return db.snapshot() if isinstance(db, ProjectDatabase) else nullcontext(db)


class Suggester:
    """Plans suggestions; build it once per process (reading the registry takes a moment) and
    call :meth:`plan` for each document. It only reads: a project whose registry was never
    seeded should get :func:`~annotator.storage.actor_seed.ensure_default_actors` first."""

    def __init__(self, db: Database, annotator: str = DEFAULT_ANNOTATOR,
                 taxonomy: Taxonomy | None = None, model: Predictor | None = None) -> None:
        self.matchers: dict[Side, NameMatcher] = {side: actor_matcher(db, side) for side in Side}
        self.annotator = annotator
        self.taxonomy = taxonomy
        self.model = model

    def plan(self, db: Database, doc_id: str) -> DocumentPlan:
        """What suggesting would add to the document as it is now (DocumentNotFoundError for an
        unknown ``doc_id``)."""
        with _reading(db) as reader:
            document = get_document(reader, doc_id)
            state = _Document(document_contexts(reader, doc_id), _as_date(document.published),
                              by_sentence(document_mentions(reader, doc_id)),
                              by_sentence(document_events(reader, doc_id)))
            texts = annotatable_texts(reader, doc_id)
        planned = [self._sentence(state, *row) for row in texts]  # in order: dates carry over
        return DocumentPlan(doc_id, tuple(p for p in planned if p.mentions or p.events))

    def _sentence(self, state: _Document, sentence_id: int, turkish: str,
                  english: str) -> SentencePlan:
        existing = state.mentions.get(sentence_id, [])
        taken = Taken(existing)
        mentions: list[Mention] = []
        for side, text in ((Side.TR, turkish), (Side.EN, english)):
            for match in self.matchers[side].find(text) if text else ():
                # Its id, until it is stored: a reference to its place among the new ones.
                mention = Mention(
                    new_ref(len(mentions)), sentence_id, match.key, side, match.start,
                    match.end, text[match.start:match.end], annotator=self.annotator,
                    provenance=Provenance.SUGGESTED, status=AnnotationStatus.SUGGESTED,
                    rule=REGISTRY_RULE)
                if taken.allows(mention):
                    taken.add(mention)
                    mentions.append(mention)
        known = [m for m in (*existing, *mentions) if is_live(m)]
        events = self._events(state, sentence_id, turkish, english, known)
        return SentencePlan(
            sentence_id, turkish, english, tuple(sorted(mention_key(m) for m in existing)),
            tuple(mention_row(m) for m in mentions),
            tuple(event_row(bind_arguments(e, known)) for e in events))

    def _events(self, state: _Document, sentence_id: int, turkish: str, english: str,
                mentions: Sequence[Mention]) -> list[Event]:
        existing = state.events.get(sentence_id, [])
        taken = {e.type for e in existing}
        tr_found = suggest_events(turkish, Side.TR, _spans(mentions, Side.TR))
        en_found = suggest_events(english, Side.EN, _spans(mentions, Side.EN)) if english else []
        dates = [d for e in existing if e.status is not AnnotationStatus.REJECTED
                 if (d := _as_date(e.date)) is not None]
        predicted = dict(self.model(turkish, english)) if self.model else {}
        events: list[Event] = []
        scan: DateScan | None = None  # the sentence's dates, found once for all its events
        for suggestion in combine(tr_found, en_found):
            fitted = _fit(suggestion, self.taxonomy, state.contexts)
            if fitted is None or fitted.type in taken:
                continue
            rule, confidence = _rule(suggestion, [*tr_found, *en_found]), fitted.confidence
            if fitted.type in predicted:  # one event per type: the rule's, with both makers
                rule = f"{MODEL_RULE}+{rule}" if rule else MODEL_RULE
                confidence = round(max(confidence, predicted[fitted.type]), 3)
            # The date expression nearest the trigger, not any date of the sentence.
            scan = scan or scan_dates(turkish)
            found = event_date(turkish, state.anchor, state.previous, trigger=fitted.trigger_tr,
                               scan=scan)
            events.append(Event(
                new_event_id(), sentence_id, fitted.type, modes=fitted.modes,
                contexts=fitted.contexts, aux=fitted.aux, actors=fitted.actors,
                recipients=fitted.recipients, trigger_tr=fitted.trigger_tr,
                trigger_en=fitted.trigger_en,
                date=found.date if found else None, date_text=found.text if found else None,
                confidence=confidence, annotator=self.annotator,
                provenance=Provenance.SUGGESTED, status=AnnotationStatus.SUGGESTED, rule=rule))
            taken.add(fitted.type)
            if found is not None and (day := _as_date(found.date)) is not None:
                dates.append(day)
        for type_, probability in sorted(predicted.items()):
            if type_ in taken or (self.taxonomy is not None
                                  and type_ not in self.taxonomy.type_codes()):
                continue
            scan = scan or scan_dates(turkish)
            events.append(self._model_event(state, sentence_id, scan, type_, probability))
            taken.add(type_)
        if dates:  # "ertesi gün" in a later sentence counts from the last event told so far
            state.previous = dates[-1]
        return events

    def _model_event(self, state: _Document, sentence_id: int, scan: DateScan, type_: str,
                     probability: float) -> Event:
        """A type only the model suggested: no triggers or participants, its probability as
        score."""
        contexts = tuple(c for c in state.contexts
                         if self.taxonomy is None or c in self.taxonomy.context_codes())
        found = event_date(scan.sentence, state.anchor, state.previous, scan=scan)
        return Event(
            new_event_id(), sentence_id, type_, contexts=contexts,
            date=found.date if found else None, date_text=found.text if found else None,
            confidence=round(probability, 3),
            annotator=self.annotator, provenance=Provenance.SUGGESTED,
            status=AnnotationStatus.SUGGESTED, rule=MODEL_RULE)


def suggest_document(db: Database, doc_id: str, annotator: str = DEFAULT_ANNOTATOR,
                     taxonomy: Taxonomy | None = None,
                     model: Predictor | None = None) -> SuggestionReport:
    """Store mention and event suggestions for one document; returns how many were added.

    ``taxonomy`` (the project's, e.g. the bundled PLOVER one) drops types it does not define
    and modes, contexts and auxiliary modes it does not allow; without it suggestions are
    stored as the rules make them. ``model`` adds the recommender's types (module docstring).
    A project that never had its registry seeded gets the countries and organisations first.
    Raises DocumentNotFoundError for an unknown ``doc_id``.
    """
    ensure_default_actors(db)
    suggester = Suggester(db, annotator, taxonomy, model)
    return store_plan(db, suggester.plan(db, doc_id))


def suggest_documents(db: Database, doc_ids: Iterable[str], annotator: str = DEFAULT_ANNOTATOR,
                      taxonomy: Taxonomy | None = None, model: Predictor | None = None
                      ) -> Iterator[tuple[str, SuggestionReport]]:
    """:func:`suggest_document` for several documents, each in its own transaction, yielding
    each document's report as it is done (the registry is read once)."""
    ensure_default_actors(db)
    suggester = Suggester(db, annotator, taxonomy, model)
    for doc_id in doc_ids:
        yield doc_id, store_plan(db, suggester.plan(db, doc_id))
