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
    "assign_no_name": QT_TRANSLATE_NOOP(
        "Errors", "Give the name of the person the documents are assigned to (--to NAME)."),
    "assign_exists": QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists: give a new file name, or add --force to replace it."),
    "assign_same_file": QT_TRANSLATE_NOOP(
        "Errors", "{path} is the project itself: write the assignment to a new file."),
    "merge_not_found": QT_TRANSLATE_NOOP(
        "Errors", "{path} does not exist or is empty: give a project file to merge (one written "
        "by `annotator assign`, or a colleague's project)."),
    "worker_died": QT_TRANSLATE_NOOP(
        "Errors", "A worker process stopped unexpectedly (killed, or out of memory). What was "
        "stored before is kept; run the command again to go on, or with --workers 1."),
    "merge_same_file": QT_TRANSLATE_NOOP(
        "Errors", "{path} is the team project itself (--db): give the files to merge into it."),
}
