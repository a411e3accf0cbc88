"""The project's event recommender: trained on accepted and rejected events, it suggests with
``rule`` "model" and a probability, merges with the rules, and learns again from new reviews."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Event
from annotator.core.models import AnnotationStatus, Provenance
from annotator.errors import ProjectError
from annotator.project import Project
from annotator.project.recommender_ops import RETRAIN_EVERY
from annotator.storage.annotations import add_event, document_events

CITIES = ["Ankara", "İzmir", "Bursa", "Konya", "Adana", "Sivas", "Trabzon", "Samsun", "Van",
          "Muş", "Kars", "Rize", "Ordu", "Tokat", "Bolu", "Çorum", "Aydın", "Manisa", "Uşak",
          "Niğde", "Kilis", "Batman", "Edirne", "Hakkari", "Giresun", "Artvin", "Mardin"]
# Made-up verbs the rules do not know: only the model can connect them to a type.
PROTEST = "{} halkı dün meydanda zorkladı."
AID = "Bakanlık {} köylerine flumpladı."
RULED = "{} halkı dün meydanda protesto etti."  # the rules find PROTEST here too
OTHER = "{} belediyesi yeni bir park açtı."


def lines(pattern: str, start: int, count: int) -> list[str]:
    return [pattern.format(f"{CITIES[(start + i) % len(CITIES)]} {i}") for i in range(count)]


class Fixture:
    """A project of one document whose sentences are made from the patterns above."""

    def __init__(self, db_path: Path, tmp_path: Path, sentences: list[str]) -> None:
        source = tmp_path / "haberler.txt"
        source.write_text("Haberler\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
        self.project = Project(db_path)
        self.project.import_files([source])
        self.doc_id = self.project.document_ids()[0]
        self.ids = {s.sentence.text: s.sentence.id for s in self.project.segments(self.doc_id)}

    def review(self, texts: list[str], type_: str, status: AnnotationStatus) -> None:
        for text in texts:
            provenance = Provenance.MANUAL if status is AnnotationStatus.ACCEPTED \
                else Provenance.SUGGESTED
            add_event(self.project.db, Event("", self.ids[text], type_, annotator="ayse",
                                             provenance=provenance, status=status))

    def suggested(self) -> dict[str, list[Event]]:
        found: dict[str, list[Event]] = {}
        for event in document_events(self.project.db, self.doc_id):
            if event.status is AnnotationStatus.SUGGESTED:
                text = next(t for t, i in self.ids.items() if i == event.sentence_id)
                found.setdefault(text, []).append(event)
        return found


PROTESTS, AIDS = lines(PROTEST, 0, 12), lines(AID, 3, 12)
RULEDS, OTHERS = lines(RULED, 6, 8), lines(OTHER, 9, 80)


@pytest.fixture
def fixture(db_path: Path, tmp_path: Path) -> Fixture:
    made = Fixture(db_path, tmp_path, PROTESTS + AIDS + RULEDS + OTHERS)
    made.review(PROTESTS[:8], "PROTEST", AnnotationStatus.ACCEPTED)
    made.review(RULEDS[:4], "PROTEST", AnnotationStatus.ACCEPTED)
    made.review(AIDS[:1], "AID", AnnotationStatus.ACCEPTED)  # one example: not learned yet
    made.review(OTHERS[:12], "CONSULT", AnnotationStatus.REJECTED)  # negatives
    return made


def test_trains_and_suggests_with_rule_model_and_a_probability(fixture: Fixture) -> None:
    report = fixture.project.train_model().report
    assert report.sentences == 25 and report.positives == 13
    assert report.types == ("PROTEST",)
    assert report.f1 is not None
    assert fixture.project.model_trained
    fixture.project.suggest([fixture.doc_id])
    suggested = fixture.suggested()
    for text in PROTESTS[8:]:  # not reviewed: the model's own suggestion, no rule knows "zork"
        (event,) = suggested[text]
        assert (event.type, event.rule, event.provenance) == ("PROTEST", "model",
                                                             Provenance.SUGGESTED)
        assert event.confidence is not None and 0.5 <= event.confidence <= 1.0
        assert event.trigger_tr is None
    for text in RULEDS[4:]:  # rules and model agree: one event, both makers, the higher score
        (event,) = suggested[text]
        assert event.type == "PROTEST" and event.rule == "model+tr.protest"
        assert event.confidence is not None and event.confidence >= 0.5
        assert event.trigger_tr is not None
    assert not any(text in suggested for text in OTHERS[12:])
    # Reviewed sentences keep what they had: nothing is added where a type was decided.
    assert not any(text in suggested for text in PROTESTS[:8] + OTHERS[:12])


def test_without_a_model_suggest_uses_the_rules_alone(fixture: Fixture) -> None:
    fixture.project.suggest([fixture.doc_id])
    suggested = fixture.suggested()
    assert not any(text in suggested for text in PROTESTS[8:])
    assert all(e.rule == "tr.protest" for text in RULEDS[4:] for e in suggested[text])


def test_retraining_after_more_accepted_events_changes_the_output(fixture: Fixture) -> None:
    project = fixture.project
    project.train_model()
    predictor = project.event_predictor()
    assert predictor is not None
    assert predictor(AIDS[10], "") == {}
    fixture.project.suggest([fixture.doc_id])
    assert AIDS[10] not in fixture.suggested()
    fixture.review(AIDS[1:4], "AID", AnnotationStatus.ACCEPTED)
    report = project.train_model().report
    assert report.types == ("AID", "PROTEST")
    after = project.event_predictor()(AIDS[10], "")  # type: ignore[misc]
    assert set(after) == {"AID"} and after["AID"] >= 0.5
    project.suggest([fixture.doc_id])
    (event,) = fixture.suggested()[AIDS[10]]
    assert (event.type, event.rule) == ("AID", "model")


def test_too_few_reviewed_sentences_say_so(db_path: Path, tmp_path: Path) -> None:
    few = Fixture(db_path, tmp_path, PROTESTS + OTHERS[:10])
    few.review(PROTESTS[:5], "PROTEST", AnnotationStatus.ACCEPTED)
    few.review(OTHERS[:5], "CONSULT", AnnotationStatus.REJECTED)
    with pytest.raises(ProjectError) as raised:
        few.project.train_model()
    assert raised.value.kind == "model_too_few"
    assert raised.value.params == {"sentences": 10, "types": 1, "needed": 20}
    assert not few.project.model_trained
    assert "10 reviewed sentences" in str(raised.value)


def test_retraining_is_due_after_every_50_reviewed_sentences(fixture: Fixture) -> None:
    project = fixture.project
    assert not project.retraining_due()  # 25 reviewed, never trained
    project.train_model()
    fixture.review(OTHERS[12:12 + RETRAIN_EVERY - 1], "CONSULT", AnnotationStatus.REJECTED)
    assert not project.retraining_due()
    fixture.review(OTHERS[12 + RETRAIN_EVERY - 1:12 + RETRAIN_EVERY], "CONSULT",
                   AnnotationStatus.REJECTED)
    assert project.retraining_due()
    project.train_model()
    assert not project.retraining_due()


def cli(*args: str) -> tuple[int, str, str]:
    from io import StringIO

    from annotator.cli import run

    out, err = StringIO(), StringIO()
    code = run(list(args), out, err)
    assert isinstance(code, int)
    return code, out.getvalue(), err.getvalue()


def test_cli_suggest_model_trains_then_suggests(fixture: Fixture, db_path: Path) -> None:
    fixture.project.close()
    code, out, err = cli("--db", str(db_path), "suggest", "--all", "--model")
    assert code == 0
    assert "model: 25 reviewed sentences (13 with events), types PROTEST;" in err
    doc_id, _mentions, events = out.strip().split("\t")
    assert doc_id == fixture.doc_id and int(events) >= len(PROTESTS[8:])
    reopened = Project(db_path)
    rules = {e.rule for e in document_events(reopened.db, fixture.doc_id)
             if e.status is AnnotationStatus.SUGGESTED}
    assert {"model", "model+tr.protest"} <= rules
    reopened.close()


def test_cli_suggest_model_with_too_few_reviews_exits_2(db_path: Path, tmp_path: Path) -> None:
    few = Fixture(db_path, tmp_path, OTHERS[:5])
    few.project.close()
    code, out, err = cli("--db", str(db_path), "suggest", "--all", "--model")
    assert (code, out) == (2, "")
    assert err.strip().splitlines()[-1] == (
        "annotator: error: The recommender needs at least 20 reviewed sentences and two "
        "accepted events of one type; this project has 0 reviewed sentences and 0 types with "
        "enough examples.")
    assert not [e for e in document_events(Project(db_path).db, few.doc_id)]


def test_without_scikit_learn_training_says_so(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop bundle leaves scikit-learn out: training explains that, nothing breaks."""
    import builtins

    from annotator.core import event_model

    real_import = builtins.__import__

    def no_sklearn(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("sklearn"):
            raise ImportError("No module named 'sklearn'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_sklearn)
    monkeypatch.setattr(event_model, "shortfall", lambda examples: None)
    project = Project(tmp_path / "p.sqlite")
    try:
        with pytest.raises(ProjectError) as caught:
            project.train_model()
        assert caught.value.kind == "model_unavailable"
    finally:
        project.close()
