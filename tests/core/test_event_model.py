"""The event recommender's model: fit and predict on a small synthetic set, and "not enough"."""

from __future__ import annotations

import pytest

from annotator.core import event_model
from annotator.core.event_model import Example

# Made-up verbs no rule knows, so only learning can connect them to a type.
PROTESTS = [f"{city} halkı meydanda zorkladı." for city in
            ("Ankara", "İzmir", "Bursa", "Konya", "Adana", "Sivas")]
AIDS = [f"Bakanlık {city} köylerine flumpladı." for city in
        ("Van", "Muş", "Kars", "Rize", "Ordu", "Tokat")]
OTHERS = [f"{city} belediyesi yeni bir park açtı ve {n} ağaç dikti." for n, city in
          enumerate(("Bolu", "Çorum", "Aydın", "Manisa", "Uşak", "Niğde", "Kilis", "Batman"))]


def examples() -> list[Example]:
    return ([Example(t, "", frozenset({"PROTEST"})) for t in PROTESTS]
            + [Example(t, "", frozenset({"AID"})) for t in AIDS]
            + [Example(t, "", frozenset()) for t in OTHERS])


def test_fit_learns_the_types_and_predicts_probabilities() -> None:
    model = event_model.fit(examples())
    assert model.types == ("AID", "PROTEST")
    protest = model.predict("Trabzon halkı meydanda zorkladı.", "")
    aid = model.predict("Bakanlık Hakkari köylerine flumpladı.", "")
    assert set(protest) == {"PROTEST"} and set(aid) == {"AID"}
    assert 0.5 <= protest["PROTEST"] <= 1.0
    assert model.predict("Edirne belediyesi yeni bir park açtı.", "") == {}
    scores = model.probabilities([("Trabzon halkı meydanda zorkladı.", "")])[0]
    assert set(scores) == {"AID", "PROTEST"} and scores["AID"] < 0.5


def test_english_is_used_when_there_is_some() -> None:
    data = [Example(e.turkish, f"They {'glorped' if e.types else 'planted trees'} {i}.",
                    e.types) for i, e in enumerate(examples())]
    model = event_model.fit(data)
    with_english = model.probabilities([("Bir şey oldu.", "They glorped again.")])[0]
    without = model.probabilities([("Bir şey oldu.", "")])[0]
    assert with_english["PROTEST"] > without["PROTEST"]


def test_too_few_sentences_or_types_is_a_shortfall() -> None:
    few = examples()[:event_model.MIN_SENTENCES - 1]
    assert event_model.shortfall(few) == event_model.Shortfall(len(few), 2)
    with pytest.raises(ValueError):
        event_model.fit(few)
    # enough sentences, but every type has a single positive
    single = [Example(t, "", frozenset({f"T{i}"})) for i, t in enumerate(PROTESTS[:2])] \
        + [Example(t, "", frozenset()) for t in OTHERS * 3]
    assert event_model.shortfall(single) == event_model.Shortfall(len(single), 0)
    assert event_model.shortfall(examples()) is None


def test_train_reports_cross_validated_scores() -> None:
    model, report = event_model.train(examples())
    assert report.sentences == 20 and report.positives == 12
    assert report.types == model.types == ("AID", "PROTEST")
    assert report.f1 is not None and report.precision is not None and report.recall is not None
    assert report.f1 > 0.5  # the made-up verbs are easy to learn out of fold
