"""Moving text in and out of a project: document import, dataset and article export, annotation
import.

Exports read inside :meth:`snapshot` (a WAL snapshot, no write lock): edits made while an export
runs are saved at once and the file shows the project as it was when the export began.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.batch.process_pool import ordered_map, pool_size
from annotator.core.sharding import Shard
from annotator.exchange.article import export_article
from annotator.exchange.article_model import ArticleReport
from annotator.exchange.export import export
from annotator.exchange.importer import import_annotations
from annotator.exchange.options import (
    DEFAULT_TMX_ENGINE,
    ExportFormat,
    ExportOptions,
    ExportReport,
    ImportReport,
)
from annotator.ingest.errors import IngestError
from annotator.ingest.pipeline import ImportResult, ReadFile, read_file, store_file
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import JobControl, Outcome

FileResults = list[ImportResult | IngestError]


@dataclass
class ShardImport:
    """What an import of one shard did: each file's result, and how many files hold documents
    of other shards (read, not stored)."""

    results: FileResults
    other_shards: int


def _read_files(paths: Sequence[Path], workers: int, control: JobControl
                ) -> Iterator[tuple[Path, ReadFile | IngestError]]:
    """Each path with its read file or its error, in order, read here or by worker processes;
    stops handing out files when the job is cancelled."""
    size = pool_size(workers, len(paths))
    if size > 1:
        for path, read in ordered_map(read_file, paths, workers=size, cancel=control.cancel):
            if isinstance(read, BaseException) and not isinstance(read, IngestError):
                raise read
            yield path, read
        return
    for path in paths:
        if control.cancelled:
            return
        try:
            yield path, read_file(path)
        except IngestError as error:
            yield path, error


class ExchangeOps(ProjectBase):
    """Import of documents and annotations, export of datasets."""

    def import_files(self, paths: Sequence[Path], control: JobControl | None = None, *,
                     workers: int = 1) -> Outcome[FileResults]:
        """Import each file in its own transaction; a bad file is reported in the results (an
        :class:`IngestError`) and the others go on. With ``workers`` > 1 and enough files,
        worker processes read and split the files while this one stores them, in order."""
        outcome = self.import_shard(paths, control, workers=workers)
        return Outcome(outcome.report.results, outcome.changes)

    def import_shard(self, paths: Sequence[Path], control: JobControl | None = None, *,
                     workers: int = 1, shard: Shard | None = None,
                     on_result: Callable[[Path, ImportResult | IngestError], None] | None = None
                     ) -> Outcome[ShardImport]:
        """:meth:`import_files`, keeping only the documents of ``shard`` (by the id each file's
        text gets; the others are read, counted and left to the other shards' runs).
        ``on_result`` hears of each stored (or refused) file as soon as it is done."""
        control = control or JobControl()
        run = ShardImport([], 0)
        for done, (path, read) in enumerate(_read_files(paths, workers, control), 1):
            result: ImportResult | IngestError | None = None
            if isinstance(read, IngestError):
                result = read
            elif shard is not None and not shard.holds(read.document_id):
                run.other_shards += 1
            else:
                result = store_file(self.db, read)
            if result is not None:
                run.results.append(result)
                if on_result is not None:
                    on_result(path, result)
            control.progress(done, len(paths))
        added = [r.document.id for r in run.results if isinstance(r, ImportResult)]
        return Outcome(run, Changes.of(documents=added, document_list=bool(added)))

    def export(self, fmt: str | ExportFormat, options: ExportOptions, out_path: Path,
               control: JobControl | None = None) -> ExportReport:
        """Write a dataset from a snapshot of the project (see the module docstring)."""
        control = control or JobControl()
        with self.snapshot() as db:
            return export(db, fmt, options, out_path, on_progress=control.progress,
                          cancel=control.cancel)

    def export_article(self, doc_id: str, fmt: str, out_path: Path) -> ArticleReport:
        """Write one document's English as an article (docx, md, html or txt) from a snapshot;
        ``doc_id`` may also be an id prefix or the title. ExportOptionsError when the format,
        the document or the output path is wrong (nothing written)."""
        with self.snapshot() as db:
            return export_article(db, doc_id, fmt, out_path)

    def import_annotations(self, path: Path, fmt: str | None = None,
                           engine: str = DEFAULT_TMX_ENGINE) -> Outcome[ImportReport]:
        """Bring our JSONL, doccano, Label Studio, TMX or XLIFF into the project (one
        transaction; ImportFileError names the file and line and changes nothing)."""
        report = import_annotations(self.db, path, fmt, engine, self.who)
        changes = Changes.of(documents=self.document_ids(), document_list=report.documents > 0,
                             actors=report.actors > 0)
        return Outcome(report, changes)
