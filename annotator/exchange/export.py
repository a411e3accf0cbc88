"""The export API: one call for the CLI and for the GUI's export dialog (from a worker thread).

``export(db, fmt, options, out_path, on_progress, cancel)`` streams the selected sentences
through the format's writer into ``<out_path>.part`` and renames it to ``out_path`` when done,
so the target name only ever holds a complete file. Reading happens inside one deferred read
transaction (a WAL snapshot, :func:`read_snapshot`): the export is consistent and never takes the
write lock, so edits made meanwhile are saved at once and are not in the file. ``on_progress(done,
total)`` is called every few hundred sentences and at the end; setting ``cancel`` stops the export
at the next sentence with :class:`ExportCancelledError`, leaving no file behind.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from importlib import import_module
from pathlib import Path
from typing import TextIO

from sqlite_utils import Database

from annotator.exchange.errors import ExportCancelledError, ExportOptionsError
from annotator.exchange.options import ExportFormat, ExportOptions, ExportReport
from annotator.exchange.output import atomic_output
from annotator.exchange.selection import Selection
from annotator.exchange.writer import Writer
from annotator.storage.actors import list_actors
from annotator.storage.annotations import document_events
from annotator.storage.taxonomy import project_taxonomy

ProgressCallback = Callable[[int, int], None]


def read_snapshot(db: Database) -> AbstractContextManager[object]:
    """The project connection's snapshot read transaction (any other Database: no transaction)."""
    snapshot = getattr(db, "snapshot", None)
    return snapshot() if callable(snapshot) else nullcontext()
PROGRESS_EVERY = 250

# Each format's writer, as (module, class): imported when a file of that format is written, so
# that a JSONL export does not load the XML, doccano or Label Studio modules (start-up time).
WRITERS: dict[ExportFormat, tuple[str, str]] = {
    ExportFormat.JSONL: ("annotator.exchange.writer", "JsonlWriter"),
    ExportFormat.PLOVER: ("annotator.exchange.plover", "PloverWriter"),
    ExportFormat.PE: ("annotator.exchange.postedit", "PostEditWriter"),
    ExportFormat.TMX: ("annotator.exchange.tmx", "TmxWriter"),
    ExportFormat.XLIFF: ("annotator.exchange.xliff", "XliffWriter"),
    ExportFormat.CSV: ("annotator.exchange.tables", "CsvWriter"),
    ExportFormat.DOCCANO: ("annotator.exchange.doccano", "DoccanoWriter"),
    ExportFormat.LABELSTUDIO: ("annotator.exchange.labelstudio", "LabelStudioWriter"),
}


def writer_class(fmt: ExportFormat) -> type[Writer]:
    """The writer of ``fmt`` (its module imported now)."""
    module, name = WRITERS[fmt]
    found: type[Writer] = getattr(import_module(module), name)
    return found


def export_format(name: str | ExportFormat) -> ExportFormat:
    """The format called ``name``; ExportOptionsError naming the known ones otherwise."""
    try:
        return ExportFormat(name)
    except ValueError:
        known = ", ".join(str(f) for f in ExportFormat)
        raise ExportOptionsError("unknown_export_format", name=str(name), known=known) from None


def export(db: Database, fmt: str | ExportFormat, options: ExportOptions, out_path: Path,
           on_progress: ProgressCallback | None = None,
           cancel: threading.Event | None = None) -> ExportReport:
    """Export the selected sentences of the project in ``fmt`` to ``out_path``.

    Raises ExportOptionsError for impossible requests (before anything is written) and
    ExportCancelledError when ``cancel`` was set; in both cases no file is left at ``out_path``.
    """
    fmt = export_format(fmt)
    if options.side not in ("tr", "en"):
        raise ExportOptionsError("bad_side", side=options.side)
    started = time.perf_counter()
    report = ExportReport(fmt, out_path)
    with read_snapshot(db):  # a consistent view of the project that never blocks a writer
        actors = {actor.id: actor for actor in list_actors(db, include_rejected=True)}
        writer = writer_class(fmt)(actors, options)
        selection = Selection(db, options, writer.default_statuses)
        if options.enforce_rules:
            check_rules(db, selection.document_ids, options)
        total = selection.total()
        with atomic_output(out_path, writer.encoding, writer.newline) as out:
            writer.begin(out)
            _write_all(writer, selection, out, report, total, on_progress, cancel)
            writer.end(out)
    report.skipped_spans = writer.skipped_spans
    report.seconds = time.perf_counter() - started
    if on_progress is not None:
        on_progress(report.sentences, total)
    return report


MAX_LISTED_PROBLEMS = 5


def check_rules(db: Database, doc_ids: list[str], options: ExportOptions) -> None:
    """ExportOptionsError listing events that break the project taxonomy's rules (PLOVER: a
    recipient for COOPERATE/AID/SANCTION, modes valid for the type ...); nothing is written."""
    taxonomy = project_taxonomy(db)
    problems = []
    for doc_id in doc_ids:
        for event in document_events(db, doc_id, options.annotation_statuses):
            problems += [f"{event.id} ({event.type}): {issue}"
                         for issue in taxonomy.check_event(event)]
    if problems:
        listed = "; ".join(problems[:MAX_LISTED_PROBLEMS])
        if len(problems) > MAX_LISTED_PROBLEMS:
            raise ExportOptionsError("rule_problems_more", count=len(problems),
                                     listed=MAX_LISTED_PROBLEMS, problems=listed)
        raise ExportOptionsError("rule_problems", count=len(problems), problems=listed)


def _write_all(writer: Writer, selection: Selection, out: TextIO, report: ExportReport,
               total: int, on_progress: ProgressCallback | None,
               cancel: threading.Event | None) -> None:
    """The export loop: write every selected sentence, count, report progress, obey cancel."""
    write, sentences, records = writer.write, 0, 0
    for item in selection.items(writer.annotations, writer.qa and selection.options.qa):
        if cancel is not None and cancel.is_set():
            raise ExportCancelledError("export_cancelled")
        records += write(item, out)
        sentences += 1
        if item.first:
            report.documents += 1
        if item.mentions or item.events:
            report.mentions += len(item.mentions)
            report.events += len(item.events)
        if item.doc.split is not None:
            report.splits[item.doc.split] = report.splits.get(item.doc.split, 0) + 1
        if on_progress is not None and sentences % PROGRESS_EVERY == 0:
            on_progress(sentences, total)
    report.sentences, report.records = sentences, records
