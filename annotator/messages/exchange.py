"""Error messages of the exchange layer (see :mod:`annotator.messages`).

Import messages start with ``{where}``: ``PATH:LINE`` or ``PATH``, filled in by
:class:`annotator.exchange.errors.ImportFileError`. Actor CSV messages name the file by its name
(``{file}``) and the line. ``{detail}`` is a library's own message (the JSON, XML or CSV parser's,
SQLite's, the operating system's) or the text of a wrapped error.
"""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- export: what was asked -----------------------------------------------------------------
    "unknown_export_format": QT_TRANSLATE_NOOP(
        "Errors", "There is no export format “{name}” (the formats are {known})."),
    "bad_side": QT_TRANSLATE_NOOP(
        "Errors", "The side to export must be tr or en, not “{side}”."),
    "split_not_numbers": QT_TRANSLATE_NOOP(
        "Errors", "--split “{split}”: give whole percentages such as 80/10/10."),
    "split_bad_sum": QT_TRANSLATE_NOOP(
        "Errors", "--split “{split}”: give two or three percentages summing to 100."),
    "document_not_found": QT_TRANSLATE_NOOP(
        "Errors", "No document matches “{ref}” (see `annotator docs`); nothing was exported."),
    "document_ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "“{ref}” matches several documents: {ids}; nothing was exported."),
    "rule_problems": QT_TRANSLATE_NOOP(
        "Errors", "Nothing was exported: events break the taxonomy's rules ({count} "
        "problem(s)): {problems}"),
    "rule_problems_more": QT_TRANSLATE_NOOP(
        "Errors", "Nothing was exported: events break the taxonomy's rules ({count} problems; "
        "the first {listed}): {problems}"),
    "export_cancelled": QT_TRANSLATE_NOOP(
        "Errors", "The export was cancelled; no file was written."),
    # -- export: the translated article --------------------------------------------------------
    "unknown_article_format": QT_TRANSLATE_NOOP(
        "Errors", "There is no article format “{name}” (the formats are {known})."),
    "article_needs_document": QT_TRANSLATE_NOOP(
        "Errors", "--format {format} writes one document: name it with --doc DOC."),
    "article_one_document": QT_TRANSLATE_NOOP(
        "Errors", "--format {format} writes one document, not {count}: give one --doc."),
    "article_option": QT_TRANSLATE_NOOP(
        "Errors", "{option} does not apply to --format {format}, which writes the whole "
        "document."),
    # -- export: the output file ----------------------------------------------------------------
    "output_is_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder; give a file name to export to."),
    "output_not_plain_file": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a plain file; give another file name to export to."),
    "output_folder_missing": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} does not exist; nothing was exported."),
    "output_unwritable": QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be written: {detail}."),
    # -- import: the file as a whole ------------------------------------------------------------
    "no_such_file": QT_TRANSLATE_NOOP("Errors", "{where}: there is no such file."),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "{where}: the file is empty."),
    "unknown_file_format": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the format is unknown (expected .jsonl, .json, .tmx or .xliff)."),
    "unsupported_import_format": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the format “{format}” cannot be imported."),
    "not_utf8": QT_TRANSLATE_NOOP("Errors", "{where}: the text is not UTF-8."),
    "file_contradicts_project": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the file contradicts the project: {detail}."),
    "record_contradicts_project": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the record contradicts the project: {detail}."),
    # -- import: JSON, our sentence records -----------------------------------------------------
    "json_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{where}: not valid JSON: {detail} (column {column})."),
    "text_unstorable": QT_TRANSLATE_NOOP(
        "Errors", "{where}: {field} holds a character that text cannot contain ({reason}); "
        "nothing was imported."),
    "jsonl_unknown_record": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the line is neither an Annotator sentence record nor a doccano "
        "task."),
    "jsonl_invalid_record": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the record does not fit the schema: {detail}."),
    "jsonl_invalid_field": QT_TRANSLATE_NOOP(
        "Errors", "{where}: {field} does not fit the schema: {detail}."),
    "jsonl_sentence_differs": QT_TRANSLATE_NOOP(
        "Errors", "{where}: sentence {sentence} does not match the project's document."),
    "jsonl_bad_actor": QT_TRANSLATE_NOOP(
        "Errors", "{where}: actor {actor} cannot be added: {detail}"),
    "jsonl_document_without_text": QT_TRANSLATE_NOOP(
        "Errors", "{where}: document {document} is not in the project and this record does "
        "not carry its text (export whole documents to import them)."),
    "jsonl_sentence_outside": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the sentence span {start}-{end} does not fit the document."),
    "jsonl_document_id_differs": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the text of document {document} does not match its id."),
    "jsonl_event_differs": QT_TRANSLATE_NOOP(
        "Errors", "{where}: event {event} is already in the project with other values (type, "
        "status, spans ...); import into a copy and compare."),
    "jsonl_unknown_event_type": QT_TRANSLATE_NOOP(
        "Errors", "{where}: event {event}: the type “{type}” is not in the project's "
        "taxonomy."),
    "jsonl_bad_event_date": QT_TRANSLATE_NOOP(
        "Errors", "{where}: event {event}: the date “{date}” is not an ISO date (YYYY, YYYY-MM, "
        "YYYY-MM-DD or YYYY-Www)."),
    "jsonl_span_differs": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the span {start}-{end} ({side}) does not slice “{text}” out of its "
        "text."),
    # -- import: PLOVER event records -----------------------------------------------------------
    "plover_not_object": QT_TRANSLATE_NOOP(
        "Errors", "{where}: expected a JSON object (one PLOVER event)."),
    "plover_invalid_field": QT_TRANSLATE_NOOP(
        "Errors", "{where}: {field} is missing or malformed: {detail}."),
    "plover_unknown_sentence": QT_TRANSLATE_NOOP(
        "Errors", "{where}: sentence {sentence} is not in the project (a PLOVER file carries "
        "no documents: import the document first)."),
    "plover_text_differs": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the text does not match sentence {sentence} of the project."),
    # -- import: doccano and Label Studio tasks -------------------------------------------------
    "doccano_not_object": QT_TRANSLATE_NOOP("Errors", "{where}: expected a JSON object."),
    "doccano_bad_field": QT_TRANSLATE_NOOP(
        "Errors", "{where}: '{field}' is missing or not a JSON {type}."),
    "doccano_entity_not_object": QT_TRANSLATE_NOOP(
        "Errors", "{where}: an entity is not a JSON object."),
    "doccano_relation_not_object": QT_TRANSLATE_NOOP(
        "Errors", "{where}: a relation is not a JSON object."),
    "doccano_bad_label": QT_TRANSLATE_NOOP(
        "Errors", "{where}: 'label' entries must be [start, end, label]."),
    "labelstudio_not_array": QT_TRANSLATE_NOOP(
        "Errors", "{where}: expected a JSON array of tasks."),
    "labelstudio_cut_short": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the file ends before the closing ']'; was it cut short?"),
    "labelstudio_no_separator": QT_TRANSLATE_NOOP(
        "Errors", "{where}: expected ',' or ']' between tasks."),
    "labelstudio_text_after": QT_TRANSLATE_NOOP(
        "Errors", "{where}: unexpected text after the tasks."),
    "labelstudio_no_text": QT_TRANSLATE_NOOP("Errors", "{where}: a task needs data.text."),
    "labelstudio_no_result": QT_TRANSLATE_NOOP(
        "Errors", "{where}: an annotation needs a 'result' list."),
    "labelstudio_result_not_object": QT_TRANSLATE_NOOP(
        "Errors", "{where}: a result is not a JSON object."),
    "labelstudio_bad_labels": QT_TRANSLATE_NOOP(
        "Errors", "{where}: a 'labels' result needs value.start, value.end and value.labels."),
    "task_unknown_sentence": QT_TRANSLATE_NOOP(
        "Errors", "{where}: {sentence} is not a sentence of this project."),
    "task_text_differs": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the text differs from sentence {sentence} ({side})."),
    "task_span_outside": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the span {start}-{end} ({label}) does not fit the text."),
    # -- import: XML (TMX, XLIFF) ---------------------------------------------------------------
    "xml_malformed": QT_TRANSLATE_NOOP("Errors", "{where}: not well-formed XML: {detail}."),
    "xml_dtd": QT_TRANSLATE_NOOP(
        "Errors", "{where}: a DTD (<!DOCTYPE ...>) is not accepted in imported XML."),
    "xml_entities": QT_TRANSLATE_NOOP(
        "Errors", "{where}: entity declarations and external references are not accepted in "
        "imported XML."),
    "tm_not_tmx": QT_TRANSLATE_NOOP(
        "Errors", "{where}: only TMX files can be imported as a translation memory."),
    "tmx_not_tmx": QT_TRANSLATE_NOOP(
        "Errors", "{where}: not a TMX file (the root element is <{element}>)."),
    "tmx_tuv_without_lang": QT_TRANSLATE_NOOP("Errors", "{where}: a <tuv> has no xml:lang."),
    "tmx_tu_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "{where}: a <tu> needs a source and a target <tuv> with a <seg>."),
    "tmx_no_source_variant": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the <tu> has no variant in its source language {language}."),
    "xliff_not_xliff2": QT_TRANSLATE_NOOP(
        "Errors", "{where}: not an XLIFF 2.x file (expected <xliff version=\"2.0\">)."),
    "xliff_not_english": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the targets are in “{language}”, not English: they would overwrite "
        "the English of this project."),
    "xliff_unit_without_id": QT_TRANSLATE_NOOP("Errors", "{where}: a <unit> has no id."),
    "xliff_unit_twice": QT_TRANSLATE_NOOP("Errors", "{where}: unit {unit} appears twice."),
    "xliff_unknown_state": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the segment state “{state}” is unknown."),
    "xliff_unit_not_sentence": QT_TRANSLATE_NOOP(
        "Errors", "{where}: unit {unit} is not a sentence of this project."),
    "xliff_source_differs": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the source of unit {unit} differs from the sentence in the "
        "project."),
    # -- actor CSV ------------------------------------------------------------------------------
    "csv_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The actor list cannot be read: {detail}"),
    "csv_not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: the text is not UTF-8 (byte 0x{byte}); save the file as "
        "UTF-8."),
    "csv_no_header": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: there is no header row (expected: {columns})."),
    "csv_unknown_column": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: unknown column “{column}” (expected: {columns})."),
    "csv_column_twice": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: a column is named twice."),
    "csv_no_name_column": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: the 'name' column is missing."),
    "csv_malformed": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: malformed CSV: {detail}."),
    "csv_field_count": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: {count} fields, but the header has {expected}."),
    "csv_duplicate_id": QT_TRANSLATE_NOOP(
        "Errors", "{file}, line {line}: the id “{actor}” appears twice in the file."),
    "csv_invalid_actor": QT_TRANSLATE_NOOP("Errors", "{file}, line {line}: {detail}"),
    # -- glossary files (TBX, CSV, TSV) ---------------------------------------------------------
    "glossary_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the glossary file cannot be read: {detail}."),
    "glossary_not_plain_file": QT_TRANSLATE_NOOP(
        "Errors", "{where}: not a plain file; give a glossary file (.tbx, .csv or .tsv)."),
    "glossary_too_large": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the file is larger than {megabytes} MB, more than a glossary can be; "
        "nothing was imported."),
    "glossary_not_tbx": QT_TRANSLATE_NOOP(
        "Errors", "{where}: not a TBX termbase (the root element is <{element}>, expected "
        "<martif> or <tbx>)."),
    "glossary_no_entries": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the termbase has no entries (<termEntry> or <conceptEntry>)."),
    "glossary_no_language": QT_TRANSLATE_NOOP(
        "Errors", "{where}: no entry has a term in language {language} (languages found: "
        "{found}); a glossary needs tr (Turkish) and en (English) terms."),
    "glossary_no_terms": QT_TRANSLATE_NOOP(
        "Errors", "{where}: no entry has both a Turkish and an English term ({skipped} "
        "skipped); nothing was imported."),
    "glossary_binary": QT_TRANSLATE_NOOP(
        "Errors", "{where}: this is not a text file (it holds binary data)."),
    "glossary_bad_encoding": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the text is not valid {encoding} (byte 0x{byte}); save the file as "
        "UTF-8."),
    "glossary_mixed_encoding": QT_TRANSLATE_NOOP(
        "Errors", "{where}: some lines are UTF-8 (line {utf8_line}) and others in another "
        "encoding (line {other_line}); save the whole file as UTF-8."),
    "glossary_unknown_encoding": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the character encoding could not be recognised; save the file as "
        "UTF-8."),
    "glossary_csv_columns": QT_TRANSLATE_NOOP(
        "Errors", "{where}: no Turkish and English columns could be identified (first row: "
        "{columns}); name them tr and en, or Turkish and English."),
    "glossary_csv_malformed": QT_TRANSLATE_NOOP(
        "Errors", "{where}: malformed CSV: {detail}."),
    "glossary_csv_open_quote": QT_TRANSLATE_NOOP(
        "Errors", "{where}: a quoted cell runs on to line {end}; is a closing quotation mark "
        "missing?"),
    "glossary_export_format": QT_TRANSLATE_NOOP(
        "Errors", "{path}: a glossary is written as TBX (.tbx), CSV (.csv) or TSV (.tsv, .txt); "
        "give the file one of these extensions."),
}
