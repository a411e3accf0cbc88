"""Inter-annotator agreement: mention F1, event-type κ and α, frame-slot agreement, chrF/TER.

Pure functions over per-annotator sets of the same sentences (:class:`AnnotationSet`); the
storage layer decides what a set holds (``annotator.storage.agreement_data``). A pair is compared
on the sentences both annotated; Krippendorff's α on every sentence two or more annotated (an
annotator who did not annotate a sentence is a missing value, not a "no"). Statistics come from
libraries, imported when they run: Cohen's κ from scikit-learn, α from ``krippendorff``, chrF
and TER from sacrebleu. A figure that is undefined (no items, or κ and α with one class only)
has the value None. ``docs/agreement.md`` describes every measure.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

MENTION_F1_EXACT = "mention_f1_exact"
MENTION_F1_OVERLAP = "mention_f1_overlap"
EVENT_TYPE_KAPPA = "event_type_kappa"
EVENT_TYPE_ALPHA = "event_type_alpha"
EVENT_SLOT_AGREEMENT = "event_slot_agreement"
EVENT_ACTOR_AGREEMENT = "event_actor_agreement"
EVENT_RECIPIENT_AGREEMENT = "event_recipient_agreement"
EVENT_DATE_AGREEMENT = "event_date_agreement"
TRANSLATION_CHRF = "translation_chrf"
TRANSLATION_TER = "translation_ter"
SLOTS = (EVENT_ACTOR_AGREEMENT, EVENT_RECIPIENT_AGREEMENT, EVENT_DATE_AGREEMENT)


@dataclass(frozen=True)
class MentionItem:
    """One mention as agreement sees it: where it is and which actor it names."""

    sentence_id: int
    side: str
    start: int
    end: int
    actor_id: str


@dataclass(frozen=True)
class EventItem:
    """One event frame as agreement sees it: its type and the three compared slots."""

    sentence_id: int
    type: str
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    date: str | None = None

    def slots(self) -> tuple[object, object, object]:
        """The actor set, the recipient set and the date, in :data:`SLOTS` order."""
        return self.actors, self.recipients, self.date


@dataclass(frozen=True)
class AnnotationSet:
    """What one annotator did: the sentences he annotated and his (accepted) annotations."""

    sentences: frozenset[int]
    mentions: tuple[MentionItem, ...] = ()
    events: tuple[EventItem, ...] = ()


@dataclass(frozen=True)
class Figure:
    """One agreement figure. ``document`` None: every document; ``event_type`` None: every
    type; ``value`` None: undefined; ``n``: how many items it was computed on."""

    measure: str
    annotators: tuple[str, ...]
    document: str | None
    event_type: str | None
    value: float | None
    n: int


@dataclass(frozen=True)
class DocumentData:
    """One document's material: annotation sets and translations (sentence → English), each by
    person."""

    sets: Mapping[str, AnnotationSet] = field(default_factory=dict)
    translations: Mapping[str, Mapping[int, str]] = field(default_factory=dict)


def agreement(documents: Mapping[str, DocumentData]) -> list[Figure]:
    """Every figure of every document, then the figures over all documents (``document`` None)."""
    figures: list[Figure] = []
    for doc_id, data in documents.items():
        figures += compare(data, doc_id)
    if len(documents) > 1:
        figures += compare(merge(documents.values()), None)
    return figures


def merge(documents: Iterable[DocumentData]) -> DocumentData:
    """Several documents' material as one (sentence ids are unique across documents)."""
    sets: dict[str, AnnotationSet] = {}
    translations: dict[str, dict[int, str]] = {}
    for data in documents:
        for name, found in data.sets.items():
            old = sets.get(name, AnnotationSet(frozenset()))
            sets[name] = AnnotationSet(old.sentences | found.sentences,
                                       old.mentions + found.mentions, old.events + found.events)
        for name, texts in data.translations.items():
            translations.setdefault(name, {}).update(texts)
    return DocumentData(sets, translations)


def compare(data: DocumentData, document: str | None) -> list[Figure]:
    """The figures of one document (or of the merged documents, ``document`` None)."""
    names = sorted(data.sets)
    pairs = list(combinations(names, 2))
    figures: list[Figure] = []
    for a, b in pairs:
        figures += mention_figures(data.sets[a], data.sets[b], (a, b), document)
        figures += kappa_figures(data.sets[a], data.sets[b], (a, b), document)
        figures += slot_figures(data.sets[a], data.sets[b], (a, b), document)
    if len(names) > 1:
        figures += alpha_figures(data.sets, document)
    for a, b in combinations(sorted(data.translations), 2):
        figures += translation_figures(data.translations[a], data.translations[b], (a, b),
                                       document)
    return figures


# -- mentions ------------------------------------------------------------------------------------

def _overlap(x: MentionItem, y: MentionItem) -> int:
    return min(x.end, y.end) - max(x.start, y.start)


def overlap_matches(left: Sequence[MentionItem], right: Sequence[MentionItem]) -> int:
    """One-to-one matches of mentions with the same sentence, side and actor whose spans overlap:
    each left mention in text order takes the free right one it overlaps most."""
    free = list(right)
    matched = 0
    for x in sorted(left, key=lambda m: (m.sentence_id, m.side, m.start, m.end, m.actor_id)):
        candidates = [y for y in free if (y.sentence_id, y.side, y.actor_id) ==
                      (x.sentence_id, x.side, x.actor_id) and _overlap(x, y) > 0]
        if candidates:
            free.remove(max(candidates, key=lambda y: (_overlap(x, y), -y.start)))
            matched += 1
    return matched


def f1(matches: int, left: int, right: int) -> float | None:
    """2·matches / (left + right): precision and recall's harmonic mean; None with nothing."""
    return 2 * matches / (left + right) if left + right else None


def mention_figures(a: AnnotationSet, b: AnnotationSet, pair: tuple[str, str],
                    document: str | None) -> list[Figure]:
    """Exact and overlap mention F1 of a pair on the sentences both annotated."""
    common = a.sentences & b.sentences
    left = [m for m in a.mentions if m.sentence_id in common]
    right = [m for m in b.mentions if m.sentence_id in common]
    exact = len(set(left) & set(right))
    overlap = overlap_matches(left, right)
    items = len(left) + len(right)
    return [Figure(MENTION_F1_EXACT, pair, document, None, f1(exact, len(left), len(right)),
                   items - exact),
            Figure(MENTION_F1_OVERLAP, pair, document, None,
                   f1(overlap, len(left), len(right)), items - overlap)]


# -- event types ---------------------------------------------------------------------------------

def _types(sets: Iterable[AnnotationSet], sentences: frozenset[int]) -> list[str]:
    return sorted({e.type for s in sets for e in s.events if e.sentence_id in sentences})


def _labels(found: AnnotationSet, items: Sequence[tuple[int, str]]) -> list[int]:
    present = {(e.sentence_id, e.type) for e in found.events}
    return [int(item in present) for item in items]


def _defined(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def kappa(left: Sequence[int], right: Sequence[int]) -> float | None:
    """Cohen's κ (scikit-learn); None with no items or when it is undefined (one class only)."""
    if not left:
        return None
    import warnings

    from sklearn.metrics import cohen_kappa_score

    with warnings.catch_warnings():  # one class only: sklearn warns and returns nan
        warnings.simplefilter("ignore")
        return _defined(cohen_kappa_score(left, right))


def kappa_figures(a: AnnotationSet, b: AnnotationSet, pair: tuple[str, str],
                  document: str | None) -> list[Figure]:
    """κ of a pair over (sentence, type) items, for every type together and for each type.

    Items: each sentence both annotated × each type either of them used in those sentences;
    the label is whether the annotator has an event of that type there."""
    common = a.sentences & b.sentences
    types = _types((a, b), common)
    items = [(s, t) for s in sorted(common) for t in types]
    figures = [Figure(EVENT_TYPE_KAPPA, pair, document, None,
                      kappa(_labels(a, items), _labels(b, items)) if types else None, len(items))]
    for event_type in types:
        own = [(s, event_type) for s in sorted(common)]
        figures.append(Figure(EVENT_TYPE_KAPPA, pair, document, event_type,
                              kappa(_labels(a, own), _labels(b, own)), len(own)))
    return figures


def alpha(rows: Sequence[Sequence[float]]) -> float | None:
    """Krippendorff's α, nominal (``krippendorff``); rows are annotators, NaN a missing value.
    None when it is undefined (fewer than two values, or no item coded twice)."""
    import numpy as np
    from krippendorff import alpha as krippendorff_alpha

    if not rows or not rows[0]:
        return None
    try:
        return _defined(krippendorff_alpha(reliability_data=np.array(rows, dtype=float),
                                           level_of_measurement="nominal"))
    except (ValueError, ZeroDivisionError):
        return None


def alpha_figures(sets: Mapping[str, AnnotationSet], document: str | None) -> list[Figure]:
    """α over every annotator, on the sentences two or more of them annotated; for every type
    together and for each type."""
    names = sorted(sets)
    counts: dict[int, int] = {}
    for found in sets.values():
        for sentence in found.sentences:
            counts[sentence] = counts.get(sentence, 0) + 1
    shared = frozenset(s for s, count in counts.items() if count >= 2)
    types = _types(sets.values(), shared)

    def matrix(items: Sequence[tuple[int, str]]) -> list[list[float]]:
        return [[float(label) if item[0] in sets[name].sentences else math.nan
                 for item, label in zip(items, _labels(sets[name], items), strict=True)]
                for name in names]

    items = [(s, t) for s in sorted(shared) for t in types]
    figures = [Figure(EVENT_TYPE_ALPHA, tuple(names), document, None,
                      alpha(matrix(items)) if types else None, len(items))]
    for event_type in types:
        own = [(s, event_type) for s in sorted(shared)]
        figures.append(Figure(EVENT_TYPE_ALPHA, tuple(names), document, event_type,
                              alpha(matrix(own)), len(own)))
    return figures


# -- event frames --------------------------------------------------------------------------------

def _agreeing(x: EventItem, y: EventItem) -> int:
    return sum(p == q for p, q in zip(x.slots(), y.slots(), strict=True))


def matched_events(a: AnnotationSet, b: AnnotationSet) -> list[tuple[EventItem, EventItem]]:
    """Pairs of events of the same sentence and type, on the sentences both annotated; with
    several of a type in one sentence, each of ``a``'s takes the free one of ``b`` that agrees
    on most slots."""
    common = a.sentences & b.sentences
    free = [e for e in b.events if e.sentence_id in common]
    pairs: list[tuple[EventItem, EventItem]] = []
    for x in (e for e in a.events if e.sentence_id in common):
        candidates = [y for y in free if (y.sentence_id, y.type) == (x.sentence_id, x.type)]
        if candidates:
            best = max(candidates, key=lambda y: _agreeing(x, y))
            free.remove(best)
            pairs.append((x, best))
    return pairs


def slot_figures(a: AnnotationSet, b: AnnotationSet, pair: tuple[str, str],
                 document: str | None) -> list[Figure]:
    """The share of agreeing slots of matched events: all three slots together and each slot,
    for every type together and for each type."""
    matched = matched_events(a, b)
    figures: list[Figure] = []
    for event_type in [None, *sorted({x.type for x, _ in matched})]:
        own = [(x, y) for x, y in matched if event_type is None or x.type == event_type]
        agree = [_agreeing(x, y) for x, y in own]
        figures.append(Figure(EVENT_SLOT_AGREEMENT, pair, document, event_type,
                              sum(agree) / (3 * len(own)) if own else None, len(own)))
        for index, measure in enumerate(SLOTS):
            same = sum(x.slots()[index] == y.slots()[index] for x, y in own)
            figures.append(Figure(measure, pair, document, event_type,
                                  same / len(own) if own else None, len(own)))
    return figures


# -- translations --------------------------------------------------------------------------------

def translation_figures(a: Mapping[int, str], b: Mapping[int, str], pair: tuple[str, str],
                        document: str | None) -> list[Figure]:
    """Corpus chrF (0–100) and TER (edits per reference word) of the first translator's
    versions against the second's, on the sentences both translated (sacrebleu)."""
    common = sorted(set(a) & set(b))
    if not common:
        return []
    from sacrebleu.metrics import CHRF, TER

    hypotheses = [a[s] for s in common]
    references = [[b[s] for s in common]]
    scores: list[tuple[str, Callable[[], float]]] = [
        (TRANSLATION_CHRF, lambda: CHRF().corpus_score(hypotheses, references).score),
        (TRANSLATION_TER,
         lambda: TER(case_sensitive=True).corpus_score(hypotheses, references).score / 100)]
    return [Figure(measure, pair, document, None, float(score()), len(common))
            for measure, score in scores]
