"""Error messages of the command line."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "empty_db": QT_TRANSLATE_NOOP("Errors", "--db needs a file name."),
    "no_such_file": QT_TRANSLATE_NOOP("Errors", "{path}: no such file."),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "{path}: is a folder, not a file."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({detail})."),
    "too_large": QT_TRANSLATE_NOOP("Errors", "{path}: more than {megabytes} MB of text."),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{path}: not UTF-8 text (convert it or use `annotator import`)."),
    "bad_option": QT_TRANSLATE_NOOP("Errors", "{detail}"),
    "output_failed": QT_TRANSLATE_NOOP("Errors", "{path}: {detail}"),
}
