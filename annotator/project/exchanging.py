"""Moving text in and out of a project: document import, dataset and article export, annotation
import.

Exports read inside :meth:`snapshot` (a WAL snapshot, no write lock): edits made while an export
runs are saved at once and the file shows the project as it was when the export began.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

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
from annotator.ingest.pipeline import ImportResult, import_file
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import JobControl, Outcome

FileResults = list[ImportResult | IngestError]


class ExchangeOps(ProjectBase):
    """Import of documents and annotations, export of datasets."""

    def import_files(self, paths: Sequence[Path],
                     control: JobControl | None = None) -> Outcome[FileResults]:
        """Import each file in its own transaction; a bad file is reported in the results (an
        :class:`IngestError`) and the others go on."""
        control = control or JobControl()
        results: FileResults = []
        for number, path in enumerate(paths):
            if control.cancelled:
                break
            control.progress(number, len(paths))
            try:
                results.append(import_file(self.db, path))
            except IngestError as error:
                results.append(error)
        control.progress(len(results), len(paths))
        added = [r.document.id for r in results if isinstance(r, ImportResult)]
        return Outcome(results, Changes.of(documents=added, document_list=bool(added)))

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
