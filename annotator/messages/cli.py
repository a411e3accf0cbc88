"""Error messages of the command line (``annotator.cli.errors.CliError``)."""

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
    "file_error": QT_TRANSLATE_NOOP("Errors", "{path} could not be used: {detail}."),
    "system_error": QT_TRANSLATE_NOOP(
        "Errors", "The operating system reported an error: {detail}."),
    "bad_busy_timeout": QT_TRANSLATE_NOOP(
        "Errors", "{name}={value} is not valid: give the number of milliseconds to wait for "
        "another program writing to the project (0 or more)."),
    "internal_unlogged": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong inside Annotator ({detail}). Your saved work is safe. "
        "Run the command again with ANNOTATOR_DEBUG=1 to see the details."),
}
