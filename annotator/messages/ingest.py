"""Error messages of the ingest layer (see :mod:`annotator.messages`).

``{path}`` is the file as the person gave it (or its name for bytes held in memory).
"""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # the file itself
    "not_found": QT_TRANSLATE_NOOP("Errors", "{path} does not exist."),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."),
    "special_file": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a regular file (it is a named pipe, socket or device); only "
        "files can be imported."),
    "permission_denied": QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be read: permission denied."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({detail})."),
    "too_large": QT_TRANSLATE_NOOP(
        "Errors", "{path} is {megabytes} MB; files over {limit} MB are not imported."),
    "too_much_text": QT_TRANSLATE_NOOP(
        "Errors", "{path} holds more than {millions} million characters of text; a document "
        "that long is not imported (split it into parts)."),
    # no text in it
    "empty": QT_TRANSLATE_NOOP("Errors", "{path} is empty."),
    "only_whitespace": QT_TRANSLATE_NOOP("Errors", "{path} contains only white space."),
    "no_text": QT_TRANSLATE_NOOP("Errors", "{path} contains no text."),
    # text files
    "binary": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a text file (it contains binary data)."),
    "invalid_bytes": QT_TRANSLATE_NOOP(
        "Errors", "{path} looks like {encoding} but has invalid bytes at offset {offset}."),
    "mixed_encoding": QT_TRANSLATE_NOOP(
        "Errors", "{path} mixes two character encodings: line {utf8_line} is UTF-8, line "
        "{other_line} is not (it may be Windows Turkish, cp1254). Save the whole file as UTF-8 "
        "and import it again."),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "Errors", "The character encoding of {path} could not be recognised; save it as UTF-8."),
    # PDF
    "not_pdf": QT_TRANSLATE_NOOP("Errors", "{path} is not a valid PDF."),
    "pdf_damaged": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable PDF (the file is damaged or incomplete)."),
    "pdf_password": QT_TRANSLATE_NOOP(
        "Errors", "{path} is password-protected; remove the password and import it again."),
    "pdf_encrypted": QT_TRANSLATE_NOOP(
        "Errors", "{path} is encrypted in a way that Annotator cannot read; save an unencrypted "
        "copy and import that."),
    "pdf_no_text": QT_TRANSLATE_NOOP(
        "Errors", "{path} has no text layer (it may be a scanned image); run OCR on it first."),
    "pdf_support_missing": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a PDF file, and reading PDF files needs the pypdf package, which is "
        "not installed."),
    # Word
    "not_docx": QT_TRANSLATE_NOOP("Errors", "{path} is not a valid Word document."),
    "docx_damaged": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a valid Word document (the file is damaged or incomplete)."),
    "docx_no_document": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a valid Word document (it has no word/document.xml)."),
    "docx_too_many_parts": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable Word document (it has more than {limit} parts)."),
    "docx_expands_too_much": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable Word document (it expands to an implausible size)."),
    "docx_compression": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable Word document (a part of it is compressed "
        "suspiciously well)."),
    "docx_entities": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable Word document ({part} declares a DTD or entities)."),
    "docx_bad_xml": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable Word document ({part} is not well-formed XML)."),
    "docx_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable Word document (python-docx could not open it)."),
    "docx_support_missing": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a Word document, and reading Word documents needs the python-docx "
        "and defusedxml packages, which are not installed."),
    # formats Annotator does not read
    "legacy_office": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a legacy Word/Office 97-2003 file; save it as .docx."),
    "rtf": QT_TRANSLATE_NOOP("Errors", "{path} is an RTF file; save it as .docx."),
    "opendocument": QT_TRANSLATE_NOOP(
        "Errors", "{path} is an OpenDocument file; save it as .docx."),
    "postscript": QT_TRANSLATE_NOOP("Errors", "{path} is a PostScript file; save it as PDF."),
    "image": QT_TRANSLATE_NOOP("Errors", "{path} is a {format} image, not a document."),
    "archive": QT_TRANSLATE_NOOP("Errors", "{path} is a {format} archive, not a document."),
    "zip_damaged": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a damaged ZIP archive, not a document."),
    # anything else
    "too_deep": QT_TRANSLATE_NOOP("Errors", "{path} is nested too deeply to be read."),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors", "{path} could not be read; the file may be damaged."),
}
