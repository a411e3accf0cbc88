"""Error messages of the storage layer: project files, locks, documents, actors."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "no_project": QT_TRANSLATE_NOOP(
        "Errors", "There is no project at {path}. Import a document first, or check --db."),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a project file."),
    "empty_project": QT_TRANSLATE_NOOP(
        "Errors", "{path} is an empty file, not a project. Import a document first, or check "
        "--db."),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not an Annotator project (it is not an SQLite database)."),
    "foreign_database": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a database of another program (tables: {tables}); "
        "Annotator will not change it."),
    "future_schema": QT_TRANSLATE_NOOP(
        "Errors", "{path} was written by a newer Annotator (schema {version}; this version "
        "reads up to {supported}). Update Annotator to open it."),
    "cannot_open": QT_TRANSLATE_NOOP("Errors", "The project {path} cannot be opened: {detail}"),
    "corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The project file {path} is damaged ({detail}). Annotator will not write to "
        "it; open a backup copy instead."),
    "locked": QT_TRANSLATE_NOOP(
        "Errors", "The project is busy: another program or window is writing to it. Nothing "
        "was changed; try again in a moment."),
    "disk": QT_TRANSLATE_NOOP("Errors", "The project could not be saved: {detail}"),
    "document_not_found": QT_TRANSLATE_NOOP(
        "Errors", "No document matches “{ref}” (see `annotator docs`)."),
    "document_ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "“{ref}” matches several documents: {ids}."),
    "mention_not_found": QT_TRANSLATE_NOOP("Errors", "Mention {mention} no longer exists."),
    "event_not_found": QT_TRANSLATE_NOOP("Errors", "Event {event} no longer exists."),
    "sentence_not_found": QT_TRANSLATE_NOOP("Errors", "Sentence {sentence} no longer exists."),
    "actor_not_found": QT_TRANSLATE_NOOP("Errors", "There is no actor {actor}."),
    "actor_exists": QT_TRANSLATE_NOOP("Errors", "An actor with the id {actor} already exists."),
    "actor_in_use": QT_TRANSLATE_NOOP(
        "Errors", "{actor} is still used by {mentions} mention(s) and {events} event(s); "
        "merge it into another actor instead."),
    "actor_merge_self": QT_TRANSLATE_NOOP("Errors", "An actor cannot be merged into itself."),
    "actor_invalid_id": QT_TRANSLATE_NOOP(
        "Errors", "Actor id “{value}”: use letters, digits, '-', '_' or '.' (no spaces, at "
        "most 80 characters)."),
    "actor_empty_name": QT_TRANSLATE_NOOP("Errors", "The actor's name is empty."),
    "actor_invalid_country": QT_TRANSLATE_NOOP(
        "Errors", "Country “{value}”: expected an ISO 3166 alpha-3 code (USA) or a PLOVER code "
        "(IGO, NGO, ...)."),
    "actor_invalid_sector": QT_TRANSLATE_NOOP(
        "Errors", "Sector “{value}”: expected a PLOVER sector code (GOV, MIL, LEG, ...)."),
    "actor_invalid_cameo": QT_TRANSLATE_NOOP(
        "Errors", "CAMEO code “{value}”: expected letters and digits."),
    "actor_invalid_wikidata": QT_TRANSLATE_NOOP(
        "Errors", "Wikidata id “{value}”: expected an id such as Q42."),
    "actor_bad_alias": QT_TRANSLATE_NOOP(
        "Errors", "“{value}”: '|' and line breaks are not allowed in names (CSV files "
        "separate aliases with '|')."),
    "file_not_found": QT_TRANSLATE_NOOP("Errors", "{path}: file not found."),
    "file_is_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."),
    "file_unreadable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {detail}"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Errors", "{path} is larger than {megabytes} MB, too large to be read."),
    "file_binary": QT_TRANSLATE_NOOP("Errors", "{path} is a binary file, not text."),
    "file_not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not UTF-8 text (byte 0x{byte}); save it as UTF-8."),
    "file_special": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a regular file (a pipe, socket or device)."),
    "unknown_role": QT_TRANSLATE_NOOP(
        "Errors", "There is no part “{role}” (the parts are {known})."),
    "no_translatable_roles": QT_TRANSLATE_NOOP(
        "Errors", "Choose at least one part to translate (the parts are {known})."),
    # Glossary entries (annotator.storage.glossary).
    "term_empty": QT_TRANSLATE_NOOP("Errors", "A glossary entry needs a Turkish term."),
    "term_too_long": QT_TRANSLATE_NOOP(
        "Errors", "“{term}” is longer than {limit} characters: a glossary term is a name or a "
        "phrase, not a sentence."),
    "term_not_found": QT_TRANSLATE_NOOP("Errors", "Glossary entry {term} no longer exists."),
    "term_exists": QT_TRANSLATE_NOOP(
        "Errors", "The glossary already has an entry for “{term}”; edit that one."),
}
