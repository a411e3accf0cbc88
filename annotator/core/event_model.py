"""A recommender that learns event types from a project's reviewed sentences (scikit-learn).

Each sentence pair becomes TF-IDF character n-grams (``char_wb``, 2–5) of its Turkish (lowered
the Turkish way, so ``İ``/``I`` fold right) and of its English, side by side; one logistic
regression per PLOVER type (one-vs-rest, balanced class weights) says how likely the sentence
reports an event of that type. A type is suggested when its probability reaches
:data:`THRESHOLD`, set for precision: the rules stay, the model adds what they miss.

It needs :data:`MIN_SENTENCES` reviewed sentences and learns only the types with at least
:data:`MIN_PER_TYPE` positive sentences (and one negative); :func:`shortfall` says what is
missing. scikit-learn is imported inside the functions, so importing this module costs nothing.
Pure: no I/O; the fitted model lives in memory.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.turkish import turkish_lower

MIN_SENTENCES = 20  # reviewed sentences before a model is trained
MIN_PER_TYPE = 2  # positive sentences a type needs to be learned
THRESHOLD = 0.5  # the probability from which a type is suggested
FOLDS = 5  # cross-validation folds of the training report
MODEL_RULE = "model"  # the ``rule`` of a suggestion the model made


@dataclass(frozen=True)
class Example:
    """One reviewed sentence pair and the event types it has (empty: a negative)."""

    turkish: str
    english: str
    types: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Shortfall:
    """Why no model can be trained yet: how many sentences and learnable types there are."""

    sentences: int
    types: int
    needed: int = MIN_SENTENCES


@dataclass(frozen=True)
class TrainingReport:
    """What a training run learned from: sentences, types, and the cross-validated scores."""

    sentences: int
    positives: int  # sentences with at least one event
    types: tuple[str, ...]
    precision: float | None  # micro-averaged over types, out-of-fold; None: too few to fold
    recall: float | None
    f1: float | None


def learnable_types(examples: Sequence[Example]) -> list[str]:
    """The types with at least MIN_PER_TYPE positive sentences and one negative one."""
    counts = Counter(t for e in examples for t in e.types)
    return sorted(t for t, n in counts.items() if n >= MIN_PER_TYPE and n < len(examples))


def shortfall(examples: Sequence[Example], minimum: int = MIN_SENTENCES) -> Shortfall | None:
    """What is missing before a model can be trained on ``examples``, or None."""
    types = learnable_types(examples)
    if len(examples) < minimum or not types:
        return Shortfall(len(examples), len(types), minimum)
    return None


def _lower(text: str) -> str:
    """The Turkish lowercasing (module level, so a fitted model can be pickled)."""
    return turkish_lower(text)


@dataclass
class EventModel:
    """Fitted vectorizers and one classifier per type; :meth:`predict` gives probabilities."""

    types: tuple[str, ...]
    _turkish: Any = field(repr=False)
    _english: Any = field(repr=False)
    _classifiers: dict[str, Any] = field(repr=False)

    def _features(self, pairs: Sequence[tuple[str, str]]) -> Any:
        from scipy.sparse import hstack

        parts = [self._turkish.transform([tr for tr, _ in pairs])]
        if self._english is not None:  # None: trained before any sentence had English
            parts.append(self._english.transform([en for _, en in pairs]))
        return hstack(parts).tocsr()

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        """Every learned type's probability for each (Turkish, English) pair."""
        if not pairs:
            return []
        features = self._features(pairs)
        columns = {t: c.predict_proba(features)[:, 1] for t, c in self._classifiers.items()}
        return [{t: float(p[i]) for t, p in columns.items()} for i in range(len(pairs))]

    def predict(self, turkish: str, english: str,
                threshold: float = THRESHOLD) -> dict[str, float]:
        """The types suggested for one sentence pair, with their probabilities."""
        scores = self.probabilities([(turkish, english)])[0]
        return {t: p for t, p in scores.items() if p >= threshold}


def _vectorizer(turkish: bool) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    # sklearn's own lowercasing is str.lower, which turns "I" into "i" (Turkish: "ı").
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                           preprocessor=_lower if turkish else None)


def fit(examples: Sequence[Example], minimum: int = MIN_SENTENCES) -> EventModel:
    """Train on ``examples``; ValueError when :func:`shortfall` says they are not enough
    (``minimum`` sentences; cross-validation folds go below the product's minimum)."""
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    if shortfall(examples, minimum) is not None:
        raise ValueError("not enough reviewed sentences to train an event model")
    turkish, english = _vectorizer(turkish=True), _vectorizer(turkish=False)
    parts = [turkish.fit_transform([e.turkish for e in examples])]
    if any(e.english.strip() for e in examples):
        parts.append(english.fit_transform([e.english for e in examples]))
    else:  # nothing translated yet: learn from the Turkish alone
        english = None
    features = hstack(parts).tocsr()
    classifiers = {}
    types = learnable_types(examples)
    for type_ in types:
        labels = [int(type_ in e.types) for e in examples]
        classifier = LogisticRegression(C=10.0, class_weight="balanced", solver="liblinear")
        classifiers[type_] = classifier.fit(features, labels)
    return EventModel(tuple(types), turkish, english, classifiers)


def _folds(count: int, folds: int, seed: int) -> list[list[int]]:
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return [order[i::folds] for i in range(folds)]


def cross_validate(examples: Sequence[Example], folds: int = FOLDS,
                   seed: int = 0) -> tuple[float, float, float] | None:
    """Out-of-fold micro precision, recall and F1 of the suggested type sets; None when a
    training fold would be too small to train on."""
    if len(examples) < folds * 2:
        return None
    tp = fp = fn = 0
    trained = False
    for held in _folds(len(examples), folds, seed):
        held_set = set(held)
        train = [e for i, e in enumerate(examples) if i not in held_set]
        if shortfall(train, minimum=0) is not None:
            continue
        model, trained = fit(train, minimum=0), True
        test = [examples[i] for i in held]
        for example, scores in zip(test, model.probabilities(
                [(e.turkish, e.english) for e in test]), strict=True):
            found = {t for t, p in scores.items() if p >= THRESHOLD}
            tp += len(found & example.types)
            fp += len(found - example.types)
            fn += len(example.types - found)
    if not trained:
        return None
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def train(examples: Sequence[Example]) -> tuple[EventModel, TrainingReport]:
    """:func:`fit` on every example, with a cross-validated report."""
    model = fit(examples)
    scores = cross_validate(examples)
    precision, recall, f1 = scores if scores is not None else (None, None, None)
    return model, TrainingReport(len(examples), sum(1 for e in examples if e.types),
                                 model.types, precision, recall, f1)

