"""Error messages of the operations layer (annotator.project)."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Stopped; what was finished before is kept."),
    "no_input": QT_TRANSLATE_NOOP(
        "Errors", "Give one document (its id, id prefix or title) or --all."),
    "bad_date": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a date: give YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www."),
    "model_too_few": QT_TRANSLATE_NOOP(
        "Errors", "The recommender needs at least {needed} reviewed sentences and two accepted "
        "events of one type; this project has {sentences} reviewed sentences and {types} types "
        "with enough examples."),
    "model_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The recommender needs scikit-learn, which this installation lacks ({detail}). "
        "Install Annotator from its source (README) to use it; the rules still suggest."),
}
