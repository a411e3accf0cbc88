"""The event recommender of a project: train it on the reviewed sentences, suggest with it.

:meth:`RecommenderOps.train_model` reads the reviewed sentences
(:mod:`annotator.storage.model_data`), fits :mod:`annotator.core.event_model` and keeps the fitted
model in memory on this :class:`~annotator.project.Project` (never in the project file); from then
on ``suggest`` adds the model's types to the rules'. Too few reviewed sentences raise
``ProjectError("model_too_few")`` and leave the previous model in place.

The window retrains in the background when :meth:`RecommenderOps.retraining_due` says so: when
:data:`RETRAIN_EVERY` more sentences have been reviewed than at the last training (or, never
trained, when that many are reviewed at all). A training that found too few examples waits for
as many more.
"""

from __future__ import annotations

from annotator.core import event_model
from annotator.core.event_model import EventModel, TrainingReport
from annotator.errors import ProjectError
from annotator.project.base import ProjectBase
from annotator.project.changes import NO_CHANGES
from annotator.project.jobs import JobControl, Outcome
from annotator.storage.model_data import reviewed_sentence_count, training_examples
from annotator.storage.suggestions import Predictor

RETRAIN_EVERY = 50  # reviewed sentences between two background trainings


class RecommenderOps(ProjectBase):
    """Training the recommender and handing it to ``suggest``."""

    _event_model: EventModel | None = None
    _tried_on = 0  # the reviewed sentences when training was last tried

    @property
    def model_trained(self) -> bool:
        """Whether a recommender has been trained in this session."""
        return self._event_model is not None

    def train_model(self, control: JobControl | None = None) -> Outcome[TrainingReport]:
        """Train the recommender on every reviewed sentence; the report has the cross-validated
        precision, recall and F1 (None with fewer than ten sentences)."""
        control = control or JobControl()
        with self.snapshot() as db:
            examples = training_examples(db)
        self._tried_on = len(examples)  # a shortfall waits for the next RETRAIN_EVERY too
        missing = event_model.shortfall(examples)
        if missing is not None:
            raise ProjectError("model_too_few", sentences=missing.sentences,
                               types=missing.types, needed=missing.needed)
        control.check()
        try:
            model, report = event_model.train(examples)
        except ImportError as error:  # the desktop bundle leaves scikit-learn out (numpy too)
            raise ProjectError("model_unavailable", detail=str(error)) from None
        control.check()
        self._event_model = model
        return Outcome(report, NO_CHANGES)

    def retraining_due(self, every: int | None = None) -> bool:
        """Whether ``every`` (default :data:`RETRAIN_EVERY`) more sentences were reviewed since
        training was last tried."""
        with self.snapshot() as db:
            reviewed = reviewed_sentence_count(db)
        step = every if every is not None else RETRAIN_EVERY
        return reviewed - self._tried_on >= max(step, event_model.MIN_SENTENCES)

    def event_predictor(self) -> Predictor | None:
        """The trained recommender's ``predict`` for ``suggest``, or None (rules only)."""
        model = self._event_model
        return model.predict if model is not None else None
