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
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlite_utils import Database

from annotator.core.actor_matching import NameMatcher
from annotator.core.annotations import Event, Mention
from annotator.core.event_dates import event_date
from annotator.core.event_model import MODEL_RULE
from annotator.core.models import AnnotationStatus, Provenance, Segment, Side
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
from annotator.storage.annotations import (
    add_event,
    add_mention,
    bind_arguments,
    sentence_events,
    sentence_mentions,
)
from annotator.storage.documents import document_contexts, get_document
from annotator.storage.segments import get_segments

DEFAULT_ANNOTATOR = "suggest"
REGISTRY_RULE = "registry"  # the ``rule`` of a mention found by the actor registry's names
# A trained recommender: (Turkish, English) -> the probability of each type it suggests.
Predictor = Callable[[str, str], Mapping[str, float]]


@dataclass(frozen=True)
class SuggestionReport:
    """How many suggestions one run stored."""

    mentions: int
    events: int


@dataclass
class _Run:
    """What one document's run needs at every sentence."""

    annotator: str
    matchers: dict[Side, NameMatcher]
    taxonomy: Taxonomy | None
    contexts: tuple[str, ...]  # the document's default contexts
    anchor: date | None  # the publication date, for dates without a year
    previous: date | None = None  # the date of the last dated event so far
    model: Predictor | None = None
    mentions: int = 0
    events: int = 0


def _as_date(value: str | None) -> date | None:
    """A day-precision ISO date, or None (months, weeks and years are not day anchors)."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _suggest_mentions(db: Database, run: _Run, sentence_id: int, side: Side, text: str,
                      existing: Sequence[Mention]) -> None:
    decided = {(m.start, m.end, m.actor_id) for m in existing if m.side is side}
    live = [(m.start, m.end) for m in existing
            if m.side is side and m.status is not AnnotationStatus.REJECTED]
    for match in run.matchers[side].find(text):
        if (match.start, match.end, match.key) in decided or _overlaps(match.start, match.end,
                                                                       live):
            continue
        add_mention(db, Mention(
            None, sentence_id, match.key, side, match.start, match.end,
            text[match.start:match.end], annotator=run.annotator,
            provenance=Provenance.SUGGESTED, status=AnnotationStatus.SUGGESTED,
            rule=REGISTRY_RULE))
        live.append((match.start, match.end))
        run.mentions += 1


def _spans(mentions: Iterable[Mention], side: Side) -> list[MentionSpan]:
    return [MentionSpan(m.start, m.end, m.actor_id) for m in mentions
            if m.side is side and m.status is not AnnotationStatus.REJECTED]


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


def _suggest_events(db: Database, run: _Run, segment: Segment,
                    mentions: Sequence[Mention]) -> None:
    sentence, english = segment.sentence, segment.target.text
    existing = sentence_events(db, sentence.id, include_rejected=True)
    taken = {e.type for e in existing}
    turkish = suggest_events(sentence.text, Side.TR, _spans(mentions, Side.TR))
    translated = suggest_events(english, Side.EN, _spans(mentions, Side.EN)) if english else []
    dates = [d for e in existing if e.status is not AnnotationStatus.REJECTED
             if (d := _as_date(e.date)) is not None]
    predicted = dict(run.model(sentence.text, english or "")) if run.model else {}
    for suggestion in combine(turkish, translated):
        fitted = _fit(suggestion, run.taxonomy, run.contexts)
        if fitted is None or fitted.type in taken:
            continue
        rule, confidence = _rule(suggestion, [*turkish, *translated]), fitted.confidence
        if fitted.type in predicted:  # one event per type: the rule's, with both makers
            rule = f"{MODEL_RULE}+{rule}" if rule else MODEL_RULE
            confidence = round(max(confidence, predicted[fitted.type]), 3)
        # The date expression nearest the trigger, not any date of the sentence.
        found = event_date(sentence.text, run.anchor, run.previous, trigger=fitted.trigger_tr)
        add_event(db, bind_arguments(Event(
            "", sentence.id, fitted.type, modes=fitted.modes, contexts=fitted.contexts,
            aux=fitted.aux, actors=fitted.actors, recipients=fitted.recipients,
            trigger_tr=fitted.trigger_tr, trigger_en=fitted.trigger_en,
            date=found.date if found else None, date_text=found.text if found else None,
            confidence=confidence, annotator=run.annotator,
            provenance=Provenance.SUGGESTED, status=AnnotationStatus.SUGGESTED,
            rule=rule), mentions))
        taken.add(fitted.type)
        run.events += 1
        if found is not None and (day := _as_date(found.date)) is not None:
            dates.append(day)
    for type_, probability in sorted(predicted.items()):
        if type_ in taken or (run.taxonomy is not None
                              and type_ not in run.taxonomy.type_codes()):
            continue
        _add_model_event(db, run, sentence.id, sentence.text, type_, probability)
        taken.add(type_)
    if dates:  # "ertesi gün" in a later sentence counts from the last event told so far
        run.previous = dates[-1]


def _add_model_event(db: Database, run: _Run, sentence_id: int, text: str, type_: str,
                     probability: float) -> None:
    """A type only the model suggested: no triggers or participants, its probability as score."""
    contexts = tuple(c for c in run.contexts
                     if run.taxonomy is None or c in run.taxonomy.context_codes())
    found = event_date(text, run.anchor, run.previous)
    add_event(db, Event(
        "", sentence_id, type_, contexts=contexts, date=found.date if found else None,
        date_text=found.text if found else None, confidence=round(probability, 3),
        annotator=run.annotator, provenance=Provenance.SUGGESTED,
        status=AnnotationStatus.SUGGESTED, rule=MODEL_RULE))
    run.events += 1


def _matchers(db: Database) -> dict[Side, NameMatcher]:
    """The registry's matchers for both sides (a few hundred ms: build once per run).

    A project that never had its registry seeded gets the countries and organisations first.
    """
    ensure_default_actors(db)
    return {side: actor_matcher(db, side) for side in Side}


def _suggest(db: Database, doc_id: str, annotator: str, taxonomy: Taxonomy | None,
             matchers: dict[Side, NameMatcher], model: Predictor | None) -> SuggestionReport:
    document = get_document(db, doc_id)
    run = _Run(annotator, matchers, taxonomy, document_contexts(db, doc_id),
               _as_date(document.published), model=model)
    with db.atomic():
        for segment in get_segments(db, doc_id):
            sentence = segment.sentence
            if not sentence.role.annotatable:
                continue
            existing = sentence_mentions(db, sentence.id, include_rejected=True)
            _suggest_mentions(db, run, sentence.id, Side.TR, sentence.text, existing)
            if segment.target.text:
                _suggest_mentions(db, run, sentence.id, Side.EN, segment.target.text, existing)
            _suggest_events(db, run, segment, sentence_mentions(db, sentence.id))
    return SuggestionReport(run.mentions, run.events)


def suggest_document(db: Database, doc_id: str, annotator: str = DEFAULT_ANNOTATOR,
                     taxonomy: Taxonomy | None = None,
                     model: Predictor | None = None) -> SuggestionReport:
    """Store mention and event suggestions for one document; returns how many were added.

    ``taxonomy`` (the project's, e.g. the bundled PLOVER one) drops types it does not define
    and modes, contexts and auxiliary modes it does not allow; without it suggestions are
    stored as the rules make them. ``model`` adds the recommender's types (module docstring).
    Raises DocumentNotFoundError for an unknown ``doc_id``.
    """
    return _suggest(db, doc_id, annotator, taxonomy, _matchers(db), model)


def suggest_documents(db: Database, doc_ids: Iterable[str], annotator: str = DEFAULT_ANNOTATOR,
                      taxonomy: Taxonomy | None = None, model: Predictor | None = None
                      ) -> Iterator[tuple[str, SuggestionReport]]:
    """:func:`suggest_document` for several documents, each in its own transaction, yielding
    each document's report as it is done (the registry is read once)."""
    matchers = _matchers(db)
    for doc_id in doc_ids:
        yield doc_id, _suggest(db, doc_id, annotator, taxonomy, matchers, model)
