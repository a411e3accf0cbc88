"""Error messages of the operations layer (annotator.project)."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Stopped; what was finished before is kept."),
    "busy": QT_TRANSLATE_NOOP(
        "Errors", "{operation} is already running; wait for it or cancel it first."),
    "no_document": QT_TRANSLATE_NOOP("Errors", "Open a document first."),
    "no_sentence": QT_TRANSLATE_NOOP("Errors", "Select a sentence first."),
    "nothing_to_confirm": QT_TRANSLATE_NOOP("Errors", "Nothing to confirm: the English is empty."),
    "not_editable": QT_TRANSLATE_NOOP(
        "Errors", "Sentence {sentence} is a {role}, which is not translated; turn on "
        "“Edit all parts” to change it."),
    "no_input": QT_TRANSLATE_NOOP(
        "Errors", "Give one document (its id, id prefix or title) or --all."),
}
