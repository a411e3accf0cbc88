"""Messages for faults outside the catalogue's kinds: bugs, and operating-system errors."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "unexpected": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong inside Annotator ({detail}). Your saved work is safe. "
        "The details were written to {log}."),
}

# An OSError that reached the window (a file that could not be written, a full disk).
OS_ERROR = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be used: {detail}")
