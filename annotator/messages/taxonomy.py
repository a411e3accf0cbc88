"""Error messages of the taxonomy layer (see :mod:`annotator.messages`).

``{source}`` is the file's name, ``{path}`` its full path, ``{key}`` the key path of the bad value
(``event_types.CONSULT.modes[2]``), ``{value}`` the bad value itself.
"""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # reading the file
    "not_found": QT_TRANSLATE_NOOP("Errors", "There is no taxonomy file at {path}."),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a taxonomy file."),
    "special_file": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a regular file (it is a named pipe, socket or device), not a "
        "taxonomy file."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({detail})."),
    "too_large": QT_TRANSLATE_NOOP(
        "Errors", "{source} is larger than {megabytes} MB, too large for a taxonomy file."),
    "binary": QT_TRANSLATE_NOOP("Errors", "{source} is a binary file, not a TOML taxonomy."),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{source}: line {line} is not UTF-8 text (byte 0x{byte}); save the file as "
        "UTF-8."),
    "file_error": QT_TRANSLATE_NOOP("Errors", "The taxonomy file cannot be used: {detail}"),
    "cameo_missing": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key} names the CAMEO table “{value}”, but there is no such file "
        "next to it ({path})."),
    # TOML syntax
    "toml_syntax_at": QT_TRANSLATE_NOOP(
        "Errors", "{source}: line {line}, column {column}: TOML syntax error: {detail}."),
    "toml_syntax": QT_TRANSLATE_NOOP("Errors", "{source}: TOML syntax error: {detail}."),
    # structure and values
    "not_table": QT_TRANSLATE_NOOP("Errors", "{source}: {key} must be a table."),
    "unknown_key": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key} is not a known key (expected one of: {expected})."),
    "missing_key": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key} is missing the required key “{name}”."),
    "missing_top_key": QT_TRANSLATE_NOOP(
        "Errors", "{source}: the required top-level key “{name}” is missing."),
    "not_string": QT_TRANSLATE_NOOP("Errors", "{source}: {key} must be a string."),
    "empty_string": QT_TRANSLATE_NOOP("Errors", "{source}: {key} must not be empty."),
    "not_list": QT_TRANSLATE_NOOP("Errors", "{source}: {key} must be a list of strings."),
    "not_boolean": QT_TRANSLATE_NOOP("Errors", "{source}: {key} must be true or false."),
    "description_not_string": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key} must be a string (its description)."),
    "listed_twice": QT_TRANSLATE_NOOP("Errors", "{source}: {key}: “{value}” is listed twice."),
    "invalid_name": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not a valid name (use letters, digits, '-' and "
        "'_', starting with a letter)."),
    "invalid_type_code": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not a valid event type code (capital letters, "
        "e.g. CONSULT)."),
    "invalid_actor_code": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not a valid code (three capital letters, e.g. "
        "GOV)."),
    "invalid_cameo_code": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not a valid CAMEO code (2 to 4 digits, e.g. "
        "043)."),
    "unknown_quad": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not one of: {expected}."),
    "bad_score": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key} must be a number from -10 to 10."),
    "no_event_types": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key} must define at least one event type."),
    "aux_is_context": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is also a context; a name is either a context or "
        "an auxiliary mode."),
    # CAMEO table
    "unknown_event_type": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not an event type of {taxonomy} (its types are "
        "{expected})."),
    "mode_without_type": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: the mode “{value}” needs a 'plover' event type."),
    "unknown_mode": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not a mode of {event_type}."),
    "unknown_context": QT_TRANSLATE_NOOP(
        "Errors", "{source}: {key}: “{value}” is not a context of {taxonomy}."),
}
