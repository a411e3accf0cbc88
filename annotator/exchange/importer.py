"""The import API: recognise a file's format and bring it into the project in one transaction.

``import_annotations(db, path)`` reads our sentence JSONL (lossless), PLOVER event JSONL (events
into documents already in the project), doccano JSONL and Label Studio JSON (spans as
suggestions), TMX (into the translation memory and the MT cache) and XLIFF
2.x (targets as revisions); ``import_translation_memory(db, path)`` takes TMX files only. The
format is told by the file name and its first bytes. Any fault raises ImportFileError with the
line it is on, and the transaction is rolled back: nothing from a bad file is kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from annotator.exchange.doccano import import_doccano
from annotator.exchange.errors import ImportFileError, json_error
from annotator.exchange.jsonl_import import JsonlImporter, import_jsonl
from annotator.exchange.labelstudio import import_labelstudio
from annotator.exchange.options import DEFAULT_TMX_ENGINE, IMPORT_FORMATS, ImportReport
from annotator.exchange.plover_import import import_plover
from annotator.exchange.span_tasks import SuggestionImporter
from annotator.exchange.tmx import TmxImport, import_tmx
from annotator.exchange.xliff import import_xliff
from annotator.storage.actors import list_actors

_SNIFF_BYTES = 4096


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a UTF-8 file with their 1-based numbers."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                raise ImportFileError("not_utf8", path=path, line=number) from None
            if text.strip():
                yield number, text


def _sniff_jsonl(path: Path) -> str:
    for number, text in read_lines(path):
        try:
            first = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise json_error(error, path, number) from None
        if isinstance(first, dict) and str(first.get("schema", "")).startswith(
                "annotator.sentence/"):
            return "jsonl"
        if isinstance(first, dict) and "has_event" in first and "quad_code" in first:
            return "plover"
        if isinstance(first, dict) and "text" in first:
            return "doccano"
        raise ImportFileError("jsonl_unknown_record", path=path, line=number)
    raise ImportFileError("empty_file", path=path)


def detect_format(path: Path) -> str:
    """``jsonl``, ``plover``, ``doccano``, ``labelstudio``, ``tmx`` or ``xliff``, from name and
    content."""
    suffix = path.suffix.lower()
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".tmx" or (head.startswith(b"<") and b"<tmx" in head):
        return "tmx"
    if suffix in (".xlf", ".xliff") or (head.startswith(b"<") and b"<xliff" in head):
        return "xliff"
    if suffix == ".json" or head.startswith(b"["):
        return "labelstudio"
    if head.startswith(b"{"):
        return _sniff_jsonl(path)
    raise ImportFileError("unknown_file_format", path=path)


def import_annotations(db: Database, path: Path, fmt: str | None = None,
                       engine: str = DEFAULT_TMX_ENGINE,
                       annotator: str | None = None) -> ImportReport:
    """Import ``path`` into the project in one transaction and report what it added.

    ``engine`` names the MT-cache engine TMX entries are filed under; ``annotator`` is recorded
    on doccano/Label Studio suggestions and XLIFF revisions.
    """
    if not path.is_file():
        raise ImportFileError("no_such_file", path=path)
    fmt = fmt or detect_format(path)
    if fmt not in IMPORT_FORMATS:
        raise ImportFileError("unsupported_import_format", path=path, format=fmt)
    report = ImportReport(fmt, path)
    try:
        with db.atomic():
            _dispatch(db, path, fmt, report, engine, annotator)
    except sqlite3.IntegrityError as error:
        raise ImportFileError("file_contradicts_project", path=path, detail=str(error)) from None
    return report


def import_translation_memory(db: Database, path: Path,
                              engine: str = DEFAULT_TMX_ENGINE) -> TmxImport:
    """Import a TMX file into the translation memory (and the MT cache) in one transaction."""
    if not path.is_file():
        raise ImportFileError("no_such_file", path=path)
    try:
        fmt = detect_format(path)
    except ImportFileError:
        fmt = None
    if fmt != "tmx":
        raise ImportFileError("tm_not_tmx", path=path)
    try:
        with db.atomic():
            return import_tmx(db, path, engine)
    except sqlite3.IntegrityError as error:
        raise ImportFileError("file_contradicts_project", path=path, detail=str(error)) from None


def _dispatch(db: Database, path: Path, fmt: str, report: ImportReport, engine: str,
              annotator: str | None) -> None:
    if fmt == "jsonl":
        import_jsonl(read_lines(path), path, JsonlImporter(db, path, report))
    elif fmt == "plover":
        import_plover(db, path, report, annotator, read_lines(path))
    elif fmt == "tmx":
        imported = import_tmx(db, path, engine)
        report.records, report.cache_entries = imported.units, imported.cache_entries
    elif fmt == "xliff":
        report.records, report.targets = import_xliff(db, path, annotator)
    else:
        actors = {actor.id: actor for actor in list_actors(db)}
        importer = SuggestionImporter(db, path, report, actors, annotator)
        if fmt == "doccano":
            report.records = import_doccano(read_lines(path), path, importer)
        else:
            report.records = import_labelstudio(path, importer)
