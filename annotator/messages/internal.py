"""Messages for faults in Annotator itself (bugs): shown with where the details were logged."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "unexpected": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong inside Annotator ({detail}). Your saved work is safe. "
        "The details were written to {log}."),
}
