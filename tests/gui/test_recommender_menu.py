"""The recommender in the window: Annotate → Train the recommender runs in the background, too
few reviews are shown as an error, enough reviews retrain it by themselves; the suggestion queue
lists the least certain suggestions first."""

from __future__ import annotations

import pytest

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.gui.models.suggestion_queue_model import QueueItem, review_order
from annotator.project import Changes, Outcome, recommender_ops
from annotator.storage.annotations import add_event

pytestmark = pytest.mark.gui


def review_sentences(window, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    """Accept a CONSULT on the first three body sentences, reject one on the next ones."""
    project = window.project
    doc_id = project.document_ids()[0]
    ids = [s.sentence.id for s in project.segments(doc_id) if s.sentence.role.annotatable]
    assert len(ids) >= count
    for i, sentence_id in enumerate(ids[:count]):
        accepted = i < 3
        add_event(project.db, Event(
            "", sentence_id, "CONSULT" if accepted else "ASSAULT",
            provenance=Provenance.MANUAL if accepted else Provenance.SUGGESTED,
            status=AnnotationStatus.ACCEPTED if accepted else AnnotationStatus.REJECTED))
    return ids[:count]


def test_training_with_too_few_reviews_shows_the_error(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    window = sample_window
    with qtbot.waitSignal(window.runner.error_shown, timeout=30_000) as shown:
        assert window.annotate_menu.train_recommender() is not None
    assert shown.args[0].key == "project.model_too_few"
    assert "0 reviewed sentences" in window.runner.message_box.text()
    assert not window.project.model_trained
    qtbot.waitUntil(window.annotate_menu.train_action.isEnabled)


def test_training_from_the_menu_runs_in_the_background(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    window = sample_window
    review_sentences(window, 20)
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000) as finished:
        window.annotate_menu.train_recommender()
        assert not window.annotate_menu.train_action.isEnabled()
    group, result = finished.args
    assert group == "train-recommender" and isinstance(result, Outcome)
    assert result.report.sentences == 20 and result.report.types == ("CONSULT",)
    assert window.project.model_trained
    assert "Recommender trained on 20" in window.statusBar().currentMessage()


def test_enough_new_reviews_retrain_in_the_background(qtbot, sample_window,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = sample_window
    monkeypatch.setattr(recommender_ops, "RETRAIN_EVERY", 20)
    ids = review_sentences(window, 19)
    window.runner.announce(Changes.of(annotations=ids))
    assert not window.runner.is_running("train-recommender")  # 19 < 20: not yet
    review_sentences(window, 20)  # the 20th sentence (the others get a second event)
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000) as finished:
        window.runner.announce(Changes.of(annotations=ids[-1:]))
    assert finished.args[0] == "train-recommender"
    assert window.project.model_trained


def test_the_queue_lists_the_least_certain_first() -> None:
    def queued(score: float | None, order: int, kind: str = "event") -> QueueItem:
        item: Mention | Event = (
            Event("e", order, "CONSULT", confidence=score, trigger_tr=(0, 2)) if kind == "event"
            else Mention(None, order, "TUR", Side.TR, 0, 2, "ab", score=score))
        return QueueItem(item, "ab cd", order)

    items = [queued(0.9, 0), queued(None, 1, "mention"), queued(0.55, 2), queued(0.55, 1),
             queued(0.7, 3)]
    ordered = sorted(items, key=review_order)
    assert [(q.score, q.order) for q in ordered] == [(0.55, 1), (0.55, 2), (0.7, 3), (0.9, 0),
                                                    (None, 1)]
