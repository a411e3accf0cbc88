"""Error messages of the operations layer (annotator.project)."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Stopped; what was finished before is kept."),
    "no_input": QT_TRANSLATE_NOOP(
        "Errors", "Give one document (its id, id prefix or title) or --all."),
}
